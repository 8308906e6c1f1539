// Builds Frontline's gazetteer index from the pinned GeoNames extracts, Debian's iso-codes,
// Natural Earth's countries, us-atlas's counties, a pinned list of people's names and the
// small sourced tables beside this file (GazetteerAssembly puts them together).
// Run by the build (see CMakeLists.txt); prints one line on success, one clear line on error.

#include "GazetteerAssembly.h"
#include "SourceFiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace frontline;

namespace {

// The lines of a plain word list that are names: no comments, no multi-word entries.
QStringList nameList(const QString &path)
{
    QStringList names;
    for (const QByteArray &line : sources::readAll(path).split('\n'))
        if (!line.isEmpty() && !line.startsWith('#') && !line.contains(' '))
            names << QString::fromUtf8(line.trimmed());
    return names;
}

QStringList firstColumn(const QString &tablePath)
{
    QStringList names;
    for (const QStringList &row : sources::readTable(tablePath, 2))
        names << row[0];
    return names;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QStringList inputs{"cities",   "admin1",      "countries",         "subdivisions",
                             "basemap",  "supplement",  "regions",           "country-names",
                             "demonyms", "non-places",  "abbreviations",     "dictionary",
                             "people",   "us-counties", "earlier-divisions", "output"};
    for (const QString &name : inputs)
        parser.addOption({name, name, QStringLiteral("path")});
    parser.process(app);
    for (const QString &name : inputs)
        if (!parser.isSet(name))
            sources::fail(QStringLiteral("--%1 is required").arg(name));

    GazetteerAssembly assembly;
    assembly.setCommonWords(parser.values("dictionary"));
    assembly.addCities(parser.value("cities"), parser.value("admin1"));
    assembly.addAdmin1Divisions();
    assembly.addCountries(parser.value("countries"), parser.value("basemap"),
                          parser.value("country-names"));
    assembly.addRegions(parser.value("regions"));
    assembly.addRegionsOfDivisions();
    assembly.addDemonyms(parser.value("demonyms"));
    assembly.addAbbreviations(parser.value("abbreviations"));
    // Peoples and faiths, diseases named after places: never a place in news text, whatever
    // town shares the name. Given names and surnames tell persons from places.
    assembly.addPlaceholderNames(QStringLiteral("not-a-place"),
                                 firstColumn(parser.value("non-places")),
                                 gazetteer_format::NotAPlace);
    assembly.addSupplement(parser.value("supplement"));
    assembly.addUsCounties(parser.value("us-counties"));
    assembly.addSubdivisions(parser.value("subdivisions"));
    const int earlierDivisions = assembly.addEarlierDivisions(parser.value("earlier-divisions"));
    assembly.addPlaceholderNames(QStringLiteral("person-name"), nameList(parser.value("people")),
                                 gazetteer_format::PersonName);

    QString error;
    if (!assembly.builder().write(parser.value("output"), &error))
        sources::fail(error);
    std::printf("gazetteer: %zu places (%d earlier divisions), %zu names (%d malformed rows "
                "skipped)\n",
                assembly.builder().placeCount(), earlierDivisions, assembly.builder().keyCount(),
                assembly.brokenRows());
    return 0;
}
