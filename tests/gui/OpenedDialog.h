#pragma once
// A tour's step through a button that opens a dialog (modal loops included): the dialog is handed
// to `inspect` while it is open, then cancelled, so the tour changes nothing.

#include "tests/support/Catch.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <functional>

namespace tour {

// A visible dialog that is not one of `before`.
inline QWidget *newDialog(const QSet<QWidget *> &before)
{
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (!before.contains(window) && window->isVisible() && qobject_cast<QDialog *>(window))
            return window;
    }
    return nullptr;
}

inline QSet<QWidget *> topLevelWindows()
{
    QSet<QWidget *> windows;
    for (QWidget *window : QApplication::topLevelWidgets())
        windows.insert(window);
    return windows;
}

inline void inspectDialogOf(QAbstractButton *button, const std::function<void(QDialog *)> &inspect,
                            const QString &where)
{
    const QSet<QWidget *> before = topLevelWindows();
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<QDialog *>(newDialog(before))) {
            poll.stop();
            seen = true;
            inspect(dialog);
            dialog->reject();
        }
    });
    poll.start();
    button->click();
    INFO(where.toStdString() << ": " << button->objectName().toStdString() << " opened no dialog");
    CHECK(QTest::qWaitFor([&] { return seen; }, 5000));
    poll.stop();
}

} // namespace tour
