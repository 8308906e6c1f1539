#include "LoadingProgress.h"

#include "document/Document.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

namespace frontline {

LoadingProgress::LoadingProgress(Document &document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("loadingBar"));
    m_bar->setFormat(tr("Reading %v of %m articles"));
    m_bar->setMinimumWidth(220);
    auto *cancel = new QToolButton(this);
    cancel->setObjectName(QStringLiteral("cancelLoading"));
    cancel->setText(tr("Cancel"));
    cancel->setToolTip(tr("Stop reading articles; those read so far stay (Esc)"));
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    layout->addWidget(m_bar);
    layout->addWidget(cancel);
    hide();
    connect(cancel, &QToolButton::clicked, &m_loader, &ArticleLoader::cancel);
    connect(&m_loader, &ArticleLoader::batchReady, this, &LoadingProgress::addBatch);
    connect(&m_loader, &ArticleLoader::finished, this, &LoadingProgress::end);
}

void LoadingProgress::load(const QStringList &paths, std::shared_ptr<const Gazetteer> gazetteer,
                           const FactionCatalog &catalog)
{
    if (!m_loader.isLoading())
        m_bar->setRange(0, 0); // busy until the first batch counts
    show();
    m_loader.load(paths, m_document, std::move(gazetteer), catalog);
}

void LoadingProgress::addBatch(const std::shared_ptr<LoadedBatch> &batch)
{
    show();
    m_bar->setRange(0, batch->total);
    m_bar->setValue(batch->done);
    m_problems += batch->problems;
    m_warnings += batch->warnings;
    if (batch->articles.empty())
        return; // only files that could not be read: nothing new to show
    const QString title = batch->articles.back().title;
    m_document.addAnalysedArticles(std::move(batch->articles), batch->geoparse, batch->events);
    Q_EMIT articleAdded(title);
}

void LoadingProgress::end(bool cancelled)
{
    hide();
    const QStringList problems = std::exchange(m_problems, {});
    const QStringList warnings = std::exchange(m_warnings, {});
    Q_EMIT finished(cancelled, problems, warnings);
}

} // namespace frontline
