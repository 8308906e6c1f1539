#include "MainWindow.h"

#include "ArticlesPanel.h"
#include "EventTable.h"
#include "ExportDialog.h"
#include "FactionsDialog.h"
#include "GazetteerImporter.h"
#include "LayerPanel.h"
#include "LayerState.h"
#include "LegendView.h"
#include "LoadingProgress.h"
#include "MapView.h"
#include "OpenFromDatabaseDialog.h"
#include "PlaceCard.h"
#include "ProjectSession.h"
#include "PublishDialog.h"
#include "ScaleBar.h"
#include "SourcePanel.h"
#include "Timeline.h"
#include "UnplacedPlacesPanel.h"
#include "document/MovePlaceCommand.h"
#include "document/ProjectState.h"
#include "events/EventExtractor.h"
#include "gazetteer/Gazetteer.h"
#include "geo/Coordinates.h"
#include "geoparse/Geoparser.h"
#include "io/AnalystPlaceSaver.h"
#include "io/ControlLayerReader.h"
#include "io/DataFeatures.h"
#include "io/Geodata.h"
#include "io/LayerFileReader.h"
#include "io/ProjectFile.h"
#include "io/TeamLayerReader.h"
#include "map/ControlZones.h"
#include "map/DocumentExtent.h"
#include "map/DocumentOverlay.h"
#include "map/SnapshotComposition.h"
#include "text/ArticleFiles.h"
#include "text/ArticleReader.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <cstdio>

