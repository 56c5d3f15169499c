#include "views/calllogs/CallLogsPage.h"

#include "models/DisplayLocale.h"
#include "models/Session.h"
#include "models/SnapshotStore.h"
#include "models/enduser/CallLogModel.h"
#include "views/common/ExportDialog.h"
#include "views/common/FormField.h"
#include "views/common/KeyboardAccess.h"
#include "views/common/ListFrame.h"
#include "views/style/Icons.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace views {

namespace {
// The call's direction as an icon beside its type, like the portal's list (the model has no
// icons: QtCore only). Missed calls in the error colour.
class CallTypeIconProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DecorationRole || index.column() != models::CallLogModel::Type)
            return QIdentityProxyModel::data(index, role);
        const QVariant kind = QIdentityProxyModel::data(index, Qt::UserRole);
        if (!kind.isValid())
            return {}; // a row whose page is on its way back
        switch (kind.toInt()) {
        case 0:
            return m_incoming;
        case 1:
            return m_outgoing;
        case 2:
            return m_internal;
        default:
            return m_missed;
        }
    }

private:
    QIcon m_incoming = style::icon(style::Icon::Incoming);
    QIcon m_outgoing = style::icon(style::Icon::Outgoing);
    QIcon m_internal = style::icon(style::Icon::Internal);
    QIcon m_missed = style::icon(style::Icon::Missed, style::Tone::Error);
};
} // namespace

