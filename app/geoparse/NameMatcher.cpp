#include "NameMatcher.h"

#include "LanguageCues.h"

#include <algorithm>
#include <optional>

namespace frontline {

using namespace gazetteer_format;

namespace {

constexpr std::size_t kMaxWordsInName = 6;
constexpr std::size_t kMaxWordsInLargerName = 12; // "Democratic Federation of Northern Syria ..."
constexpr int kMaxAcronymLength = 5;      // fewer letters: "SDF", "DRC"; "KHARKIV" is a dateline
constexpr int kMaxAbbreviationLength = 3; // "Mr.", "St.", "Ste."
// How far the text's folded spelling may stray from a skeleton match's (keyDistance()).
constexpr double kMaxSkeletonDistance = 0.30;
// A skeleton of fewer letters ("g" for Gao), or one that hundreds of names share, matches
// too many places to mean anything.
constexpr std::size_t kMinSkeletonLength = 3;
constexpr std::size_t kMaxSkeletonRun = 64;
// Answers remembered at most: past this, they are forgotten and gathered again, so a matcher's
// memory stays bounded however long the feed.
constexpr std::size_t kMaxAnswers = 1 << 16;
// A city this large is what its capitalised name means, even where the name is also a word.
constexpr std::uint32_t kMetropolisPopulation = 1000000;

bool hasExactHit(const std::vector<NameHit> &hits)
{
    return std::any_of(hits.begin(), hits.end(),
                       [](const NameHit &h) { return h.tier == KeyTier::Exact; });
}

void addHit(std::vector<NameHit> &hits, const NameHit &hit)
{
    for (NameHit &existing : hits)
        if (existing.place == hit.place) {
            if (std::tie(hit.tier, hit.distance) < std::tie(existing.tier, existing.distance))
                existing = hit;
            return;
        }
    hits.push_back(hit);
}

} // namespace

// lookUpInIndex, answered from memory when the same question was asked before.
bool NameMatcher::lookUp(std::string_view exactKey, bool singleWord, bool acronym,
                         std::vector<NameHit> &hits, bool *longerPossible) const
{
    std::string &answerKey = m_answerKey; // the key, then the question in its last byte
    answerKey.assign(exactKey);
    answerKey += '\0';
    answerKey += char('0' + (singleWord ? 2 : 0) + (acronym ? 1 : 0));
    ++m_lookups.asked;
    if (const auto known = m_answers.find(answerKey); known != m_answers.end()) {
        ++m_lookups.remembered;
        hits = known->second.hits;
        *longerPossible = known->second.longerPossible;
        return known->second.found;
    }
    const bool found = lookUpInIndex(exactKey, singleWord, acronym, hits, longerPossible);
    if (m_answers.size() >= kMaxAnswers)
        m_answers.clear();
    m_answers.emplace(answerKey, Answer{hits, *longerPossible, found});
    return found;
}

bool NameMatcher::lookUpInIndex(std::string_view exactKey, bool singleWord, bool acronym,
                                std::vector<NameHit> &hits, bool *longerPossible) const
{
    hits.clear();
    *longerPossible = m_gazetteer.hasLongerKey(exactKey, KeyTier::Exact);
    // An ordinary word ("Reading", "Split", "May") is not read as a one-word place name.
    const bool commonWord = singleWord && !acronym && m_gazetteer.isCommonWord(exactKey);
    for (const Gazetteer::Key &key : m_gazetteer.find(exactKey, KeyTier::Exact)) {
        if (key.flags & (PersonName | AfterTown))
            continue;
        if (key.flags & NotAPlace) {
            hits.clear();
            return true; // a people or faith: the span is taken, and names no place
        }
        // An acronym names a place only as a country's code ("US", not "IS"), and a code
        // names it only in capitals ("US", not "us").
        if (bool(key.flags & Abbreviation) != acronym)
            continue;
        // A country keeps its name even where it is a word too ("Chad", "Turkey"), and so
        // does a city of millions (a name that is also a verb or a noun).
        const Gazetteer::Place &place = m_gazetteer.place(key.place);
        if (!commonWord || place.kind == Kind::Country ||
            (place.kind == Kind::PopulatedPlace && place.population >= kMetropolisPopulation &&
             (key.flags & PreferredName)))
            addHit(hits, {key.place, KeyTier::Exact, key.flags, 0});
    }
    std::string &folded = m_folded, &skeleton = m_skeleton;
    folded.clear();
    skeleton.clear();
    appendFoldedKey(exactKey, folded);
    appendSkeletonKey(folded, skeleton);
    *longerPossible = *longerPossible || m_gazetteer.hasLongerKey(folded, KeyTier::Folded) ||
                      m_gazetteer.hasLongerKey(skeleton, KeyTier::Skeleton);
    // Tiers in order, each only where the tighter found nothing (DESIGN.md).
    if (acronym || commonWord || !hits.empty())
        return !hits.empty();
    // The folded tier only drops what transliteration varies (articles, doubled letters, a
    // final -h); the skeleton tier also drops vowels, so there the two spellings must stay
    // close: "deir zour" and "deir zor" do, "monday" and "mandi" do not.
    const auto looseHits = [&](std::string_view key, KeyTier tier) {
        const std::span<const Gazetteer::Key> keys = m_gazetteer.find(key, tier);
        if (tier == KeyTier::Skeleton && keys.size() > kMaxSkeletonRun)
            return;
        for (const Gazetteer::Key &k : keys) {
            if (k.flags & (Abbreviation | NotAPlace | PersonName | AfterTown))
                continue;
            const double distance =
                tier == KeyTier::Skeleton
                    ? keyDistance(folded, m_gazetteer.originKey(k), kMaxSkeletonDistance)
                    : 0.0;
            if (distance <= kMaxSkeletonDistance)
                addHit(hits, {k.place, tier, k.flags, distance});
        }
    };
    looseHits(folded, KeyTier::Folded);
    if (hits.empty() && skeleton.size() >= kMinSkeletonLength)
        looseHits(skeleton, KeyTier::Skeleton);
    return !hits.empty();
}

// A country's name, whatever else the word means ("China", "Turkey", "Chad").
bool NameMatcher::opensWithPlace(std::string_view key) const
{
    // ("Us" opening a sentence is no country's code.)
    return namesKind(key, {Kind::Country}, Abbreviation);
}

// Whether `key` names a place of one of `kinds` (not a people or a person, nor a key flagged
// `excluded`).
bool NameMatcher::namesKind(std::string_view key, std::initializer_list<Kind> kinds,
                            std::uint8_t excluded) const
{
    for (const Gazetteer::Key &k : m_gazetteer.find(key, KeyTier::Exact))
        if (!(k.flags & (NotAPlace | Demonym | PersonName | excluded)) &&
            std::find(kinds.begin(), kinds.end(), m_gazetteer.place(k.place).kind) != kinds.end())
            return true;
    return false;
}

// "Salem, Ore.", "Austin, TX", "Washington, D.C.": a state's abbreviation right after a
// town's name and a comma, written as the style guides write it (capitals, or a full stop).
bool NameMatcher::stateAfterTown(const WordTokens &words, std::size_t index,
                                 std::vector<NameHit> &hits) const
{
    constexpr int kStateCodeLength = 2; // "TX", "NY"
    const auto &tokens = words.tokens();
    const WordToken &token = tokens[index];
    if (index == 0 || !tokens[index - 1].capitalised ||
        !words.followedBy(index - 1, QLatin1Char(',')) || !token.capitalised)
        return false;
    const bool styled = token.dotted || words.followedBy(index, QLatin1Char('.')) ||
                        (token.allCaps && token.end - token.start == kStateCodeLength);
    if (!styled)
        return false;
    hits.clear();
    for (const Gazetteer::Key &key : m_gazetteer.find(words.key(index), KeyTier::Exact))
        if (key.flags & AfterTown)
            hits.push_back({key.place, KeyTier::Exact, key.flags, 0});
    return !hits.empty();
}

bool NameMatcher::isPersonName(std::string_view key) const
{
    const std::span<const Gazetteer::Key> keys = m_gazetteer.find(key, KeyTier::Exact);
    return std::any_of(keys.begin(), keys.end(),
                       [](const Gazetteer::Key &k) { return k.flags & PersonName; });
}

// "Maria Carson", "Dr. Hartl Weber": a given name (or a title) before, a surname last.
bool NameMatcher::looksLikePerson(const WordTokens &words, std::size_t first,
                                  std::size_t last) const
{
    if (last <= first && !(first > 0 && cues::isPersonTitle(words.key(first - 1))))
        return false;
    const bool opens =
        (first > 0 && cues::isPersonTitle(words.key(first - 1))) || isPersonName(words.key(first));
    const std::string_view surname = words.key(last);
    return opens && isPersonName(surname) && !m_gazetteer.isCommonWord(surname);
}

// "Hartl said", "Dunn also explained": a small place's name as the subject of a saying verb
// is a person's (a large city's may stand for its government: "Moscow said").
bool NameMatcher::speaks(const WordTokens &words, const NameMatch &match) const
{
    constexpr std::uint32_t kGovernmentSeatPopulation = 100000;
    std::size_t next = match.lastToken + 1;
    if (next < words.tokens().size() && words.key(next) == "also")
        ++next;
    if (next >= words.tokens().size() || !words.tokens()[next].spaceBefore ||
        !cues::isSpeechVerb(words.key(next)))
        return false;
    return std::none_of(match.hits.begin(), match.hits.end(), [&](const NameHit &hit) {
        const Gazetteer::Place &p = m_gazetteer.place(hit.place);
        return p.kind != Kind::PopulatedPlace || p.population >= kGovernmentSeatPopulation;
    });
}

// "in Reading", "from Bath", "the city of Van", "south of Cairns": the words before a
// capitalised word that is also an ordinary one say it is a place. (Lists and commas do not:
// "Disease Control and Prevention", "Laura and I".)
bool NameMatcher::inPlaceContext(const WordTokens &words, std::size_t index) const
{
    const WordToken &token = words.tokens()[index];
    // "in the North", "in A": a compass point or a letter is no town's name here.
    if (token.end - token.start < 2 || cues::isDirectionWord(words.key(index)))
        return false;
    if (areaFollows(words, index))
        return true;
    if (index == 0 || token.sentenceInitial)
        return false;
    const std::string_view before = words.key(index - 1);
    const std::string_view beforeOf = index >= 2 && before == "of" ? words.key(index - 2) : "";
    // "the Pacific", "the Arctic": a sea or a region of the tables, whatever the word means
    const bool namedArea =
        before == "the" &&
        namesKind(words.key(index), {Kind::Water, Kind::Region, Kind::Continent, Kind::Island});
    return cues::isLocativeWord(before) || before == "at" || before == "from" ||
           cues::isSettlementWord(beforeOf) || cues::isDirectionWord(beforeOf) || namedArea;
}

bool NameMatcher::isAbbreviation(const WordTokens &words, std::size_t index)
{
    const WordToken &token = words.tokens()[index];
    return token.end - token.start <= kMaxAbbreviationLength && !token.allCaps &&
           words.followedBy(index, QLatin1Char('.')) && index + 1 < words.tokens().size();
}

bool NameMatcher::isNameWord(const WordTokens &words, std::size_t index) const
{
    const WordToken &token = words.tokens()[index];
    if (!token.capitalised || words.isForeign(index))
        return false;
    // "The", "In", "If" open sentences with a capital and are not names; "China has ..." is.
    // "U.S. officials", "US troops": initials and capitals are no ordinary word ("us").
    const std::string_view key = words.key(index);
    return !token.sentenceInitial || token.dotted || token.allCaps ||
           !m_gazetteer.isCommonWord(key) || opensWithPlace(key) || areaFollows(words, index);
}

// "Reading, Pennsylvania", "Bath, Maine": a comma and a country or a state's name after a word
// say it is a town's name, whatever else the word means.
bool NameMatcher::areaFollows(const WordTokens &words, std::size_t index) const
{
    constexpr std::size_t kMaxWordsInAreaName = 3; // "Bosnia and Herzegovina"
    const auto &tokens = words.tokens();
    if (index + 1 >= tokens.size() || !words.followedBy(index, QLatin1Char(',')) ||
        !tokens[index + 1].capitalised)
        return false;
    std::string key;
    for (std::size_t j = index + 1; j < tokens.size() && j <= index + kMaxWordsInAreaName; ++j) {
        if (j > index + 1) {
            if (!tokens[j].spaceBefore)
                break;
            key.push_back(' ');
        }
        key.append(words.key(j));
        if (namesKind(key, {Kind::Country, Kind::Admin1}))
            return true;
    }
    return false;
}

// Where a name may begin: a name word, or an ordinary word opening the sentence that opens a
// longer name too ("New York has ...", "South Korea's ...").
bool NameMatcher::mayOpenName(const WordTokens &words, std::size_t index) const
{
    if (isNameWord(words, index))
        return true;
    const auto &tokens = words.tokens();
    return tokens[index].sentenceInitial && tokens[index].capitalised &&
           index + 1 < tokens.size() && tokens[index + 1].capitalised &&
           tokens[index + 1].spaceBefore && m_gazetteer.hasLongerKey(words.key(index));
}

// The proper name a match lies in: the capitalised words and connectors around it ("da",
// "de", "of" between two name words, never "and": "Syria and Iraq" is two names), and an
// organisation word after it ("... Army", "... TV"). A generic word right after it stays
// outside: "Rakhine State", "Donetsk Region", "Tanf Garrison" are the place.
std::pair<std::size_t, std::size_t> NameMatcher::largerName(const WordTokens &words,
                                                            const NameMatch &match) const
{
    const auto &tokens = words.tokens();
    const auto nameAt = [&](std::size_t i) { return i < tokens.size() && isNameWord(words, i); };
    const auto connectorAt = [&](std::size_t i) {
        return i > 0 && i + 1 < tokens.size() && tokens[i].spaceBefore &&
               tokens[i + 1].spaceBefore && words.key(i) != "and" &&
               cues::isNameConnector(words.key(i)) && nameAt(i - 1) && nameAt(i + 1);
    };
    std::size_t first = match.firstToken, last = match.lastToken;
    // No proper name runs longer than this: looking further would make a run of thousands of
    // capitalised words cost their square.
    const std::size_t lowest =
        match.firstToken > kMaxWordsInLargerName ? match.firstToken - kMaxWordsInLargerName : 0;
    const std::size_t highest = match.lastToken + kMaxWordsInLargerName;
    while (first > lowest && tokens[first].spaceBefore &&
           (nameAt(first - 1) || connectorAt(first - 1)) &&
           !cues::isDirectionWord(words.key(first - 1)))
        --first;
    // "in Basra Wednesday": a weekday or a month is no part of a name.
    while (last + 1 < tokens.size() && last < highest && tokens[last + 1].spaceBefore &&
           (nameAt(last + 1) || connectorAt(last + 1) ||
            cues::isOrganisationWord(words.key(last + 1))) &&
           !cues::isCalendarWord(words.key(last + 1)))
        ++last;
    const std::string_view end = words.key(last);
    if (last == match.lastToken + 1 &&
        (cues::isAreaWord(end) || cues::isFeatureWord(end) || cues::isSettlementWord(end)))
        last = match.lastToken;
    return {first, last};
}

// A place's name opening a longer name: "the US Army", "Ontario Premier Jane Doe",
// "California Department of Public Health". The word after it is an organisation's, a title
// or an ordinary word, never a surname ("Jordan Peterson", "Chad Morrison" are persons), and
// the place is one people name things after: a country, a province, a city.
bool NameMatcher::isModifier(const WordTokens &words, const NameMatch &match,
                             std::size_t nameEnd) const
{
    constexpr std::uint32_t kNamesakePopulation = 100000; // a city others are named after
    if (match.demonym || nameEnd <= match.lastToken)
        return false;
    for (std::size_t i = match.lastToken + 1; i <= nameEnd; ++i)
        if (cues::isTitleWord(words.key(i))) // "the Basel University hospital"
            return false;
    const std::string_view next = words.key(match.lastToken + 1);
    if (!cues::isOrganisationWord(next) && !cues::isPersonTitle(next) &&
        !m_gazetteer.isCommonWord(next))
        return false;
    // "Mary Smith": a given name, then a surname that is also a word.
    if (isPersonName(words.key(match.firstToken)) && isPersonName(next))
        return false;
    // A city by its own name, not one of its many alternate names ("Hamas" is also a city's).
    return std::any_of(match.hits.begin(), match.hits.end(), [&](const NameHit &hit) {
        const Gazetteer::Place &place = m_gazetteer.place(hit.place);
        return hit.tier == KeyTier::Exact &&
               (place.kind == Kind::Country || place.kind == Kind::Admin1 ||
                (place.population >= kNamesakePopulation && (hit.flags & PreferredName)));
    });
}

bool NameMatcher::namesCountry(const NameMatch &match) const
{
    return std::any_of(match.hits.begin(), match.hits.end(), [&](const NameHit &h) {
        return m_gazetteer.place(h.place).kind == Kind::Country;
    });
}

// "the Health Minister of Chile", "the Mayor of Denver": an office of the place, which the text
// means (and "Mary Smith of Springfield", where she lives); "the Health Ministry of Jordan",
// "Children's Hospital of Tulsa": a body named after it, a modifier. (Not "the Islamic State
// of Iraq": a faction's name.)
NameMatcher::Holder NameMatcher::holderBefore(const WordTokens &words, std::size_t first) const
{
    if (first < 2 || words.key(first - 1) != "of")
        return Holder::None;
    const std::string_view holder = words.key(first - 2);
    // ("Mary Smith of Reading": where the person lives; a given name, then any surname.)
    const bool person =
        first >= 3 && isPersonName(words.key(first - 3)) && words.tokens()[first - 2].capitalised;
    if (cues::isPersonTitle(holder) || person)
        return Holder::Office;
    // ("the University of X", "the Times of X" are names, wherever they are.)
    if (cues::isOrganisationWord(holder) && holder != "state" && !cues::isTitleWord(holder))
        return Holder::Body;
    return Holder::None;
}

// "Scott County", "Coast Province": a capitalised generic word after the name is part of it.
void NameMatcher::takeAreaWord(const WordTokens &words, NameMatch &match) const
{
    const std::size_t next = match.lastToken + 1;
    if (next >= words.tokens().size())
        return;
    const WordToken &token = words.tokens()[next];
    const std::string_view key = words.key(next);
    if (token.capitalised && token.spaceBefore && cues::isAreaWord(key) && key != "state")
        match.range.end = token.end;
}

// "Chad Morrison, an analyst at ...": a name followed by an apposition naming a role.
bool NameMatcher::namesAPerson(const WordTokens &words, const NameMatch &match) const
{
    constexpr std::size_t kMaxAppositionWords = 5;
    const auto &tokens = words.tokens();
    const std::size_t next = match.lastToken + 1;
    if (next >= tokens.size() || tokens[next].spaceBefore) // an apposition follows a comma
        return false;
    const std::string_view article = words.key(next);
    if (article != "a" && article != "an" && article != "the")
        return false;
    // ("X, a local official said": a clause that quotes someone, not an apposition.)
    for (std::size_t i = next + 1; i < tokens.size() && i <= next + kMaxAppositionWords; ++i)
        if (cues::isPersonTitle(words.key(i)))
            return i + 1 >= tokens.size() || !cues::isSpeechVerb(words.key(i + 1));
    return false;
}

void NameMatcher::addCues(const WordTokens &words, NameMatch &match) const
{
    const auto &tokens = words.tokens();
    const auto keyAt = [&](std::size_t i) {
        return i < tokens.size() ? words.key(i) : std::string_view();
    };
    const std::string_view next = keyAt(match.lastToken + 1);
    // "X Governor ...": a governor heads a province or a state, not a town.
    match.areaCue = cues::isAreaWord(next) || next == "governor";
    match.featureCue = cues::isFeatureWord(next) ||
                       (next == "border" && cues::isFeatureWord(keyAt(match.lastToken + 2))) ||
                       (next == "oil" && cues::isFeatureWord(keyAt(match.lastToken + 2)));
    const std::string_view before = match.firstToken >= 2 ? words.key(match.firstToken - 2) : "";
    // "X slums", "the town of X", "Y slum X"
    const std::string_view previous = match.firstToken >= 1 ? words.key(match.firstToken - 1) : "";
    match.settlementCue = cues::placeCue(next) == cues::PlaceCue::Settlement ||
                          (previous == "of" && cues::isSettlementWord(before)) ||
                          cues::placeCue(previous) == cues::PlaceCue::Settlement;
    match.definiteArticle = match.firstToken > 0 && tokens[match.firstToken].spaceBefore &&
                            words.key(match.firstToken - 1) == "the";
}

// The longest gazetteer name that begins at word `first` ("Deir ez-Zor" before "Deir"),
// words joined by spaces only. Returns its last word, or nullopt where none begins there;
// `hits` empty means words that name no place ("Arab", a people): taken, not reported.
std::optional<std::size_t> NameMatcher::longestName(const WordTokens &words, std::size_t first,
                                                    bool acronym, std::vector<NameHit> &hits) const
{
    const auto &tokens = words.tokens();
    std::string &key = m_key;
    key.clear();
    std::optional<std::size_t> last;
    std::vector<NameHit> &found = m_hits;
    const bool openedByName = isNameWord(words, first);
    for (std::size_t j = first; j < tokens.size() && j < first + kMaxWordsInName; ++j) {
        // Words join by spaces, past an "'s" ("People's Republic") or an abbreviation's full
        // stop ("St. Louis").
        const bool joined = j > first && (tokens[j].spaceBefore || tokens[j - 1].possessive ||
                                          isAbbreviation(words, j - 1));
        if (j > first && (!joined || acronym || words.isForeign(j)))
            break;
        if (j > first)
            key.push_back(' ');
        key.append(words.key(j));
        bool longer = false;
        if (j == first || isNameWord(words, j)) {
            // A word that is also an ordinary word ("Reading", "Van") names a place only
            // where the words around it say it is one.
            const bool plainWord = j == first && !inPlaceContext(words, first);
            // An ordinary word opening the sentence opens a name only as spelt: "As Lebanon"
            // is not "Lebanon" with an Arabic article ("As Suwayda").
            if (lookUp(key, plainWord, acronym, found, &longer) &&
                (j == first || openedByName || hasExactHit(found))) {
                hits = found;
                last = j;
            }
        } else if (cues::isNameConnector(words.key(j)) || !tokens[j].capitalised) {
            // "Bosnia and Herzegovina", "Sogn og Fjordane", "Newcastle upon Tyne"
            longer = m_gazetteer.hasLongerKey(key);
        }
        // "People's Republic of Bangladesh", "Prince George's County": the name goes on past the
        // "'s", which its key keeps ("peoples").
        if (tokens[j].possessive) {
            key.push_back('s');
            longer = m_gazetteer.hasLongerKey(key);
        }
        if (!longer)
            break;
    }
    return last;
}

// What the words around a gazetteer name make of it: a place (true), perhaps a modifier, or
// a person, a disease, a name inside a longer one (false; a person's surname is noted).
bool NameMatcher::keepAsPlace(const WordTokens &words, NameMatch &match,
                              std::vector<std::string> &surnames) const
{
    const auto &tokens = words.tokens();
    const std::size_t first = match.firstToken, last = match.lastToken;
    // "spokesman X", "said X", "X, an analyst": a person.
    const std::string_view previous = first > 0 ? words.key(first - 1) : std::string_view();
    // ("said Chad would not ...": a country stays a country after a saying verb, and so does
    // a place whose office speaks: "said Ohio Governor Jane Doe".)
    const std::string_view next = last + 1 < tokens.size() ? words.key(last + 1) : "";
    if (cues::isSpeechVerb(previous) && !namesCountry(match) && !cues::isPersonTitle(next))
        return false;
    if (namesAPerson(words, match))
        return false;
    if (cues::isPersonTitle(previous)) {
        if (first == last) // "Senator Dunn" ... "Dunn said": the surname alone is the person
            surnames.emplace_back(words.key(first));
        return false;
    }
    // "West Nile virus", "Marburg hemorrhagic fever": a disease named after a place.
    if (last + 1 < tokens.size() && cues::isDiseaseWord(words.key(last + 1)))
        return false;
    const auto [nameStart, nameEnd] = largerName(words, match);
    match.modifier = nameStart == first && isModifier(words, match, nameEnd);
    if (!match.modifier && (nameStart < first || nameEnd > last)) {
        const Holder holder = nameEnd == last ? holderBefore(words, first) : Holder::None;
        if (holder == Holder::None) {
            // A person's name ends before "of": "Mary Smith of Reading" is Smith.
            std::size_t personEnd = nameStart;
            while (personEnd < nameEnd && words.key(personEnd + 1) != "of")
                ++personEnd;
            if (looksLikePerson(words, nameStart, personEnd))
                surnames.emplace_back(words.key(personEnd));
            return false;
        }
        match.modifier = holder == Holder::Body;
    }
    if (first != last)
        return true;
    if (speaks(words, match)) {
        surnames.emplace_back(words.key(first));
        return false;
    }
    // A country stays a country, whoever shares its name ("Michael Jordan").
    if (!namesCountry(match))
        match.singleWordKey = words.key(first);
    return true;
}

void NameMatcher::findNames(int sentence, const WordTokens &words, std::vector<NameMatch> &out,
                            std::vector<std::string> &surnames) const
{
    const auto &tokens = words.tokens();
    std::vector<NameHit> hits;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!mayOpenName(words, i) || cues::isCalendarWord(words.key(i)))
            continue;
        // Short capitals are acronyms ("IS", "SDF", "US", "U.S."), but a dateline opens a
        // sentence in capitals before a comma ("KYIV, Ukraine -"). "US$" is a currency.
        const bool dateline = tokens[i].sentenceInitial && words.followedBy(i, QLatin1Char(','));
        const bool acronym =
            tokens[i].dotted ||
            (tokens[i].allCaps && !dateline && tokens[i].end - tokens[i].start < kMaxAcronymLength);
        if (acronym && words.followedBy(i, QLatin1Char('$')))
            continue;
        NameMatch match;
        match.sentence = sentence;
        match.firstToken = match.lastToken = i;
        match.range = {tokens[i].start, tokens[i].end};
        if (stateAfterTown(words, i, match.hits)) {
            match.areaCue = true; // the division, never a town of that name
            out.push_back(std::move(match));
            continue;
        }
        // "Mr.", "St.", "Co.": an abbreviated word opens a name only with the words after it
        // ("St. Louis").
        const std::optional<std::size_t> last = longestName(words, i, acronym, hits);
        if (!last || (*last == i && isAbbreviation(words, i)))
            continue;
        i = *last;
        if (hits.empty())
            continue; // "Arab", "Africa": the words are taken and name nothing
        match.lastToken = *last;
        match.range.end = tokens[*last].end;
        match.hits = hits;
        match.demonym = std::any_of(hits.begin(), hits.end(),
                                    [](const NameHit &h) { return h.flags & Demonym; });
        if (match.demonym)
            std::erase_if(match.hits, [](const NameHit &h) { return !(h.flags & Demonym); });
        if (!keepAsPlace(words, match, surnames))
            continue;
        addCues(words, match);
        if (!match.modifier)
            takeAreaWord(words, match);
        out.push_back(std::move(match));
    }
}

} // namespace frontline
