#pragma once

// For window tests: the modal question a step is about to ask (Save the changes?, Recover?)
// answered with a real click, as the analyst would answer it.

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

namespace frontline::test {

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