CallLogsPage::CallLogsPage(models::Session &session, models::CallLogScope scope, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_scope(scope)
    , m_model(new models::CallLogModel(session, scope, this))
    , m_exporter(new models::CallLogExporter(session, scope, this))
{
    setObjectName(QStringLiteral("callLogsPage"));
    m_model->setTimeZone(session.companyTimeZone());
    m_model->setHomeRegion(session.info().region);
    chooseExportTarget = [this](const QString &suggested) {
        return ExportDialog::ask(this, tr("Export call logs"), suggested);
    };

    auto *title = new QLabel(tr("Call logs"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_filterComboBox = new QComboBox(this);
    m_filterComboBox->setObjectName(QStringLiteral("filterComboBox"));
    m_filterComboBox->addItem(tr("All calls"), int(contract::CallFilter::All));
    m_filterComboBox->addItem(tr("Incoming"), int(contract::CallFilter::Incoming));
    m_filterComboBox->addItem(tr("Outgoing"), int(contract::CallFilter::Outgoing));
    m_filterComboBox->addItem(tr("Missed"), int(contract::CallFilter::Missed));
    if (scope == models::CallLogScope::Account)
        m_filterComboBox->addItem(tr("Internal"), int(contract::CallFilter::Internal));

    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(session.companyTimeZone()).date();
    m_fromDateEdit = new QDateEdit(today.addDays(-6), this); // the last 7 days, today included
    m_fromDateEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_toDateEdit = new QDateEdit(today, this);
    m_toDateEdit->setObjectName(QStringLiteral("toDateEdit"));
    for (auto *edit : {m_fromDateEdit, m_toDateEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(models::shortDateFormat());
    }
    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Number or name"));
    m_searchLineEdit->setAccessibleName(m_searchLineEdit->placeholderText());
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchLineEdit->setMaxLength(contract::MaxCallLogSearchLength);
    m_searchButton = new QPushButton(style::icon(style::Icon::Search), tr("Search"), this);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    m_exportButton = new QPushButton(style::icon(style::Icon::Export), tr("Export…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_statusLabel = createErrorLabel(QStringLiteral("callLogsStatusLabel"), this, MessageSpace::Collapsed);
    addFocusShortcut(m_searchLineEdit, QKeySequence::Find, this);
    addShortcut(m_exportButton, QKeySequence(Qt::CTRL | Qt::Key_E), this);
    m_exportToolTip = m_exportButton->toolTip();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterComboBox);
    filters->addSpacing(style::space::Small);
    for (const auto &[text, edit] :
         {std::pair{tr("From"), m_fromDateEdit}, std::pair{tr("To"), m_toDateEdit}}) {
        auto *label = new QLabel(text, this);
        label->setBuddy(edit);
        filters->addWidget(label);
        filters->addWidget(edit);
    }
    if (scope == models::CallLogScope::Account) {
        m_extensionLineEdit = new QLineEdit(this);
        m_extensionLineEdit->setObjectName(QStringLiteral("extensionLineEdit"));
        m_extensionLineEdit->setPlaceholderText(tr("Extension"));
        m_extensionLineEdit->setAccessibleName(m_extensionLineEdit->placeholderText());
        m_extensionLineEdit->setMaximumWidth(90);
        filters->addWidget(m_extensionLineEdit);
    }
    filters->addWidget(m_searchLineEdit, 1);
    filters->addWidget(m_searchButton);
    filters->addWidget(m_exportButton);

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("callLogsTableView"));
    m_tableView->setAccessibleName(tr("Call logs"));
    auto *icons = new CallTypeIconProxy(this);
    icons->setSourceModel(m_model);
    m_tableView->setModel(icons);
    style::selectWholeRows(m_tableView);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->verticalHeader()->hide();
    m_tableView->setAlternatingRowColors(true);
    m_tableView->horizontalHeader()->setSectionResizeMode(models::CallLogModel::Name, QHeaderView::Stretch);
    m_tableView->setColumnWidth(models::CallLogModel::Number, 170);
    m_tableView->setColumnWidth(models::CallLogModel::StartedAt, 170);
    m_tableView->setColumnHidden(models::CallLogModel::Extension, scope == models::CallLogScope::Own);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(style::pageMargins());
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_statusLabel);
    m_listFrame = new ListFrame(m_tableView, this);
    m_listFrame->setEmptyText(tr("No calls in this period."));
    m_listFrame->setCountText([this](int rows) {
        return m_model->canFetchMore({}) ? tr("%n call(s) so far; more load as you scroll", nullptr, rows)
                                         : tr("%n call(s)", nullptr, rows);
    });
    layout->addWidget(m_listFrame, 1);

    connect(m_searchButton, &QPushButton::clicked, this, &CallLogsPage::search);
    connect(m_searchLineEdit, &QLineEdit::returnPressed, this, &CallLogsPage::search);
    connect(m_filterComboBox, &QComboBox::currentIndexChanged, this, &CallLogsPage::search);
    connect(m_exportButton, &QPushButton::clicked, this, &CallLogsPage::exportCsv);
    connect(m_model, &models::CallLogModel::loadFailed, this,
            [this](const models::ApiError &error) { showError(m_statusLabel, error.message()); });
    connect(m_model, &models::CallLogModel::pageLoaded, this, [this] {
        showError(m_statusLabel, models::savedCopyNotice(m_model->savedAt(), m_session.companyTimeZone()));
        m_listFrame->setLoaded(true);
        updateExportButton();
    });

    connect(m_exporter, &models::CallLogExporter::progress, this, [this](qint64 rows, int permille) {
        if (!m_progressDialog)
            return;
        m_progressDialog->setMaximum(permille < 0 ? 0 : 1000);
        m_progressDialog->setValue(std::max(permille, 0));
        m_progressDialog->setLabelText(tr("Exporting call logs… %Ln call(s) written", nullptr, int(rows)));
    });
    connect(m_exporter, &models::CallLogExporter::finishing, this, [this] {
        if (!m_progressDialog)
            return;
        // The last step has no measure of its own (the .xlsx deflates its sheet): a busy bar.
        m_progressDialog->setMaximum(0);
        m_progressDialog->setLabelText(tr("Saving the file…"));
    });
    const auto closeProgress = [this] {
        if (m_progressDialog)
            m_progressDialog->deleteLater();
        m_progressDialog = nullptr;
        updateExportButton();
    };
    connect(m_exporter, &models::CallLogExporter::finished, this, [this, closeProgress](qint64 rows) {
        closeProgress();
        emit exportFinished(rows);
    });
    connect(m_exporter, &models::CallLogExporter::cancelled, this, closeProgress);
    connect(m_exporter, &models::CallLogExporter::failed, this,
            [this, closeProgress](const QString &message) {
                closeProgress();
                showError(m_statusLabel, tr("The export failed: %1").arg(message));
            });

    search();
}

contract::CallLogQuery CallLogsPage::currentQuery() const
{
    const QTimeZone zone = m_session.companyTimeZone();
    contract::CallLogQuery query;
    query.filter = contract::CallFilter(m_filterComboBox->currentData().toInt());
    // Whole days in the company's time zone: From at 00:00, To up to the end of that day.
    query.from = QDateTime(m_fromDateEdit->date(), QTime(0, 0), zone);
    query.to = QDateTime(m_toDateEdit->date().addDays(1), QTime(0, 0), zone);
    query.search = m_searchLineEdit->text().trimmed();
    if (m_extensionLineEdit)
        query.extension = m_extensionLineEdit->text().trimmed();
    return query;
}

void CallLogsPage::search()
{
    if (m_toDateEdit->date() < m_fromDateEdit->date()) {
        showError(m_statusLabel, tr("The To date must not be before the From date."));
        return;
    }
    m_listFrame->setLoaded(false); // no "No calls" while the new period loads
    m_model->setQuery(currentQuery());
}

void CallLogsPage::searchPeriod(const QDate &from, const QDate &to)
{
    m_fromDateEdit->setDate(from);
    m_toDateEdit->setDate(to);
    search();
}

void CallLogsPage::updateExportButton()
{
    // The export is the server's: a saved copy has none to ask, so say why before a file is chosen.
    const bool savedCopy = m_model->savedAt().isValid();
    m_exportButton->setEnabled(!savedCopy && !m_exporter->isRunning());
    m_exportButton->setToolTip(savedCopy ? tr("Not available offline: the export is made by the server, "
                                              "which cannot be reached.")
                                         : m_exportToolTip);
}

void CallLogsPage::exportCsv()
{
    if (m_exporter->isRunning() || m_model->savedAt().isValid())
        return;
    const auto query = currentQuery();
    const QString name =
        tr("call-logs-%1-%2.csv", "file name; %1 and %2 are dates")
            .arg(m_fromDateEdit->date().toString(Qt::ISODate), m_toDateEdit->date().toString(Qt::ISODate));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const ExportTarget target = chooseExportTarget(QDir(folder).filePath(name));
    if (target.path.isEmpty())
        return;
    m_progressDialog = new QProgressDialog(tr("Exporting call logs…"), tr("Cancel"), 0, 1000, this);
    m_progressDialog->setObjectName(QStringLiteral("exportProgressDialog"));
    m_progressDialog->setWindowModality(Qt::WindowModal);
    m_progressDialog->setMinimumDuration(0);
    m_progressDialog->setAutoClose(false);
    m_progressDialog->setAutoReset(false);
    connect(m_progressDialog, &QProgressDialog::canceled, m_exporter, &models::CallLogExporter::cancel);
    m_exportButton->setEnabled(false);
    models::CallLogExporter::Options options;
    options.format = target.format;
    options.separator = target.separator;
    options.timeZone = m_session.companyTimeZone();
    m_progressDialog->show(); // at once: the file dialog just closed, the user waits for feedback
    m_exporter->start(query, target.path, options);
}

} // namespace views
