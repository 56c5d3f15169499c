#include "models/export/XlsxSheet.h"

#include "contract/Money.h"
#include "models/export/SheetValues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <filesystem>
#include <xlsxwriter.h>

namespace models {

namespace {
constexpr quint32 TitleRow = 0;
constexpr quint32 HeaderRow = 1;

// Excel refuses sheet names longer than 31 characters or holding any of []:*?/\.
QString sheetNameFrom(QString name)
{
    for (QChar &c : name) {
        if (QStringView(u"[]:*?/\\").contains(c))
            c = QLatin1Char(' ');
    }
    name = name.trimmed().left(31);
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}
} // namespace

XlsxSheetWriter::XlsxSheetWriter(const QString &filePath, const QString &sheetName)
    : m_target(filePath)
    , m_sheetName(sheetNameFrom(sheetName))
{}

XlsxSheetWriter::~XlsxSheetWriter()
{
    abandon();
}

bool XlsxSheetWriter::check(int error)
{
    const std::lock_guard lock(m_mutex);
    if (error == LXW_NO_ERROR || !m_error.isEmpty())
        return m_error.isEmpty();
    m_error = error == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE
                  ? QCoreApplication::translate("models::XlsxSheetWriter",
                                                "More rows than an Excel worksheet holds (%L1); narrow the "
                                                "period or export a CSV file.")
                        .arg(MaxRows)
                  : QString::fromUtf8(lxw_strerror(lxw_error(error)));
    return false;
}

bool XlsxSheetWriter::begin(const QString &title, const QList<SheetColumn> &columns)
{
    // A name beside the target that nobody else uses, created (so reserved) by QTemporaryFile.
    const QFileInfo target(m_target);
    QTemporaryFile reserve(target.dir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    reserve.setAutoRemove(false);
    if (!reserve.open()) {
        m_error = reserve.errorString();
        return false;
    }
    m_temporary = reserve.fileName();
    reserve.close();

    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE; // a million rows pass 4 GiB of XML before compression
    const QByteArray path = QFile::encodeName(m_temporary);
    m_workbook = workbook_new_opt(path.constData(), &options);
    if (!m_workbook) {
        m_error = QCoreApplication::translate("models::XlsxSheetWriter", "Cannot create %1.").arg(m_target);
        QFile::remove(m_temporary);
        return false;
    }
    m_sheet = workbook_add_worksheet(m_workbook, m_sheetName.toUtf8().constData());
    m_title = title.toUtf8().toStdString();
    lxw_doc_properties properties = {};
    properties.title = m_title.data();
    workbook_set_properties(m_workbook, &properties);

    m_titleFormat = workbook_add_format(m_workbook);
    format_set_bold(m_titleFormat);
    format_set_font_size(m_titleFormat, 13);
    m_headerFormat = workbook_add_format(m_workbook);
    format_set_bold(m_headerFormat);
    format_set_bottom(m_headerFormat, LXW_BORDER_THIN);
    m_dateTimeFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTimeFormat, "yyyy-mm-dd hh:mm:ss");
    format_set_align(m_dateTimeFormat, LXW_ALIGN_LEFT);
    m_durationFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_durationFormat, "[h]:mm:ss");

    m_columns = quint16(columns.size());
    m_columnFormats.assign(m_columns, nullptr);
    for (quint16 i = 0; i < m_columns; ++i) {
        const SheetColumn &column = columns.at(i);
        if (column.kind == SheetColumn::Kind::Money && !column.currency.isEmpty()) {
            // A currency format with the ISO code ("1,234.50 MXN"): Excel and LibreOffice show it with
            // the reader's own separators, and the code is unambiguous where "$" is not.
            const int decimals = contract::minorDigits(column.currency);
            const QByteArray number =
                decimals == 0 ? QByteArray("#,##0") : "#,##0." + QByteArray(decimals, '0');
            const QByteArray code = number + " [$" + column.currency.toLatin1() + ']';
            m_columnFormats[i] = workbook_add_format(m_workbook);
            format_set_num_format(m_columnFormats[i], code.constData());
        }
    }
    for (quint16 i = 0; i < m_columns; ++i) {
        // Column widths must come before the first row in constant-memory mode.
        if (!check(worksheet_set_column(m_sheet, i, i, columns.at(i).width, nullptr)))
            return false;
    }
    if (!check(worksheet_write_string(m_sheet, TitleRow, 0, m_title.c_str(), m_titleFormat)))
        return false;
    for (quint16 i = 0; i < m_columns; ++i) {
        m_text = columns.at(i).title.toUtf8().toStdString();
        if (!check(worksheet_write_string(m_sheet, HeaderRow, i, m_text.c_str(), m_headerFormat)))
            return false;
    }
    worksheet_freeze_panes(m_sheet, HeaderRow + 1, 0);
    m_row = HeaderRow + 1;
    m_column = 0;
    m_writer = std::thread([this] { writeRows(); });
    return true;
}

lxw_format *XlsxSheetWriter::moneyFormat(int decimals)
{
    decimals = std::clamp(decimals, 0, 4);
    if (!m_moneyFormats[decimals]) {
        m_moneyFormats[decimals] = workbook_add_format(m_workbook);
        const QByteArray code = decimals == 0 ? QByteArray("#,##0") : "#,##0." + QByteArray(decimals, '0');
        format_set_num_format(m_moneyFormats[decimals], code.constData());
    }
    return m_moneyFormats[decimals];
}

void XlsxSheetWriter::text(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        m_batch.empty(); // libxlsxwriter leaves an empty string's cell out too
    else
        m_batch.text(utf8);
}

