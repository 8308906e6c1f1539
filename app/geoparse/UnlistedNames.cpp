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
    switch (cues::placeCue(word)) {
    case cues::PlaceCue::Settlement:
        return PlaceKind::PopulatedPlace;
    case cues::PlaceCue::Feature:
        return PlaceKind::Feature;
    case cues::PlaceCue::Terrain:
        return PlaceKind::Region;
    case cues::PlaceCue::Water:
        return PlaceKind::Water;
    case cues::PlaceCue::None:
        break;
    }
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

// "Ruritania's": a possessive after the word (left out of the word itself, WordTokens.h).
bool isPossessive(const WordTokens &words, std::size_t index)
{
    return words.followedBy(index, QLatin1Char('\'')) || words.followedBy(index, QChar(0x2019));
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
    // ("Bell Valley": a capitalised cue after it says the word is a name.)
    const bool closedByCue = end < tokens.size() && tokens[end].capitalised &&
                             tokens[end].spaceBefore && kindOfCue(words.key(end));
    if (end == start + 1 && m_gazetteer.isCommonWord(words.key(start)) && !closedByCue)
        return false; // "in Parliament"
    if (std::all_of(
            tokens.begin() + std::ptrdiff_t(start), tokens.begin() + std::ptrdiff_t(end),
            [&](const WordToken &token) { return cues::isDirectionWord(words.key(token)); }))
        return false; // "in North-Western Aleppo": the part of the town after it
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

// "X, Damascus", "X in Idlib", "X near Mayadin", "X district of Aleppo": the gazetteer name just
// after an unlisted one.
int UnlistedNameFinder::containerAfter(const WordTokens &words, std::size_t end,
                                       const std::vector<NameMatch> &matches,
                                       std::size_t first) const
{
    // The sentence's names are in text order: the first at or after `end`, by binary search.
    const auto next =
        std::partition_point(matches.begin() + std::ptrdiff_t(first), matches.end(),
                             [end](const NameMatch &m) { return m.firstToken < end; });
    if (next == matches.end())
        return -1;
    const std::size_t m = std::size_t(next - matches.begin());
    const NameMatch &match = *next;
    if (match.firstToken > end + kMaxContainerGap || match.demonym || match.modifier)
        return -1;
    for (std::size_t i = end; i < match.firstToken; ++i) {
        const std::string_view key = words.key(i);
        // "X in Perthshire, Scotland": an unlisted place may stand between, and takes the same.
        if (key != "in" && key != "of" && key != "the" && key != "near" && key != "located" &&
            key != "area" && !cues::isAreaWord(key) && !kindOfCue(key) &&
            !cues::isDirectionWord(key) && !words.tokens()[i].capitalised)
            return -1;
    }
    // "the X district of Ruritania's capital Strelsau": the place the possessor holds is
    // the nearer one.
    if (isPossessive(words, match.lastToken)) {
        const int inner = containerAfter(words, match.lastToken + 1, matches, m + 1);
        if (inner >= 0)
            return inner;
    }
    return int(m);
}

// "X, a farming community near Y", "X, a suburb of Y": an apposition that says where the
// name lies.
int UnlistedNameFinder::containerInApposition(const WordTokens &words, std::size_t end,
                                              const std::vector<NameMatch> &matches,
                                              std::size_t first) const
{
    constexpr std::size_t kMaxAppositionWords = 6; // "town 20 km south of"
    const auto &tokens = words.tokens();
    if (end == 0 || end >= tokens.size() || !words.followedBy(end - 1, QLatin1Char(',')) ||
        (words.key(end) != "a" && words.key(end) != "an"))
        return -1;
    for (std::size_t i = end + 1; i < tokens.size() && i <= end + kMaxAppositionWords; ++i) {
        if (!tokens[i].spaceBefore || tokens[i].capitalised)
            return -1; // the apposition ends, or another name begins
        const std::string_view key = words.key(i);
        if (key == "border")
            return -1; // "a town near the border with Y" lies on the other side
        if (key == "in" || key == "near" || key == "of" || key == "outside")
            return containerAfter(words, i, matches, first);
    }
    return -1;
}

// "the Y district of X", "Y slum X": the gazetteer name just before a locality
// word before an unlisted one.
int UnlistedNameFinder::containerBefore(const WordTokens &words, std::size_t start,
                                        const std::vector<NameMatch> &matches,
                                        std::size_t first) const
{
    std::size_t i = start;
    if (i >= 2 && words.key(i - 1) == "of")
        --i;
    if (i < 2 || cues::placeCue(words.key(i - 1)) != cues::PlaceCue::Settlement)
        return -1;
    const std::size_t holder = i - 2; // the name's last word
    for (std::size_t m = first; m < matches.size() && matches[m].firstToken <= holder; ++m)
        if (matches[m].lastToken == holder && !matches[m].demonym)
            return int(m);
    return -1;
}

// "X, a town 20 km south of Y", "X, a Shia suburb": the kind of place an apposition calls it.
std::optional<PlaceKind> UnlistedNameFinder::kindInApposition(const WordTokens &words,
                                                              std::size_t end) const
{
    constexpr std::size_t kMaxWordsBeforeCue = 3; // "a small farming village"
    const auto &tokens = words.tokens();
    if (end == 0 || end >= tokens.size() || !words.followedBy(end - 1, QLatin1Char(',')) ||
        (words.key(end) != "a" && words.key(end) != "an"))
        return std::nullopt;
    for (std::size_t i = end + 1; i < tokens.size() && i <= end + kMaxWordsBeforeCue; ++i) {
        if (!tokens[i].spaceBefore)
            return std::nullopt; // the apposition ends
        if (const std::optional<PlaceKind> kind = kindOfCue(words.key(i)))
            return kind;
    }
    return std::nullopt;
}

// A run of capitalised words no gazetteer name took, with what the words around it say.
struct UnlistedNameFinder::Run
{
    std::size_t start = 0, end = 0; // the run's words, a capitalised cue included
    std::size_t nameEnd = 0;        // before a capitalised cue that closes it
    std::size_t cueWords = 0;       // lower-case cue words after it ("refugee camp")
    std::size_t listEnd = 0;        // the end of the list it stands in ("X, Y and Z in ...")
    std::optional<PlaceKind> kind;
};

// The cue of a run: before it ("the village of X", "fighting in X", "near the X") or after it
// ("X district", "Handarat Refugee Camp", "X refugee camp").
void UnlistedNameFinder::readCue(const WordTokens &words, Run &run) const
{
    const auto &tokens = words.tokens();
    std::optional<PlaceKind> cueAfter;
    for (std::size_t i = run.end; i < tokens.size() && i < run.end + kMaxCueWords && !cueAfter;
         ++i) {
        if (words.followedBy(i - 1, QLatin1Char(',')))
            break; // "X, Gaza City": past a comma, the cue is another name's
        if ((cueAfter = kindOfCue(words.key(i))))
            run.cueWords = i - run.end + 1;
        else if (isFunctionWord(words.key(i)))
            break; // "told X his city": the cue is another's
    }
    run.nameEnd = run.end;
    if (!cueAfter && run.end - run.start >= 2 && (cueAfter = kindOfCue(words.key(run.end - 1))))
        run.nameEnd = run.end - 1;
    // "Lake Varna", "Mount Kora": the words that open such names are part of them.
    const std::string_view opening = words.key(run.start);
    if (!cueAfter && run.end - run.start >= 2 && (opening == "lake" || opening == "mount"))
        cueAfter = kindOfCue(opening);
    const std::string_view before = words.key(run.start - 1);
    const std::string_view beforeOf =
        run.start >= 2 && before == "of" ? words.key(run.start - 2) : "";
    run.kind = kindOfCue(beforeOf);
    if (!run.kind)
        run.kind = cueAfter;
    const std::string_view locative =
        before == "the" && run.start >= 2 ? words.key(run.start - 2) : before;
    if (!run.kind && (cues::isLocativeWord(locative) || cues::takesAPlace(locative)) &&
        tokens[run.start].spaceBefore)
        run.kind = PlaceKind::PopulatedPlace;
    if (!run.kind)
        run.kind = kindInApposition(words, run.end);
}

// Whether the words from `end` to `start` join two items of a list: a comma, "and", "or".
bool UnlistedNameFinder::listed(const WordTokens &words, std::size_t end, std::size_t start) const
{
    if (start == end)
        return words.followedBy(end - 1, QLatin1Char(','));
    const std::string_view between = words.key(end);
    return start == end + 1 && (between == "and" || between == "or");
}

// "Saraqib, Binnish and Taftanaz", "the villages of Gaya, Fa'a and Zang": a run listed with
// a town, or with a run already known to be one, is a town too.
void UnlistedNameFinder::takeListed(const WordTokens &words, const std::vector<NameMatch> &matches,
                                    std::size_t first, std::vector<Run> &runs) const
{
    struct Item
    {
        std::size_t start, end;
        Run *run; // null for a gazetteer name
    };
    if (std::all_of(runs.begin(), runs.end(), [](const Run &run) { return bool(run.kind); }))
        return; // every run has a cue of its own: nothing to learn from lists
    std::vector<Item> items;
    for (std::size_t m = first; m < matches.size(); ++m)
        if (isTown(matches[m]))
            items.push_back({matches[m].firstToken, matches[m].lastToken + 1, nullptr});
    for (Run &run : runs)
        items.push_back({run.start, run.end, &run});
    std::sort(items.begin(), items.end(),
              [](const Item &a, const Item &b) { return a.start < b.start; });
    const auto known = [](const Item &item) { return !item.run || item.run->kind; };
    // Backwards, each run learns where its list ends: "X, Y and Z in Idlib" are all in Idlib.
    std::size_t listEnd = 0;
    for (std::size_t k = items.size(); k-- > 0;) {
        if (k + 1 == items.size() || !listed(words, items[k].end, items[k + 1].start))
            listEnd = items[k].end;
        if (items[k].run)
            items[k].run->listEnd = listEnd;
    }
    for (int pass = 0; pass < 2; ++pass) // forwards, then backwards along the list
        for (std::size_t k = 1; k < items.size(); ++k) {
            Item &from = pass == 0 ? items[k - 1] : items[items.size() - k];
            Item &to = pass == 0 ? items[k] : items[items.size() - k - 1];
            const Item &earlier = pass == 0 ? from : to, &later = pass == 0 ? to : from;
            if (known(from) && to.run && !to.run->kind && listed(words, earlier.end, later.start))
                to.run->kind = PlaceKind::PopulatedPlace;
        }
}

bool UnlistedNameFinder::isTown(const NameMatch &match) const
{
    return !match.demonym && !match.modifier &&
           std::any_of(match.hits.begin(), match.hits.end(), [&](const NameHit &hit) {
               return m_gazetteer.place(hit.place).kind == Kind::PopulatedPlace;
           });
}

void UnlistedNameFinder::find(int sentence, const WordTokens &words,
                              const std::vector<NameMatch> &matches, std::size_t first,
                              std::vector<UnlistedName> &out) const
{
    const auto &tokens = words.tokens();
    std::vector<bool> &taken = m_taken;
    taken.assign(tokens.size(), false);
    for (std::size_t m = first; m < matches.size(); ++m)
        for (std::size_t i = matches[m].firstToken; i <= matches[m].lastToken; ++i)
            taken[i] = true;
    std::vector<Run> runs;
    for (std::size_t start = 1; start < tokens.size(); ++start) {
        // A run begins after a word without a capital, or after a possessive ("Mogadishu's X").
        if (taken[start] || !tokens[start].capitalised ||
            (tokens[start - 1].capitalised && tokens[start].spaceBefore))
            continue;
        Run run;
        run.start = start;
        run.end = runEnd(words, start, taken);
        if (run.end == start)
            continue;
        readCue(words, run);
        // A run without a cue can only be a town by standing in a list.
        const bool mayBeListed =
            listed(words, run.start, run.start) || listed(words, run.start - 1, run.start) ||
            (run.end + 1 < tokens.size() && listed(words, run.end, run.end + 1)) ||
            (run.end < tokens.size() && listed(words, run.end, run.end));
        if ((run.kind || mayBeListed) && plausibleName(words, run.start, run.nameEnd))
            runs.push_back(run);
        start = run.end - 1;
    }
    takeListed(words, matches, first, runs);
    for (const Run &run : runs)
        if (run.kind)
            out.push_back(unlistedName(sentence, words, run, matches, first));
    // A gazetteer name with a cue ("the village of X") whose only readings lie far away is an
    // unlisted place of the same name: kept in reserve, used if resolution sets it aside.
    for (std::size_t m = first; m < matches.size(); ++m) {
        if (matches[m].demonym || matches[m].modifier || matches[m].firstToken == 0 ||
            !m_resolver.mayBeImplausible(matches[m]))
            continue;
        Run run;
        run.start = matches[m].firstToken;
        run.end = run.nameEnd = matches[m].lastToken + 1;
        readCue(words, run);
        if (run.kind) {
            UnlistedName name = unlistedName(sentence, words, run, matches, first);
            name.range = matches[m].range;
            name.fallbackFor = int(m);
            out.push_back(std::move(name));
        }
    }
}

UnlistedName UnlistedNameFinder::unlistedName(int sentence, const WordTokens &words, const Run &run,
                                              const std::vector<NameMatch> &matches,
                                              std::size_t first) const
{
    const auto &tokens = words.tokens();
    UnlistedName name;
    name.sentence = sentence;
    name.range = {tokens[run.start].start, tokens[run.end - 1].end};
    for (std::size_t i = run.start; i < run.end; ++i)
        name.key.append(i > run.start ? " " : "").append(words.key(i));
    name.kind = *run.kind;
    const std::size_t after = run.nameEnd == run.end ? run.end + run.cueWords : run.end;
    name.container = containerAfter(words, after, matches, first);
    if (name.container < 0 && run.listEnd > run.end)
        name.container = containerAfter(words, run.listEnd, matches, first);
    if (name.container < 0)
        name.container = containerInApposition(words, after, matches, first);
    if (name.container < 0)
        name.container = containerBefore(words, run.start, matches, first);
    return name;
}

} // namespace frontline
