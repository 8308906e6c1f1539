#include "CliSupport.h"
#include "Commands.h"
#include "ProjectInput.h"
#include "PublishOutput.h"
#include "document/Coarsening.h"
#include "document/Document.h"
#include "document/ProjectState.h"
#include "events/EventExtractor.h"
#include "files/SafeWrite.h"
#include "geo/WebMercator.h"
#include "geoparse/Geoparser.h"
#include "io/AcledCsv.h"
#include "io/ControlLayerReader.h"
#include "io/DataExporter.h"
#include "io/Geodata.h"
#include "io/GeoparseWriter.h"
#include "io/LayerFileReader.h"
#include "io/ProjectFile.h"
#include "io/SnapshotExporter.h"
#include "io/TeamDatabase.h"
#include "map/ControlZones.h"
#include "map/MapRenderer.h"
#include "map/MapSource.h"
#include "map/SnapshotComposition.h"
#include "map/SnapshotPresets.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace frontline {
namespace {

constexpr int kMinDpi = 24;
constexpr int kMaxDpi = 1200;

bool parseSize(const QString &text, QSize *size)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    *size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    return size->width() >= 16 && size->height() >= 16 && size->width() <= 20000 &&
           size->height() <= 20000;
}

// "W,S,E,N" in degrees -> the world rectangle it covers.
bool parseBbox(const QString &text, QRectF *world)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return false;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v[i])) // "nan" and "inf" read as numbers
            return false;
    }
    const double west = v[0], south = v[1], east = v[2], north = v[3];
    if (west < -180 || east > 180 || south < -90 || north > 90 || west >= east || south >= north)
        return false;
    *world = QRectF(mercator::toWorld(north, west), mercator::toWorld(south, east));
    return true;
}

// --from and --to: the days the snapshot shows, as the window's timeline sets them. False after
// one line when a date does not read or the range runs backwards.
bool parseDayRange(const QCommandLineParser &parser, const QString &command, ViewFilter *filter)
{
    const auto readDay = [&](const QString &option, QDate *day) {
        if (!parser.isSet(option))
            return true;
        *day = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!day->isValid())
            usageError(command, QStringLiteral("--%1 takes a day as YYYY-MM-DD, not \"%2\"")
                                    .arg(option, parser.value(option)));
        return day->isValid();
    };
    if (!readDay(QStringLiteral("from"), &filter->from) ||
        !readDay(QStringLiteral("to"), &filter->to))
        return false;
    if (filter->from.isValid() && filter->to.isValid() && filter->from > filter->to) {
        usageError(command, QStringLiteral("--from %1 is after --to %2")
                                .arg(parser.value("from"), parser.value("to")));
        return false;
    }
    return true;
}

// --preset NAME, then --size and --dpi, which win over the preset's when given. False after
// one line when one does not read.
bool readSizeAndDpi(const QCommandLineParser &parser, const QString &command, QSize *size, int *dpi)
{
    std::optional<SnapshotPreset> preset;
    if (parser.isSet("preset")) {
        preset = snapshotPreset(parser.value("preset"));
        if (!preset) {
            usageError(command, QStringLiteral("--preset takes %1, not \"%2\"")
                                    .arg(snapshotPresetNames().join(QStringLiteral(", ")),
                                         parser.value("preset")));
            return false;
        }
    }
    if (preset && !parser.isSet("size")) {
        *size = preset->size;
    } else if (!parseSize(parser.value("size"), size)) {
        usageError(command, QStringLiteral("--size takes WxH, 16 to 20000 pixels each"));
        return false;
    }
    if (preset && !parser.isSet("dpi")) {
        *dpi = preset->dpi;
        return true;
    }
    bool dpiOk = false;
    *dpi = parser.value("dpi").toInt(&dpiOk);
    if (!dpiOk || *dpi < kMinDpi || *dpi > kMaxDpi) {
        usageError(command,
                   QStringLiteral("--dpi takes a number from %1 to %2").arg(kMinDpi).arg(kMaxDpi));
        return false;
    }
    return true;
}

bool addRaster(const QString &path, LayerStack &layers, QString *error)
{
    std::optional<MapLayer> layer = readLayerFile(path, QColor(), error);
    if (layer)
        layers.add(std::move(*layer));
    return layer.has_value();
}

// The files of --layer: a raster is drawn under the overlays, as the window draws it; any other
// file is a control layer, its zones into `zones` and the polygons it leaves out in a warning.
bool readLayers(const QStringList &paths, const FactionCatalog &catalog,
                std::vector<ControlZone> &zones, LayerStack &layers, const QString &command)
{
    for (const QString &path : paths) {
        QString error, warning;
        const bool read = isRasterFile(path)
                              ? addRaster(path, layers, &error)
                              : readControlLayer(path, catalog, zones, &error, &warning);
        if (!read) {
            printError(command, error);
            return false;
        }
        if (!warning.isEmpty())
            printError(command, QStringLiteral("warning: ") + warning);
    }
    return true;
}