void XlsxSheetWriter::dateTime(const SheetDateTime &value)
{
    // Converted here, off the writing thread: the serial worksheet_write_datetime() would write.
    lxw_datetime stamp = {value.date.year(), value.date.month(), value.date.day(),
                          value.hour,        value.minute,       double(value.second)};
    m_batch.number(CellBatch::Kind::DateTime, lxw_datetime_to_excel_date_epoch(&stamp, LXW_EPOCH_1900));
}

void XlsxSheetWriter::duration(qint64 seconds)
{
    m_batch.number(CellBatch::Kind::Duration, double(seconds) / 86400.0);
}

void XlsxSheetWriter::integer(qint64 value)
{
    m_batch.number(CellBatch::Kind::Integer, double(value));
}

void XlsxSheetWriter::money(qint64 minorUnits, int decimals)
{
    m_batch.money(minorUnits, decimals);
}

void XlsxSheetWriter::empty()
{
    m_batch.empty();
}

void XlsxSheetWriter::endRow()
{
    m_batch.endRow();
    if (m_batch.rows() >= BatchRows)
        handOver();
}

QString XlsxSheetWriter::errorString() const
{
    const std::lock_guard lock(m_mutex);
    return m_error;
}

void XlsxSheetWriter::handOver()
{
    if (!m_writer.joinable()) {
        m_batch.clear(); // not begun, or already ended: nothing to write to
        return;
    }
    std::unique_lock lock(m_mutex);
    // Waits while the writing thread is that far behind: the rows stay a few batches in memory.
    m_changed.wait(lock, [this] { return m_queued.size() < MaxQueuedBatches || !m_error.isEmpty(); });
    if (!m_error.isEmpty()) {
        m_batch.clear(); // nothing more gets written
        return;
    }
    m_queued.push_back(std::move(m_batch));
    if (!m_spare.empty()) {
        m_batch = std::move(m_spare.back());
        m_spare.pop_back();
    } else {
        m_batch = {};
    }
    lock.unlock();
    m_changed.notify_all();
}

void XlsxSheetWriter::writeRows()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_changed.wait(lock, [this] { return !m_queued.empty() || m_lastBatch || m_discard; });
        if (m_discard || m_queued.empty())
            return;
        CellBatch batch = std::move(m_queued.front());
        m_queued.pop_front();
        lock.unlock();
        m_changed.notify_all(); // room for the next batch
        const bool written = write(batch);
        batch.clear();
        lock.lock();
        m_spare.push_back(std::move(batch));
        if (!written) {
            m_changed.notify_all(); // check() set the error: the recording side stops waiting
            return;
        }
    }
}

bool XlsxSheetWriter::write(const CellBatch &batch)
{
    CellBatch::Reader cells(batch);
    CellBatch::Cell cell;
    int error = LXW_NO_ERROR;
    while (error == LXW_NO_ERROR && cells.next(cell)) {
        switch (cell.kind) {
        case CellBatch::Kind::Text:
            error = worksheet_write_string(m_sheet, m_row, m_column, cell.text, nullptr);
            break;
        case CellBatch::Kind::DateTime:
            error = worksheet_write_number(m_sheet, m_row, m_column, cell.number, m_dateTimeFormat);
            break;
        case CellBatch::Kind::Duration:
            error = worksheet_write_number(m_sheet, m_row, m_column, cell.number, m_durationFormat);
            break;
        case CellBatch::Kind::Integer:
            error = worksheet_write_number(m_sheet, m_row, m_column, cell.number, nullptr);
            break;
        case CellBatch::Kind::Money: {
            lxw_format *format = m_column < m_columnFormats.size() && m_columnFormats[m_column]
                                     ? m_columnFormats[m_column]
                                     : moneyFormat(cell.decimals);
            error = worksheet_write_number(m_sheet, m_row, m_column, amountOf(cell.minorUnits, cell.decimals),
                                           format);
            break;
        }
        case CellBatch::Kind::Empty:
            break;
        case CellBatch::Kind::EndRow:
            ++m_row;
            m_column = 0;
            continue;
        }
        ++m_column;
    }
    return check(error);
}

void XlsxSheetWriter::stopWriting(bool discard)
{
    if (!m_writer.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_lastBatch = true;
        m_discard = discard;
    }
    m_changed.notify_all();
    m_writer.join();
}

bool XlsxSheetWriter::close()
{
    if (!m_workbook)
        return false;
    if (m_batch.rows() > 0)
        handOver();
    stopWriting(false); // after the last row
    const quint32 lastRow = std::max(HeaderRow, m_row - 1);
    if (m_error.isEmpty() && m_columns > 0)
        check(worksheet_autofilter(m_sheet, HeaderRow, 0, lastRow, quint16(m_columns - 1)));
    if (!m_error.isEmpty()) {
        abandon();
        return false;
    }
    const lxw_error closed = workbook_close(m_workbook); // writes the file and frees the workbook
    m_workbook = nullptr;
    if (!check(closed)) {
        QFile::remove(m_temporary);
        m_temporary.clear();
        return false;
    }
    return true;
}

bool XlsxSheetWriter::commit()
{
    if (m_temporary.isEmpty() || m_workbook)
        return false; // not closed, or closing failed
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(m_temporary).toStdString(),
                            QFile::encodeName(m_target).toStdString(), error);
    if (error) {
        m_error = QString::fromStdString(error.message());
        QFile::remove(m_temporary);
        m_temporary.clear();
        return false;
    }
    m_temporary.clear();
    return true;
}

void XlsxSheetWriter::abandon()
{
    stopWriting(true);
    if (m_workbook)
        lxw_workbook_free(m_workbook); // its temporary row files go with it
    m_workbook = nullptr;
    if (!m_temporary.isEmpty())
        QFile::remove(m_temporary);
    m_temporary.clear();
}

} // namespace models
