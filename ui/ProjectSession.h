#pragma once

#include "document/ProjectState.h"
#include "io/DataFeatures.h"
#include "io/RecoveryFiles.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <functional>

class QWidget;

namespace frontline {

class Document;
class FactionCatalog;

// The analyst's work as a project (*.frontline): where it is saved, whether it has changed
// since, Save / Save As / Open / New, the question on close, and an autosave every two minutes
// to a recovery file that the next start offers when a session ended without closing.
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    // What the window lends the session.
    struct Window
    {
        std::function<QJsonObject()> state; // its map view and "layers" (a change to the work)
        std::function<void(const QJsonObject &)> restore;   // puts them back
        std::function<std::vector<DataFeature>()> features; // the data layers GIS tools read
        // Reads the articles again and makes the edits again (restoreDocument).
        std::function<bool(ProjectState, QString *)> open;
        std::function<void(const QString &)> report; // an error, said in a message
    };
    ProjectSession(Document &document, const FactionCatalog &catalog, Window window,
                   QWidget *parent);

    QString path() const { return m_path; }
    QString displayName() const; // "kharkiv.frontline", or empty when never saved
    bool isModified() const;

    bool save(); // to path(), else Save As
    bool saveAs();
    bool saveTo(const QString &path); // an error is reported; true when written
    bool open(const QString &path);   // a damaged project's recovery file is offered
    bool newProject();                // after asking about unsaved changes
    // Unsaved changes: asks Save, Discard or Cancel. False when the analyst cancels.
    bool maybeSave();
    // The window closes with the work saved or discarded: its recovery file goes.
    void closed();
    // At start: offers the work of sessions that ended without closing, one at a time.
    void offerRecovery();
    // Writes the recovery file now (off the GUI thread) if anything changed since the last time.
    void autosave();
    void waitForAutosave(); // for a test, and before the window closes
    // The work as it stands is the project at `path` (empty: untitled), unchanged.
    void markSaved(const QString &path);
    // Work that differs from its project file though nothing in it changed since (recovered).
    void markModified();

    // How often the work is autosaved; FRONTLINE_AUTOSAVE_SECONDS overrides it (tests).
    static int autosaveIntervalMs();

Q_SIGNALS:
    void stateChanged(); // saved, modified or renamed: the window's title changes

private:
    ProjectState currentState() const;
    bool writeTo(const QString &path, QString *error) const;
    bool openState(ProjectState state, const QString &path);
    bool offer(const QString &recoveryPath, const QString &why);
    void changed();

    Document &m_document;
    const FactionCatalog &m_catalog;
    Window m_window;
    QWidget *m_parent;
    QString m_path;
    bool m_modified = false;         // beyond what the undo history says
    std::size_t m_savedArticles = 0; // articles added since count as a change
    QJsonValue m_savedLayers;        // and so do layers added, removed or restyled
    quint64 m_changes = 0;           // every change, for the autosave to see
    quint64 m_changesAutosaved = 0;
    RecoveryFiles m_recovery;
    QTimer m_autosaveTimer;
    QFutureWatcher<bool> m_autosaving;
};

} // namespace frontline