// A raster that could not be read whole as it was drawn (a damaged overview) is said.
void sayLayerProblems(const LayerStack &layers, const QString &command)
{
    for (const MapLayer &layer : layers.layers())
        if (layer.source && !layer.source->lastError().isEmpty())
            printError(command, QStringLiteral("warning: %1 could not be drawn whole: %2")
                                    .arg(layer.id, layer.source->lastError()));
}

bool writeData(const QString &path, const QByteArray &data, QString *error)
{
    return writeFileSafely(path, data, error);
}

void addExportOptions(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Output file"),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("what"),
                      QStringLiteral("What a .csv holds: events (ACLED's columns) or places"),
                      QStringLiteral("events|places"), QStringLiteral("events")});
    const QString defaultSize = QStringLiteral("%1x%2")
                                    .arg(FrameRequest::kDefaultSize.width())
                                    .arg(FrameRequest::kDefaultSize.height());
    parser.addOption(
        {QStringLiteral("size"), QStringLiteral("Image size"), QStringLiteral("WxH"), defaultSize});
    parser.addOption({QStringLiteral("dpi"), QStringLiteral("Resolution"), QStringLiteral("N"),
                      QString::number(FrameRequest::kDefaultDpi)});
    parser.addOption(
        {QStringLiteral("preset"),
         QStringLiteral(
             "Size and resolution: screen, 1920x1080, 4k, a4 or a3 (landscape, 300 dpi)"),
         QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("bbox"), QStringLiteral("Area to show"), QStringLiteral("W,S,E,N")});
    parser.addOption({QStringLiteral("coarsen"),
                      QStringLiteral("Move every point to a grid KM wide (1, 5 or 10)"),
                      QStringLiteral("KM")});
    parser.addOption({QStringLiteral("cite"),
                      QStringLiteral("Number what the map shows and cite its sentences as notes")});
    parser.addOption(
        {QStringLiteral("title"), QStringLiteral("Map title"), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("date"), QStringLiteral("Publication date"), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("palette"), QStringLiteral("standard or colorblind"),
                      QStringLiteral("NAME"), QStringLiteral("standard")});
    parser.addOption(
        {QStringLiteral("from"), QStringLiteral("First day shown"), QStringLiteral("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("to"), QStringLiteral("Last day shown"), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("layer"),
                      QStringLiteral("A control layer (any vector file GDAL reads) or a raster"),
                      QStringLiteral("FILE")});
    addPublishOptions(parser);
}

// What the options ask for, checked.
struct ExportChoices
{
    QString out;
    bool snapshot = false; // an image; else data
    bool needsMap = false; // the basemap: for an image, or the zones of the data
    QSize size;
    int dpi = 0;
    QRectF bbox; // null: fit the articles' places
    ViewFilter days;
    int coarseGrid = 0; // km; 0: exact
};

// The options that do not read, as bad usage (its exit code); -1 when all read.
int checkOutputOptions(const QCommandLineParser &parser, const QString &command,
                       ExportChoices *choices)
{
    const QString &out = choices->out;
    const bool publish = isDatabaseConnection(out); // a connection, no file
    const QString suffix = QFileInfo(out).suffix().toLower();
    const QString formats =
        QStringLiteral("(.png, .jpg, .svg, .pdf, .geojson, .kml, .gpkg, .csv or .frontline)");
    if (!publish && QFileInfo(out).isDir())
        return usageError(command, QStringLiteral("-o %1 is a folder: name the file to write %2")
                                       .arg(out, formats));
    if (!publish && suffix.isEmpty())
        return usageError(command, QStringLiteral("-o %1 has no extension to say what to write %2")
                                       .arg(out, formats));
    choices->coarseGrid = parser.isSet("coarsen") ? parser.value("coarsen").toInt() : 0;
    if (parser.isSet("coarsen") && !isCoarseGrid(choices->coarseGrid))
        return usageError(command, QStringLiteral("--coarsen takes 1, 5 or 10 (kilometres)"));
    if (parser.value("what") != QLatin1String("events") &&
        parser.value("what") != QLatin1String("places"))
        return usageError(command, QStringLiteral("--what takes events or places"));
    if (publish) {
        choices->needsMap = true; // for the zones
        return checkPublishOptions(parser, command);
    }
    choices->snapshot = isSnapshotFormat(out);
    if (parser.isSet("cite") && !choices->snapshot)
        return usageError(command, QStringLiteral("--cite is for snapshots (.png, .jpg, .svg, "
                                                  ".pdf), not .%1 data")
                                       .arg(suffix));
    choices->needsMap = choices->snapshot || isLayeredDataFormat(out);
    if (!choices->needsMap && suffix != QLatin1String("csv"))
        return usageError(command,
                          QStringLiteral("cannot write .%1 files %2").arg(suffix, formats));
    return -1;
}

