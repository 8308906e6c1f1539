#include "ArticleLoader.h"

#include "Document.h"
#include "events/EventExtractor.h"
#include "gazetteer/Gazetteer.h"
#include "geoparse/Geoparser.h"
#include "text/ArticleReader.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QtConcurrent>

namespace frontline {

// Often enough that the map fills as the feed loads, seldom enough that redrawing it costs
// little of the loading.
constexpr qint64 kBatchMilliseconds = 250;

ArticleLoader::ArticleLoader(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<LoadedBatch>>();
}

ArticleLoader::~ArticleLoader()
{
    cancel();
    wait();
}

void ArticleLoader::wait()
{
    m_worker.waitForFinished();
}

void ArticleLoader::load(const QStringList &paths, const Document &document,
                         std::shared_ptr<const Gazetteer> gazetteer, const FactionCatalog &catalog)
{
    {
        QMutexLocker lock(&m_mutex);
        m_queue += paths;
        m_queued += int(paths.size());
        if (m_running)
            return; // the worker takes them after the others
        m_running = true;
        m_cancelled = false;
    }
    m_document = &document;
    m_gazetteer = std::move(gazetteer);
    m_catalog = catalog;
    startWorker();
}

// The worker starts from the document as it stands (every batch before delivered), so the
// articles it adds continue the document's numbering and its places.
void ArticleLoader::startWorker()
{
    Work work{int(m_document->articles().size()),
              std::make_shared<GeoparseResult>(m_document->geoparse()),
              std::make_shared<EventsResult>(m_document->events()), m_gazetteer, m_catalog};
    m_worker =
        QtConcurrent::run([this, work = std::move(work)]() mutable { run(std::move(work)); });
}

bool ArticleLoader::takePath(QString *path, int *done, int *total)
{
    QMutexLocker lock(&m_mutex);
    if (m_queue.isEmpty() || m_cancelled)
        return false;
    *path = m_queue.takeFirst();
    *done = ++m_taken;
    *total = m_queued;
    return true;
}

// On the loader's thread, after the worker's last batch: paths asked for after the worker took
// its last one start it again.
void ArticleLoader::workerDone(bool cancelled)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!cancelled && !m_queue.isEmpty()) {
            lock.unlock();
            m_worker.waitForFinished();
            startWorker();
            return;
        }
        m_queue.clear();
        m_queued = m_taken = 0;
        m_running = false;
    }
    m_worker.waitForFinished();
    Q_EMIT finished(cancelled);
}

void ArticleLoader::run(Work work)
{
    const Geoparser geoparser(*work.gazetteer);
    const EventExtractor extractor(work.catalog, *work.gazetteer);
    auto batch = std::make_shared<LoadedBatch>();
    QElapsedTimer sinceBatch;
    sinceBatch.start();
    int done = 0, total = 0, index = work.firstArticle;
    const auto handOver = [&] {
        batch->geoparse = std::make_shared<GeoparseResult>(*work.geoparse);
        batch->events = std::make_shared<EventsResult>(*work.events);
        batch->done = done;
        batch->total = total;
        QMetaObject::invokeMethod(
            this, [this, batch] { Q_EMIT batchReady(batch); }, Qt::QueuedConnection);
        batch = std::make_shared<LoadedBatch>();
        sinceBatch.restart();
    };
    QString path;
    while (takePath(&path, &done, &total)) {
        ArticleReadResult read = readArticle(path);
        if (!read.ok()) {
            batch->problems << read.error;
        } else {
            for (const QString &warning : read.warnings)
                batch->warnings << QStringLiteral("%1: %2").arg(path, warning);
            std::vector<WordTokens> words;
            geoparser.parse(read.article, index, *work.geoparse, &words);
            extractor.extract(read.article, index, *work.geoparse, *work.events, &words);
            batch->articles.push_back(std::move(read.article));
            ++index;
        }
        if (sinceBatch.elapsed() >= kBatchMilliseconds)
            handOver();
    }
    const bool cancelled = m_cancelled;
    handOver();
    QMetaObject::invokeMethod(
        this, [this, cancelled] { workerDone(cancelled); }, Qt::QueuedConnection);
}

} // namespace frontline
