#include "FeedArticles.h"

#include "BenchText.h"
#include "events/ArticlesRead.h"
#include "gazetteer/Gazetteer.h"
#include "gazetteer/NameKey.h"
#include "geoparse/Geoparser.h"
#include "geoparse/LanguageCues.h"
#include "text/ArticleReader.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace frontline::bench {
namespace {

// An article's sentences: from a brief to a long report (0.5 to 4 KB of text).
constexpr int kFewestSentences = 4;
constexpr int kMostSentences = 24;
constexpr int kSentencesPerParagraph = 3;
constexpr int kDaysInEveryMonth = 28;
constexpr int kMonths = 12;

// Draws an index from running sums of weights.
std::size_t drawFrom(const std::vector<double> &running, std::mt19937 &random)
{
    std::uniform_real_distribution<double> share(0, running.back());
    const auto at = std::upper_bound(running.begin(), running.end(), share(random));
    return std::min(std::size_t(at - running.begin()), running.size() - 1);
}

bool overlaps(const TextRange &range, const std::vector<TextRange> &others)
{
    return std::any_of(others.begin(), others.end(), [&](const TextRange &other) {
        return range.start < other.end && other.start < range.end;
    });
}

// geodata/demonyms.tsv: the first demonym of each country.
QHash<QByteArray, QString> readDemonyms()
{
    QHash<QByteArray, QString> demonyms;
    QFile file(QStringLiteral(FRONTLINE_SOURCE_DIR "/geodata/demonyms.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return demonyms;
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().split('\t');
        if (fields.size() >= 2 && !fields[0].startsWith('#') && !demonyms.contains(fields[1]))
            demonyms.insert(fields[1], QString::fromUtf8(fields[0]));
    }
    return demonyms;
}

} // namespace

FeedArticles::FeedArticles(const Gazetteer &gazetteer, const QStringList &peopleNames,
                           unsigned seed)
    : m_people(peopleNames), m_random(seed)
{
    readSources(gazetteer, peopleNames);
    gatherCountries(gazetteer);
}

// The sources' sentences, with the places the geoparser finds in them and the people's names.
void FeedArticles::readSources(const Gazetteer &gazetteer, const QStringList &peopleNames)
{
    const QSet<QString> people(peopleNames.begin(), peopleNames.end());
    static const QRegularExpression capitalisedWord(QStringLiteral("\\b\\p{Lu}\\p{Ll}{2,}\\b"));
    const Geoparser geoparser(gazetteer);
    for (const QString &text : newsArticles(1)) {
        ArticlesRead read;
        read.add(articleFromText(text, QStringLiteral("source.txt")).article, geoparser, nullptr);
        const Findings found = read.findings();
        const Article &article = found.articles.front();
        for (int s = 0; s < int(article.sentences.size()); ++s) {
            const TextRange range = article.sentences[s];
            Sentence sentence{article.slice(range), {}, {}, {}};
            if (sentence.text.startsWith(QLatin1String("Date:")))
                continue;
            for (const Mention &mention : found.geoparse.mentions) {
                const TextRange at{mention.range.start - range.start,
                                   mention.range.end - range.start};
                if (mention.sentence == s && mention.role == MentionRole::Name)
                    sentence.places.push_back(at);
                else if (mention.sentence == s && mention.role == MentionRole::Demonym)
                    sentence.peoples.push_back(at);
            }
            // A person's name: in the people's list, and no ordinary word ("Council", "Front")
            // nor the calendar's ("May", "August"), which the events read as times.
            for (const auto &word : capitalisedWord.globalMatch(sentence.text)) {
                const TextRange at{int(word.capturedStart()), int(word.capturedEnd())};
                const std::string key = nameKey(word.captured());
                if (people.contains(word.captured()) && !cues::isCalendarWord(key) &&
                    !gazetteer.isCommonWord(key) && !overlaps(at, sentence.places) &&
                    !overlaps(at, sentence.peoples))
                    sentence.people.push_back(at);
            }
            m_sentences.push_back(std::move(sentence));
        }
    }
}

// The gazetteer's towns by country; a country is drawn by the square root of its people:
// news names populous countries more often, though not in proportion.
void FeedArticles::gatherCountries(const Gazetteer &gazetteer)
{
    const QHash<QByteArray, QString> demonyms = readDemonyms();
    QHash<QByteArray, std::size_t> countryIndex;
    for (const Gazetteer::Place &place : gazetteer.places()) {
        if (place.kind != gazetteer_format::Kind::PopulatedPlace || place.population == 0)
            continue;
        const QByteArray code(place.countryCode, 2);
        const auto known = countryIndex.constFind(code);
        const std::size_t index = known != countryIndex.cend() ? *known : m_countries.size();
        if (index == m_countries.size()) {
            countryIndex.insert(code, index);
            m_countries.emplace_back();
            m_countries.back().demonym = demonyms.value(code);
        }
        Country &country = m_countries[index];
        country.towns.push_back(gazetteer.placeName(place));
        country.runningPeople.push_back(
            (country.runningPeople.empty() ? 0 : country.runningPeople.back()) + place.population);
    }
    for (const Country &country : m_countries)
        m_runningCountryWeight.push_back(
            (m_runningCountryWeight.empty() ? 0 : m_runningCountryWeight.back()) +
            std::sqrt(country.runningPeople.back()));
}

// Other counts and distances; years (1900 to 2099) are kept, since the events read them as times.
QString FeedArticles::withOtherNumbers(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    static const QRegularExpression year(QStringLiteral("^(19|20)\\d\\d$"));
    QString out;
    qsizetype at = 0;
    for (const auto &match : number.globalMatch(text)) {
        if (year.match(match.captured()).hasMatch())
            continue;
        out += text.mid(at, match.capturedStart() - at);
        std::uniform_int_distribution<int> digit(0, 9), leading(1, 9);
        for (qsizetype d = 0; d < match.capturedLength(); ++d)
            out += QChar(u'0' + (d == 0 && match.capturedLength() > 1 ? leading : digit)(m_random));
        at = match.capturedEnd();
    }
    return out + text.mid(at);
}

// The sentence told again in `country`: each place it named a town there (the same town for
// the same name throughout the article), each person another, other numbers.
QString FeedArticles::retold(const Sentence &sentence, const Country &country,
                             QHash<QString, QString> &townFor)
{
    enum class Kind
    {
        Place,
        People,
        Person
    };
    std::vector<std::pair<TextRange, Kind>> names;
    for (const TextRange &place : sentence.places)
        names.push_back({place, Kind::Place});
    for (const TextRange &peoples : sentence.peoples)
        names.push_back({peoples, Kind::People});
    for (const TextRange &person : sentence.people)
        names.push_back({person, Kind::Person});
    std::sort(names.begin(), names.end(),
              [](const auto &a, const auto &b) { return a.first.start < b.first.start; });
    std::uniform_int_distribution<qsizetype> anyPerson(0, m_people.size() - 1);
    QString out;
    int at = 0;
    for (const auto &[range, kind] : names) {
        out += withOtherNumbers(sentence.text.mid(at, range.start - at));
        const QString name = sentence.text.mid(range.start, range.length());
        if (kind == Kind::Person) {
            out += m_people[anyPerson(m_random)];
        } else if (kind == Kind::People) {
            out += country.demonym.isEmpty() ? name : country.demonym;
        } else {
            auto town = townFor.find(name);
            if (town == townFor.end())
                town =
                    townFor.insert(name, country.towns[drawFrom(country.runningPeople, m_random)]);
            out += *town;
        }
        at = range.end;
    }
    return out + withOtherNumbers(sentence.text.mid(at));
}

QString FeedArticles::next()
{
    const Country &country = m_countries[drawFrom(m_runningCountryWeight, m_random)];
    QHash<QString, QString> townFor;
    std::uniform_int_distribution<std::size_t> anySentence(0, m_sentences.size() - 1);
    std::uniform_int_distribution<int> sentences(kFewestSentences, kMostSentences);
    std::uniform_int_distribution<int> month(1, kMonths), day(1, kDaysInEveryMonth);
    QString text = retold(m_sentences[anySentence(m_random)], country, townFor).simplified() +
                   QStringLiteral("\nDate: 2024-%1-%2\n")
                       .arg(month(m_random), 2, 10, QLatin1Char('0'))
                       .arg(day(m_random), 2, 10, QLatin1Char('0'));
    const int count = sentences(m_random);
    for (int s = 0; s < count; ++s) {
        // After the date line a blank line; then paragraphs, a blank line between.
        text += s == 0                            ? QStringLiteral("\n")
                : s % kSentencesPerParagraph == 0 ? QStringLiteral("\n\n")
                                                  : QStringLiteral(" ");
        text += retold(m_sentences[anySentence(m_random)], country, townFor).simplified();
    }
    return text + QLatin1Char('\n');
}

QStringList readPeopleNames(const QString &path)
{
    QStringList names;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return names;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            names << line;
    }
    return names;
}

} // namespace frontline::bench
