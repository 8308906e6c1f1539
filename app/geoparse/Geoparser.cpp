#include "Geoparser.h"

#include "LanguageCues.h"

namespace frontline {
namespace {

constexpr std::size_t kMaxRelationGap = 6; // words between a name and its anchor

// "Fallujah, in Anbar province" -> Fallujah inside Anbar; "Fallujah, west of Baghdad" ->
// Fallujah near Baghdad. Looks at the words between consecutive names of one sentence.
void findRelations(const WordTokens &words, const std::vector<NameMatch> &matches,
                   std::size_t firstOfSentence, std::vector<NameRelation> &relations)
{
    for (std::size_t b = firstOfSentence + 1; b < matches.size(); ++b) {
        const NameMatch &located = matches[b - 1], &anchor = matches[b];
        if (anchor.firstToken <= located.lastToken + 1 ||
            anchor.firstToken - located.lastToken - 1 > kMaxRelationGap)
            continue;
        const std::string_view last = words.key(anchor.firstToken - 1);
        const std::string_view beforeLast =
            anchor.firstToken >= 2 ? words.key(anchor.firstToken - 2) : std::string_view();
        if (last == "in" && anchor.firstToken - located.lastToken <= 3)
            relations.push_back({NameRelation::Inside, int(b - 1), int(b)});
        else if (last == "of" && cues::isDirectionWord(beforeLast))
            relations.push_back({NameRelation::Near, int(b - 1), int(b)});
    }
}

} // namespace

void Geoparser::parse(const Article &article, int articleIndex, GeoparseResult &result) const
{
    std::vector<NameMatch> matches;
    std::vector<NameRelation> relations;
    WordTokens words;
    for (int s = 0; s < int(article.sentences.size()); ++s) {
        words.tokenize(article.text, article.sentences[s]);
        const std::size_t first = matches.size();
        m_matcher.findNames(s, words, matches);
        findRelations(words, matches, first, relations);
    }
    const std::vector<std::optional<Place>> places = m_resolver.resolve(matches, relations);
    for (std::size_t m = 0; m < matches.size(); ++m) {
        if (!places[m])
            continue;
        Mention mention;
        mention.place = result.addPlace(*places[m]);
        mention.range = matches[m].range;
        mention.text = article.slice(mention.range);
        mention.role = matches[m].demonym ? MentionRole::Demonym : MentionRole::Name;
        mention.article = articleIndex;
        mention.sentence = matches[m].sentence;
        result.mentions.push_back(mention);
    }
}

} // namespace frontline
