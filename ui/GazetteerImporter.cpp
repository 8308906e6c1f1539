#include "GazetteerImporter.h"

#include "gazetteer/UserGazetteer.h"
#include "io/Geodata.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace frontline {
namespace {

struct Outcome
{
    std::shared_ptr<Gazetteer> gazetteer;
    QString summary;
    QString error;
};

} // namespace

GazetteerImporter::GazetteerImporter(const QStringList &files, QWidget *parent)
    : QObject(parent), m_files(files), m_parent(parent)
{}

void GazetteerImporter::start()
{
    auto *dialog = new QProgressDialog(tr("Importing GeoNames places..."), tr("Cancel"), 0, 1000, m_parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto cancelled = std::make_shared<QAtomicInt>(0);
    connect(dialog, &QProgressDialog::canceled, this, [cancelled] { cancelled->storeRelaxed(1); });

    const QStringList files = m_files;
    const QString path = userGazetteerPath();
    QPointer<QProgressDialog> progressDialog(dialog);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, progressDialog] {
        if (progressDialog)
            progressDialog->close();
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (outcome.gazetteer)
            Q_EMIT imported(outcome.gazetteer, outcome.summary);
        else
            Q_EMIT failed(outcome.error);
        deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([files, path, cancelled, progressDialog]() {
        Outcome outcome;
        const auto shipped = openShippedGazetteer(&outcome.error);
        if (!shipped)
            return outcome;
        const auto previous = QFileInfo::exists(path) ? Gazetteer::open(path, &outcome.error) : nullptr;
        UserGazetteerWriter writer(*shipped, previous.get());
        ImportReport report;
        for (int i = 0; i < files.size(); ++i) {
            const auto progress = [&](double fraction) {
                const int value = int(1000 * (i + fraction) / files.size());
                QMetaObject::invokeMethod(progressDialog, "setValue", Qt::QueuedConnection, Q_ARG(int, std::min(value, 999)));
                return cancelled->loadRelaxed() == 0;
            };
            if (!writer.importFile(files[i], progress, report, &outcome.error))
                return outcome;
        }
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !writer.write(path, &outcome.error))
            return outcome;
        outcome.gazetteer = Gazetteer::open(path, &outcome.error);
        outcome.summary = QObject::tr("Imported %1 places and %2 names (%3 malformed rows skipped).")
                              .arg(report.places).arg(report.names).arg(report.malformedRows);
        return outcome;
    }));
}

} // namespace frontline
