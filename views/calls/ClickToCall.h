#pragma once
// Click-to-call: a number field with a Call button for the main window's top bar, and the one
// function that places a call (used by it and by "Call back" in voicemail). The PBX rings the
// user's own extension first; international and premium numbers ask before charging.

#include "contract/PrepaidControls.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLineEdit;
class QPushButton;
class QLabel;

namespace models {
class Stores;
}

namespace views {

// Asked before a charged call; true places it. The default is a Yes/No message box.
using ConfirmCharge = std::function<bool(const QString &question)>;
ConfirmCharge defaultConfirmCharge(QWidget *parent);

// Returns false when the number is invalid or the user declined the charge; the outcome of the
// request itself is reported through `onResult` (ok = the user's phone is ringing). The charge
// question names the user's own allowance (issue 15) when `allowance` is known.
bool placeCall(QWidget *context, models::Stores &stores, const QString &number,
               const ConfirmCharge &confirmCharge,
               const std::function<void(const QString &message, bool ok)> &onResult,
               const std::optional<contract::prepaid::ExtensionUsage> &allowance = std::nullopt);
// What the user may still spend on this kind of call this month, for the charge question.
QString allowanceText(const contract::prepaid::ExtensionUsage &allowance,
                      contract::prepaid::ControlledCall call);

class ClickToCallWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ClickToCallWidget(models::Stores &stores, QWidget *parent = nullptr);
    QLineEdit *numberLineEdit() const { return m_numberLineEdit; }
    QLabel *statusLabel() const { return m_statusLabel; }
    // Seam so tests never block on the charge question.
    ConfirmCharge confirmCharge;

    void call();

private:
    void showStatus(const QString &message, bool ok);
    void loadAllowance();

    models::Stores &m_stores;
    QLineEdit *m_numberLineEdit;
    QPushButton *m_callButton;
    QLabel *m_statusLabel;
    std::optional<contract::prepaid::ExtensionUsage> m_allowance; // end users: read on start and after calls
};

} // namespace views