namespace frontline {

MainWindow::MainWindow(Geodata &geodata, QWidget *parent)
    : QMainWindow(parent), m_geodata(geodata), m_catalog(FactionCatalog::load(&m_catalogWarning))
{
    if (!geodata.warning.isEmpty()) // the analyst's gazetteer was damaged and set aside
        m_catalogWarning = m_catalogWarning.isEmpty() ? geodata.warning
                                                      : m_catalogWarning + QLatin1Char('\n') + geodata.warning;
    setWindowTitle(tr("Frontline"));
    m_mapView = new MapView(geodata.basemap, m_catalog, m_document, m_selection, this);
    m_mapView->setObjectName(QStringLiteral("mapView"));
    setCentralWidget(Timeline::underMap(m_mapView, m_document));
    setAcceptDrops(true);
    createDocks();
    createStatusBar();
    m_placeSaver = new AnalystPlaceSaver(m_document, this);
    connect(m_placeSaver, &AnalystPlaceSaver::saved, this, [this](std::shared_ptr<Gazetteer> saved) {
        if (saved)
            m_geodata.gazetteer = saved;
        statusBar()->showMessage(saved ? tr("Saved to your gazetteer") : tr("Could not save to your gazetteer"), 5000);
        Q_EMIT userGazetteerSaved(bool(saved));
    });
    connect(m_mapView, &MapView::moveSelectedPlaceRequested, this,
            [this](double lat, double lon) { movePlace(m_selection.placeId(), lat, lon); });
    createProjectSession();
    createActions();

    resize(1400, 860);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    restoreLayers();
    m_project->markSaved(QString()); // the layers kept from last time are no change
    connect(m_mapView, &MapView::layersChanged, this, &MainWindow::updateTitle);
}

void MainWindow::createDocks()
{
    auto *dock = new QDockWidget(tr("Article"), this);
    dock->setObjectName(QStringLiteral("articleDock"));
    m_sourcePanel = new SourcePanel(m_document, m_selection, dock);
    m_sourcePanel->setObjectName(QStringLiteral("sourcePanel"));
    dock->setWidget(m_sourcePanel);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    auto *layersDock = new QDockWidget(tr("Layers"), this);
    layersDock->setObjectName(QStringLiteral("layersDock"));
    m_layerPanel = new LayerPanel(*m_mapView, layersDock);
    m_layerPanel->setObjectName(QStringLiteral("layerPanel"));
    layersDock->setWidget(m_layerPanel);
    addDockWidget(Qt::LeftDockWidgetArea, layersDock);
    connect(m_layerPanel, &LayerPanel::addLayerRequested, this, &MainWindow::addLayer);
    auto *legendDock = new QDockWidget(tr("Legend"), this);
    legendDock->setObjectName(QStringLiteral("legendDock"));
    legendDock->setWidget(new LegendView(*m_mapView, legendDock));
    addDockWidget(Qt::LeftDockWidgetArea, legendDock);
    auto *unplacedDock = new QDockWidget(tr("To Place"), this);
    unplacedDock->setObjectName(QStringLiteral("unplacedDock"));
    auto *unplaced = new UnplacedPlacesPanel(m_document, m_selection, unplacedDock);
    unplaced->setObjectName(QStringLiteral("unplacedPanel"));
    unplacedDock->setWidget(unplaced);
    addDockWidget(Qt::LeftDockWidgetArea, unplacedDock);
    auto *articlesDock = new QDockWidget(tr("Articles"), this);
    articlesDock->setObjectName(QStringLiteral("articlesDock"));
    m_articlesPanel = new ArticlesPanel(m_document, m_selection, articlesDock);
    articlesDock->setWidget(m_articlesPanel);
    addDockWidget(Qt::BottomDockWidgetArea, articlesDock);

    auto *placeDock = new QDockWidget(tr("Place"), this);
    placeDock->setObjectName(QStringLiteral("placeDock"));
    auto *placeCard = new PlaceCard(m_document, m_selection, *m_mapView, placeDock);
    placeCard->setObjectName(QStringLiteral("placeCard"));
    placeDock->setWidget(placeCard);
    addDockWidget(Qt::RightDockWidgetArea, placeDock);
    connect(placeCard, &PlaceCard::placeRequested, this, &MainWindow::movePlace);
    connect(m_mapView, &MapView::layersChanged, m_sourcePanel,
            [this] { m_sourcePanel->setPlaceColors(m_mapView->placeColors()); });
    auto *eventsDock = new QDockWidget(tr("Events"), this);
    eventsDock->setObjectName(QStringLiteral("eventsDock"));
    auto *events = new EventTable(m_document, m_selection, m_catalog, eventsDock);
    events->setObjectName(QStringLiteral("eventTable"));
    eventsDock->setWidget(events);
    addDockWidget(Qt::BottomDockWidgetArea, eventsDock);
    tabifyDockWidget(eventsDock, articlesDock);
    eventsDock->raise();
    // Until a saved layout says otherwise: room for the legend's longest line, and the text.
    resizeDocks({layersDock, legendDock, unplacedDock}, {200, 420, 120}, Qt::Vertical);
    resizeDocks({dock, placeDock}, {380, 420}, Qt::Vertical);
    resizeDocks({dock}, {420}, Qt::Horizontal);
    resizeDocks({layersDock}, {300}, Qt::Horizontal);
    // On a first start (a saved layout wins) QMainWindow lays a bottom dock out at a minimum
    // given before it is shown, where it ignores resizeDocks; the minimum is lifted once shown.
    constexpr int kEventsHeight = 260; // a week's events at a glance
    if (!QSettings().contains(QStringLiteral("window/state"))) {
        events->setMinimumHeight(kEventsHeight);
        QTimer::singleShot(0, events, [events] { events->setMinimumHeight(0); });
    }
}

// Loading progress with Cancel, the scale, the cursor's coordinates, and the map's messages.
void MainWindow::createStatusBar()
{
    m_loading = new LoadingProgress(m_document, this);
    statusBar()->addPermanentWidget(m_loading);
    connect(m_loading, &LoadingProgress::articleAdded, this, &MainWindow::updateTitle);
    connect(m_loading, &LoadingProgress::finished, this, &MainWindow::loadingEnded);
    m_coordinates = new QLabel(this);
    statusBar()->addPermanentWidget(new ScaleBar(*m_mapView, this));
    statusBar()->addPermanentWidget(m_coordinates);
    connect(m_mapView, &MapView::measured, this, [this](const QString &summary) { statusBar()->showMessage(summary); });
    connect(m_mapView, &MapView::layerProblem, this, [this](const QString &message) {
        std::fprintf(stderr, "frontline: %s\n", qPrintable(message));
        statusBar()->showMessage(message, 15000);
    });
    connect(m_mapView, &MapView::cursorMoved, this, [this](double lat, double lon) {
        m_coordinates->setText(QStringLiteral("%1\u00b0, %2\u00b0").arg(lat, 0, 'f', 4).arg(lon, 0, 'f', 4));
    });
}

// The files and tile services the analyst added, with how they were shown: kept between
// sessions like the window's layout.
void MainWindow::saveLayers() const
{
    QSettings().setValue(QStringLiteral("layerState"),
                         QJsonDocument(layerState(*m_mapView)).toJson(QJsonDocument::Compact));
}

void MainWindow::restoreLayers()
{
    const QJsonArray state =
        QJsonDocument::fromJson(QSettings().value(QStringLiteral("layerState")).toByteArray())
            .array();
    const QStringList missing = restoreLayerState(*m_mapView, state, tileCacheDirectory());
    if (!missing.isEmpty())
        statusBar()->showMessage(
            tr("Layers no longer readable, left out: %1").arg(missing.join(QStringLiteral(", "))),
            15000);
}

QJsonObject MainWindow::windowState() const
{
    const MapViewport &view = m_mapView->viewport();
    return {
        {"layers", layerState(*m_mapView)},
        {"view",
         QJsonObject{{"x", view.centre().x()}, {"y", view.centre().y()}, {"zoom", view.zoom()}}}};
}

// The analyst's layers of the work open go; the project's come, and its view. A project saved
// with none of these (a headless export) shows its articles whole.
void MainWindow::restoreWindowState(const QJsonObject &state)
{
    std::vector<QString> added;
    for (const MapLayer &layer : m_mapView->layers().layers())
        if (layer.source)
            added.push_back(layer.id);
    for (const QString &id : added)
        m_mapView->removeLayer(id);
    const QStringList missing =
        restoreLayerState(*m_mapView, state["layers"].toArray(), tileCacheDirectory());
    if (!missing.isEmpty())
        report(
            tr("Layers no longer readable, left out: %1").arg(missing.join(QStringLiteral(", "))),
            false);
    const QJsonObject view = state["view"].toObject();
    if (view.contains("zoom"))
        m_mapView->showView(QPointF(view["x"].toDouble(), view["y"].toDouble()),
                            view["zoom"].toDouble());
    else
        m_mapView->fitToDocument();
}

bool MainWindow::restoreProject(ProjectState state, QString *error)
{
    stopLoading();
    m_selection.clear();
    const Geoparser geoparser(*m_geodata.gazetteer);
    const EventExtractor extractor(m_catalog, *m_geodata.gazetteer);
    return restoreDocument(m_document, std::move(state), geoparser, &extractor, error);
}

void MainWindow::createProjectSession()
{
    ProjectSession::Window window;
    window.state = [this] { return windowState(); };
    window.restore = [this](const QJsonObject &state) { restoreWindowState(state); };
    window.features = [this] {
        return dataFeatures(m_document, m_catalog,
                            controlZonesFromText(m_document, m_geodata.basemap));
    };
    window.open = [this](ProjectState state, QString *error) {
        return restoreProject(std::move(state), error);
    };
    window.report = [this](const QString &message) { report(message, true); };
    m_project = new ProjectSession(m_document, m_catalog, std::move(window), this);
    connect(m_project, &ProjectSession::stateChanged, this, &MainWindow::updateTitle);
}

// The project's name, else the first article's title; [*] marks unsaved changes.
void MainWindow::updateTitle()
{
    QString name = m_project->displayName();
    if (name.isEmpty() && !m_document.isEmpty())
        name = m_document.articles().front().title;
    setWindowTitle(name.isEmpty() ? tr("Frontline[*]") : tr("%1[*] — Frontline").arg(name));
    setWindowModified(m_project->isModified());
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Article..."), QKeySequence::Open, this, &MainWindow::openWithDialog);
    file->addAction(tr("Open &Folder..."), QKeySequence(tr("Ctrl+Shift+O")), this,
                    &MainWindow::openFolderWithDialog);
    file->addAction(tr("&Save Project"), QKeySequence::Save, m_project, &ProjectSession::save);
    file->addAction(tr("Save Project &As..."), QKeySequence::SaveAs, m_project,
                    &ProjectSession::saveAs);
    file->addAction(tr("&New Project"), QKeySequence::New, m_project, &ProjectSession::newProject);
    file->addSeparator();
    file->addAction(tr("&Export Snapshot..."), QKeySequence(tr("Ctrl+E")), this,
                    &MainWindow::exportSnapshot);
    file->addAction(tr("Add &Layer..."), QKeySequence(tr("Ctrl+L")), this, &MainWindow::addLayer);
    file->addAction(tr("Add &Online Tile Layer..."), this, &MainWindow::addOnlineTileLayer);
    file->addAction(tr("Add &Control Layer..."), this, &MainWindow::addControlLayer);
    file->addAction(tr("&Import GeoNames Dump..."), this, &MainWindow::importGazetteer);
    file->addAction(tr("&Publish to Database..."), this, &MainWindow::publishWithDialog)
        ->setObjectName(QStringLiteral("publishToDatabase"));
    file->addAction(tr("Open from &Database..."), this, &MainWindow::openFromDatabaseWithDialog)
        ->setObjectName(QStringLiteral("openFromDatabase"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Factions..."), this, &MainWindow::editFactions);
    edit->addSeparator();
    QAction *undo = m_document.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Next &Mention"), QKeySequence(Qt::Key_F3), m_sourcePanel,
                    &SourcePanel::goToNextMention);
    edit->addAction(tr("Previous Mention"), QKeySequence(Qt::SHIFT | Qt::Key_F3), m_sourcePanel,
                    &SourcePanel::goToPreviousMention);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *colorBlind = view->addAction(tr("&Colour-Blind-Safe Palette"));
    colorBlind->setCheckable(true);
    colorBlind->setChecked(QSettings().value(QStringLiteral("view/colorBlindSafe")).toBool());
    const auto applyPalette = [this](bool safe) {
        m_mapView->setPalette(safe ? Palette::ColorBlindSafe : Palette::Standard);
        QSettings().setValue(QStringLiteral("view/colorBlindSafe"), safe);
    };
    connect(colorBlind, &QAction::toggled, this, applyPalette);
    applyPalette(colorBlind->isChecked());
    view->addSeparator();
    // Mouse tools: one at a time.
    auto *tools = new QActionGroup(this);
    QToolBar *toolBar = addToolBar(tr("Tools"));
    toolBar->setObjectName(QStringLiteral("toolsToolBar"));
    const auto addTool = [&](const QString &name, const QKeySequence &key, MapView::Tool tool) {
        QAction *action = view->addAction(name);
        action->setShortcut(key);
        action->setCheckable(true);
        action->setChecked(tool == MapView::Tool::Pan);
        action->setObjectName(QStringLiteral("tool%1").arg(int(tool)));
        tools->addAction(action);
        toolBar->addAction(action);
        connect(action, &QAction::triggered, m_mapView, [this, tool] { m_mapView->setTool(tool); });
    };
    addTool(tr("&Pan"), QKeySequence(Qt::Key_P), MapView::Tool::Pan);
    addTool(tr("Zoom to &Box"), QKeySequence(Qt::Key_B), MapView::Tool::ZoomBox);
    addTool(tr("&Measure"), QKeySequence(Qt::Key_M), MapView::Tool::Measure);
    view->addSeparator();
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_mapView, &MapView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_mapView, &MapView::zoomOut);
    view->addAction(tr("&Fit Article"), QKeySequence(Qt::CTRL | Qt::Key_0), m_mapView,
                    &MapView::fitToDocument);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Frontline"), this, &MainWindow::showAbout);
}

void MainWindow::openFiles(const QStringList &paths)
{
    if (!m_catalogWarning.isEmpty()) { // once: the factions file did not read
        report(m_catalogWarning, false);
        m_catalogWarning.clear();
    }
    QStringList articles;
    for (const QString &path : paths)
        if (!isProjectPath(path))
            articles << path;
    if (articles.size() < paths.size()) { // a project replaces the work open: one at a time
        stopLoading();
        const QString project = *std::find_if(paths.begin(), paths.end(), isProjectPath);
        if (!m_project->open(project)) {
            Q_EMIT loadingFinished(false);
            return;
        }
    }
    if (articles.isEmpty()) {
        Q_EMIT loadingFinished(true);
        return;
    }
    statusBar()->showMessage(tr("Reading %n article(s)...", nullptr, int(articles.size())));
    m_loading->load(articles, m_geodata.gazetteer, m_catalog);
}

bool MainWindow::isLoading() const
{
    return m_loading->isLoading();
}

void MainWindow::loadingEnded(bool cancelled, const QStringList &problems, const QStringList &warnings)
{
    for (const QString &warning : warnings)
        std::fprintf(stderr, "frontline: warning: %s\n", qPrintable(warning));
    if (!problems.isEmpty()) {
        for (const QString &problem : problems.mid(1))
            std::fprintf(stderr, "frontline: %s\n", qPrintable(problem));
        // One message for all of them: the first in full, the rest counted.
        report(problems.size() == 1 ? problems.front()
                                    : tr("%1 (and %n more file(s) that could not be read)", nullptr,
                                         int(problems.size() - 1))
                                          .arg(problems.front()),
               true);
    } else if (!warnings.isEmpty()) {
        report(warnings.front(), false);
    } else {
        statusBar()->showMessage(cancelled ? tr("Stopped: %n article(s) open", nullptr, int(m_document.articles().size()))
                                           : tr("%n article(s) open", nullptr, int(m_document.articles().size())),
                                 5000);
        showPlacesLeftOutOfView();
    }
    Q_EMIT loadingFinished(problems.isEmpty());
}

// Re-reading the document (factions, a gazetteer) starts from a document no worker extends.
void MainWindow::stopLoading()
{
    if (!isLoading())
        return;
    m_loading->loader().cancel();
    m_loading->loader().wait();
    QCoreApplication::sendPostedEvents(&m_loading->loader()); // its last batch
}

// The view fits the main group of places; those far from it are named, so that the analyst
// knows they are on the map and can go to them.
void MainWindow::showPlacesLeftOutOfView()
{
    QStringList names;
    for (int index : documentExtent(m_document).leftOut) {
        const Place &place = m_document.geoparse().places[index];
        names << (place.countryCode.isEmpty()
                      ? place.name
                      : QStringLiteral("%1 (%2)").arg(place.name, place.countryCode));
    }
    if (!names.isEmpty())
        statusBar()->showMessage(tr("Left out of the view, far from the other places: %1")
                                     .arg(names.join(QStringLiteral(", "))),
                                 15000);
}

void MainWindow::openWithDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open"), QString(),
        tr("Articles and projects (*.txt *.md *.html *.htm *.frontline);;Articles (*.txt *.md "
           "*.html *.htm);;Frontline projects (*.frontline);;All files (*)"));
    openFiles(paths);
}

