#include "PublishDialog.h"

#include "io/DatabasePublisher.h"
#include "io/TeamDatabase.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <memory>

namespace frontline {

PublishDialog::PublishDialog(std::vector<DataFeature> features, const FactionCatalog &catalog,
                             const QString &project, QWidget *parent)
    : DatabaseDialog(tr("Publish to Database"), tr("&Publish"), parent),
      m_features(std::move(features)), m_catalog(catalog),
      m_author(new QLineEdit(defaultAuthor(), this)), m_project(new QLineEdit(project, this))
{
    auto *what = new QLabel(tr("The open articles' layers, as a GeoPackage export holds them. "
                               "Publishing again as the same author and project replaces what "
                               "was published before; nobody else's rows are touched."),
                            this);
    what->setWordWrap(true);
    form()->insertRow(0, what);
    m_author->setObjectName(QStringLiteral("publishAuthor"));
    m_project->setObjectName(QStringLiteral("publishProject"));
    form()->addRow(tr("&Author:"), m_author);
    form()->addRow(tr("Pro&ject:"), m_project);
    if (m_features.empty()) {
        showMessage(tr("Open articles first: there is nothing to publish."), true);
        setActionEnabled(false);
    }
}

void PublishDialog::start()
{
    const PublishRequest request{rememberConnection(), m_author->text().trimmed(),
                                 m_project->text().trimmed()};
    auto rows = std::make_shared<int>(0);
    runInBackground(
        [request, features = m_features, catalog = m_catalog, rows](const Progress &progress) {
            QString error;
            return publishToDatabase(request, features, catalog, &error, progress, rows.get())
                       ? QString()
                       : error;
        },
        [this, request, rows] {
            Q_EMIT published(
                tr("Published %1 rows to %2 as %3, project %4")
                    .arg(*rows)
                    .arg(describeDatabase(request.connection), request.author, request.project));
            accept();
        });
}

} // namespace frontline
