// Geoparser speed (issue: index load < 100 ms, geoparse >= 20 MB/s, one thread, warm index).
#include "BenchText.h"
#include "FeedArticles.h"
#include "document/EventMerging.h"
#include "events/EventExtractor.h"
#include "gazetteer/Gazetteer.h"
#include "geoparse/Geoparser.h"
#include "io/DataPaths.h"
#include "text/ArticleFiles.h"
#include "text/ArticleReader.h"
#include "text/SentenceSplitter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <benchmark/benchmark.h>

using namespace frontline;

namespace {

const QString &indexPath()
{
    static const QString path = geodataPath(QStringLiteral("gazetteer.idx"));
    return path;
}

const Gazetteer &gazetteer()
{
    static const std::unique_ptr<Gazetteer> loaded = Gazetteer::open(indexPath(), nullptr);
    return *loaded;
}

const std::vector<Article> &articles()
{
    static const std::vector<Article> loaded = [] {
        std::vector<Article> out;
        for (const QString &text : bench::newsArticles(4 * 1024 * 1024))
            out.push_back(articleFromText(text, QStringLiteral("bench.txt")).article);
        return out;
    }();
    return loaded;
}

qint64 totalBytes()
{
    static const qint64 bytes = [] {
        qint64 sum = 0;
        for (const Article &a : articles())
            sum += a.text.toUtf8().size();
        return sum;
    }();
    return bytes;
}

// Opening the index: map the file, check the header. Pages come in as lookups touch them.
void IndexLoad(benchmark::State &state)
{
    for (auto _ : state) {
        auto index = Gazetteer::open(indexPath(), nullptr);
        benchmark::DoNotOptimize(index->places().size());
    }
}
BENCHMARK(IndexLoad)->Unit(benchmark::kMillisecond);

// What a user waits for: open the index and geoparse one news article with it.
void IndexLoadAndFirstArticle(benchmark::State &state)
{
    const Article &article = articles().front();
    for (auto _ : state) {
        auto index = Gazetteer::open(indexPath(), nullptr);
        GeoparseResult result;
        Geoparser(*index).parse(article, 0, result);
        benchmark::DoNotOptimize(result.mentions.data());
    }
}
BENCHMARK(IndexLoadAndFirstArticle)->Unit(benchmark::kMillisecond);

// The whole geoparse of ready articles: sentences are split when an article is read, so the
// splitting is measured on its own below and added in the README's figure.
void Geoparse(benchmark::State &state)
{
    for (auto _ : state) {
        // A new geoparser each run: it remembers the index's answers as it reads (Geoparser.h),
        // and a run should start as a program does.
        const Geoparser geoparser(gazetteer());
        GeoparseResult result;
        for (std::size_t i = 0; i < articles().size(); ++i)
            geoparser.parse(articles()[i], int(i), result);
        benchmark::DoNotOptimize(result.mentions.data());
    }
    state.SetBytesProcessed(state.iterations() * totalBytes());
}
BENCHMARK(Geoparse)->Unit(benchmark::kMillisecond);

// Geoparse and events together, as a document reads an article: the difference from
// Geoparse above is what event extraction adds (the issue: less than the geoparse itself).
void GeoparseAndEvents(benchmark::State &state)
{
    const EventExtractor extractor(FactionCatalog::builtIn(), gazetteer());
    for (auto _ : state) {
        const Geoparser geoparser(gazetteer()); // fresh each run, as above
        GeoparseResult places;
        EventsResult events;
        std::vector<WordTokens> words;
        for (std::size_t i = 0; i < articles().size(); ++i) {
            geoparser.parse(articles()[i], int(i), places, &words);
            extractor.extract(articles()[i], int(i), places, events, &words);
        }
        benchmark::DoNotOptimize(events.events.data());
    }
    state.SetBytesProcessed(state.iterations() * totalBytes());
}
BENCHMARK(GeoparseAndEvents)->Unit(benchmark::kMillisecond);

// Event extraction alone, from articles already geoparsed: its own cost, without the effect
// of the two passes on each other's caches that the difference above includes.
void Events(benchmark::State &state)
{
    const Geoparser geoparser(gazetteer());
    GeoparseResult places;
    std::vector<std::vector<WordTokens>> words(articles().size());
    for (std::size_t i = 0; i < articles().size(); ++i)
        geoparser.parse(articles()[i], int(i), places, &words[i]);
    const EventExtractor extractor(FactionCatalog::builtIn(), gazetteer());
    std::size_t found = 0, claims = 0, arrows = 0; // what was found: the same from run to run
    for (auto _ : state) {
        EventsResult events;
        for (std::size_t i = 0; i < articles().size(); ++i)
            extractor.extract(articles()[i], int(i), places, events, &words[i]);
        benchmark::DoNotOptimize(events.events.data());
        found = events.events.size();
        claims = events.control.size();
        arrows = events.arrows.size();
    }
    state.SetBytesProcessed(state.iterations() * totalBytes());
    state.counters["events"] = double(found);
    state.counters["claims"] = double(claims);
    state.counters["arrows"] = double(arrows);
}
BENCHMARK(Events)->Unit(benchmark::kMillisecond);

// One event per real event (issue: merging adds < 10% to loading the articles, the
// GeoparseAndEvents figure): the articles dated over ten days, as a day's feeds are, so that
// the same act at the same place meets its other reports.
void MergeEventReports(benchmark::State &state)
{
    constexpr int kDaysOfFeed = 10;
    std::vector<Article> dated = articles();
    for (std::size_t i = 0; i < dated.size(); ++i)
        dated[i].date = QDate(2024, 3, 1).addDays(qint64(i % kDaysOfFeed));
    const Geoparser geoparser(gazetteer());
    const EventExtractor extractor(FactionCatalog::builtIn(), gazetteer());
    GeoparseResult places;
    EventsResult events;
    std::vector<WordTokens> words;
    for (std::size_t i = 0; i < dated.size(); ++i) {
        geoparser.parse(dated[i], int(i), places, &words);
        extractor.extract(dated[i], int(i), places, events, &words);
    }
    std::size_t merged = 0;
    for (auto _ : state) {
        const std::vector<MergedEvent> oneEach = mergeEventReports(dated, places, events, {});
        merged = oneEach.size();
        benchmark::DoNotOptimize(oneEach.data());
    }
    state.counters["reports"] = double(events.events.size());
    state.counters["events"] = double(merged);
}
BENCHMARK(MergeEventReports)->Unit(benchmark::kMillisecond);

void SentenceSplitting(benchmark::State &state)
{
    for (auto _ : state)
        for (const Article &article : articles())
            benchmark::DoNotOptimize(splitSentences(article.text).size());
    state.SetBytesProcessed(state.iterations() * totalBytes());
}
BENCHMARK(SentenceSplitting)->Unit(benchmark::kMillisecond);

} // namespace

