#pragma once

#include "DatabaseDialog.h"
#include "events/FactionCatalog.h"
#include "io/DataFeatures.h"

class QLineEdit;

namespace frontline {

// File > Publish to Database...: the workspace's layers (as a GeoPackage export has them)
// into the team's database as an author and a project, replacing that author's earlier
// publish of the project; off the GUI thread, a step a table.
class PublishDialog : public DatabaseDialog
{
    Q_OBJECT
public:
    // `project`: the name proposed (the first article's).
    PublishDialog(std::vector<DataFeature> features, const FactionCatalog &catalog,
                  const QString &project, QWidget *parent);

Q_SIGNALS:
    void published(const QString &summary);

private:
    void start() override;

    std::vector<DataFeature> m_features;
    FactionCatalog m_catalog;
    QLineEdit *m_author;
    QLineEdit *m_project;
};

} // namespace frontline