void MainWindow::openFolderWithDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder of Articles"));
    if (!folder.isEmpty())
        openFiles(articleFilesIn(folder));
}

// Files and folders dropped on the window open as articles; a folder, its articles within.
void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (QFileInfo(path).isDir())
            paths << articleFilesIn(path);
        else if (!path.isEmpty())
            paths << path;
    }
    event->acceptProposedAction();
    openFiles(paths);
}

void MainWindow::exportSnapshot()
{
    const bool empty = m_document.isEmpty();
    auto *dialog = new ExportDialog(snapshotScene(), m_geodata.basemap,
                                    empty ? QString() : m_document.articles().front().title,
                                    empty ? QDate() : m_document.articles().front().date, this);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    });
    dialog->open();
}

SnapshotScene MainWindow::snapshotScene() const
{
    SnapshotScene scene;
    scene.document = m_document.copy();
    scene.catalog = m_catalog;
    scene.palette = m_mapView->scene().palette();
    scene.loadedZones = m_mapView->scene().loadedZones();
    scene.layers = m_mapView->layers();
    // Beyond the world's edge there is nothing to show, and no --bbox could ask for it.
    scene.world = m_mapView->viewport().visibleWorld() & QRectF(0, 0, 1, 1);
    return scene;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Frontline"),
                       tr("<h3>Frontline %1</h3><p>News articles to conflict maps.</p>"
                          "<p>Places from <a href='https://www.geonames.org'>GeoNames</a> "
                          "(CC BY 4.0) and countries-states-cities (ODbL 1.0). Borders and "
                          "land from "
                          "<a href='https://www.naturalearthdata.com'>Natural Earth</a> "
                          "(public domain).</p>")
                           .arg(QStringLiteral(FRONTLINE_VERSION)));
}

