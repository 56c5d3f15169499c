#include "views/common/ExportDialog.h"

#include "contract/Csv.h"
#include "views/style/Style.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace views {

ExportDialog::ExportDialog(const QString &title, QWidget *parent, const QList<models::ExportFormat> &formats)
    : QDialog(parent)
    , m_formatGroup(new QButtonGroup(this))
    , m_separatorComboBox(new QComboBox(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(title);
    using models::ExportFormat;
    struct Choice {
        ExportFormat format;
        QString label;
        QString detail;
        const char *name;
    };
    const Choice choices[] = {
        {ExportFormat::SpreadsheetCsv, tr("CSV for spreadsheets"),
         tr("Opens in Excel or LibreOffice with dates, durations and phone numbers as you read them."),
         "spreadsheetCsvRadioButton"},
        {ExportFormat::Xlsx, tr("Excel workbook (.xlsx)"),
         tr("Typed cells, a frozen header row and filters."), "xlsxRadioButton"},
        {ExportFormat::DataCsv, tr("CSV data, for scripts"),
         tr("A stable format: ISO 8601 times, seconds, codes and numbers as the API gives them."),
         "dataCsvRadioButton"},
    };
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(style::dialogMargins());
    layout->addWidget(new QLabel(tr("Format:"), this));
    for (const Choice &choice : choices) {
        if (!formats.contains(choice.format))
            continue;
        auto *button = new QRadioButton(choice.label, this);
        button->setObjectName(QLatin1String(choice.name));
        m_formatGroup->addButton(button, int(choice.format));
        auto *detail = new QLabel(choice.detail, this);
        detail->setObjectName(QString::fromLatin1(choice.name)
                                  .replace(QLatin1String("RadioButton"), QLatin1String("DetailLabel")));
        detail->setWordWrap(true);
        detail->setContentsMargins(style::space::XLarge, 0, 0, style::space::XSmall);
        // Secondary text that still reads (4.5:1); disabled text is too faint on a dark palette.
        style::setTone(detail, style::Tone::Muted);
        layout->addWidget(button);
        layout->addWidget(detail);
    }
    m_formatGroup->button(int(ExportFormat::SpreadsheetCsv))->setChecked(true);

    m_separatorComboBox->setObjectName(QStringLiteral("separatorComboBox"));
    m_separatorComboBox->addItem(tr("Comma (,)"), QChar(QLatin1Char(',')));
    m_separatorComboBox->addItem(tr("Semicolon (;)"), QChar(QLatin1Char(';')));
    m_separatorComboBox->setCurrentIndex(contract::CsvWriter::defaultSeparator() == QLatin1Char(';') ? 1 : 0);
    auto *form = new QFormLayout;
    form->addRow(tr("CSV separator:"), m_separatorComboBox);
    layout->addLayout(form);
    connect(m_formatGroup, &QButtonGroup::idClicked, this,
            [this](int id) { m_separatorComboBox->setEnabled(ExportFormat(id) != ExportFormat::Xlsx); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

models::ExportFormat ExportDialog::format() const
{
    return models::ExportFormat(m_formatGroup->checkedId());
}

QChar ExportDialog::separator() const
{
    return m_separatorComboBox->currentData().toChar();
}

ExportTarget ExportDialog::ask(QWidget *parent, const QString &title, const QString &suggestedPath,
                               const QList<models::ExportFormat> &formats)
{
    ExportDialog dialog(title, parent, formats);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const bool xlsx = dialog.format() == models::ExportFormat::Xlsx;
    const QFileInfo suggested(suggestedPath);
    const QString path = QFileDialog::getSaveFileName(
        parent, title,
        suggested.dir().filePath(suggested.completeBaseName() +
                                 (xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv"))),
        xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return {};
    return {path, dialog.format(), dialog.separator()};
}

} // namespace views
