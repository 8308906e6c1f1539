// File > Export Snapshot driven with real clicks and keys on the offscreen platform: the
// preview is the file, a cancelled export leaves nothing, the choices are remembered, a
// failure is said, and the window's picture is the command line's of the same box.
#include "ExportDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MapView.h"
#include "SnapshotChoicesForm.h"
#include "TestSupport.h"
#include "geo/WebMercator.h"
#include "io/DataPaths.h"
#include "io/Geodata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace frontline;
using namespace frontline::test;

namespace {

constexpr int kSnapshotPatienceMs = 120000; // an A3 page drawn on a busy shared machine

const QString kFullHd = QStringLiteral("Full HD (1920 x 1080 px, 96 dpi)");
const QString kA3 = QStringLiteral("A3 landscape (4961 x 3508 px, 300 dpi)");

// Ctrl+E, as the analyst presses it: the dialog, once it shows.
ExportDialog *openExportDialog(MainWindow &window)
{
    // A shortcut reaches only the active window: a dialog closed just now may still hold that.
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return nullptr;
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    auto *dialog = window.findChild<ExportDialog *>(QStringLiteral("exportDialog"));
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QString example()
{
    return resourcePath(QStringLiteral("examples/ukraine-kharkiv.txt"));
}

// The window on the bundled example, and the dialog opened on it.
ExportDialog *openOnExample(MainWindow &window)
{
    return showAndOpen(window, {example()}) ? openExportDialog(window) : nullptr;
}

// Types `path` over what the file field holds.
void typePath(ExportDialog *dialog, const QString &path)
{
    QLineEdit *field = dialog->form()->pathEdit();
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, path);
}

// Types `path` and chooses the format and the size of those names.
bool chooseFile(ExportDialog *dialog, const QString &path, const QString &format,
                const QString &size)
{
    typePath(dialog, path);
    return chooseInComboBox(dialog->form()->formatBox(), format) &&
           chooseInComboBox(dialog->form()->presetBox(), size);
}

bool waitForPreview(ExportDialog *dialog)
{
    return QTest::qWaitFor([dialog] { return dialog->isPreviewCurrent(); }, kSnapshotPatienceMs);
}

// The files a folder holds, the hidden ones (a temporary file beside the target) too.
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}

// A world box as `frontline export --bbox` takes it (W,S,E,N), to the last digit.
QString bboxOf(const QRectF &world)
{
    const auto degrees = [](double value) { return QString::number(value, 'g', 17); };
    return QStringList{degrees(mercator::longitudeOf(world.topLeft())),
                       degrees(mercator::latitudeOf(world.bottomRight())),
                       degrees(mercator::longitudeOf(world.bottomRight())),
                       degrees(mercator::latitudeOf(world.topLeft()))}
        .join(QLatin1Char(','));
}

} // namespace

class ExportDialogTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<Geodata> m_geodata;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_geodata = loadGeodata(GeodataParts::GazetteerAndBasemap, &error);
        QVERIFY2(m_geodata, qPrintable(error));
    }
    void init() { QSettings().clear(); }

    // The preview is drawn at the export's size and is, pixel for pixel, the file written; the
    // live view stays as it was.
    void thePreviewIsTheFileWritten()
    {
        MainWindow window(*m_geodata);
        ExportDialog *dialog = openOnExample(window);
        QVERIFY(dialog);
        const MapViewport view = window.mapView()->viewport();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("front.png"));
        QVERIFY(chooseFile(dialog, path, QStringLiteral("PNG image"), kFullHd));
        QTest::mouseClick(dialog->form()->citeBox(), Qt::LeftButton);
        QVERIFY(dialog->form()->citeBox()->isChecked());
        QVERIFY(waitForPreview(dialog));
        const QImage preview = dialog->previewImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(preview.size(), QSize(1920, 1080));

        QSignalSpy exported(dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QVERIFY(exported.wait(kSnapshotPatienceMs));
        QCOMPARE(exported.front().front().toString(), path);
        const QImage written = QImage(path).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(written.size(), preview.size());
        QCOMPARE(differingPixels(written, preview), 0);
        QCOMPARE(window.mapView()->viewport(), view);
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("front.png")});
    }
    // Cancel while the export runs: no file, and no temporary file beside it.
    void aCancelledExportLeavesNoFile()
    {
        MainWindow window(*m_geodata);
        ExportDialog *dialog = openOnExample(window);
        QVERIFY(dialog);
        QTemporaryDir dir;
        QVERIFY(chooseFile(dialog, dir.filePath(QStringLiteral("page.pdf")),
                           QStringLiteral("PDF (vector, text as text)"), kA3));
        QSignalSpy ended(dialog, &ExportDialog::jobEnded);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QVERIFY(dialog->findChild<QProgressBar *>()->isVisible());
        QVERIFY(!dialog->exportButton()->isEnabled());
        QVERIFY(dialog->cancelButton()->isEnabled());
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QVERIFY(ended.wait(kSnapshotPatienceMs));
        QVERIFY(!dialog->isBusy());
        QVERIFY(dialog->isVisible());
        QVERIFY(filesIn(dir.path()).isEmpty());
        QVERIFY(dialog->exportButton()->isEnabled());
    }
    // What the analyst chose last is what the dialog offers next time.
    void theLastChoicesAreRemembered()
    {
        MainWindow window(*m_geodata);
        ExportDialog *dialog = openOnExample(window);
        QVERIFY(dialog);
        QTemporaryDir dir;
        QVERIFY(chooseFile(dialog, dir.filePath(QStringLiteral("kept.svg")),
                           QStringLiteral("SVG (vector, text as text)"), kFullHd));
        QVERIFY(chooseInComboBox(dialog->form()->coarsenBox(), QStringLiteral("5 km grid")));
        QTest::mouseClick(dialog->form()->citeBox(), Qt::LeftButton);
        QSignalSpy exported(dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QVERIFY(exported.wait(kSnapshotPatienceMs));
        QTRY_VERIFY(!window.findChild<ExportDialog *>(QStringLiteral("exportDialog")));

        ExportDialog *again = openExportDialog(window);
        QVERIFY(again);
        QCOMPARE(again->form()->presetBox()->currentText(), kFullHd);
        QCOMPARE(again->form()->formatBox()->currentData().toString(), QStringLiteral("svg"));
        QCOMPARE(again->form()->coarsenBox()->currentData().toInt(), 5);
        QVERIFY(again->form()->citeBox()->isChecked());
        QCOMPARE(QFileInfo(again->form()->path()).absolutePath(), QDir(dir.path()).absolutePath());
        QVERIFY(waitForPreview(again)); // of the remembered choices
    }
    // A file that cannot be written is said in a message box; the dialog stays for another try.
    void aFailureIsSaidInAMessageBox()
    {
        MainWindow window(*m_geodata);
        ExportDialog *dialog = openOnExample(window);
        QVERIFY(dialog);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no-such-folder/map.png"));
        typePath(dialog, path);
        QSignalSpy ended(dialog, &ExportDialog::jobEnded);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QVERIFY(ended.wait(kSnapshotPatienceMs));
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            box = dialog->findChild<QMessageBox *>(QStringLiteral("exportFailure"));
            return box && box->isVisible();
        }));
        QVERIFY2(box->text().contains(path), qPrintable(box->text()));
        QVERIFY(box->text().contains(QLatin1String("no such file or directory")));
        QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(filesIn(dir.path()).isEmpty());
    }
    // One frame builder: what the analyst sees, exported through the dialog with its first
    // choices, is the picture the command line makes of that box.
    void windowExportIsTheCommandLinesPicture()
    {
        const QString seed = test::seedArticlePath();
        if (seed.isEmpty())
            QSKIP(test::kNoSharedMessage);
        MainWindow window(*m_geodata);
        QVERIFY(showAndOpen(window, {seed}));
        // The Euphrates from Raqqa down to al-Qaim.
        window.mapView()->zoomToWorld(
            QRectF(mercator::toWorld(36.2, 38.5), mercator::toWorld(34.0, 41.5)));
        const QRectF shown = window.mapView()->viewport().visibleWorld();
        QTemporaryDir dir;
        const QString fromWindow = dir.filePath(QStringLiteral("window.png"));
        ExportDialog *dialog = openExportDialog(window);
        QVERIFY(dialog);
        typePath(dialog, fromWindow);
        QSignalSpy exported(dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QVERIFY(exported.wait(kSnapshotPatienceMs));

        const QString fromCommandLine = dir.filePath(QStringLiteral("cli.png"));
        QProcess process;
        process.start(test::frontlineProgram(),
                      {QStringLiteral("export"), seed, QStringLiteral("-o"), fromCommandLine,
                       QStringLiteral("--bbox"), bboxOf(shown)});
        QVERIFY(process.waitForFinished(kSnapshotPatienceMs));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QImage windowImage(fromWindow), commandLineImage(fromCommandLine);
        QCOMPARE(windowImage.size(), QSize(1600, 1000));
        QCOMPARE(commandLineImage.size(), windowImage.size());
        // The box reaches the command line as decimal degrees, and back through the Mercator
        // formulas it moves the view in the 15th digit. Qt's antialiasing rasteriser rounds to
        // fixed point, so a line on a rounding step may shift: on 2026-11-30 one hatch line, 238
        // pixels of 1.6 million, a few levels apart (the window's overlay drawn in one process at
        // both views differs by the same 238). Another picture differs in far more.
        const int differing = differingPixels(windowImage, commandLineImage);
        QVERIFY2(differing <= windowImage.width() * windowImage.height() / 1000,
                 qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
    }
};

QTEST_MAIN(ExportDialogTest)
#include "test_export_dialog.moc"