bool MainWindow::movePlace(const QString &placeId, double latitude, double longitude)
{
    if (m_document.geoparse().findPlace(placeId) < 0)
        return false;
    if (const QString problem = offTheGlobe(latitude, longitude); !problem.isEmpty()) {
        report(tr("The place was not moved: %1.").arg(problem), true);
        return false;
    }
    statusBar()->showMessage(tr("Saving to your gazetteer..."));
    m_document.undoStack()->push(new MovePlaceCommand(m_document, placeId, latitude, longitude));
    return true;
}

void MainWindow::editFactions()
{
    FactionsDialog dialog(m_catalog, this);
    if (dialog.exec() == QDialog::Accepted)
        applyFactions(dialog.editedCatalog());
}

bool MainWindow::applyFactions(const FactionCatalog &catalog)
{
    QString error;
    if (!catalog.saveAsUserCopy(&error)) {
        report(error, true);
        return false;
    }
    m_catalog = catalog; // the map view reads this same catalogue
    stopLoading();
    const Geoparser geoparser(*m_geodata.gazetteer);
    const EventExtractor extractor(m_catalog, *m_geodata.gazetteer);
    m_document.reanalyse(geoparser, &extractor);
    statusBar()->showMessage(tr("Factions saved"), 5000);
    return true;
}