int checkExportOptions(const QCommandLineParser &parser, const QString &command,
                       ExportChoices *choices)
{
    choices->out = parser.value("o");
    if (choices->out.isEmpty())
        return usageError(command, QStringLiteral("-o OUT is required"));
    if (parser.positionalArguments().isEmpty())
        return usageError(command, QStringLiteral("name at least one article"));
    if (!readSizeAndDpi(parser, command, &choices->size, &choices->dpi))
        return ExitBadUsage;
    if (parser.isSet("bbox") && !parseBbox(parser.value("bbox"), &choices->bbox))
        return usageError(
            command, QStringLiteral("--bbox takes W,S,E,N in degrees, west < east, south < north"));
    if (parser.isSet("date") && !QDate::fromString(parser.value("date"), Qt::ISODate).isValid())
        return usageError(command, QStringLiteral("--date takes YYYY-MM-DD"));
    if (!parseDayRange(parser, command, &choices->days))
        return ExitBadUsage;
    if (parser.value("palette") != QLatin1String("standard") &&
        parser.value("palette") != QLatin1String("colorblind"))
        return usageError(command, QStringLiteral("--palette takes standard or colorblind"));
    return checkOutputOptions(parser, command, choices);
}

bool writeSnapshotFile(const QCommandLineParser &parser, const ExportChoices &choices,
                       const Document &document, const Geodata &geodata,
                       const FactionCatalog &catalog, const QString &command, QString *error)
{
    SnapshotScene scene;
    if (!readLayers(parser.values("layer"), catalog, scene.loadedZones, scene.layers, command)) {
        error->clear(); // said already
        return false;
    }
    scene.document = document.copy();
    scene.catalog = catalog;
    scene.palette = parser.value("palette") == QLatin1String("colorblind") ? Palette::ColorBlindSafe
                                                                           : Palette::Standard;
    scene.world = choices.bbox;
    SnapshotChoices snapshot;
    snapshot.size = choices.size;
    snapshot.dpi = choices.dpi;
    snapshot.title =
        parser.isSet("title") ? parser.value("title") : document.articles().front().title;
    snapshot.asOf = document.articles().front().date;
    snapshot.cite = parser.isSet("cite");
    snapshot.coarseGridKm = choices.coarseGrid;
    const bool written = exportSnapshot(choices.out, MapRenderer(geodata.basemap),
                                        composeSnapshot(scene, snapshot, geodata.basemap), error);
    sayLayerProblems(scene.layers, command);
    return written;
}

bool writeDataFile(const QCommandLineParser &parser, const ExportChoices &choices,
                   Document &document, const Geodata &geodata, const FactionCatalog &catalog,
                   QString *error)
{
    if (isDatabaseConnection(choices.out))
        return publishDocument(parser, document, geodata, catalog, error);
    if (choices.coarseGrid > 0)
        document.coarsen(choices.coarseGrid);
    if (isLayeredDataFormat(choices.out)) {
        const std::vector<ControlZone> zones = controlZonesFromText(document, geodata.basemap);
        const std::vector<DataFeature> features = dataFeatures(document, catalog, zones);
        return isProjectPath(choices.out)
                   ? writeProject(choices.out, projectStateOf(document), features, catalog, error)
                   : exportLayeredData(choices.out, features, catalog, error);
    }
    return writeData(choices.out,
                     parser.value("what") == QLatin1String("places")
                         ? writeGeoparse(document.findings(), DataFormat::Csv)
                         : acledCsv(document, catalog),
                     error);
}

} // namespace

int runExportCommand(const QStringList &args)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    addExportOptions(parser);
    if (!parseOptions(parser, command, args))
        return ExitBadUsage;
    ExportChoices choices;
    if (const int badUsage = checkExportOptions(parser, command, &choices); badUsage >= 0)
        return badUsage;

    auto geodata = std::make_unique<Geodata>();
    geodata->gazetteer = openGazetteerOrSay(command);
    if (!geodata->gazetteer)
        return ExitBadInput;
    // The basemap loads on another core while the articles are read.
    QString basemapError;
    QFuture<bool> basemap =
        choices.needsMap ? QtConcurrent::run([&] { return loadBasemap(*geodata, &basemapError); })
                         : QtFuture::makeReadyFuture(true);
    const auto waitForBasemap = qScopeGuard([&] { basemap.waitForFinished(); });
    QString warning;
    const FactionCatalog catalog = FactionCatalog::load(&warning);
    if (!warning.isEmpty())
        printError(command, QStringLiteral("warning: ") + warning);
    const EventExtractor extractor(catalog, *geodata->gazetteer);
    Document document;
    if (!loadProjectOrArticles(document, *geodata, parser.positionalArguments(),
                               parser.value("date"), command, extractor))
        return ExitBadInput;
    if (choices.days.hasDateRange()) // else a project's own range stands
        document.setViewFilter(choices.days);
    if (!basemap.result()) {
        printError(command, basemapError);
        return ExitBadInput;
    }
    QString error;
    const bool written =
        choices.snapshot
            ? writeSnapshotFile(parser, choices, document, *geodata, catalog, command, &error)
            : writeDataFile(parser, choices, document, *geodata, catalog, &error);
    if (!written) {
        if (!error.isEmpty())
            printError(command, error);
        return ExitBadInput;
    }
    const QString target = // a connection is said without its password
        isDatabaseConnection(choices.out) ? describeDatabase(choices.out) : choices.out;
    return writeOutput((target + QLatin1Char('\n')).toUtf8(), command) ? ExitSuccess : ExitBadInput;
}

} // namespace frontline
