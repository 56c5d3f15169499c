#include "views/account/PortingStatusPanel.h"

#include "contract/PhoneNumbers.h"
#include "models/DisplayLocale.h"
#include "models/Session.h"
#include "models/account/AccountModels.h"
#include "models/stores/AccountStores.h"
#include "models/stores/Stores.h"
#include "views/account/AccountSettingsPanel.h"
#include "views/common/FormField.h"
#include "views/common/KeyboardAccess.h"
#include "views/common/ListFrame.h"
#include "views/configuration/ConfigurationUi.h"
#include "views/style/Icons.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <utility>

namespace views {

PortingStatusPanel::PortingStatusPanel(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
    , m_session(stores.session())
    , m_stores(stores)
    , m_model(new models::PortingRequestModel(m_session, this))
    , m_table(new QTableView(this))
    , m_detail(new QLabel(this))
    , m_message(new QLabel(this))
    , m_cancelButton(new QPushButton(tr("Cancel request…"), this))
{
    m_table->setObjectName(QStringLiteral("portingTableView"));
    m_table->setAccessibleName(tr("Porting requests"));
    m_table->setModel(m_model);
    style::selectWholeRows(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_detail->setObjectName(QStringLiteral("portingDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_message->setObjectName(QStringLiteral("portingMessageLabel"));
    m_message->setWordWrap(true);
    reserveMessageSpace(m_message);
    m_message->hide();
    m_cancelButton->setObjectName(QStringLiteral("cancelPortingButton"));
    m_cancelButton->setEnabled(false);
    m_cancelButton->setToolTip(tr("Possible until the current carrier sets the date of the port."));
    auto *intro = new QLabel(tr("Numbers you are bringing from other carriers. Start a new request in "
                                "Add-ons → Number porting."),
                             this);
    intro->setWordWrap(true);
    auto *refresh = new QPushButton(style::icon(style::Icon::Refresh), tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshPortingButton"));
    addShortcut(refresh, QKeySequence::Refresh, this);
    auto *top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    auto *list = new ListFrame(m_table, this);
    list->setEmptyText(tr("No porting requests."));
    list->setCountText([](int rows) { return tr("%n request(s)", nullptr, rows); });
    list->setLoaded(m_model->isLoaded());
    connect(m_model, &models::PortingRequestModel::loaded, list, [list] { list->setLoaded(true); });
    layout->addWidget(list, 3);
    layout->addWidget(m_detail, 1);
    layout->addWidget(m_cancelButton, 0, Qt::AlignRight);

    connect(refresh, &QPushButton::clicked, m_model, &models::PortingRequestModel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PortingStatusPanel::showSelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &PortingStatusPanel::askToCancelSelected);
    connect(m_model, &models::PortingRequestModel::loaded, this, [this] {
        if (m_notice.isEmpty())
            m_message->hide();
        else
            showStatus(m_message, std::exchange(m_notice, QString()), m_noticeIsError);
        const int again = m_model->rowOf(std::exchange(m_reselectId, 0));
        if (m_model->rowCount() > 0)
            m_table->selectRow(again >= 0 ? again : 0);
        else
            m_detail->setText(tr("There are no porting requests yet."));
        showSelected();
    });
    connect(m_model, &models::PortingRequestModel::loadFailed, this,
            [this](const models::ApiError &error) { showStatus(m_message, error.message(), true); });
}

void PortingStatusPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_model->isLoaded())
        m_model->reload();
}

void PortingStatusPanel::showSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_detail->clear();
        m_cancelButton->setEnabled(false);
        return;
    }
    const auto &request = m_model->at(rows.first().row());
    m_cancelButton->setEnabled(contract::porting::canCancel(request.status));
    const QLocale locale;
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right: 12px;'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(
        tr("Numbers"),
        m_model->data(m_model->index(rows.first().row(), models::PortingRequestModel::Numbers)).toString());
    html += row(tr("Status"), models::PortingRequestModel::statusText(request.status));
    html += row(tr("Current carrier"), tr("%1 (account %2)").arg(request.carrier, request.carrierAccount));
    html += row(tr("Authorized by"), request.authorizedName);
    html += row(tr("Service address"), request.serviceAddress);
    // As the lists write times: the company's clock, no seconds and no zone abbreviation ("CST").
    const auto when = [this, &locale](const QDateTime &moment) {
        return models::formatShortDateTime(moment.toTimeZone(m_session.companyTimeZone()), locale);
    };
    html += row(tr("Submitted"), when(request.submittedAt));
    html += row(tr("Last change"), when(request.updatedAt));
    if (request.focDate.isValid())
        html += row(tr("Port date"), locale.toString(request.focDate, QLocale::LongFormat));
    if (!request.rejectCode.isEmpty()) {
        html += row(tr("Carrier's code"), request.rejectCode);
        html += row(tr("Meaning"),
                    models::PortingRequestModel::rejectMeaning(request.rejectCode, request.rejectReason));
    }
    m_detail->setText(html + QStringLiteral("</table>"));
}

qint64 PortingStatusPanel::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->at(rows.first().row()).id;
}

void PortingStatusPanel::askToCancelSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const auto &request = m_model->at(m_model->rowOf(id));
    const QString numbers =
        m_model->data(m_model->index(m_model->rowOf(id), models::PortingRequestModel::Numbers)).toString();
    askToConfirm(this, QStringLiteral("confirmCancelPortingMessageBox"),
                 tr("Cancel the porting of %1? The numbers stay with %2.").arg(numbers, request.carrier),
                 tr("Cancel request"), [this, id] { cancelRequest(id); });
}

void PortingStatusPanel::cancelRequest(qint64 id)
{
    m_cancelButton->setEnabled(false);
    showStatus(m_message, tr("Canceling the request…"), false);
    auto *cancel = m_stores.portingRequest(id).cancel();
    connect(cancel, &models::StoreWrite::succeeded, this, [this, id] {
        m_notice = tr("The porting request was canceled.");
        m_noticeIsError = false;
        m_reselectId = id;
        m_model->reload();
    });
    connect(cancel, &models::StoreWrite::failed, this, &PortingStatusPanel::showCancelFailure);
}

void PortingStatusPanel::showCancelFailure(const models::ApiError &error)
{
    // The carrier may have moved on meanwhile: show where the request is now, and why.
    m_notice = error.isProblem(contract::ProblemType::Conflict)
                   ? tr("The carrier has already set the date of this port; it can no longer be canceled.")
                   : error.message();
    m_noticeIsError = true;
    showStatus(m_message, m_notice, true);
    m_reselectId = selectedId();
    m_model->reload();
}

} // namespace views