void MainWindow::addControlLayer()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add Control Layer"), QString(),
        tr("Vector layers (*.geojson *.json *.kml *.kmz *.gpkg *.shp);;All files (*)"));
    if (!path.isEmpty())
        addControlLayerFile(path);
}

bool MainWindow::addControlLayerFile(const QString &path)
{
    std::vector<ControlZone> zones;
    QString error, leftOut;
    if (!readControlLayer(path, m_catalog, zones, &error, &leftOut)) {
        report(error, true);
        return false;
    }
    m_mapView->addLoadedZones(zones);
    statusBar()->showMessage(tr("Added %1 areas from %2").arg(zones.size()).arg(QFileInfo(path).fileName()), 5000);
    if (!leftOut.isEmpty())
        report(leftOut, false); // the polygons it could not draw, and why
    return true;
}

QString MainWindow::tileCacheDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
}

void MainWindow::addLayer()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add Layer"), QString(),
        tr("Layers (*.geojson *.json *.kml *.kmz *.gpkg *.shp *.tif *.tiff *.mbtiles);;"
           "Vector files (*.geojson *.json *.kml *.kmz *.gpkg *.shp);;Rasters (*.tif *.tiff *.mbtiles *.vrt);;All files (*)"));
    if (!path.isEmpty())
        addLayerFile(path);
}

