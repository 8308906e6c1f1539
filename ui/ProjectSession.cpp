#include "ProjectSession.h"

#include "document/Document.h"
#include "events/FactionCatalog.h"
#include "io/ProjectFile.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace frontline {
namespace {

constexpr int kAutosaveMinutes = 2; // the issue's: at most two minutes of work lost
constexpr int kMsPerSecond = 1000;
const QString kRecoversKey = QStringLiteral("recovers"); // the project a recovery file is of
const QString kLayersKey = QStringLiteral("layers");     // the window's, compared for changes

} // namespace

ProjectSession::ProjectSession(Document &document, const FactionCatalog &catalog, Window window,
                               QWidget *parent)
    : QObject(parent), m_document(document), m_catalog(catalog), m_window(std::move(window)),
      m_parent(parent)
{
    connect(&m_document, &Document::changed, this, &ProjectSession::changed);
    connect(m_document.undoStack(), &QUndoStack::indexChanged, this, &ProjectSession::changed);
    connect(m_document.undoStack(), &QUndoStack::cleanChanged, this, &ProjectSession::stateChanged);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &ProjectSession::autosave);
    m_autosaveTimer.start(autosaveIntervalMs());
}

int ProjectSession::autosaveIntervalMs()
{
    bool set = false;
    const int seconds = qEnvironmentVariableIntValue("FRONTLINE_AUTOSAVE_SECONDS", &set);
    return set && seconds > 0 ? seconds * kMsPerSecond : kAutosaveMinutes * 60 * kMsPerSecond;
}

QString ProjectSession::displayName() const
{
    return m_path.isEmpty() ? QString() : QFileInfo(m_path).fileName();
}

bool ProjectSession::isModified() const
{
    return m_modified || !m_document.undoStack()->isClean() ||
           m_document.articles().size() != m_savedArticles ||
           m_window.state()[kLayersKey] != m_savedLayers;
}

void ProjectSession::markModified()
{
    m_modified = true;
    changed();
}

void ProjectSession::changed()
{
    ++m_changes;
    Q_EMIT stateChanged();
}

ProjectState ProjectSession::currentState() const
{
    ProjectState state = projectStateOf(m_document);
    state.window = m_window.state();
    state.window[kRecoversKey] = m_path;
    return state;
}

bool ProjectSession::writeTo(const QString &path, QString *error) const
{
    return writeProject(path, currentState(), m_window.features(), m_catalog, error);
}

void ProjectSession::markSaved(const QString &path)
{
    m_path = path;
    m_modified = false;
    m_savedArticles = m_document.articles().size();
    m_savedLayers = m_window.state()[kLayersKey];
    m_document.undoStack()->setClean();
    Q_EMIT stateChanged();
}

bool ProjectSession::saveTo(const QString &path)
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor); // a second for hundreds of articles
    const bool written = writeTo(path, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        m_window.report(error);
        return false;
    }
    markSaved(path);
    return true;
}

bool ProjectSession::save()
{
    return m_path.isEmpty() ? saveAs() : saveTo(m_path);
}

bool ProjectSession::saveAs()
{
    QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Save Project"), m_path.isEmpty() ? tr("untitled.frontline") : m_path,
        tr("Frontline projects (*.frontline)"));
    if (path.isEmpty())
        return false;
    if (!isProjectPath(path))
        path += QStringLiteral(".frontline");
    return saveTo(path);
}

bool ProjectSession::openState(ProjectState state, const QString &path)
{
    const QJsonObject window = state.window;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor); // every article is read again
    const bool whole = m_window.open(std::move(state), &error);
    QApplication::restoreOverrideCursor();
    m_window.restore(window);
    markSaved(path);
    if (!whole) // the articles and the edits before the one that failed are open
        m_window.report(tr("%1: not every edit could be made again: %2").arg(path, error));
    return whole;
}

bool ProjectSession::open(const QString &path)
{
    if (!maybeSave())
        return false;
    QString error;
    std::optional<ProjectState> state = readProject(path, &error);
    if (state)
        return openState(std::move(*state), path);
    m_window.report(error);
    for (const QString &recovery : m_recovery.abandoned()) {
        QString ignored;
        const auto autosaved = readProject(recovery, &ignored);
        if (autosaved && autosaved->window[kRecoversKey].toString() == path)
            return offer(recovery, tr("%1 could not be opened.").arg(QFileInfo(path).fileName()));
    }
    return false;
}

bool ProjectSession::newProject()
{
    if (!maybeSave())
        return false;
    m_document.clear();
    m_window.restore(QJsonObject());
    markSaved(QString());
    return true;
}

bool ProjectSession::maybeSave()
{
    if (!isModified())
        return true;
    QMessageBox box(
        QMessageBox::Warning, tr("Frontline"),
        tr("Save the changes to %1?").arg(m_path.isEmpty() ? tr("this work") : displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_parent);
    box.setInformativeText(tr("Your changes are lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void ProjectSession::closed()
{
    waitForAutosave();
    m_recovery.discardOwn();
}

void ProjectSession::offerRecovery()
{
    for (const QString &recovery : m_recovery.abandoned())
        offer(recovery, tr("Frontline closed before your work was saved."));
}

bool ProjectSession::offer(const QString &recoveryPath, const QString &why)
{
    QString error;
    std::optional<ProjectState> state = readProject(recoveryPath, &error);
    if (!state) { // cut short by the crash itself: nothing to offer
        RecoveryFiles::discard(recoveryPath);
        return false;
    }
    const QString autosavedAt =
        QLocale().toString(QFileInfo(recoveryPath).lastModified(), QLocale::ShortFormat);
    const QString articles = state->articles.size() == 1
                                 ? tr("1 article")
                                 : tr("%1 articles").arg(state->articles.size());
    QMessageBox box(QMessageBox::Question, tr("Frontline"),
                    tr("%1 Recover the work autosaved at %2 (%3)?").arg(why, autosavedAt, articles),
                    QMessageBox::NoButton, m_parent);
    QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    recover->setObjectName(QStringLiteral("recoverButton"));
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole)
        ->setObjectName(QStringLiteral("discardRecoveryButton"));
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() != recover || !maybeSave()) {
        if (box.clickedButton() != recover)
            RecoveryFiles::discard(recoveryPath);
        return false;
    }
    const QString project = state->window[kRecoversKey].toString();
    openState(std::move(*state), project);
    markModified(); // recovered, not saved: the project file is as it was
    autosave();
    waitForAutosave(); // ours now holds the work before the old one goes
    RecoveryFiles::discard(recoveryPath);
    return true;
}

void ProjectSession::autosave()
{
    if (m_autosaving.isRunning() || m_changes == m_changesAutosaved || !isModified())
        return;
    m_changesAutosaved = m_changes;
    // Taken here, on the GUI thread that owns the document; written on another.
    auto write = [state = currentState(), features = m_window.features(), catalog = m_catalog,
                  path = m_recovery.ownPath()] {
        QString error;
        return writeProject(path, state, features, catalog, &error);
    };
    m_autosaving.setFuture(QtConcurrent::run(std::move(write)));
}

void ProjectSession::waitForAutosave()
{
    m_autosaving.waitForFinished();
}

} // namespace frontline
