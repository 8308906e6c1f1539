#pragma once

#include "document/Document.h"
#include "document/Selection.h"
#include "events/FactionCatalog.h"
#include "map/SnapshotComposition.h"

#include <QJsonObject>
#include <QMainWindow>

class QLabel;

namespace frontline {

struct Geodata;
class AnalystPlaceSaver;
class ArticlesPanel;
class LayerPanel;
class LoadingProgress;
class MapView;
class ProjectSession;
class SourcePanel;
struct ProjectState;

// The main window: the map in the centre, the article text in a dock beside it.
// Remembers its size and dock layout between sessions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Geodata &geodata, QWidget *parent = nullptr);

    // Opens articles off the GUI thread, with progress and Cancel; the map fills as they are
    // read. Files that cannot be read are reported once at the end (a message, the status
    // bar, a line each on stderr). Emits loadingFinished. A project (*.frontline) among them
    // is opened instead of the work open now (asking about unsaved changes first).
    void openFiles(const QStringList &paths);
    bool isLoading() const;

    // Moves a place of the document (undoably) and stores it in the analyst's gazetteer, where
    // it wins over the shipped place next time; an undo takes it back there too. Emits
    // userGazetteerSaved when written. A point off the globe is refused with a message.
    bool movePlace(const QString &placeId, double latitude, double longitude);
    // Adds a control layer from any vector file GDAL reads; a message if it cannot.
    bool addControlLayerFile(const QString &path);
    // Adds any vector or raster file GDAL opens as a layer of its own; a message if it cannot.
    bool addLayerFile(const QString &path);
    // Adds an online XYZ tile layer (off until the analyst adds one); a message if it cannot.
    bool addTileLayer(const QString &urlTemplate, const QString &attribution);
    // Takes an edited faction catalogue: saves it as the analyst's copy and reads the open
    // articles again with it.
    bool applyFactions(const FactionCatalog &catalog);
    const FactionCatalog &factions() const { return m_catalog; }

    Document &document() { return m_document; }
    Selection &selection() { return m_selection; }
    MapView *mapView() const { return m_mapView; }
    SourcePanel *sourcePanel() const { return m_sourcePanel; }
    LayerPanel *layerPanel() const { return m_layerPanel; }
    ArticlesPanel *articlesPanel() const { return m_articlesPanel; }
    ProjectSession *project() const { return m_project; }
    QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    void userGazetteerSaved(bool ok);
    void loadingFinished(bool allRead);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createStatusBar();
    void openWithDialog();
    void openFolderWithDialog();
    void showPlacesLeftOutOfView();
    // The export dialog (ExportDialog) on a copy of what the map shows, the view's box with it:
    // the picture `frontline export --bbox` makes of that box with the same choices.
    void exportSnapshot();
    SnapshotScene snapshotScene() const;
    void showAbout();
    void importGazetteer();
    void publishWithDialog();
    void openFromDatabaseWithDialog();
    void addControlLayer();
    void addLayer();
    void addOnlineTileLayer();
    void saveLayers() const;
    void restoreLayers();
    // The window's part of a project: the map's view and layers.
    QJsonObject windowState() const;
    void restoreWindowState(const QJsonObject &state);
    bool restoreProject(ProjectState state, QString *error);
    void createProjectSession();
    void updateTitle();
    static QString tileCacheDirectory();
    void editFactions();
    void report(const QString &message, bool isError);
    void loadingEnded(bool cancelled, const QStringList &problems, const QStringList &warnings);
    void stopLoading();

    Geodata &m_geodata;
    FactionCatalog m_catalog;
    QString m_catalogWarning; // why the analyst's factions.json was not used, if it was not
    Document m_document;
    Selection m_selection;
    MapView *m_mapView = nullptr;
    SourcePanel *m_sourcePanel = nullptr;
    LayerPanel *m_layerPanel = nullptr;
    ArticlesPanel *m_articlesPanel = nullptr;
    ProjectSession *m_project = nullptr;
    int m_layersAdded = 0;
    QLabel *m_coordinates = nullptr;
    LoadingProgress *m_loading = nullptr;
    AnalystPlaceSaver *m_placeSaver = nullptr;
    QString m_lastMessage;
};

} // namespace frontline