bool MainWindow::addLayerFile(const QString &path)
{
    // Vector layers take colours in turn, apart from the factions' (Okabe-Ito, colour-blind safe).
    static const QColor colors[] = {QColor(0x00, 0x72, 0xb2), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
                                    QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73)};
    QString error;
    const std::optional<MapLayer> layer = readLayerFile(path, colors[m_layersAdded % std::size(colors)], &error);
    if (!layer) {
        report(error, true);
        return false;
    }
    ++m_layersAdded;
    m_mapView->addLayer(*layer);
    statusBar()->showMessage(tr("Added layer %1").arg(layer->name), 5000);
    return true;
}

void MainWindow::addOnlineTileLayer()
{
    bool ok = false;
    const QString url = QInputDialog::getText(
        this, tr("Add Online Tile Layer"),
        tr("Tile URL with {z}, {x} and {y}. Tiles are downloaded from this server while the layer is shown, "
           "and kept on disk."),
        QLineEdit::Normal, QSettings().value(QStringLiteral("tiles/lastUrl")).toString(), &ok);
    if (!ok || url.trimmed().isEmpty())
        return;
    const QString attribution = QInputDialog::getText(this, tr("Add Online Tile Layer"),
                                                      tr("Attribution the tile service requires:"), QLineEdit::Normal,
                                                      QString(), &ok);
    if (!ok)
        return;
    addTileLayer(url.trimmed(), attribution.trimmed());
}