// bench_geoparse --write-news FILE MEGABYTES | --write-articles DIR MEGABYTES (the project's
// texts repeated) | --write-names FILE: inputs for the timed
// comparison with grep (tests/bench/geoparse-vs-grep.sh); otherwise the benchmarks.
int writeInputs(const QStringList &args)
{
    QString error;
    if (args.size() == 4 && args[1] == QLatin1String("--write-news")) {
        QFile out(args[2]);
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        out.write(bench::newsArticles(args[3].toLongLong() * 1000 * 1000)
                      .join(QStringLiteral("\n\n"))
                      .toUtf8());
        return 0;
    }
    if (args.size() == 4 && args[1] == QLatin1String("--write-articles")) { // one file each
        const QStringList articles = bench::newsArticles(args[3].toLongLong() * 1000 * 1000);
        for (int i = 0; i < articles.size(); ++i) {
            QFile out(QStringLiteral("%1/%2.txt").arg(args[2]).arg(i, 5, 10, QLatin1Char('0')));
            if (!out.open(QIODevice::WriteOnly) || out.write(articles[i].toUtf8()) < 0)
                return 1;
        }
        return 0;
    }
    if (args.size() == 3 && args[1] == QLatin1String("--write-names") &&
        bench::writeNameList(args[2], &error))
        return 0;
    std::fprintf(stderr, "bench_geoparse: %s\n",
                 qPrintable(error.isEmpty() ? QStringLiteral("bad arguments") : error));
    return 1;
}

// bench_geoparse --write-feed DIR ARTICLES: a feed that varies as news does (FeedArticles.h),
// a file an article, a thousand a folder (tests/bench/feed.sh).
int writeFeed(const QString &folder, int count)
{
    constexpr int kArticlesPerFolder = 1000;
    constexpr unsigned kSeed = 17; // the number: the same feed every time
    bench::FeedArticles feed(
        gazetteer(),
        bench::readPeopleNames(geodataPath(QStringLiteral("sources/people-names.txt"))), kSeed);
    for (int i = 0; i < count; ++i) {
        const QString sub = QStringLiteral("%1/%2").arg(folder).arg(i / kArticlesPerFolder, 3, 10,
                                                                    QLatin1Char('0'));
        QFile out(QStringLiteral("%1/%2.txt").arg(sub).arg(i, 6, 10, QLatin1Char('0')));
        if ((i % kArticlesPerFolder == 0 && !QDir().mkpath(sub)) ||
            !out.open(QIODevice::WriteOnly) || out.write(feed.next().toUtf8()) < 0)
            return 1;
    }
    return 0;
}

// bench_geoparse --lookups PATH...: the articles (files, or folders read recursively) read in
// order by one geoparser, and the share of its index lookups answered from what it remembered.
int countLookups(const QStringList &paths)
{
    const Geoparser geoparser(gazetteer());
    int articles = 0;
    for (const QString &path : paths) {
        const QStringList files =
            QFileInfo(path).isDir() ? articleFilesIn(path) : QStringList{path};
        for (const QString &file : files) {
            ArticleReadResult read = readArticle(file);
            if (!read.ok())
                continue;
            GeoparseResult result; // one article's, as a feed reads them
            geoparser.parse(read.article, 0, result);
            ++articles;
        }
    }
    const NameMatcher::Lookups lookups = geoparser.lookups();
    std::printf("%d articles, %llu lookups, %.1f%% answered from memory\n", articles,
                static_cast<unsigned long long>(lookups.asked),
                lookups.asked ? 100.0 * double(lookups.remembered) / double(lookups.asked) : 0.0);
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // for the data directory beside the program
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args[1] == QLatin1String("--write-feed"))
        return writeFeed(args[2], args[3].toInt());
    if (args.size() > 2 && args[1] == QLatin1String("--lookups"))
        return countLookups(args.mid(2));
    if (argc > 1 && QByteArray(argv[1]).startsWith("--write-"))
        return writeInputs(args);
    benchmark::Initialize(&argc, argv);
    if (gazetteer().places().empty())
        return 1;
    std::printf("news text: %zu articles, %.1f MB\n", articles().size(), totalBytes() / 1e6);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
