#pragma once

// For the window suites: articles opened and waited for, the map as drawn, pixels compared, and
// the modal question a step is about to ask (Save the changes?, Recover?) answered with a real
// click, as the analyst would answer it.

#include "MainWindow.h"
#include "MapView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QImage>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace frontline::test {

inline constexpr int kLoadPatienceMs = 60000;
inline constexpr int kFramePatienceMs = 10000;

// Opens `paths` in the window and waits until they are read; true when all were.
inline bool openAndWait(MainWindow &window, const QStringList &paths)
{
    QSignalSpy finished(&window, &MainWindow::loadingFinished);
    window.openFiles(paths);
    return (!finished.isEmpty() || finished.wait(kLoadPatienceMs)) &&
           finished.front().front().toBool();
}

inline bool showAndOpen(MainWindow &window, const QStringList &paths)
{
    window.show();
    return QTest::qWaitForWindowExposed(&window) && openAndWait(window, paths);
}

// The map as it is on screen once its frame is drawn (rendering runs on a worker thread).
inline QImage settledMap(MapView *view)
{
    view->update();
    if (!QTest::qWaitFor([view] { return view->isFrameCurrent(); }, kFramePatienceMs))
        return {};
    return view->grab().toImage();
}

inline int differingPixels(const QImage &a, const QImage &b)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y);
    return count;
}

// Once the next modal message box shows, clicks its button of `standard` kind, or else its
// button named `objectName`.
inline void clickInNextMessageBox(QMessageBox::StandardButton standard,
                                  const QString &objectName = {})
{
    QTimer::singleShot(0, [=] {
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            return box && box->isVisible();
        }));
        QAbstractButton *button = standard != QMessageBox::NoButton
                                      ? box->button(standard)
                                      : box->findChild<QAbstractButton *>(objectName);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    });
}

} // namespace frontline::test
