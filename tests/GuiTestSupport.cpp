#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "MapView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <cstdlib>

namespace frontline::test {

bool openAndWait(MainWindow &window, const QStringList &paths)
{
    QSignalSpy finished(&window, &MainWindow::loadingFinished);
    window.openFiles(paths);
    return (!finished.isEmpty() || finished.wait(kLoadPatienceMs)) &&
           finished.front().front().toBool();
}

bool showAndOpen(MainWindow &window, const QStringList &paths)
{
    window.show();
    return QTest::qWaitForWindowExposed(&window) && openAndWait(window, paths);
}

QImage settledMap(MapView *view)
{
    view->update();
    if (!QTest::qWaitFor([view] { return view->isFrameCurrent(); }, kFramePatienceMs))
        return {};
    return view->grab().toImage();
}

int differingPixels(const QImage &a, const QImage &b)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y);
    return count;
}

int visiblyDifferingPixels(const QImage &a, const QImage &b)
{
    // A text's anti-aliasing moves by a fraction of a pixel with the view's centre: its edge
    // pixels change by a few levels (measured: under 5%), where a moved or missing marker,
    // line or label changes them by far more.
    constexpr int kAntialiasingLevels = 32;
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            count += std::abs(qRed(p) - qRed(q)) > kAntialiasingLevels ||
                     std::abs(qGreen(p) - qGreen(q)) > kAntialiasingLevels ||
                     std::abs(qBlue(p) - qBlue(q)) > kAntialiasingLevels;
        }
    return count;
}

bool chooseInComboBox(QComboBox *box, const QString &text)
{
    const int item = box->findText(text);
    if (item < 0)
        return false;
    QTest::mouseClick(box, Qt::LeftButton);
    QAbstractItemView *list = box->view();
    if (!QTest::qWaitFor([list] { return list->isVisible(); }))
        return false;
    const QModelIndex index = list->model()->index(item, box->modelColumn());
    list->scrollTo(index);
    // The pop-up takes a release only once the hand has moved from where it opened the list.
    constexpr int kPastClickSlop = 10;
    const QPoint centre = list->visualRect(index).center();
    QTest::mousePress(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseMove(list->viewport(), centre + QPoint(kPastClickSlop, 0));
    QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, centre + QPoint(kPastClickSlop, 0));
    return box->currentIndex() == item;
}

void clickInNextMessageBox(QMessageBox::StandardButton standard, const QString &objectName)
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
