#include "views/addons/PrepaidControlsPanel.h"

#include "models/ApiError.h"
#include "models/account/MoneyFormat.h"
#include "models/stores/AccountStores.h"
#include "models/stores/Stores.h"
#include "views/addons/SpendControlsEditor.h"
#include "views/common/ChartFrame.h"
#include "views/common/FormField.h"
#include "views/style/Style.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace views {

using namespace contract::prepaid;

namespace {
enum Column { NumberColumn, NameColumn, InternationalColumn, PremiumColumn, ColumnCount };

void showMessage(QLabel *label, const QString &text, bool error)
{
    showNotice(label, text, error);
}
} // namespace

PrepaidControlsPanel::PrepaidControlsPanel(models::Stores &stores, const QString &currency, QWidget *parent)
    : QWidget(parent)
    , m_session(stores.session())
    , m_stores(stores)
    , m_currency(currency)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style::space::Medium);
    layout->addWidget(createUsageBox(), 3);
    layout->addWidget(createEditorBox(), 2);
    m_default.rules = &m_stores.defaultPrepaidControls();
}

QWidget *PrepaidControlsPanel::createUsageBox()
{
    auto *box = new QGroupBox(tr("Spend this month by extension"), this);
    m_table = new QTableWidget(0, ColumnCount, box);
    m_table->setObjectName(QStringLiteral("usageTableWidget"));
    m_table->setAccessibleName(box->title());
    m_table->setHorizontalHeaderLabels(
        {tr("Extension"), tr("Name"), tr("International calls"), tr("Premium-rate calls")});
    style::selectWholeRows(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Every column as wide as its text, the last one too (stretched, it gave up its width at
    // 900 px); where the box is narrower than the four, the table scrolls.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_chart = new ChartFrame(QStringLiteral("usageChart"), tr("Spent against the monthly limit"), box);
    m_chart->setEmptyText(tr("No spend and no monthly limits this month."));
    m_chart->setMinimumHeight(200);
    m_usageMessage = new QLabel(box);
    m_usageMessage->setObjectName(QStringLiteral("usageMessageLabel"));
    m_usageMessage->setWordWrap(true);
    m_usageMessage->hide();
    // The table gets the box's whole width (its four columns need it at 1180 px); the chart
    // sits under it.
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(style::space::Small);
    layout->addWidget(m_usageMessage);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_chart, 2);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_usage.size())
            return;
        const auto &item = m_usage.at(row);
        m_selectedLabel->setText(tr("Extension %1 (%2)").arg(item.extension, item.name));
        m_extension.rules = &m_stores.extensionPrepaidControls(item.extensionId);
        load(m_extension);
    });
    return box;
}

QWidget *PrepaidControlsPanel::createEditorBox()
{
    auto *box = new QGroupBox(tr("Who may spend prepaid credit"), this);
    const auto make = [this, box](Editing &editing, const QString &prefix) {
        editing.editor = new SpendControlsEditor(prefix, m_currency, box);
        editing.save = new QPushButton(tr("Save"), box);
        editing.save->setObjectName(prefix + QStringLiteral("SaveButton"));
        editing.save->setEnabled(false);
        editing.message = new QLabel(box);
        editing.message->setObjectName(prefix + QStringLiteral("MessageLabel"));
        editing.message->setWordWrap(true);
        reserveMessageSpace(editing.message); // keeps the Save button at the right, where it stays
        editing.message->hide();
        connect(editing.save, &QPushButton::clicked, this, [this, &editing] { save(editing); });
    };
    make(m_extension, QStringLiteral("extensionControls"));
    make(m_default, QStringLiteral("defaultControls"));
    m_selectedLabel = new QLabel(tr("Select an extension."), box);
    m_selectedLabel->setObjectName(QStringLiteral("selectedExtensionLabel"));
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(style::space::Small);
    layout->addWidget(m_selectedLabel);
    layout->addWidget(m_extension.editor);
    auto *row = new QHBoxLayout;
    row->addWidget(m_extension.message, 1);
    row->addWidget(m_extension.save, 0, Qt::AlignTop);
    layout->addLayout(row);
    layout->addSpacing(style::space::Medium);
    layout->addWidget(new QLabel(tr("Default for new extensions"), box));
    layout->addWidget(m_default.editor);
    auto *defaultRow = new QHBoxLayout;
    defaultRow->addWidget(m_default.message, 1);
    defaultRow->addWidget(m_default.save, 0, Qt::AlignTop);
    layout->addLayout(defaultRow);
    layout->addStretch();
    return box;
}

