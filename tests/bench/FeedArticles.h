#pragma once

#include "text/Article.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <random>
#include <vector>

namespace frontline {
class Gazetteer;
}

namespace frontline::bench {

// A generated feed that varies as news does, so that what the geoparser remembers from one
// article to the next does not flatter it (newsArticles() repeats a few hundred texts): the
// sentences of the project's own texts (the examples, the development corpus), drawn afresh for
// each article, which is set in a country of its own whose towns stand for the places the
// sentences named (the more people, the more often) and whose people for the peoples they
// named ("Russian" forces become that country's), with other people's names, other numbers and
// another date. The same seed gives the same feed.
class FeedArticles
{
public:
    FeedArticles(const Gazetteer &gazetteer, const QStringList &peopleNames, unsigned seed);

    QString next();

private:
    // A sentence of the sources, with where it names places, peoples ("Russian") and people.
    struct Sentence
    {
        QString text;
        std::vector<TextRange> places;
        std::vector<TextRange> peoples;
        std::vector<TextRange> people;
    };
    // A country's towns, and the running sum of their people, to draw from; its demonym.
    struct Country
    {
        std::vector<QString> towns;
        std::vector<double> runningPeople;
        QString demonym; // empty where geodata/demonyms.tsv lists none
    };

    void readSources(const Gazetteer &gazetteer, const QStringList &peopleNames);
    void gatherCountries(const Gazetteer &gazetteer);
    QString retold(const Sentence &sentence, const Country &country,
                   QHash<QString, QString> &townFor);
    QString withOtherNumbers(const QString &text);

    std::vector<Sentence> m_sentences;
    std::vector<Country> m_countries;
    std::vector<double> m_runningCountryWeight;
    QStringList m_people;
    std::mt19937 m_random;
};

// The names of people the gazetteer's builder reads (@cspell/dict-people-names), one a line.
QStringList readPeopleNames(const QString &path);

} // namespace frontline::bench
