#include "UnlistedNames.h"

#include "LanguageCues.h"

#include <algorithm>
#include <optional>

namespace frontline {

using namespace gazetteer_format;

namespace {

constexpr std::size_t kMaxWords = 4;        // "Deir al-Adas", "Tal Al Eiss Mountain"
constexpr std::size_t kMaxContainerGap = 4; // words between a name and the place it lies in
constexpr std::size_t kMaxCueWords = 2;     // "refugee camp", "military airport"

// What the cue word says the place is: a village or a neighbourhood, a camp or an airport,
// a valley or a mountain range.
std::optional<PlaceKind> kindOfCue(std::string_view word)
{
    if (cues::isSettlementWord(word) || cues::isLocalityWord(word))
        return PlaceKind::PopulatedPlace;
    if (cues::isFeatureWord(word))
        return PlaceKind::Feature;
    if (cues::isTerrainWord(word))
        return PlaceKind::Region;
    return std::nullopt;
}

// A word that joins or points rather than describes ("his", "the", "with"): a cue past it
// belongs to something else.
bool isFunctionWord(std::string_view word)
{
    static constexpr std::string_view kFunctionWords[]{
        "a",   "an", "the",  "his",  "her",   "its", "their", "our", "this", "that",
        "and", "or", "of",   "in",   "on",    "at",  "to",    "for", "with", "from",
        "by",  "as", "near", "into", "which", "who", "where", "was", "is",   "were"};
    return std::find(std::begin(kFunctionWords), std::end(kFunctionWords), word) !=
           std::end(kFunctionWords);
}

} // namespace

// The capitalised words from `start` joined by spaces, not taken by a gazetteer name.
std::size_t UnlistedNameFinder::runEnd(const WordTokens &words, std::size_t start,
                                       const std::vector<bool> &taken) const
{
    const auto &tokens = words.tokens();
    std::size_t end = start;
    while (end < tokens.size() && end < start + kMaxWords && !taken[end] &&
           tokens[end].capitalised && !words.isForeign(end) &&
           (end == start || tokens[end].spaceBefore))
        ++end;
    return end;
}

// Not a person, an organisation, a month, an acronym or an ordinary word with a capital.
bool UnlistedNameFinder::plausibleName(const WordTokens &words, std::size_t start,
                                       std::size_t end) const
{
    const auto &tokens = words.tokens();
    if (end == start || tokens[start].sentenceInitial)
        return false;
    for (std::size_t i = start; i < end; ++i) {
        const std::string_view key = words.key(i);
        if (tokens[i].allCaps || tokens[i].dotted || cues::isCalendarWord(key) ||
            cues::isOrganisationWord(key) || cues::isPersonTitle(key))
            return false;
        for (const Gazetteer::Key &k : m_gazetteer.find(key, KeyTier::Exact))
            if (k.flags & (NotAPlace | Demonym))
                return false; // "Kurdish", "Syrian"
    }
    if (end == start + 1 && m_gazetteer.isCommonWord(words.key(start)))
        return false; // "in Parliament"
    const auto personName = [&](std::size_t i) {
        for (const Gazetteer::Key &k : m_gazetteer.find(words.key(i), KeyTier::Exact))
            if (k.flags & PersonName)
                return true;
        return false;
    };
    if (end > start + 1 && personName(start) && personName(end - 1))
        return false; // "Maria Carson": a given name and a surname
    return !(end < tokens.size() && tokens[end].spaceBefore &&
             cues::isOrganisationWord(words.key(end)));
}

// "X, Damascus", "X in Idlib", "X of Baghdad", "X district of Aleppo": the gazetteer name just
// after an unlisted one.
int UnlistedNameFinder::containerAfter(const WordTokens &words, std::size_t end,
                                       const std::vector<NameMatch> &matches,
                                       std::size_t first) const
{
    for (std::size_t m = first; m < matches.size(); ++m) {
        const NameMatch &match = matches[m];
        if (match.firstToken < end)
            continue;
        if (match.firstToken > end + kMaxContainerGap || match.demonym || match.modifier)
            return -1;
        for (std::size_t i = end; i < match.firstToken; ++i) {
            const std::string_view key = words.key(i);
            // "X in Fife, Scotland": an unlisted place may stand between, and takes the same.
            if (key != "in" && key != "of" && key != "the" && !cues::isAreaWord(key) &&
                !kindOfCue(key) && !cues::isDirectionWord(key) && !words.tokens()[i].capitalised)
                return -1;
        }
        return int(m);
    }
    return -1;
}

void UnlistedNameFinder::find(int sentence, const WordTokens &words,
                              const std::vector<NameMatch> &matches, std::size_t first,
                              std::vector<UnlistedName> &out) const
{
    const auto &tokens = words.tokens();
    std::vector<bool> taken(tokens.size(), false);
    for (std::size_t m = first; m < matches.size(); ++m)
        for (std::size_t i = matches[m].firstToken; i <= matches[m].lastToken; ++i)
            taken[i] = true;
    for (std::size_t start = 1; start < tokens.size(); ++start) {
        if (taken[start] || !tokens[start].capitalised || tokens[start - 1].capitalised)
            continue;
        const std::size_t end = runEnd(words, start, taken);
        if (end == start)
            continue;
        // The name proper ends before a capitalised cue that closes the run ("Handarat
        // Refugee Camp", "Jobar District"); a lower-case cue follows it ("Jobar district").
        // "Abu X refugee camp", "Y military airport": a cue may have a word before it.
        std::optional<PlaceKind> cueAfter;
        std::size_t cueWords = 0;
        for (std::size_t i = end; i < tokens.size() && i < end + kMaxCueWords && !cueAfter; ++i) {
            if ((cueAfter = kindOfCue(words.key(i))))
                cueWords = i - end + 1;
            else if (isFunctionWord(words.key(i)))
                break; // "told X his city": the cue is another's
        }
        std::size_t nameEnd = end;
        if (!cueAfter && end - start >= 2 && (cueAfter = kindOfCue(words.key(end - 1))))
            nameEnd = end - 1;
        const std::string_view before = words.key(start - 1);
        const std::string_view beforeOf = start >= 2 && before == "of" ? words.key(start - 2) : "";
        std::optional<PlaceKind> kind = kindOfCue(beforeOf); // "the village of X"
        if (!kind)
            kind = cueAfter;
        // "fighting in X", "a strike near the X": a locative word, perhaps with "the", before.
        const std::string_view locative =
            before == "the" && start >= 2 ? words.key(start - 2) : before;
        if (!kind && cues::isLocativeWord(locative) && tokens[start].spaceBefore)
            kind = PlaceKind::PopulatedPlace;
        if (!kind || !plausibleName(words, start, nameEnd))
            continue;
        UnlistedName name;
        name.sentence = sentence;
        name.range = {tokens[start].start, tokens[end - 1].end};
        for (std::size_t i = start; i < end; ++i)
            name.key.append(i > start ? " " : "").append(words.key(i));
        name.kind = *kind;
        name.container =
            containerAfter(words, nameEnd == end ? end + cueWords : end, matches, first);
        out.push_back(std::move(name));
        start = end;
    }
}

} // namespace frontline
