#include "views/addons/PrepaidPanel.h"

#include "views/addons/PrepaidControlsPanel.h"

#include "models/DisplayLocale.h"
#include "models/Session.h"
#include "models/account/MoneyFormat.h"
#include "models/account/PrepaidActivityExporter.h"
#include "models/account/PrepaidActivityModel.h"
#include "models/stores/AccountStores.h"
#include "models/stores/Stores.h"
#include "views/common/ChartFrame.h"
#include "views/common/FormField.h"
#include "views/common/ListFrame.h"
#include "views/common/SheetExportButton.h"
#include "views/style/Icons.h"
#include "views/style/Style.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace views {

namespace {
double scaleOf(const QString &currency)
{
    return std::pow(10.0, contract::minorDigits(currency));
}
} // namespace

PrepaidPanel::PrepaidPanel(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
    , m_session(stores.session())
    , m_stores(stores)
    , m_activity(new models::PrepaidActivityModel(m_session, this))
    , m_currency(m_session.info().currency)
{
    confirmPurchase = [this](const QString &question) {
        return QMessageBox::question(this, tr("Buy prepaid credit"), question) == QMessageBox::Yes;
    };
    auto *top = new QHBoxLayout;
    top->setSpacing(style::space::Medium);
    top->addWidget(createBalanceBox(), 1);
    top->addWidget(createAutoRefillBox(), 1);
    m_controls = new PrepaidControlsPanel(stores, m_currency, this);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(style::space::Medium);
    layout->addLayout(top);
    layout->addWidget(m_controls);
    layout->addWidget(createActivityBox(), 1);
    refresh();
}

QWidget *PrepaidPanel::createBalanceBox()
{
    auto *box = new QGroupBox(tr("Balance"), this);
    m_balanceLabel = new QLabel(QStringLiteral("…"), box);
    m_balanceLabel->setObjectName(QStringLiteral("balanceLabel"));
    QFont big = m_balanceLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_balanceLabel->setFont(big);
    m_amountCombo = new QComboBox(box);
    m_amountCombo->setObjectName(QStringLiteral("amountComboBox"));
    for (const qint64 amount : contract::prepaid::PurchaseAmounts)
        m_amountCombo->addItem(amountText(amount), amount);
    m_buyButton = new QPushButton(tr("Buy"), box);
    m_buyButton->setObjectName(QStringLiteral("buyButton"));
    m_buyMessage = new QLabel(box);
    m_buyMessage->setObjectName(QStringLiteral("buyMessageLabel"));
    m_buyMessage->setWordWrap(true);
    reserveMessageSpace(m_buyMessage);
    m_buyMessage->hide();
    auto *row = new QHBoxLayout;
    row->setSpacing(style::space::Small);
    row->addWidget(new QLabel(tr("Add funds:"), box));
    row->addWidget(m_amountCombo);
    row->addWidget(m_buyButton);
    row->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(style::space::Small);
    layout->addWidget(m_balanceLabel);
    layout->addWidget(new QLabel(tr("Charged to the card on file."), box));
    layout->addLayout(row);
    layout->addWidget(m_buyMessage);
    layout->addStretch();
    connect(m_buyButton, &QPushButton::clicked, this, &PrepaidPanel::buy);
    return box;
}

QWidget *PrepaidPanel::createAutoRefillBox()
{
    auto *box = new QGroupBox(tr("Auto-refill"), this);
    m_refillCheck = new QCheckBox(tr("Refill automatically from the card on file"), box);
    m_refillCheck->setObjectName(QStringLiteral("autoRefillCheckBox"));
    m_thresholdSpin = new QDoubleSpinBox(box);
    m_thresholdSpin->setObjectName(QStringLiteral("thresholdSpinBox"));
    m_thresholdSpin->setDecimals(contract::minorDigits(m_currency));
    m_thresholdSpin->setMaximum(double(contract::prepaid::MaxThresholdMinor) / scaleOf(m_currency));
    m_thresholdSpin->setSuffix(QLatin1Char(' ') + m_currency);
    m_thresholdField = new FormField(tr("When the balance falls below"), m_thresholdSpin, box);
    m_refillAmountCombo = new QComboBox(box);
    m_refillAmountCombo->setObjectName(QStringLiteral("refillAmountComboBox"));
    for (const qint64 amount : contract::prepaid::PurchaseAmounts)
        m_refillAmountCombo->addItem(amountText(amount), amount);
    m_refillAmountField = new FormField(tr("Add"), m_refillAmountCombo, box);
    m_saveRefillButton = new QPushButton(tr("Save"), box);
    m_saveRefillButton->setObjectName(QStringLiteral("saveAutoRefillButton"));
    submitOnEnter(box, m_saveRefillButton);
    m_refillMessage = new QLabel(box);
    m_refillMessage->setObjectName(QStringLiteral("autoRefillMessageLabel"));
    m_refillMessage->setWordWrap(true);
    reserveMessageSpace(m_refillMessage);
    m_refillMessage->hide();
    // The two amounts side by side: the box is as short as the balance beside it.
    auto *fields = new QHBoxLayout;
    fields->setSpacing(style::space::Medium);
    fields->addWidget(m_thresholdField, 1);
    fields->addWidget(m_refillAmountField, 1);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(style::space::Small);
    layout->addWidget(m_refillCheck);
    layout->addLayout(fields);
    auto *row = new QHBoxLayout;
    row->addWidget(m_refillMessage, 1);
    row->addWidget(m_saveRefillButton, 0, Qt::AlignTop);
    layout->addLayout(row);
    layout->addStretch();
    connect(m_saveRefillButton, &QPushButton::clicked, this, &PrepaidPanel::saveAutoRefill);
    return box;
}

QWidget *PrepaidPanel::createActivityBox()
{
    auto *box = new QGroupBox(tr("Activity"), this);
    const QDate today = QDate::currentDate();
    m_fromEdit = new QDateEdit(today.addMonths(-1), box);
    m_fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_toEdit = new QDateEdit(today, box);
    m_toEdit->setObjectName(QStringLiteral("toDateEdit"));
    m_toEdit->setCalendarPopup(true);
    for (auto *edit : {m_fromEdit, m_toEdit})
        edit->setDisplayFormat(models::shortDateFormat()); // four-digit years, as the lists write them
    m_extensionEdit = new QLineEdit(box);
    m_extensionEdit->setObjectName(QStringLiteral("extensionFilterLineEdit"));
    m_extensionEdit->setPlaceholderText(tr("All extensions"));
    m_extensionEdit->setMaximumWidth(140);
    auto *apply = new QPushButton(tr("Apply"), box);
    apply->setObjectName(QStringLiteral("applyFilterButton"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From"), box));
    filters->addWidget(m_fromEdit);
    filters->addWidget(new QLabel(tr("to"), box));
    filters->addWidget(m_toEdit);
    filters->addWidget(new QLabel(tr("Extension"), box));
    filters->addWidget(m_extensionEdit);
    filters->addWidget(apply);
    filters->addStretch();
    filters->addWidget(createExportButton());

    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("activityTableView"));
    m_table->setAccessibleName(box->title());
    m_table->setModel(m_activity);
    style::selectWholeRows(m_table);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_chart = new ChartFrame(QStringLiteral("balanceChart"), tr("Balance over time"), box);
    m_chart->chart()->legend()->hide();
    m_chart->setEmptyText(tr("No movements in this period."));
    m_chart->setMinimumWidth(280);

    auto *splitter = new QSplitter(box);
    auto *list = new ListFrame(m_table, box);
    list->setEmptyText(tr("No activity in this period."));
    list->setCountText([this](int rows) {
        return m_activity->canFetchMore({}) ? tr("%n movement(s) so far", nullptr, rows)
                                            : tr("%n movement(s)", nullptr, rows);
    });
    splitter->addWidget(list);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_activityMessage = new QLabel(box);
    m_activityMessage->setObjectName(QStringLiteral("activityMessageLabel"));
    reserveMessageSpace(m_activityMessage);
    m_activityMessage->hide();
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(filters);
    layout->addWidget(m_activityMessage);
    layout->addWidget(splitter, 1);

    connect(apply, &QPushButton::clicked, this, &PrepaidPanel::applyFilter);
    connect(m_activity, &models::PrepaidActivityModel::pageLoaded, list, [list] { list->setLoaded(true); });
    connect(m_activity, &models::PrepaidActivityModel::pageLoaded, this, [this] {
        // The chart covers the whole filtered range: keep reading pages until the last one.
        if (m_activity->canFetchMore({}))
            m_activity->fetchMore({});
        else
            updateChart();
    });
    connect(m_activity, &models::PrepaidActivityModel::loadFailed, this,
            [this](const models::ApiError &error) { showMessage(m_activityMessage, error.message(), true); });
    return box;
}

SheetExportButton *PrepaidPanel::createExportButton()
{
    auto *exporter = new models::PrepaidActivityExporter(m_session, this);
    m_exportButton = new SheetExportButton(m_session, exporter, tr("Export prepaid activity"), this);
    m_exportButton->setObjectName(QStringLiteral("activityExportButton"));
    // The activity the table shows: the filter as last applied.
    m_exportButton->suggestedName = [this] {
        const models::ActivityFilter filter = m_activity->filter();
        QString name = tr("prepaid-activity-%1-%2", "file name; %1 and %2 are dates")
                           .arg(filter.from.date().toString(Qt::ISODate),
                                filter.to.addSecs(-1).date().toString(Qt::ISODate));
        if (!filter.extension.isEmpty())
            name += QLatin1Char('-') + filter.extension;
        return name + QStringLiteral(".csv");
    };
    m_exportButton->startExport = [this, exporter](const QString &path,
                                                   const models::SheetExportOptions &options) {
        exporter->start(m_activity->filter(), path, options);
    };
    connect(m_exportButton, &SheetExportButton::exportFinished, this, [this] { m_activityMessage->hide(); });
    connect(m_exportButton, &SheetExportButton::exportFailed, this,
            [this](const QString &message) { showMessage(m_activityMessage, message, true); });
    return m_exportButton;
}

QString PrepaidPanel::amountText(qint64 minor) const
{
    return models::formatMoney(minor, m_currency);
}

void PrepaidPanel::showMessage(QLabel *label, const QString &text, bool error)
{
    showNotice(label, text, error);
}

void PrepaidPanel::refresh()
{
    loadAccount();
    loadAutoRefill();
    loadCard();
    m_controls->refresh();
    applyFilter();
}

void PrepaidPanel::loadAccount()
{
    auto *read = models::readAgain(m_stores.prepaid());
    connect(read, &models::StoreWrite::succeeded, this, [this] {
        const contract::prepaid::Account &account = m_stores.prepaid().value();
        m_currency = account.balance.currency;
        m_balanceLabel->setText(models::formatMoney(account.balance));
    });
    connect(read, &models::StoreWrite::failed, this,
            [this](const models::ApiError &error) { showMessage(m_buyMessage, error.message(), true); });
}

void PrepaidPanel::loadAutoRefill()
{
    auto *read = models::readAgain(m_stores.autoRefill());
    connect(read, &models::StoreWrite::succeeded, this, [this] {
        const contract::prepaid::AutoRefill &settings = m_stores.autoRefill().value();
        m_refillCheck->setChecked(settings.enabled);
        m_thresholdSpin->setValue(double(settings.thresholdMinor) / scaleOf(m_currency));
        const int index = m_refillAmountCombo->findData(settings.amountMinor);
        if (index >= 0)
            m_refillAmountCombo->setCurrentIndex(index);
    });
    connect(read, &models::StoreWrite::failed, this,
            [this](const models::ApiError &error) { showMessage(m_refillMessage, error.message(), true); });
}

void PrepaidPanel::loadCard()
{
    // A failure (404: no card) leaves the question without the card's digits.
    auto *read = models::readAgain(m_stores.card());
    connect(read, &models::StoreWrite::succeeded, this,
            [this] { m_cardLast4 = m_stores.card().value().last4; });
}

void PrepaidPanel::buy()
{
    // A second click while the first is on its way does nothing; the button is disabled too.
    if (!m_buyButton->isEnabled())
        return;
    const qint64 amount = m_amountCombo->currentData().toLongLong();
    // A retry of an unanswered click was confirmed already.
    if (m_pendingKey.isEmpty()) {
        const QString question =
            m_cardLast4.isEmpty()
                ? tr("Buy %1 of prepaid credit with the card on file?").arg(amountText(amount))
                : tr("Buy %1 of prepaid credit? It is charged to the card ending in %2.")
                      .arg(amountText(amount), m_cardLast4);
        if (!confirmPurchase(question))
            return;
    }
    if (m_pendingKey.isEmpty())
        m_pendingKey = models::AccountActions::newIdempotencyKey();
    m_buyButton->setEnabled(false);
    m_amountCombo->setEnabled(false);
    showMessage(m_buyMessage, tr("Charging your card…"), false);
    auto *job = m_stores.accountActions().purchase(amount, m_pendingKey);
    connect(job, &models::StoreWrite::succeeded, this, [this, job] {
        const contract::prepaid::Purchase &purchase = job->value();
        m_pendingKey.clear();
        m_balanceLabel->setText(models::formatMoney(purchase.balanceAfter));
        showMessage(m_buyMessage,
                    tr("%1 added, charged to the card ending in %2.")
                        .arg(models::formatMoney(purchase.amount), purchase.cardLast4),
                    false);
        m_activity->reload();
    });
    connect(job, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        const QString reason = error.extensions.value(QStringLiteral("reason")).toString();
        QString text = error.message();
        if (reason == QLatin1String(contract::paymentReason::CardDeclined))
            text = tr("Your card was declined. Nothing was charged.");
        else if (reason == QLatin1String(contract::paymentReason::NoCard))
            text = tr("There is no card on file. Add one under Account → Billing, then try again.");
        // An answered refusal ends this click; a lost answer keeps the key so a retry is replayed.
        if (error.kind == models::ApiError::Kind::Problem)
            m_pendingKey.clear();
        showMessage(m_buyMessage, text, true);
    });
    connect(job, &models::StoreCall::finished, this, [this] {
        m_buyButton->setEnabled(true);
        m_amountCombo->setEnabled(m_pendingKey.isEmpty());
    });
}

void PrepaidPanel::saveAutoRefill()
{
    contract::prepaid::AutoRefill settings;
    settings.enabled = m_refillCheck->isChecked();
    settings.thresholdMinor = qRound64(m_thresholdSpin->value() * scaleOf(m_currency));
    settings.amountMinor = m_refillAmountCombo->currentData().toLongLong();
    m_thresholdField->setError({});
    m_refillAmountField->setError({});
    // The server's rule too (422): a refill that starts only once the credit is gone is no refill.
    if (settings.enabled && settings.thresholdMinor < contract::prepaid::MinThresholdMinor) {
        m_thresholdField->setError(
            tr("Use at least %1.").arg(amountText(contract::prepaid::MinThresholdMinor)));
        return;
    }
    m_saveRefillButton->setEnabled(false);
    auto body = settings.toJson();
    body.remove(QStringLiteral("currency")); // read-only
    auto *write = m_stores.autoRefill().put(body);
    connect(write, &models::StoreWrite::succeeded, this, [this] {
        m_saveRefillButton->setEnabled(true);
        showMessage(m_refillMessage, tr("Saved."), false);
    });
    connect(write, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        m_saveRefillButton->setEnabled(true);
        // The form keeps what was typed; field errors go next to their field.
        m_thresholdField->setError(error.fieldMessage(QStringLiteral("thresholdMinor")));
        m_refillAmountField->setError(error.fieldMessage(QStringLiteral("amountMinor")));
        QString text = error.message();
        if (error.extensions.value(QStringLiteral("reason")).toString() ==
            QLatin1String(contract::paymentReason::NoCard))
            text = tr("Auto-refill needs a card on file. Add one under Account → Billing.");
        else if (error.isProblem(contract::ProblemType::PreconditionFailed))
            text = tr("Someone else changed these settings. Reload to see them; your values are kept here.");
        showMessage(m_refillMessage, text, true);
    });
}

