#pragma once

#include "events/EventsResult.h"
#include "events/FactionCatalog.h"
#include "geoparse/GeoparseResult.h"
#include "text/Article.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>
#include <vector>

namespace frontline {

class Document;
class Gazetteer;

// What the loader hands over at a time: the articles read since the last batch, and the
// document's results extended with theirs (Document::addAnalysedArticles).
struct LoadedBatch
{
    std::vector<Article> articles;
    std::shared_ptr<GeoparseResult> geoparse;
    std::shared_ptr<EventsResult> events;
    QStringList problems; // "PATH: why", one a file that could not be read
    QStringList warnings; // "PATH: what", read all the same
    int done = 0;         // files handled so far, of `total`
    int total = 0;
};

// Reads and analyses articles on a worker thread, so the window answers while a day's feed
// loads: files are read, geoparsed and their events extracted in order, after the document's
// own articles; every quarter of a second (and at the end) a batch is handed to the thread
// that owns the loader. Files asked for while it works are queued behind the others.
class ArticleLoader : public QObject
{
    Q_OBJECT
public:
    explicit ArticleLoader(QObject *parent = nullptr);
    ~ArticleLoader() override; // cancels and waits for the worker

    // Starts on `paths` after the document's articles, or queues them if already loading.
    void load(const QStringList &paths, const Document &document,
              std::shared_ptr<const Gazetteer> gazetteer, const FactionCatalog &catalog);
    bool isLoading() const { return m_running.load(); }
    void cancel() { m_cancelled = true; }
    // Blocks until the worker has stopped (its batches are still delivered by the event loop).
    void wait();

Q_SIGNALS:
    void batchReady(std::shared_ptr<LoadedBatch> batch);
    void finished(bool cancelled);

private:
    struct Work
    {
        int firstArticle = 0;
        std::shared_ptr<GeoparseResult> geoparse;
        std::shared_ptr<EventsResult> events;
        std::shared_ptr<const Gazetteer> gazetteer;
        FactionCatalog catalog;
    };
    void startWorker();
    void run(Work work);
    void workerDone(bool cancelled);
    bool takePath(QString *path, int *done, int *total);

    const Document *m_document = nullptr;
    std::shared_ptr<const Gazetteer> m_gazetteer;
    FactionCatalog m_catalog;
    QFuture<void> m_worker;
    QMutex m_mutex; // guards the queue and its counts
    QStringList m_queue;
    int m_queued = 0; // paths asked for since loading started
    int m_taken = 0;  // of them, taken by the worker
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_cancelled{false};
};

} // namespace frontline
