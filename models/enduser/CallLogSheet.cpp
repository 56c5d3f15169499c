#include "models/enduser/CallLogSheet.h"

#include "models/export/CsvRows.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace models {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("models::CallLogSheet", text);
}

// The columns of the data CSV (contract::callLogCsvHeader()).
enum DataColumn { StartedAt, Direction, Status, Extension, FromNumber, FromName, ToNumber, ToName, Duration };
constexpr int DataColumns = 9;

int digits(QByteArrayView text, qsizetype at, qsizetype count, bool &ok)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9') {
            ok = false;
            return 0;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

// "2026-01-31T14:05:00-06:00": the local date and time are the first 19 characters.
bool parseLocal(QByteArrayView stamp, SheetDateTime &out)
{
    if (stamp.size() < 19 || stamp.at(4) != '-' || stamp.at(7) != '-' || stamp.at(10) != 'T' ||
        stamp.at(13) != ':' || stamp.at(16) != ':')
        return false;
    bool ok = true;
    out.date = QDate(digits(stamp, 0, 4, ok), digits(stamp, 5, 2, ok), digits(stamp, 8, 2, ok));
    out.hour = digits(stamp, 11, 2, ok);
    out.minute = digits(stamp, 14, 2, ok);
    out.second = digits(stamp, 17, 2, ok);
    return ok && out.date.isValid();
}
} // namespace

CallLogSheet::CallLogSheet(SheetWriter &writer)
    : m_writer(writer)
    , m_incoming(tr("Incoming").toUtf8())
    , m_outgoing(tr("Outgoing").toUtf8())
    , m_internal(tr("Internal").toUtf8())
    , m_answered(tr("Answered").toUtf8())
    , m_missed(tr("Missed").toUtf8())
    , m_noAnswer(tr("No answer").toUtf8())
{}

QList<SheetColumn> CallLogSheet::columns()
{
    using Kind = SheetColumn::Kind;
    return {{tr("Date and time"), Kind::DateTime, 20},
            {tr("Direction"), Kind::Text, 12},
            {tr("Status"), Kind::Text, 14},
            {tr("Extension"), Kind::Text, 11},
            {tr("From number"), Kind::Text, 20},
            {tr("From name"), Kind::Text, 28},
            {tr("To number"), Kind::Text, 20},
            {tr("To name"), Kind::Text, 28},
            {tr("Duration"), Kind::Duration, 10}};
}

QString CallLogSheet::sheetName()
{
    return tr("Call logs");
}

QString CallLogSheet::title(const QString &companyName, const QDateTime &from, const QDateTime &to,
                            const QTimeZone &zone)
{
    return sheetTitle(companyName,
                      periodText(periodDays(from, to, zone), tr("call logs from %1 to %2"),
                                 tr("call logs from %1"), tr("call logs up to %1"), tr("all call logs")));
}

qint64 CallLogSheet::addChunk(QByteArrayView csv)
{
    CsvRowReader reader(csv, ',');
    QList<QByteArrayView> cells;
    cells.reserve(DataColumns);
    qint64 rows = 0;
    SheetDateTime started;
    while (reader.next(cells)) {
        if (cells.size() != DataColumns)
            return -1;
        if (!m_headerSkipped) {
            m_headerSkipped = true;
            continue;
        }
        if (!parseLocal(cells.at(StartedAt), started))
            return -1;
        bool durationOk = false;
        const qint64 duration = cells.at(Duration).toLongLong(&durationOk);
        if (!durationOk)
            return -1;
        const QByteArrayView direction = cells.at(Direction);
        const QByteArrayView status = cells.at(Status);
        m_writer.dateTime(started);
        m_writer.text(direction == "in"    ? QByteArrayView(m_incoming)
                      : direction == "out" ? QByteArrayView(m_outgoing)
                                           : QByteArrayView(m_internal));
        m_writer.text(status == "answered" ? QByteArrayView(m_answered)
                      : status == "missed" ? QByteArrayView(m_missed)
                                           : QByteArrayView(m_noAnswer));
        m_writer.text(cells.at(Extension));
        m_writer.text(m_numbers.format(CsvRowReader::unneutralised(cells.at(FromNumber))));
        m_writer.text(CsvRowReader::unneutralised(cells.at(FromName)));
        m_writer.text(m_numbers.format(CsvRowReader::unneutralised(cells.at(ToNumber))));
        m_writer.text(CsvRowReader::unneutralised(cells.at(ToName)));
        m_writer.duration(duration);
        m_writer.endRow();
        ++rows;
    }
    return reader.ok() ? rows : -1;
}

} // namespace models
