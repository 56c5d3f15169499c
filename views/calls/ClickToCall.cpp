#include "views/calls/ClickToCall.h"

#include "contract/EndUser.h"
#include "contract/PhoneNumbers.h"
#include "models/Session.h"
#include "models/account/MoneyFormat.h"
#include "models/stores/AccountStores.h"
#include "models/stores/Stores.h"
#include "views/style/Style.h"

#include <QCoreApplication>

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <algorithm>

namespace views {

ConfirmCharge defaultConfirmCharge(QWidget *parent)
{
    return [parent](const QString &question) {
        return QMessageBox::question(parent,
                                     QCoreApplication::translate("views::ClickToCall", "Call with charge"),
                                     question) == QMessageBox::Yes;
    };
}

QString allowanceText(const contract::prepaid::ExtensionUsage &allowance,
                      contract::prepaid::ControlledCall call)
{
    using contract::prepaid::SpendMode;
    const auto &rule = allowance.controls.rule(call);
    switch (rule.mode) {
    case SpendMode::Allowed:
        return {};
    case SpendMode::Blocked:
        return QCoreApplication::translate(
            "views::ClickToCall", "Your administrator has not enabled these calls for your extension.");
    case SpendMode::Capped:
        return QCoreApplication::translate(
                   "views::ClickToCall", "Your allowance for these calls is %1 a month; %2 left this month.")
            .arg(models::formatMoney(rule.capMinor, allowance.currency),
                 models::formatMoney(allowance.remaining(call).value_or(0), allowance.currency));
    }
    return {};
}

bool placeCall(QWidget *context, models::Stores &stores, const QString &number,
               const ConfirmCharge &confirmCharge, const std::function<void(const QString &, bool)> &onResult,
               const std::optional<contract::prepaid::ExtensionUsage> &allowance)
{
    const auto destination = contract::classifyDestination(number, stores.session().info().region);
    if (destination.kind == contract::DestinationKind::Invalid) {
        onResult(
            QCoreApplication::translate("views::ClickToCall",
                                        "Enter an extension, a national number, or 00 and the country code."),
            false);
        return false;
    }
    if (destination.charged()) {
        const QString shown = destination.number.startsWith(QLatin1Char('+'))
                                  ? contract::phone::format(destination.number)
                                  : destination.number;
        const QString question =
            destination.kind == contract::DestinationKind::Premium
                ? QCoreApplication::translate(
                      "views::ClickToCall",
                      "%1 is a premium-rate number. The call is charged to your company's prepaid "
                      "credit. Call anyway?")
                      .arg(shown)
                : QCoreApplication::translate(
                      "views::ClickToCall",
                      "%1 is an international number. The call is charged to your company's prepaid "
                      "credit. Call anyway?")
                      .arg(shown);
        const auto kind = destination.kind == contract::DestinationKind::Premium
                              ? contract::prepaid::ControlledCall::Premium
                              : contract::prepaid::ControlledCall::International;
        const QString allowed = allowance ? allowanceText(*allowance, kind) : QString();
        if (!confirmCharge(allowed.isEmpty() ? question : question + QStringLiteral("\n\n") + allowed))
            return false;
    }
    auto *call = stores.endUserActions().call(number);
    QObject::connect(call, &models::StoreWrite::succeeded, context, [onResult] {
        onResult(QCoreApplication::translate("views::ClickToCall",
                                             "Your phone is ringing: answer it to connect the call."),
                 true);
    });
    QObject::connect(call, &models::StoreWrite::failed, context, [onResult](const models::ApiError &error) {
        const QString field = error.fieldMessage(QStringLiteral("destination"));
        onResult(field.isEmpty() ? error.message() : field, false);
    });
    return true;
}

ClickToCallWidget::ClickToCallWidget(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
    , confirmCharge(defaultConfirmCharge(this))
    , m_stores(stores)
    , m_numberLineEdit(new QLineEdit(this))
    , m_callButton(new QPushButton(tr("Call"), this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("clickToCallWidget"));
    m_numberLineEdit->setObjectName(QStringLiteral("callNumberLineEdit"));
    m_numberLineEdit->setPlaceholderText(tr("Number or extension to call"));
    m_numberLineEdit->setAccessibleName(m_numberLineEdit->placeholderText());
    m_numberLineEdit->setClearButtonEnabled(true);
    // The whole placeholder in every language, with room for the clear button.
    m_numberLineEdit->setMinimumWidth(
        std::max(220, m_numberLineEdit->fontMetrics().horizontalAdvance(m_numberLineEdit->placeholderText()) +
                          style::space::XLarge + style::space::Medium));
    m_numberLineEdit->setToolTip(tr("Your phone rings first, then Centralita dials this number."));
    m_callButton->setObjectName(QStringLiteral("callButton"));
    m_callButton->setEnabled(false);
    m_statusLabel->setObjectName(QStringLiteral("callStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_numberLineEdit);
    layout->addWidget(m_callButton);
    connect(m_callButton, &QPushButton::clicked, this, &ClickToCallWidget::call);
    connect(m_numberLineEdit, &QLineEdit::returnPressed, this, &ClickToCallWidget::call);
    connect(m_numberLineEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_callButton->setEnabled(!text.trimmed().isEmpty()); });
    loadAllowance();
}

void ClickToCallWidget::loadAllowance()
{
    if (m_stores.session().info().role != contract::Role::User)
        return;
    // Without it the question simply does not name the allowance.
    auto *read = m_stores.endUserActions().prepaidAllowance();
    connect(read, &models::StoreWrite::succeeded, this, [this, read] { m_allowance = read->value(); });
}

void ClickToCallWidget::call()
{
    const QString number = m_numberLineEdit->text().trimmed();
    if (number.isEmpty() || !m_callButton->isEnabled())
        return;
    m_callButton->setEnabled(false);
    const bool started = placeCall(
        this, m_stores, number, confirmCharge,
        [this](const QString &message, bool ok) {
            m_callButton->setEnabled(true);
            showStatus(message, ok);
            loadAllowance(); // what remains moved (or the administrator changed it)
        },
        m_allowance);
    if (!started)
        m_callButton->setEnabled(true);
}

void ClickToCallWidget::showStatus(const QString &message, bool ok)
{
    m_statusLabel->setText(message);
    // Errors in the error colour, like field errors; the ringing notice in the muted text colour.
    style::setTone(m_statusLabel, ok ? style::Tone::Muted : style::Tone::Error);
    QTimer::singleShot(10000, m_statusLabel, [label = m_statusLabel, message] {
        if (label->text() == message)
            label->clear();
    });
}

} // namespace views