void PrepaidControlsPanel::refresh()
{
    auto *job = m_stores.accountActions().prepaidUsage();
    connect(job, &models::StoreWrite::succeeded, this, [this, job] { showUsage(job->value()); });
    connect(job, &models::StoreWrite::failed, this,
            [this](const models::ApiError &error) { showMessage(m_usageMessage, error.message(), true); });
    load(m_default);
}

void PrepaidControlsPanel::selectExtension(const QString &number)
{
    for (int row = 0; row < m_usage.size(); ++row) {
        if (m_usage.at(row).extension == number)
            m_table->selectRow(row);
    }
}

QString PrepaidControlsPanel::ruleText(const SpendRule &rule, qint64 spentMinor) const
{
    const QString spent = models::formatMoney(spentMinor, m_currency);
    switch (rule.mode) {
    case SpendMode::Allowed:
        return tr("Allowed · %1 spent").arg(spent);
    case SpendMode::Blocked:
        return tr("Not allowed");
    case SpendMode::Capped:
        return tr("%1 of %2").arg(spent, models::formatMoney(rule.capMinor, m_currency));
    }
    return {};
}

void PrepaidControlsPanel::showUsage(const QList<ExtensionUsage> &items)
{
    const QString selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_usage.size()
                                 ? m_usage.at(m_table->currentRow()).extension
                                 : QString();
    m_usage = items;
    m_usageMessage->hide();
    const QSignalBlocker blocker(m_table); // reselecting must not reload (and drop) the editor's values
    m_table->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const auto &item = items.at(row);
        const QStringList cells{item.extension, item.name,
                                ruleText(item.controls.international, item.internationalSpentMinor),
                                ruleText(item.controls.premium, item.premiumSpentMinor)};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (item.extension == selected)
            m_table->selectRow(row);
    }
    updateChart();
}

void PrepaidControlsPanel::updateChart()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const double scale = std::pow(10.0, contract::minorDigits(m_currency));
    auto *spent = new QBarSet(tr("Spent"));
    auto *limit = new QBarSet(tr("Monthly limit"));
    QStringList categories;
    double high = 1;
    for (const auto &item : std::as_const(m_usage)) {
        const qint64 spentMinor = item.internationalSpentMinor + item.premiumSpentMinor;
        qint64 capMinor = 0;
        for (const SpendRule *rule : {&item.controls.international, &item.controls.premium})
            capMinor += rule->mode == SpendMode::Capped ? rule->capMinor : 0;
        // Only extensions that spent or have a limit: the rest would be empty bars.
        if (spentMinor == 0 && capMinor == 0)
            continue;
        categories << item.extension;
        *spent << double(spentMinor) / scale;
        *limit << double(capMinor) / scale;
        high = std::max({high, double(spentMinor) / scale, double(capMinor) / scale});
    }
    auto *series = new QBarSeries;
    series->setObjectName(QStringLiteral("usageSeries"));
    series->append(spent);
    series->append(limit);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto *axisY = new QValueAxis;
    // Whole amounts on round ticks; with nothing spent yet, a scale that still reads as money
    // (0 to 1 labelled in whole units repeated "0, 0, 1, 1").
    axisY->setRange(0, std::max(high * 1.1, 100.0));
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(m_currency);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    m_chart->showData(!categories.isEmpty());
}

void PrepaidControlsPanel::load(Editing &editing)
{
    if (!editing.rules)
        return;
    editing.save->setEnabled(false);
    auto *rules = editing.rules;
    auto *read = models::readAgain(*rules);
    connect(read, &models::StoreWrite::succeeded, this, [&editing, rules] {
        if (editing.rules != rules)
            return; // another extension was selected meanwhile
        editing.editor->setControls(rules->value());
        editing.message->hide();
        editing.save->setEnabled(true);
    });
    connect(read, &models::StoreWrite::failed, this, [&editing](const models::ApiError &error) {
        showMessage(editing.message, error.message(), true);
    });
}

void PrepaidControlsPanel::save(Editing &editing)
{
    editing.editor->showErrors(nullptr);
    editing.save->setEnabled(false);
    auto *write = editing.rules->put(editing.editor->controls().toJson());
    connect(write, &models::StoreWrite::succeeded, this, [this, &editing] {
        editing.save->setEnabled(true);
        showMessage(editing.message, tr("Saved."), false);
        refresh();
    });
    connect(write, &models::StoreWrite::failed, this, [&editing](const models::ApiError &error) {
        editing.save->setEnabled(true);
        // The editor keeps what was typed; field errors go next to their inputs.
        editing.editor->showErrors(&error);
        const QString text =
            error.isProblem(contract::ProblemType::PreconditionFailed)
                ? tr("Someone else changed these rules. Select the extension again to see them; your values "
                     "are kept here.")
                : error.message();
        showMessage(editing.message, text, true);
    });
}

} // namespace views
