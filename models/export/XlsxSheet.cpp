#include "models/export/XlsxSheet.h"

#include "contract/Money.h"
#include "models/export/ChunkPipe.h"
#include "models/export/SheetValues.h"
#include "models/export/XlsxParts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <charconv>
#include <filesystem>

namespace models {

namespace {
constexpr int TitleRow = 0;
constexpr int HeaderRow = 1;
// Room for a row past ChunkBytes before the chunk goes, so most chunks never reallocate.
constexpr size_t ChunkSlack = 64 * 1024;

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

template<typename T> void appendNumber(std::string &out, T value)
{
    char digits[32];
    const auto [end, error] = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, size_t(end - digits));
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
} // namespace

XlsxSheetWriter::XlsxSheetWriter(const QString &filePath, const QString &sheetName, quint64 zipLimit)
    : m_target(filePath)
    , m_sheetName(sheetNameFrom(sheetName))
    , m_zipLimit(zipLimit)
{}

XlsxSheetWriter::~XlsxSheetWriter()
{
    abandon();
}

bool XlsxSheetWriter::begin(const QString &title, const QList<SheetColumn> &columns)
{
    if (m_file)
        return false; // begun already
    // A name beside the target that nobody else uses, created (so reserved) by QTemporaryFile.
    const QFileInfo target(m_target);
    m_file = std::make_unique<QTemporaryFile>(
        target.dir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    m_file->setAutoRemove(false); // commit() renames it
    if (!m_file->open()) {
        fail(QCoreApplication::translate("models::XlsxSheetWriter", "Cannot create %1.")
                 .arg(QDir::toNativeSeparators(m_target)) +
             QLatin1Char(' ') + m_file->errorString());
        m_file.reset();
        return false;
    }
    m_temporary = m_file->fileName();
    m_title = title;
    m_created = QDateTime::currentDateTimeUtc();
    m_zip = std::make_unique<ZipStream>(*m_file, m_zipLimit);
    if (!m_zip->beginEntry("xl/worksheets/sheet1.xml")) {
        fail(zipError());
        removeTemporary();
        return false;
    }

    m_columns = int(columns.size());
    QList<double> widths;
    for (int i = 0; i < m_columns; ++i) {
        const SheetColumn &column = columns.at(i);
        widths << column.width;
        m_columnNames << xlsx::columnName(i);
        // A currency format with the ISO code ("1,234.50 MXN"): Excel and LibreOffice show it with
        // the reader's own separators, and the code is unambiguous where "$" is not.
        if (column.kind == SheetColumn::Kind::Money && !column.currency.isEmpty()) {
            m_columnStyles.push_back(xlsx::ColumnMoneyStyle + int(m_columnFormats.size()));
            m_columnFormats << xlsx::moneyFormat(contract::minorDigits(column.currency), column.currency);
        } else {
            m_columnStyles.push_back(-1);
        }
    }

    m_pipe =
        std::make_unique<ChunkPipe>([this](std::string_view xml) { return deflate(xml); }, MaxQueuedChunks);
    m_xml = &m_pipe->chunk();
    m_xml->reserve(ChunkBytes + ChunkSlack);
    m_xml->append(xlsx::sheetStart(widths, HeaderRow + 1).toStdString());
    m_stopped = false;
    m_row = TitleRow;
    m_rowNumber.assign(1, '1'); // not = "1": GCC 12 warns wrongly of an overlapping copy at -O2
    m_column = 0;
    cell(xlsx::TitleStyle, title.toUtf8());
    endRow();
    for (const SheetColumn &column : columns)
        cell(xlsx::HeaderStyle, column.title.toUtf8());
    endRow();
    return !m_stopped;
}

bool XlsxSheetWriter::startCell(int style)
{
    if (m_stopped)
        return false;
    if (!m_rowOpen) {
        if (m_row >= MaxRows) {
            fail(QCoreApplication::translate(
                     "models::XlsxSheetWriter",
                     "More rows than an Excel worksheet holds (%L1); narrow the period or export a CSV "
                     "file.")
                     .arg(MaxRows));
            m_stopped = true;
            return false;
        }
        m_xml->append("<row r=\"").append(m_rowNumber).append("\">");
        m_rowOpen = true;
    }
    while (m_column >= m_columnNames.size())
        m_columnNames << xlsx::columnName(int(m_columnNames.size()));
    const QByteArray &name = m_columnNames.at(m_column);
    m_xml->append("<c r=\"").append(name.constData(), size_t(name.size())).append(m_rowNumber);
    if (style != xlsx::GeneralStyle) {
        m_xml->append("\" s=\"");
        appendNumber(*m_xml, style);
    }
    return true;
}

void XlsxSheetWriter::cell(int style, QByteArrayView utf8)
{
    if (utf8.isEmpty()) {
        ++m_column; // an empty text is no cell at all, as in Excel
        return;
    }
    if (!startCell(style))
        return;
    // Inline text: never a formula, and no table of shared strings to keep in memory.
    m_xml->append(isSpace(utf8.front()) || isSpace(utf8.back())
                      ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                      : "\" t=\"inlineStr\"><is><t>");
    xlsx::appendEscaped(*m_xml, utf8);
    m_xml->append("</t></is></c>");
    ++m_column;
}

template<typename T> void XlsxSheetWriter::number(int style, T value)
{
    if (!startCell(style))
        return;
    m_xml->append("\"><v>");
    appendNumber(*m_xml, value); // for a double, the shortest text that reads back as the same double
    m_xml->append("</v></c>");
    ++m_column;
}

void XlsxSheetWriter::text(QByteArrayView utf8)
{
    cell(xlsx::GeneralStyle, utf8);
}

void XlsxSheetWriter::dateTime(const SheetDateTime &value)
{
    if (!value.date.isValid()) {
        empty();
        return;
    }
    // Days since 1899-12-31, counting the 29th of February 1900 that Excel (after Lotus) believes
    // in, and the time of day as a fraction of one.
    static const qint64 Epoch = QDate(1899, 12, 31).toJulianDay();
    qint64 days = value.date.toJulianDay() - Epoch;
    if (days > 59)
        ++days;
    const int seconds = value.hour * 3600 + value.minute * 60 + value.second;
    number(xlsx::DateTimeStyle, double(days) + double(seconds) / 86400.0);
}

void XlsxSheetWriter::duration(qint64 seconds)
{
    number(xlsx::DurationStyle, double(seconds) / 86400.0);
}

void XlsxSheetWriter::integer(qint64 value)
{
    number(xlsx::GeneralStyle, value);
}

void XlsxSheetWriter::money(qint64 minorUnits, int decimals)
{
    const int style = m_column < int(m_columnStyles.size()) && m_columnStyles[size_t(m_column)] >= 0
                          ? m_columnStyles[size_t(m_column)]
                          : xlsx::MoneyStyle + std::clamp(decimals, 0, xlsx::MaxMoneyDecimals);
    number(style, amountOf(minorUnits, decimals));
}

void XlsxSheetWriter::empty()
{
    ++m_column;
}

void XlsxSheetWriter::endRow()
{
    if (m_stopped)
        return;
    if (m_rowOpen)
        m_xml->append("</row>");
    m_rowOpen = false;
    ++m_row;
    m_rowNumber.clear();
    appendNumber(m_rowNumber, m_row + 1);
    m_column = 0;
    if (m_xml->size() >= ChunkBytes && !m_pipe->handOver())
        m_stopped = true; // deflate() said why
}

bool XlsxSheetWriter::deflate(std::string_view xml)
{
    if (m_zip->write(QByteArrayView(xml.data(), qsizetype(xml.size()))))
        return true;
    fail(zipError());
    return false;
}

void XlsxSheetWriter::fail(const QString &error)
{
    const std::lock_guard lock(m_errorMutex);
    if (m_error.isEmpty())
        m_error = error;
}

QString XlsxSheetWriter::errorString() const
{
    const std::lock_guard lock(m_errorMutex);
    return m_error;
}

QString XlsxSheetWriter::zipError() const
{
    if (m_zip->tooLarge()) {
        return QCoreApplication::translate(
            "models::XlsxSheetWriter",
            "The workbook would be larger than 4 GiB, more than Centralita writes in an .xlsx "
            "file; narrow the period or export a CSV file.");
    }
    return writeError(m_zip->errorString());
}

QString XlsxSheetWriter::writeError(const QString &reason) const
{
    return QCoreApplication::translate("models::XlsxSheetWriter", "Cannot write %1: %2")
        .arg(QDir::toNativeSeparators(m_target), reason);
}

QByteArray XlsxSheetWriter::filterRange() const
{
    if (m_columns == 0)
        return {};
    const qint64 lastRow = std::max<qint64>(HeaderRow, m_row - 1);
    return "A" + QByteArray::number(HeaderRow + 1) + ':' + xlsx::columnName(m_columns - 1) +
           QByteArray::number(lastRow + 1);
}

bool XlsxSheetWriter::close()
{
    if (!m_pipe)
        return false; // not begun, closed or abandoned
    if (!m_stopped) {
        if (m_rowOpen)
            m_xml->append("</row>");
        m_rowOpen = false;
        m_xml->append(xlsx::sheetEnd(filterRange()).toStdString());
    }
    // The rest of the sheet's XML is deflated on the pipe's thread; the other parts here, after it.
    const bool piped = !m_stopped && m_pipe->finish();
    m_pipe.reset();
    m_xml = nullptr;
    m_stopped = true;
    const bool written = piped && m_zip->endEntry() &&
                         m_zip->addEntry("[Content_Types].xml", xlsx::contentTypes()) &&
                         m_zip->addEntry("_rels/.rels", xlsx::packageRelationships()) &&
                         m_zip->addEntry("docProps/app.xml", xlsx::appProperties()) &&
                         m_zip->addEntry("docProps/core.xml", xlsx::coreProperties(m_title, m_created)) &&
                         m_zip->addEntry("xl/workbook.xml", xlsx::workbook(m_sheetName, filterRange())) &&
                         m_zip->addEntry("xl/_rels/workbook.xml.rels", xlsx::workbookRelationships()) &&
                         m_zip->addEntry("xl/styles.xml", xlsx::styles(m_columnFormats)) && m_zip->finish();
    if (!written) {
        if (piped)
            fail(zipError());
        removeTemporary();
        return false;
    }
    if (!m_file->flush()) {
        fail(writeError(m_file->errorString()));
        removeTemporary();
        return false;
    }
    m_file->close();
    m_closed = true;
    return true;
}

bool XlsxSheetWriter::commit()
{
    if (!m_closed || !m_file)
        return false; // not closed, or closing failed
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(m_temporary).toStdString(),
                            QFile::encodeName(m_target).toStdString(), error);
    if (error) {
        fail(writeError(QString::fromStdString(error.message())));
        removeTemporary();
        return false;
    }
    m_file.reset();
    m_zip.reset();
    m_temporary.clear();
    m_closed = false;
    return true;
}

void XlsxSheetWriter::abandon()
{
    if (m_pipe)
        m_pipe->discard(); // before the zip and the file it writes to go
    m_pipe.reset();
    m_xml = nullptr;
    m_stopped = true;
    removeTemporary();
}

void XlsxSheetWriter::removeTemporary()
{
    m_zip.reset();
    if (m_file)
        m_file->close();
    m_file.reset();
    if (!m_temporary.isEmpty() && QFileInfo::exists(m_temporary))
        QFile::remove(m_temporary);
    m_temporary.clear();
    m_closed = false;
}

} // namespace models
