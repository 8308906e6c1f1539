#include "CommandLine.h"

#include "CliSupport.h"
#include "Commands.h"
#include "MapsProgram.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>
#include <cstring>

namespace frontline {
namespace {

const char *const kCommands[] = {"geoparse", "events", "export",   "gazetteer",
                                 "--help",   "-h",     "--version"};

const char kHelp[] = R"(Frontline: news articles to conflict maps.

Usage:
  frontline [FILE ...]                  open the window (articles: .txt, .md, .html;
                                        a project: .frontline)
  frontline geoparse ARTICLE... [--date YYYY-MM-DD] [--format json|jsonl|geojson|csv]
                                        [--files-from FILE|-] [--jobs N]
  frontline events ARTICLE... [--date YYYY-MM-DD] [--format json|jsonl|geojson|csv]
                                        [--files-from FILE|-] [--jobs N]
                                        what happens: factions, events, control claims, arrows
      ARTICLE: a file, a folder (read recursively) or - (standard input); --files-from reads
      paths one a line. jsonl (a line an article), csv and the events' geojson stream: each
      article written when it and those before it are done, on --jobs threads, memory flat.
  frontline export ARTICLE... -o OUT [--size WxH] [--dpi N] [--bbox W,S,E,N] [--title TEXT]
                                        [--date YYYY-MM-DD] [--palette standard|colorblind]
                                        [--preset screen|1920x1080|4k|a4|a3] size and dpi
                                        (a4, a3: landscape at 300 dpi; --size, --dpi win)
                                        [--from YYYY-MM-DD] [--to YYYY-MM-DD] the days shown
                                        [--coarsen 1|5|10] every point on a grid that wide (km)
                                        [--cite] numbers on the map, its sentences as notes
                                        [--layer FILE]... a control layer (GeoJSON, KML/KMZ,
                                        GeoPackage, Shapefile) or a raster (GeoTIFF, MBTiles)
      OUT by extension: .png .jpg .svg .pdf (a map snapshot); .geojson .kml .gpkg (places,
      mentions, events, control claims, zones, arrows); .csv (the events in ACLED's columns,
      or the places with --what places); .frontline (a project: the articles and the data
      layers); or a database, "PG:host=H port=P dbname=D user=U" (the same layers published
      to the team's PostGIS store: [--author NAME], the login name by default; [--project
      NAME], the first article's name by default). An ARTICLE may also be a project
      (.frontline), named first.
      --bbox is fitted inside the image, centred, keeping its aspect; without it the view
      fits the articles' point places.
  frontline gazetteer import GEONAMES_DUMP...   add places from GeoNames dumps (allCountries.txt,
                                        SY.txt, alternateNamesV2.txt) to your own gazetteer
  frontline gazetteer lookup NAME [--limit N]
  frontline --help | --version

Exit status: 0 success (an empty article included), 1 bad input, 2 bad usage.
)";

bool isKnownCommand(const char *word)
{
    for (const char *command : kCommands)
        if (std::strcmp(word, command) == 0)
            return true;
    return false;
}

// A mistyped command ("geoprase") or option ("--hlep") is bad usage, not a file to open in a
// window: a word or a long option that names no file (Qt's own "-platform" and the like stay
// the window's).
bool looksLikeCommand(const char *word)
{
    const bool option = std::strncmp(word, "--", 2) == 0;
    const bool bareWord = std::strpbrk(word, "./\\") == nullptr;
    return (option || bareWord) && !QFileInfo::exists(QString::fromLocal8Bit(word));
}

} // namespace

bool isHeadlessCommand(int argc, char **argv)
{
    return argc >= 2 && (isKnownCommand(argv[1]) || looksLikeCommand(argv[1]));
}

int runHeadlessCommand(int argc, char **argv)
{
    const QString command = QString::fromLocal8Bit(argv[1]);
    if (command == QLatin1String("export"))
        return runMapsProgram(argv);
    silenceLibraryMessages(); // before the application object, which may already complain
    const QCoreApplication app(argc, argv);
    nameApplication();

    const QStringList args = QCoreApplication::arguments().mid(2);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::fputs(kHelp, stdout);
        return ExitSuccess;
    }
    if (command == QLatin1String("--version")) {
        std::printf("frontline %s\n", FRONTLINE_VERSION);
        return ExitSuccess;
    }
    if (command == QLatin1String("geoparse"))
        return runGeoparseCommand(args);
    if (command == QLatin1String("events"))
        return runEventsCommand(args);
    if (command == QLatin1String("gazetteer"))
        return runGazetteerCommand(args);
    std::fprintf(stderr, "frontline: unknown command or option '%s' (see frontline --help)\n",
                 argv[1]);
    return ExitBadUsage;
}

} // namespace frontline
