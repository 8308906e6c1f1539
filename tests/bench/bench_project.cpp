// Projects of many articles (issue: a project of 500 articles saves and opens in < 2 s each):
// saving is the window's Save (the document's state, the data layers with their control zones,
// the GeoPackage written safely); opening is reading it and the articles read again, the edits
// made again.
#include "BenchText.h"
#include "document/Document.h"
#include "document/MovePlaceCommand.h"
#include "document/ProjectState.h"
#include "events/EventExtractor.h"
#include "events/FactionCatalog.h"
#include "geoparse/Geoparser.h"
#include "io/DataFeatures.h"
#include "io/Geodata.h"
#include "io/ProjectFile.h"
#include "map/ControlZones.h"
#include "text/ArticleReader.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace frontline;

namespace {

constexpr int kArticles = 500;
constexpr qint64 kBytesForArticles = qint64(kArticles) * 8 * 1024; // more than enough text
constexpr int kEditEvery = 5; // one place in five moved by the analyst

struct Workspace
{
    std::unique_ptr<Geodata> geodata;
    Document document;
    QTemporaryDir folder;
    QString path;
};

Workspace &workspace()
{
    static Workspace *made = [] {
        auto *w = new Workspace;
        QString error;
        w->geodata = loadGeodata(GeodataParts::GazetteerAndBasemap, &error);
        if (!w->geodata)
            qFatal("%s", qPrintable(error));
        const Geoparser geoparser(*w->geodata->gazetteer);
        const EventExtractor extractor(FactionCatalog::builtIn(), *w->geodata->gazetteer);
        const QStringList texts = bench::newsArticles(kBytesForArticles).mid(0, kArticles);
        for (int i = 0; i < texts.size(); ++i)
            w->document.addArticle(
                articleFromText(texts[i], QStringLiteral("article-%1.txt").arg(i)).article,
                geoparser, &extractor);
        const auto &places = w->document.geoparse().places;
        for (std::size_t p = 0; p < places.size(); p += kEditEvery)
            if (places[p].hasCoordinates())
                w->document.undoStack()->push(new MovePlaceCommand(
                    w->document, places[p].id, places[p].latitude + 0.01, places[p].longitude));
        w->path = w->folder.filePath(QStringLiteral("bench.frontline"));
        return w;
    }();
    return *made;
}

bool save(Workspace &w)
{
    const FactionCatalog &catalog = FactionCatalog::builtIn();
    const std::vector<DataFeature> features =
        dataFeatures(w.document, catalog, controlZonesFromText(w.document, w.geodata->basemap));
    QString error;
    return writeProject(w.path, projectStateOf(w.document), features, catalog, &error);
}

void ProjectSave(benchmark::State &state)
{
    Workspace &w = workspace();
    for (auto _ : state)
        if (!save(w))
            state.SkipWithError("the project was not written");
    state.counters["articles"] = double(w.document.articles().size());
    state.counters["edits"] = w.document.undoStack()->count();
    state.counters["file_MB"] = double(QFileInfo(w.path).size()) / (1024 * 1024);
    qint64 textBytes = 0;
    for (const Article &article : w.document.articles())
        textBytes += article.text.toUtf8().size();
    state.counters["text_MB"] = double(textBytes) / (1024 * 1024);
}

void ProjectOpen(benchmark::State &state)
{
    Workspace &w = workspace();
    if (!save(w))
        state.SkipWithError("the project was not written");
    const Geoparser geoparser(*w.geodata->gazetteer);
    const EventExtractor extractor(FactionCatalog::builtIn(), *w.geodata->gazetteer);
    for (auto _ : state) {
        QString error;
        std::optional<ProjectState> project = readProject(w.path, &error);
        Document opened;
        if (!project ||
            !restoreDocument(opened, std::move(*project), geoparser, &extractor, &error))
            state.SkipWithError(qPrintable(error));
        benchmark::DoNotOptimize(opened.mergedEvents().size());
    }
}

} // namespace

BENCHMARK(ProjectSave)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(ProjectOpen)->Unit(benchmark::kMillisecond)->MinTime(2.0);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