bool MainWindow::addTileLayer(const QString &urlTemplate, const QString &attribution)
{
    QString error;
    const std::optional<MapLayer> layer = makeTileLayer(urlTemplate, attribution, tileCacheDirectory(), &error);
    if (!layer) {
        report(error, true);
        return false;
    }
    QSettings().setValue(QStringLiteral("tiles/lastUrl"), urlTemplate);
    m_mapView->addLayer(*layer);
    return true;
}

void MainWindow::importGazetteer()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import GeoNames Dump"), QString(), tr("GeoNames dumps (*.txt);;All files (*)"));
    if (files.isEmpty())
        return;
    auto *importer = new GazetteerImporter(files, this);
    connect(importer, &GazetteerImporter::imported, this,
            [this](std::shared_ptr<Gazetteer> gazetteer, const QString &summary) {
                // Articles opened from now on are read with the new places.
                m_geodata.gazetteer = std::move(gazetteer);
                statusBar()->showMessage(summary, 10000);
            });
    connect(importer, &GazetteerImporter::failed, this, [this](const QString &message) { report(message, true); });
    importer->start();
}

void MainWindow::publishWithDialog()
{
    const QString project = m_document.isEmpty() ? QString() : m_document.articles().front().id;
    // The features are taken here, where the document lives (its zones: 30-55 ms for four
    // articles); only the publish runs off this thread.
    auto *dialog = new PublishDialog(
        dataFeatures(m_document, m_catalog, controlZonesFromText(m_document, m_geodata.basemap)),
        m_catalog, project, this);
    connect(dialog, &PublishDialog::published, this,
            [this](const QString &summary) { statusBar()->showMessage(summary, 10000); });
    dialog->open();
}

void MainWindow::openFromDatabaseWithDialog()
{
    auto *dialog =
        new OpenFromDatabaseDialog(m_mapView->viewport().visibleWorld() & QRectF(0, 0, 1, 1), this);
    connect(dialog, &OpenFromDatabaseDialog::layersRead, this,
            [this](const std::vector<MapLayer> &layers) {
                for (const MapLayer &layer : layers) { // opened again: read anew
                    m_mapView->removeLayer(layer.id);
                    m_mapView->addLayer(layer);
                }
                statusBar()->showMessage(tr("Opened %1 layers of the team").arg(layers.size()),
                                         5000);
            });
    dialog->open();
}

void MainWindow::report(const QString &message, bool isError)
{
    m_lastMessage = message;
    std::fprintf(stderr, "frontline: %s%s\n", isError ? "" : "warning: ", qPrintable(message));
    statusBar()->showMessage(message, 10000);
    // Window-modal and non-blocking: the map stays usable behind it.
    auto *box = new QMessageBox(isError ? QMessageBox::Warning : QMessageBox::Information,
                                tr("Frontline"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_project->maybeSave()) {
        event->ignore();
        return;
    }
    m_project->closed();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    saveLayers();
    event->accept();
}

} // namespace frontline
