#pragma once

#include <QImage>
#include <QMessageBox>
#include <QString>
#include <QStringList>

class QComboBox;

namespace frontline {
class MainWindow;
class MapView;
} // namespace frontline

// What the window's tests share: opening articles as the analyst does, the map as drawn, a
// combo box chosen and a question answered with clicks.
namespace frontline::test {

inline constexpr int kLoadPatienceMs = 60000;
inline constexpr int kFramePatienceMs = 10000;

// Opens articles (read on a worker thread) and waits until they are in: false if any was not.
bool openAndWait(MainWindow &window, const QStringList &paths);
// Shows the window and opens articles in it.
bool showAndOpen(MainWindow &window, const QStringList &paths);
// The map as it is on screen once its frame is drawn (rendering runs on a worker thread).
QImage settledMap(MapView *view);
// The pixels that differ between two images of one size.
int differingPixels(const QImage &a, const QImage &b);
// The pixels that differ by more than a text's anti-aliasing does when it moves by a fraction
// of a pixel.
int visiblyDifferingPixels(const QImage &a, const QImage &b);
// Opens the combo box's list with a click and clicks the item that reads `text`.
bool chooseInComboBox(QComboBox *box, const QString &text);
// Once the next modal message box shows (Save the changes?, Recover?), clicks its button of
// `standard` kind, or else its button named `objectName`: answered as the analyst would.
void clickInNextMessageBox(QMessageBox::StandardButton standard, const QString &objectName = {});

} // namespace frontline::test
