#include "Geoparser.h"

#include "LanguageCues.h"
#include "UnlistedNames.h"
#include "gazetteer/NameKey.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <limits>
#include <unordered_map>

namespace frontline {
namespace {

constexpr std::size_t kMaxRelationGap = 6; // words between a name and its anchor

// Two names one after the other with only a comma, "and" or "or" between: "Austin, Texas",
// "Ohio, Oregon and Utah".
bool isListed(const WordTokens &words, const NameMatch &located, const NameMatch &anchor)
{
    const WordToken &next = words.tokens()[located.lastToken + 1];
    if (anchor.firstToken == located.lastToken + 1) // punctuation between, no word
        return !next.spaceBefore && words.followedBy(located.lastToken, QLatin1Char(','));
    const std::string_view between = words.key(located.lastToken + 1);
    return between == "and" || between == "or";
}

// "Reading, Pennsylvania" and "Stroud, Ontario, Canada" are pairs: a run of names joined by
// commas alone, two or three long, each in the next. A list has "and" or "or" in it ("Kobani,
// Aleppo and Raqqa"), or more names.
void markPairs(std::vector<NameRelation> &relations, std::size_t first)
{
    constexpr std::size_t kLongestChain = 2; // links: town, province, country
    std::vector<NameRelation *> run;
    const auto closeRun = [&] {
        const bool chain = run.size() <= kLongestChain &&
                           std::all_of(run.begin(), run.end(), [](auto *r) { return r->pair; });
        for (NameRelation *relation : run)
            relation->pair = chain;
        run.clear();
    };
    for (std::size_t r = first; r < relations.size(); ++r) {
        NameRelation &relation = relations[r];
        if (relation.kind != NameRelation::Listed)
            continue;
        if (!run.empty() && run.back()->anchor != relation.match)
            closeRun();
        run.push_back(&relation);
    }
    closeRun();
}

// "X in Y", "X, in Y", "X district in Y", "X located in the Y", "X in northern Y" (a part of Y
// is still in Y), "X area of Y", "the X district of Y"; not "X and in Y", which says where
// something else happened.
bool liesIn(const WordTokens &words, const NameMatch &located, const NameMatch &anchor)
{
    std::size_t i = located.lastToken + 1;
    const std::size_t end = anchor.firstToken;
    bool partOf = false;
    if (i < end && words.key(i) != "in" && !cues::isCoordinator(words.key(i))) {
        // one word of the name's own: "district", "located", "camp"
        partOf = cues::isAreaWord(words.key(i)) || words.key(i) == "area" ||
                 cues::placeCue(words.key(i)) == cues::PlaceCue::Settlement;
        ++i;
    }
    if (i >= end || (words.key(i) != "in" && !(partOf && words.key(i) == "of")))
        return false;
    ++i;
    if (i < end && words.key(i) == "the")
        ++i;
    if (i < end && cues::isDirectionWord(words.key(i)))
        ++i;
    return i == end;
}

// "Y slum X", "the Y district of X": a part of the first name, the second.
bool holdsPart(const WordTokens &words, const NameMatch &holder, const NameMatch &part)
{
    std::size_t i = holder.lastToken + 1;
    if (i >= part.firstToken || cues::placeCue(words.key(i)) != cues::PlaceCue::Settlement)
        return false;
    ++i;
    if (i < part.firstToken && words.key(i) == "of")
        ++i;
    return i == part.firstToken;
}

// "Fallujah, in Anbar province" -> Fallujah inside Anbar; "Fallujah, west of Baghdad" ->
// Fallujah near Baghdad. Looks at the words between consecutive names of one sentence.
void findRelations(const WordTokens &words, const std::vector<NameMatch> &matches,
                   std::size_t firstOfSentence, std::vector<NameRelation> &relations)
{
    const std::size_t firstRelation = relations.size();
    for (std::size_t b = firstOfSentence + 1; b < matches.size(); ++b) {
        const NameMatch &located = matches[b - 1], &anchor = matches[b];
        if (anchor.firstToken <= located.lastToken ||
            anchor.firstToken - located.lastToken - 1 > kMaxRelationGap)
            continue;
        if (anchor.firstToken <= located.lastToken + 2 && isListed(words, located, anchor)) {
            const bool commaJoined = anchor.firstToken == located.lastToken + 1;
            relations.push_back({NameRelation::Listed, int(b - 1), int(b), commaJoined});
            relations.push_back({NameRelation::Sibling, int(b), int(b - 1)});
            continue;
        }
        if (anchor.firstToken == located.lastToken + 1)
            continue; // joined by punctuation other than a comma
        const std::string_view last = words.key(anchor.firstToken - 1);
        const std::string_view beforeLast =
            anchor.firstToken >= 2 ? words.key(anchor.firstToken - 2) : std::string_view();
        if (liesIn(words, located, anchor))
            relations.push_back({NameRelation::Inside, int(b - 1), int(b)});
        else if (holdsPart(words, located, anchor))
            relations.push_back({NameRelation::Inside, int(b), int(b - 1)});
        else if (last == "of" && cues::isDirectionWord(beforeLast))
            relations.push_back({NameRelation::Near, int(b - 1), int(b)});
    }
    markPairs(relations, firstRelation);
}

// The names of sentences [begin, end), with their relations.
struct SentenceNames
{
    int begin = 0, end = 0;
    std::vector<NameMatch> matches;
    std::vector<NameRelation> relations;
    std::vector<std::string> surnames;
    std::vector<UnlistedName> unlisted;
};

// With `sentenceWords` (one per sentence of the article), each sentence's words are kept there.
void findNamesIn(const NameMatcher &matcher, const Gazetteer &gazetteer,
                 const PlaceResolver &resolver, const Article &article, SentenceNames &part,
                 std::vector<WordTokens> *sentenceWords)
{
    const UnlistedNameFinder unlisted(gazetteer, resolver);
    WordTokens scratch;
    for (int s = part.begin; s < part.end; ++s) {
        WordTokens &words = sentenceWords ? (*sentenceWords)[s] : scratch;
        words.tokenize(article.text, article.sentences[s]);
        const std::size_t first = part.matches.size();
        matcher.findNames(s, words, part.matches, part.surnames);
        findRelations(words, part.matches, first, part.relations);
        unlisted.find(s, words, part.matches, first, part.unlisted);
    }
}

// One list of an article's names from its parts, with the indexes between names moved along.
SentenceNames mergeParts(std::vector<SentenceNames> &parts)
{
    if (parts.size() == 1) // an article read on one thread: nothing to move along
        return std::move(parts.front());
    SentenceNames all;
    for (SentenceNames &part : parts) {
        const int offset = int(all.matches.size());
        for (NameRelation relation : part.relations) {
            relation.match += offset;
            relation.anchor += offset;
            all.relations.push_back(relation);
        }
        for (UnlistedName &name : part.unlisted) {
            name.container = name.container < 0 ? -1 : name.container + offset;
            name.fallbackFor = name.fallbackFor < 0 ? -1 : name.fallbackFor + offset;
            all.unlisted.push_back(std::move(name));
        }
        std::move(part.matches.begin(), part.matches.end(), std::back_inserter(all.matches));
        std::move(part.surnames.begin(), part.surnames.end(), std::back_inserter(all.surnames));
    }
    return all;
}

// "Maria Carson ... Carson said": a one-word name that is the surname of a person the article
// names is that person, wherever it stands, and so is an unlisted name of the same spelling.
// What points at a name dropped is renumbered or dropped with it.
void dropPersons(SentenceNames &names)
{
    if (names.surnames.empty())
        return;
    std::vector<std::string> &surnames = names.surnames;
    std::sort(surnames.begin(), surnames.end());
    const auto isSurname = [&](const std::string &key) {
        return !key.empty() && std::binary_search(surnames.begin(), surnames.end(), key);
    };
    std::vector<int> newIndex(names.matches.size(), -1);
    std::size_t kept = 0;
    for (std::size_t m = 0; m < names.matches.size(); ++m) {
        if (isSurname(names.matches[m].singleWordKey))
            continue;
        newIndex[m] = int(kept);
        if (kept != m)
            names.matches[kept] = std::move(names.matches[m]);
        ++kept;
    }
    names.matches.resize(kept);
    std::erase_if(names.relations, [&](NameRelation &r) {
        r.match = newIndex[r.match];
        r.anchor = newIndex[r.anchor];
        return r.match < 0 || r.anchor < 0;
    });
    std::erase_if(names.unlisted, [&](UnlistedName &name) {
        name.container = name.container < 0 ? -1 : newIndex[name.container];
        const bool standsInForDropped = name.fallbackFor >= 0 && newIndex[name.fallbackFor] < 0;
        name.fallbackFor = name.fallbackFor < 0 ? -1 : newIndex[name.fallbackFor];
        return isSurname(name.key) || standsInForDropped;
    });
}

// A name whose every reading the sentence contradicts ("Stroud, Ontario" with no Stroud of
// Ontario in the gazetteer) is an unlisted place in the place the sentence names, unless an
// unlisted reading from its cue already stands in for it.
void addContradicted(const Article &article, SentenceNames &names,
                     const std::vector<PlaceResolver::Choice> &choices)
{
    std::vector<UnlistedName *> fallback(names.matches.size(), nullptr);
    for (UnlistedName &name : names.unlisted)
        if (name.fallbackFor >= 0)
            fallback[std::size_t(name.fallbackFor)] = &name;
    std::vector<UnlistedName> added;
    for (std::size_t m = 0; m < names.matches.size(); ++m) {
        const int placedIn = choices[m].placedIn;
        if (placedIn == PlaceResolver::kNotContradicted)
            continue;
        if (fallback[m]) { // "the X slums in Y": the cue's kind, the sentence's place
            if (fallback[m]->container < 0)
                fallback[m]->container = placedIn;
            continue;
        }
        UnlistedName name;
        name.sentence = names.matches[m].sentence;
        name.range = names.matches[m].range;
        name.key = nameKey(article.slice(name.range));
        name.container = placedIn;
        name.fallbackFor = int(m);
        added.push_back(std::move(name));
    }
    std::move(added.begin(), added.end(), std::back_inserter(names.unlisted));
}

// Below this many sentences (a few hundred kilobytes) one thread is quicker than starting more.
constexpr int kSentencesPerThread = 4000;

} // namespace

void Geoparser::parse(const Article &article, int articleIndex, GeoparseResult &result,
                      std::vector<WordTokens> *sentenceWords) const
{
    const int sentences = int(article.sentences.size());
    if (sentenceWords) // kept, not assigned afresh: tokenising a sentence reuses its buffers
        sentenceWords->resize(sentences);
    // Asked of the system only for a long text: a feed's short articles would each pay for it.
    const int wanted = sentences / kSentencesPerThread;
    const int threads = wanted <= 1 ? 1 : std::min(wanted, QThread::idealThreadCount());
    std::vector<SentenceNames> parts(threads);
    for (int t = 0; t < threads; ++t) {
        parts[t].begin = sentences * t / threads;
        parts[t].end = sentences * (t + 1) / threads;
    }
    if (threads == 1)
        findNamesIn(m_matcher, m_gazetteer, m_resolver, article, parts.front(), sentenceWords);
    else
        QtConcurrent::blockingMap(parts, [&](SentenceNames &part) {
            const NameMatcher matcher(m_gazetteer); // one a thread
            findNamesIn(matcher, m_gazetteer, m_resolver, article, part, sentenceWords);
        });

    SentenceNames names = mergeParts(parts);
    dropPersons(names);
    const std::vector<PlaceResolver::Choice> choices =
        m_resolver.resolve(names.matches, names.relations);
    addContradicted(article, names, choices);
    const std::vector<int> places =
        addMentions(article, articleIndex, names.matches, choices, result);
    addUnlisted(article, articleIndex, names.unlisted, places, result);
}

// The result's place of each match (-1 where none was plausible), its mentions added.
std::vector<int> Geoparser::addMentions(const Article &article, int articleIndex,
                                        const std::vector<NameMatch> &matches,
                                        const std::vector<PlaceResolver::Choice> &choices,
                                        GeoparseResult &result) const
{
    std::vector<int> places(matches.size(), -1);
    std::unordered_map<std::uint32_t, int> resultIndex; // gazetteer place -> result's place
    for (std::size_t m = 0; m < matches.size(); ++m) {
        const PlaceResolver::Choice &choice = choices[m];
        if (!choice.plausible)
            continue;
        // A place is described once per article, from its first mention.
        const std::uint32_t gazetteerPlace = matches[m].hits[choice.hit].place;
        auto known = resultIndex.find(gazetteerPlace);
        if (known == resultIndex.end())
            known = resultIndex.emplace(gazetteerPlace, placeOf(matches[m], choice, result)).first;
        places[m] = known->second;
        Mention mention;
        mention.place = known->second;
        mention.range = matches[m].range;
        mention.text = article.slice(mention.range);
        mention.role = matches[m].demonym    ? MentionRole::Demonym
                       : matches[m].modifier ? MentionRole::Modifier
                                             : MentionRole::Name;
        mention.article = articleIndex;
        mention.sentence = matches[m].sentence;
        result.mentions.push_back(mention);
    }
    return places;
}

// The result's index of the place a match is read as. A place an earlier article named keeps
// the description it was given there: in a feed, most places recur, and describing one (its
// candidates ranked and copied) costs more than finding it.
int Geoparser::placeOf(const NameMatch &match, const PlaceResolver::Choice &choice,
                       GeoparseResult &result) const
{
    const Gazetteer::Place &chosen = m_gazetteer.place(match.hits[choice.hit].place);
    const int known = result.findPlace(m_gazetteer.placeId(chosen));
    return known >= 0 ? known : result.addPlace(m_resolver.makePlace(match, choice));
}

// Unlisted places: one per spelling in an article, at the point of the place the text puts
// it in (the analyst places the others: their coordinates are unknown, NaN).
void Geoparser::addUnlisted(const Article &article, int articleIndex,
                            const std::vector<UnlistedName> &names, const std::vector<int> &places,
                            GeoparseResult &result) const
{
    // Confidence of a place known only from its cue: it is a place, but where is a guess.
    constexpr double kUnlistedConfidence = 0.3;
    for (const UnlistedName &name : names) {
        if (name.fallbackFor >= 0 && places[name.fallbackFor] >= 0)
            continue; // the gazetteer's reading stands
        const QString id = QStringLiteral("unlisted:") + QString::fromStdString(name.key);
        int index = result.findPlace(id);
        if (index < 0) {
            Place place;
            place.id = id;
            place.name = article.slice(name.range);
            place.kind = name.kind;
            place.latitude = place.longitude = std::numeric_limits<double>::quiet_NaN();
            place.confidence = kUnlistedConfidence;
            const int container = name.container < 0 ? -1 : places[name.container];
            if (container >= 0) {
                const Place &area = result.places[container];
                place.latitude = area.latitude;
                place.longitude = area.longitude;
                place.countryCode = area.countryCode;
                place.admin1 = area.admin1;
            }
            index = result.addPlace(place);
        }
        Mention mention;
        mention.place = index;
        mention.range = name.range;
        mention.text = article.slice(name.range);
        mention.article = articleIndex;
        mention.sentence = name.sentence;
        result.mentions.push_back(mention);
    }
}

} // namespace frontline