void PrepaidPanel::applyFilter()
{
    models::ActivityFilter filter;
    filter.from = m_fromEdit->date().startOfDay();
    filter.to = m_toEdit->date().addDays(1).startOfDay();
    filter.extension = m_extensionEdit->text().trimmed();
    m_activityMessage->hide();
    m_activity->setFilter(filter);
    m_activity->fetchMore({});
}

void PrepaidPanel::updateChart()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *series = new QLineSeries;
    series->setObjectName(QStringLiteral("balanceSeries"));
    const double scale = scaleOf(m_currency);
    const auto &entries = m_activity->entries();
    double low = 0;
    double high = 0;
    // Entries arrive newest first; the chart runs left to right in time.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const double value = double(it->balanceAfterMinor) / scale;
        series->append(double(it->createdAt.toMSecsSinceEpoch()), value);
        low = std::min(low, value);
        high = std::max(high, value);
    }
    chart->addSeries(series);
    auto *timeAxis = new QDateTimeAxis;
    timeAxis->setFormat(models::dayMonthFormat()); // "01/12" in es, "12/1" in en
    timeAxis->setTickCount(6);
    if (series->count() > 0) {
        timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(series->at(0).x())),
                           QDateTime::fromMSecsSinceEpoch(qint64(series->at(series->count() - 1).x())));
    }
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(low, high > low ? high * 1.1 : low + 1);
    valueAxis->applyNiceNumbers(); // 0, 200, 400 rather than 0, 156, 313
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(m_currency);
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(timeAxis);
    series->attachAxis(valueAxis);
    m_chart->showData(series->count() > 0);
}

} // namespace views
