#include "views/calls/ClickToCall.h"

#include "contract/EndUser.h"
#include "models/Session.h"
#include "models/enduser/EndUserJobs.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace views {

bool placeCall(QWidget *parent, models::Session &session, const QString &number,
               const std::function<void(const QString &, bool)> &onResult)
{
    const auto destination = contract::classifyDestination(number, session.info().region);
    if (destination.kind == contract::DestinationKind::Invalid) {
        onResult(
            QCoreApplication::translate("views::ClickToCall",
                                        "Enter an extension, a national number or 00 and the country code."),
            false);
        return false;
    }
    if (destination.charged()) {
        const QString what =
            destination.kind == contract::DestinationKind::Premium
                ? QCoreApplication::translate("views::ClickToCall", "a premium-rate number")
                : QCoreApplication::translate("views::ClickToCall", "an international number");
        const auto answer = QMessageBox::question(
            parent, QCoreApplication::translate("views::ClickToCall", "Call with charge"),
            QCoreApplication::translate(
                "views::ClickToCall", "%1 is %2. The call is charged to your company's prepaid credit. Call?")
                .arg(destination.number, what));
        if (answer != QMessageBox::Yes)
            return false;
    }
    auto *job = new models::ClickToCallJob(session, number);
    QObject::connect(job, &models::ClickToCallJob::succeeded, parent, [onResult](const auto &) {
        onResult(
            QCoreApplication::translate("views::ClickToCall", "Your phone is ringing; answer it to connect."),
            true);
    });
    QObject::connect(job, &models::ApiJob::failed, parent, [onResult](const models::ApiError &error) {
        const QString field = error.fieldMessage(QStringLiteral("destination"));
        onResult(field.isEmpty() ? error.message() : field, false);
    });
    job->start();
    return true;
}

ClickToCallWidget::ClickToCallWidget(models::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_numberLineEdit(new QLineEdit(this))
    , m_callButton(new QPushButton(tr("Call"), this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("clickToCallWidget"));
    m_numberLineEdit->setObjectName(QStringLiteral("callNumberLineEdit"));
    m_numberLineEdit->setPlaceholderText(tr("Number or extension"));
    m_numberLineEdit->setClearButtonEnabled(true);
    m_numberLineEdit->setMinimumWidth(200);
    m_numberLineEdit->setToolTip(tr("Your phone rings first, then Centralita dials this number."));
    m_callButton->setObjectName(QStringLiteral("callButton"));
    m_statusLabel->setObjectName(QStringLiteral("callStatusLabel"));
    m_statusLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_numberLineEdit);
    layout->addWidget(m_callButton);
    connect(m_callButton, &QPushButton::clicked, this, &ClickToCallWidget::call);
    connect(m_numberLineEdit, &QLineEdit::returnPressed, this, &ClickToCallWidget::call);
}

void ClickToCallWidget::call()
{
    const QString number = m_numberLineEdit->text().trimmed();
    if (number.isEmpty())
        return;
    m_callButton->setEnabled(false);
    const bool started = placeCall(this, m_session, number, [this](const QString &message, bool ok) {
        m_callButton->setEnabled(true);
        m_statusLabel->setText(message);
        m_statusLabel->setForegroundRole(ok ? QPalette::PlaceholderText : QPalette::BrightText);
        if (!ok)
            m_statusLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        else
            m_statusLabel->setStyleSheet({});
        QTimer::singleShot(8000, m_statusLabel, &QLabel::clear);
    });
    if (!started)
        m_callButton->setEnabled(true);
}

} // namespace views
