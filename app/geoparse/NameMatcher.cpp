#include "NameMatcher.h"

#include "LanguageCues.h"

#include <algorithm>

namespace frontline {

using namespace gazetteer_format;

namespace {

constexpr std::size_t kMaxWordsInName = 6;
// How far the text's folded spelling may stray from a skeleton match's (keyDistance()).
constexpr double kMaxSkeletonDistance = 0.30;
// A skeleton of fewer letters ("g" for Gao), or one that hundreds of names share, matches
// too many places to mean anything.
constexpr std::size_t kMinSkeletonLength = 3;
constexpr std::size_t kMaxSkeletonRun = 64;

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

bool NameMatcher::lookUp(std::string_view exactKey, bool singleWord, bool acronym,
                         std::vector<NameHit> &hits, bool *longerPossible) const
{
    hits.clear();
    *longerPossible = m_gazetteer.hasLongerKey(exactKey, KeyTier::Exact);
    // An ordinary word ("Reading", "Split", "May") is not read as a one-word place name.
    const bool commonWord = singleWord && !acronym && m_gazetteer.isCommonWord(exactKey);
    for (const Gazetteer::Key &key : m_gazetteer.find(exactKey, KeyTier::Exact)) {
        if (key.flags & NotAPlace) {
            hits.clear();
            return true; // a people or faith: the span is taken, and names no place
        }
        // An acronym names a place only as a country's code ("US", not "IS"), and a code
        // names it only in capitals ("US", not "us").
        if (bool(key.flags & Abbreviation) != acronym)
            continue;
        // A country keeps its name even where it is a word too ("Chad", "Turkey").
        if (!commonWord || m_gazetteer.place(key.place).kind == Kind::Country)
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
            if (k.flags & (Abbreviation | NotAPlace))
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

bool NameMatcher::isNameWord(const WordTokens &words, std::size_t index) const
{
    const WordToken &token = words.tokens()[index];
    if (!token.capitalised || words.isForeign(index))
        return false;
    // "The", "In", "If" open sentences with a capital and are not names.
    return !(token.sentenceInitial && m_gazetteer.isCommonWord(words.key(index)));
}

// A place name inside a longer proper name is not a place mention: "Muzahem al-Sallum",
// "Serhiy Lyman" (persons), "New Syrian Army", "Islamic State" (organisations), "Mocímboa"
// of "Mocímboa da Praia" (a place the gazetteer lacks: better unmapped than mapped wrong).
bool NameMatcher::partOfLargerName(const WordTokens &words, const NameMatch &match) const
{
    const auto &tokens = words.tokens();
    const auto nameAt = [&](std::size_t i) { return i < tokens.size() && isNameWord(words, i); };
    // "da", "de", "of" joined by spaces between two name words (never "and": "Syria and
    // Iraq" is two names).
    const auto connectorAt = [&](std::size_t i) {
        return i > 0 && i + 1 < tokens.size() && tokens[i].spaceBefore && tokens[i + 1].spaceBefore &&
               words.key(i) != "and" && cues::isNameConnector(words.key(i)) && nameAt(i - 1) &&
               nameAt(i + 1);
    };
    std::size_t first = match.firstToken, last = match.lastToken;
    while (first > 0 && tokens[first].spaceBefore && (nameAt(first - 1) || connectorAt(first - 1)) &&
           !cues::isDirectionWord(words.key(first - 1)))
        --first;
    while (last + 1 < tokens.size() && tokens[last + 1].spaceBefore &&
           (nameAt(last + 1) || connectorAt(last + 1) || cues::isOrganisationWord(words.key(last + 1))))
        ++last;
    if (last > match.lastToken) {
        const std::string_view end = words.key(last);
        if (last == match.lastToken + 1 &&
            (cues::isAreaWord(end) || cues::isFeatureWord(end) || cues::isSettlementWord(end)))
            last = match.lastToken; // "Rakhine State", "Donetsk Region", "Tanf Garrison"
        else if (cues::isOrganisationWord(end))
            return true; // "... Democratic Forces", "... Army", "Islamic State", "... TV"
    }
    return first < match.firstToken || last > match.lastToken;
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
    for (std::size_t i = next + 1; i < tokens.size() && i <= next + kMaxAppositionWords; ++i)
        if (cues::isPersonTitle(words.key(i)))
            return true;
    return false;
}

void NameMatcher::addCues(const WordTokens &words, NameMatch &match) const
{
    const auto &tokens = words.tokens();
    const auto keyAt = [&](std::size_t i) { return i < tokens.size() ? words.key(i) : std::string_view(); };
    const std::string_view next = keyAt(match.lastToken + 1);
    match.areaCue = cues::isAreaWord(next);
    match.featureCue = cues::isFeatureWord(next) ||
                       (next == "border" && cues::isFeatureWord(keyAt(match.lastToken + 2))) ||
                       (next == "oil" && cues::isFeatureWord(keyAt(match.lastToken + 2)));
    const std::string_view before = match.firstToken >= 2 ? words.key(match.firstToken - 2) : "";
    match.settlementCue = cues::isSettlementWord(next) ||
                          (match.firstToken >= 2 && words.key(match.firstToken - 1) == "of" &&
                           cues::isSettlementWord(before));
}

void NameMatcher::findNames(int sentence, const WordTokens &words, std::vector<NameMatch> &out) const
{
    const auto &tokens = words.tokens();
    std::vector<NameHit> hits, bestHits;
    std::string key;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!isNameWord(words, i) || cues::isCalendarWord(words.key(i)))
            continue;
        // Short capitals are acronyms ("IS", "SDF", "US"); long ones a dateline ("KHARKIV").
        const bool acronym = tokens[i].allCaps && tokens[i].end - tokens[i].start < 5;
        key.clear();
        std::size_t bestEnd = i;
        bool found = false, people = false;
        for (std::size_t j = i; j < tokens.size() && j < i + kMaxWordsInName; ++j) {
            if (j > i && (!tokens[j].spaceBefore || acronym || words.isForeign(j)))
                break;
            if (j > i)
                key.push_back(' ');
            key.append(words.key(j));
            bool longer = false;
            if (isNameWord(words, j)) {
                if (lookUp(key, j == i, acronym, hits, &longer)) {
                    people = hits.empty(); // "Arab", "Africa": take the words, name nothing
                    if (!people)
                        bestHits = hits;
                    found = true;
                    bestEnd = j;
                }
            } else if (cues::isNameConnector(words.key(j))) {
                longer = m_gazetteer.hasLongerKey(key); // "Bosnia and Herzegovina"
            }
            if (!longer)
                break;
        }
        if (!found)
            continue;
        const std::size_t first = i;
        i = bestEnd;
        if (people)
            continue;
        NameMatch match;
        match.sentence = sentence;
        match.range = {tokens[first].start, tokens[bestEnd].end};
        match.firstToken = first;
        match.lastToken = bestEnd;
        match.hits = bestHits;
        match.demonym = std::any_of(bestHits.begin(), bestHits.end(),
                                    [](const NameHit &h) { return h.flags & Demonym; });
        if (match.demonym)
            std::erase_if(match.hits, [](const NameHit &h) { return !(h.flags & Demonym); });
        // "spokesman X", "said X": a person. Names inside longer names: persons, organisations.
        const std::string_view previous = first > 0 ? words.key(first - 1) : std::string_view();
        if (cues::isPersonTitle(previous) || cues::isSpeechVerb(previous) ||
            partOfLargerName(words, match) || namesAPerson(words, match))
            continue;
        addCues(words, match);
        out.push_back(std::move(match));
    }
}

} // namespace frontline
