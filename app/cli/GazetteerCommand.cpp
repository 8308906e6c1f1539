#include "CliSupport.h"
#include "Commands.h"

#include "gazetteer/NameKey.h"
#include "geoparse/GeoparseResult.h"
#include "io/Geodata.h"

#include <algorithm>

namespace frontline {
namespace {

int lookup(const QStringList &args)
{
    const QString command = QStringLiteral("gazetteer lookup");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("limit"), QStringLiteral("Most candidates to list"), QStringLiteral("N"), QStringLiteral("10")});
    if (!parseOptions(parser, command, args))
        return ExitBadUsage;
    bool limitOk = false;
    const int limit = parser.value("limit").toInt(&limitOk);
    if (!limitOk || limit < 1)
        return usageError(command, QStringLiteral("--limit takes a positive number"));
    if (parser.positionalArguments().isEmpty())
        return usageError(command, QStringLiteral("name a place to look up"));

    QString error;
    const auto geodata = loadGeodata(GeodataParts::GazetteerOnly, &error);
    if (!geodata) {
        printError(command, error);
        return ExitBadInput;
    }
    const Gazetteer &gazetteer = *geodata->gazetteer;
    const auto keys = gazetteer.find(nameKey(parser.positionalArguments().join(QLatin1Char(' '))));
    std::vector<std::uint32_t> places;
    for (const Gazetteer::Key &key : keys)
        if (std::find(places.begin(), places.end(), key.place) == places.end())
            places.push_back(key.place);
    // Countries and provinces first, then by population: the reading a reader expects.
    std::stable_sort(places.begin(), places.end(), [&](std::uint32_t a, std::uint32_t b) {
        const auto &pa = gazetteer.place(a), &pb = gazetteer.place(b);
        const bool areaA = pa.kind == gazetteer_format::Kind::Country, areaB = pb.kind == gazetteer_format::Kind::Country;
        return areaA != areaB ? areaA : pa.population > pb.population;
    });
    QString out;
    for (std::size_t i = 0; i < places.size() && int(i) < limit; ++i) {
        const Gazetteer::Place &p = gazetteer.place(places[i]);
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\n")
                   .arg(gazetteer.placeId(p), gazetteer.placeName(p),
                        placeKindName(static_cast<PlaceKind>(p.kind)),
                        QString::fromLatin1(p.countryCode, 2),
                        QString::fromUtf8(gazetteer.text(p.admin1Name)))
                   .arg(p.latitude, 0, 'f', 5)
                   .arg(p.longitude, 0, 'f', 5)
                   .arg(p.population);
    }
    return writeOutput(out.toUtf8(), command) ? ExitSuccess : ExitBadInput;
}

} // namespace

int runGazetteerCommand(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(QStringLiteral("gazetteer"), QStringLiteral("say lookup NAME"));
    if (args.front() == QLatin1String("lookup"))
        return lookup(args.mid(1));
    return usageError(QStringLiteral("gazetteer"), QStringLiteral("unknown subcommand '%1'").arg(args.front()));
}

} // namespace frontline
