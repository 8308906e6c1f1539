#include "CliSupport.h"
#include "Commands.h"
#include "gazetteer/NameKey.h"
#include "gazetteer/UserGazetteer.h"
#include "geoparse/GeoparseResult.h"
#include "io/GazetteerFiles.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace frontline {
namespace {

const char *tierName(KeyTier tier)
{
    switch (tier) {
    case KeyTier::Exact:
        return "exact";
    case KeyTier::Folded:
        return "folded";
    case KeyTier::Skeleton:
        return "skeleton";
    }
    return "";
}

// The candidates of a name as the matcher meets them: the tightest tier that has any.
int lookup(const QStringList &args)
{
    const QString command = QStringLiteral("gazetteer lookup");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("limit"), QStringLiteral("Most candidates to list"),
                      QStringLiteral("N"), QStringLiteral("10")});
    if (!parseOptions(parser, command, args))
        return ExitBadUsage;
    bool limitOk = false;
    const int limit = parser.value("limit").toInt(&limitOk);
    if (!limitOk || limit < 1)
        return usageError(command, QStringLiteral("--limit takes a positive number"));
    if (parser.positionalArguments().isEmpty())
        return usageError(command, QStringLiteral("name a place to look up"));

    const auto opened = openGazetteerOrSay(command);
    if (!opened)
        return ExitBadInput;
    const Gazetteer &gazetteer = *opened;
    const std::string exact = nameKey(parser.positionalArguments().join(QLatin1Char(' ')));
    std::string folded, skeleton;
    appendFoldedKey(exact, folded);
    appendSkeletonKey(folded, skeleton);
    std::vector<std::uint32_t> places;
    KeyTier tier = KeyTier::Exact;
    for (const auto &[key, keyTier] : {std::pair<std::string_view, KeyTier>{exact, KeyTier::Exact},
                                       {folded, KeyTier::Folded},
                                       {skeleton, KeyTier::Skeleton}}) {
        for (const Gazetteer::Key &k : gazetteer.find(key, keyTier))
            if (!(k.flags & gazetteer_format::NotAPlace) &&
                std::find(places.begin(), places.end(), k.place) == places.end())
                places.push_back(k.place);
        tier = keyTier;
        if (!places.empty())
            break;
    }
    // Countries first, then by population: the reading a reader expects.
    std::stable_sort(places.begin(), places.end(), [&](std::uint32_t a, std::uint32_t b) {
        const auto &pa = gazetteer.place(a), &pb = gazetteer.place(b);
        const bool countryA = pa.kind == gazetteer_format::Kind::Country,
                   countryB = pb.kind == gazetteer_format::Kind::Country;
        return countryA != countryB ? countryA : pa.population > pb.population;
    });
    QString out;
    for (std::size_t i = 0; i < places.size() && int(i) < limit; ++i) {
        const Gazetteer::Place &p = gazetteer.place(places[i]);
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\n")
                   .arg(gazetteer.placeId(p), gazetteer.placeName(p),
                        placeKindName(static_cast<PlaceKind>(p.kind)),
                        QString::fromLatin1(p.countryCode, 2),
                        QString::fromUtf8(gazetteer.text(p.admin1Name)))
                   .arg(p.latitude, 0, 'f', 5)
                   .arg(p.longitude, 0, 'f', 5)
                   .arg(p.population)
                   .arg(QLatin1String(tierName(tier)));
    }
    return writeOutput(out.toUtf8(), command) ? ExitSuccess : ExitBadInput;
}

// Reads GeoNames dumps into the user gazetteer, with a progress line on a terminal.
int import(const QStringList &args)
{
    const QString command = QStringLiteral("gazetteer import");
    QCommandLineParser parser;
    if (!parseOptions(parser, command, args))
        return ExitBadUsage;
    if (parser.positionalArguments().isEmpty())
        return usageError(command, QStringLiteral("name at least one GeoNames dump file"));
    QString error;
    const auto shipped = openShippedGazetteer(&error);
    if (!shipped) {
        printError(command, error);
        return ExitBadInput;
    }
    const QString path = userGazetteerPath();
    const auto previous = QFileInfo::exists(path) ? Gazetteer::open(path, &error) : nullptr;
    UserGazetteerWriter writer(*shipped, previous.get());
    const bool terminal = isatty(STDERR_FILENO);
    ImportReport report;
    for (const QString &file : parser.positionalArguments()) {
        const QString name = QFileInfo(file).fileName();
        const auto progress = [&](double fraction) {
            if (terminal)
                std::fprintf(stderr, "\rimporting %s: %3d%%", qPrintable(name),
                             int(fraction * 100));
            return true;
        };
        if (!writer.importFile(file, progress, report, &error)) {
            if (terminal)
                std::fputc('\n', stderr);
            printError(command, error);
            return ExitBadInput;
        }
        if (terminal)
            std::fputc('\n', stderr);
    }
    if (!QFileInfo(path).absoluteDir().mkpath(QStringLiteral(".")) || !writer.write(path, &error)) {
        printError(command, error.isEmpty()
                                ? QStringLiteral("%1: cannot create the folder").arg(path)
                                : error);
        return ExitBadInput;
    }
    const QString summary =
        QStringLiteral("imported %1 places and %2 names (%3 malformed rows skipped) into %4\n")
            .arg(report.places)
            .arg(report.names)
            .arg(report.malformedRows)
            .arg(path);
    return writeOutput(summary.toUtf8(), command) ? ExitSuccess : ExitBadInput;
}

} // namespace

int runGazetteerCommand(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(QStringLiteral("gazetteer"),
                          QStringLiteral("say import FILE... or lookup NAME"));
    if (args.front() == QLatin1String("lookup"))
        return lookup(args.mid(1));
    if (args.front() == QLatin1String("import"))
        return import(args.mid(1));
    return usageError(QStringLiteral("gazetteer"),
                      QStringLiteral("unknown subcommand '%1'").arg(args.front()));
}

} // namespace frontline
