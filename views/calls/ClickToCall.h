#pragma once
// Click-to-call: a number field with a Call button for the main window's top bar, and the one
// function that places a call (used by it and by "Call back" in voicemail). The PBX rings the
// user's own extension first; international and premium numbers ask before charging.

#include <QWidget>
#include <functional>

class QLineEdit;
class QPushButton;
class QLabel;

namespace models {
class Session;
}

namespace views {

// Asked before a charged call; true places it. The default is a Yes/No message box.
using ConfirmCharge = std::function<bool(const QString &question)>;
ConfirmCharge defaultConfirmCharge(QWidget *parent);

// Returns false when the number is invalid or the user declined the charge; the outcome of the
// request itself is reported through `onResult` (ok = the user's phone is ringing).
bool placeCall(QWidget *context, models::Session &session, const QString &number,
               const ConfirmCharge &confirmCharge,
               const std::function<void(const QString &message, bool ok)> &onResult);

class ClickToCallWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ClickToCallWidget(models::Session &session, QWidget *parent = nullptr);
    QLineEdit *numberLineEdit() const { return m_numberLineEdit; }
    QLabel *statusLabel() const { return m_statusLabel; }
    // Seam so tests never block on the charge question.
    ConfirmCharge confirmCharge;

    void call();

private:
    void showStatus(const QString &message, bool ok);

    models::Session &m_session;
    QLineEdit *m_numberLineEdit;
    QPushButton *m_callButton;
    QLabel *m_statusLabel;
};

} // namespace views
