#include "Geoparser.h"

#include "LanguageCues.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
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

// "Fallujah, in Anbar province" -> Fallujah inside Anbar; "Fallujah, west of Baghdad" ->
// Fallujah near Baghdad. Looks at the words between consecutive names of one sentence.
void findRelations(const WordTokens &words, const std::vector<NameMatch> &matches,
                   std::size_t firstOfSentence, std::vector<NameRelation> &relations)
{
    for (std::size_t b = firstOfSentence + 1; b < matches.size(); ++b) {
        const NameMatch &located = matches[b - 1], &anchor = matches[b];
        if (anchor.firstToken <= located.lastToken ||
            anchor.firstToken - located.lastToken - 1 > kMaxRelationGap)
            continue;
        if (anchor.firstToken <= located.lastToken + 2 && isListed(words, located, anchor)) {
            relations.push_back({NameRelation::Listed, int(b - 1), int(b)});
            relations.push_back({NameRelation::Sibling, int(b), int(b - 1)});
            continue;
        }
        if (anchor.firstToken == located.lastToken + 1)
            continue; // joined by punctuation other than a comma
        const std::string_view last = words.key(anchor.firstToken - 1);
        const std::string_view beforeLast =
            anchor.firstToken >= 2 ? words.key(anchor.firstToken - 2) : std::string_view();
        if (last == "in" && anchor.firstToken - located.lastToken <= 3)
            relations.push_back({NameRelation::Inside, int(b - 1), int(b)});
        else if (last == "of" && cues::isDirectionWord(beforeLast))
            relations.push_back({NameRelation::Near, int(b - 1), int(b)});
    }
}

// The names of sentences [begin, end), with their relations.
struct SentenceNames
{
    int begin = 0, end = 0;
    std::vector<NameMatch> matches;
    std::vector<NameRelation> relations;
};

// With `sentenceWords` (one per sentence of the article), each sentence's words are kept there.
void findNamesIn(const Gazetteer &gazetteer, const Article &article, SentenceNames &part,
                 std::vector<WordTokens> *sentenceWords)
{
    const NameMatcher matcher(gazetteer);
    WordTokens scratch;
    for (int s = part.begin; s < part.end; ++s) {
        WordTokens &words = sentenceWords ? (*sentenceWords)[s] : scratch;
        words.tokenize(article.text, article.sentences[s]);
        const std::size_t first = part.matches.size();
        matcher.findNames(s, words, part.matches);
        findRelations(words, part.matches, first, part.relations);
    }
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
    const int threads = std::clamp(sentences / kSentencesPerThread, 1, QThread::idealThreadCount());
    std::vector<SentenceNames> parts(threads);
    for (int t = 0; t < threads; ++t)
        parts[t] = {sentences * t / threads, sentences * (t + 1) / threads, {}, {}};
    if (threads == 1)
        findNamesIn(m_gazetteer, article, parts.front(), sentenceWords);
    else
        QtConcurrent::blockingMap(parts, [&](SentenceNames &part) {
            findNamesIn(m_gazetteer, article, part, sentenceWords);
        });

    std::vector<NameMatch> matches;
    std::vector<NameRelation> relations;
    for (SentenceNames &part : parts) {
        const int offset = int(matches.size());
        for (NameRelation relation : part.relations)
            relations.push_back({relation.kind, relation.match + offset, relation.anchor + offset});
        std::move(part.matches.begin(), part.matches.end(), std::back_inserter(matches));
    }
    const std::vector<PlaceResolver::Choice> choices = m_resolver.resolve(matches, relations);
    std::unordered_map<std::uint32_t, int> resultIndex; // gazetteer place -> result's place
    for (std::size_t m = 0; m < matches.size(); ++m) {
        const PlaceResolver::Choice &choice = choices[m];
        if (!choice.plausible)
            continue;
        // A place is described once per article, from its first mention.
        const std::uint32_t gazetteerPlace = matches[m].hits[choice.hit].place;
        auto known = resultIndex.find(gazetteerPlace);
        if (known == resultIndex.end())
            known = resultIndex
                        .emplace(gazetteerPlace,
                                 result.addPlace(m_resolver.makePlace(matches[m], choice)))
                        .first;
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
}

} // namespace frontline
