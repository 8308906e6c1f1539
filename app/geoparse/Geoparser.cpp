#include "Geoparser.h"

#include "WordTokens.h"
#include "gazetteer/NameKey.h"

#include <algorithm>
#include <cmath>

namespace frontline {

using namespace gazetteer_format;

namespace {

constexpr int kMaxWordsInName = 6;

PlaceKind toPlaceKind(Kind kind)
{
    switch (kind) {
    case Kind::PopulatedPlace: return PlaceKind::PopulatedPlace;
    case Kind::Admin1: return PlaceKind::Admin1;
    case Kind::Admin2: return PlaceKind::Admin2;
    case Kind::Country: return PlaceKind::Country;
    case Kind::Feature: return PlaceKind::Feature;
    }
    return PlaceKind::Feature;
}

QString countryOf(const Gazetteer::Place &place)
{
    return QString::fromLatin1(place.countryCode, 2);
}

// Words between which a place name may continue ("Bosnia and Herzegovina", "Sant Julià de
// Lòria"): joined only by spaces.
bool joinedBySpace(QStringView text, const WordToken &left, const WordToken &right)
{
    for (int i = left.end; i < right.start; ++i)
        if (text.at(i) != QLatin1Char(' '))
            return false;
    return true;
}

// "Anbar province", "Donetsk region": the word after a name that says it is an area.
bool isAreaWord(QStringView word)
{
    static const QStringList words{"province", "governorate", "region", "oblast", "state",
                                   "prefecture", "department", "county"};
    return words.contains(word.toString().toLower());
}

} // namespace

struct Geoparser::Match
{
    int sentence = 0;
    TextRange range;
    std::span<const Gazetteer::Key> keys;
    bool demonym = false;
    bool areaCue = false; // followed by "province", "region", ...
};

void Geoparser::findMatches(const Article &article, std::vector<Match> &matches) const
{
    const QStringView text = article.text;
    std::vector<WordToken> tokens;
    std::string key;
    for (int s = 0; s < int(article.sentences.size()); ++s) {
        tokens.clear();
        tokenizeWords(text, article.sentences[s], tokens);
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            if (!tokens[i].capitalised || tokens[i].allCaps)
                continue;
            Match best;
            std::size_t bestEnd = i;
            key.clear();
            for (std::size_t j = i; j < tokens.size() && j < i + kMaxWordsInName; ++j) {
                if (j > i && !joinedBySpace(text, tokens[j - 1], tokens[j]))
                    break;
                if (j > i)
                    key.push_back(' ');
                const QStringView word = text.mid(tokens[j].start, tokens[j].end - tokens[j].start);
                if (!appendNameKey(word, key))
                    break;
                if (tokens[j].capitalised && !tokens[j].allCaps) {
                    const auto keys = m_gazetteer.find(key);
                    const bool singleOrdinaryWord =
                        j == i && !keys.empty() && (keys.front().flags & CommonWord);
                    if (!keys.empty() && !singleOrdinaryWord) {
                        best = {s, {tokens[i].start, tokens[j].end}, keys, false};
                        // A demonym reading wins: "Iraqi" is the adjective, not a village.
                        best.demonym = std::any_of(keys.begin(), keys.end(), [](const auto &k) {
                            return k.flags & Demonym;
                        });
                        bestEnd = j;
                    }
                }
                if (!m_gazetteer.hasLongerKey(key))
                    break;
            }
            if (!best.keys.empty()) {
                if (bestEnd + 1 < tokens.size()) {
                    const WordToken &next = tokens[bestEnd + 1];
                    best.areaCue = isAreaWord(text.mid(next.start, next.end - next.start));
                }
                matches.push_back(best);
                i = bestEnd;
            }
        }
    }
}

Place Geoparser::resolve(const Match &match, const std::vector<QString> &contextCountries) const
{
    std::vector<PlaceCandidate> candidates;
    std::vector<std::uint32_t> indexes;
    for (const Gazetteer::Key &key : match.keys) {
        if (std::find(indexes.begin(), indexes.end(), key.place) != indexes.end() ||
            (match.demonym && !(key.flags & Demonym)))
            continue;
        indexes.push_back(key.place);
        const Gazetteer::Place &record = m_gazetteer.place(key.place);
        const QString country = countryOf(record);
        double score = std::log10(double(record.population) + 10.0);
        if (record.kind == Kind::Country)
            score += 4;
        // A province's population is the sum of its towns: without a cue, a name shared by a
        // city and its province means the city.
        if (record.kind == Kind::Admin1)
            score += match.areaCue ? 2.0 : -1.5;
        if (key.flags & PreferredName)
            score += 0.5;
        if (std::find(contextCountries.begin(), contextCountries.end(), country) !=
            contextCountries.end())
            score += 3;
        candidates.push_back({m_gazetteer.placeId(record), m_gazetteer.placeName(record),
                              record.latitude, record.longitude, country, score});
    }
    std::vector<std::size_t> order(candidates.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return candidates[a].score > candidates[b].score;
    });

    const Gazetteer::Place &chosen = m_gazetteer.place(indexes[order.front()]);
    Place place;
    place.id = m_gazetteer.placeId(chosen);
    place.name = m_gazetteer.placeName(chosen);
    place.kind = toPlaceKind(chosen.kind);
    place.latitude = chosen.latitude;
    place.longitude = chosen.longitude;
    place.countryCode = countryOf(chosen);
    place.admin1 = QString::fromUtf8(m_gazetteer.text(chosen.admin1Name));
    place.population = chosen.population;
    // A softmax over the scores: how far the chosen candidate stands above the others.
    double total = 0;
    for (const PlaceCandidate &c : candidates)
        total += std::exp(c.score - candidates[order.front()].score);
    place.confidence = 1.0 / total;
    for (std::size_t i = 0; i < order.size() && i < 5; ++i)
        place.candidates.push_back(candidates[order[i]]);
    return place;
}

void Geoparser::parse(const Article &article, int articleIndex, GeoparseResult &result) const
{
    std::vector<Match> matches;
    findMatches(article, matches);

    // The countries the article names, by name or demonym, make their places likelier.
    std::vector<QString> contextCountries;
    for (const Match &match : matches)
        for (const Gazetteer::Key &key : match.keys)
            if (m_gazetteer.place(key.place).kind == Kind::Country)
                contextCountries.push_back(countryOf(m_gazetteer.place(key.place)));

    for (const Match &match : matches) {
        const int place = result.addPlace(resolve(match, contextCountries));
        Mention mention;
        mention.place = place;
        mention.text = article.slice(match.range);
        mention.role = match.demonym ? MentionRole::Demonym : MentionRole::Name;
        mention.article = articleIndex;
        mention.sentence = match.sentence;
        mention.range = match.range;
        result.mentions.push_back(mention);
    }
}

} // namespace frontline
