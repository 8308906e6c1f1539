#pragma once

#include "document/ArticleLoader.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace frontline {

class Document;

// The status bar's part in loading articles: how many of how many are read, with Cancel
// (Esc). Feeds each batch the loader hands over into the document, and at the end says which
// files could not be read, once, all together.
class LoadingProgress : public QWidget
{
    Q_OBJECT
public:
    LoadingProgress(Document &document, QWidget *parent = nullptr);

    ArticleLoader &loader() { return m_loader; }
    // Shows the progress (with Cancel) and reads `paths` after the document's articles.
    void load(const QStringList &paths, std::shared_ptr<const Gazetteer> gazetteer,
              const FactionCatalog &catalog);
    bool isLoading() const { return m_loader.isLoading(); }

Q_SIGNALS:
    void articleAdded(const QString &title);
    // Every file was read (`problems` empty) or not; after a cancel too.
    void finished(bool cancelled, const QStringList &problems, const QStringList &warnings);

private:
    void addBatch(const std::shared_ptr<LoadedBatch> &batch);
    void end(bool cancelled);

    Document &m_document;
    ArticleLoader m_loader;
    QProgressBar *m_bar = nullptr;
    QStringList m_problems, m_warnings;
};

} // namespace frontline
