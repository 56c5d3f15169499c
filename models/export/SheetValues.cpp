#include "models/export/SheetValues.h"

#include "contract/PhoneNumbers.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>

namespace models {

SheetDateTime sheetDateTime(const QDateTime &at, const QTimeZone &zone)
{
    const QDateTime local = at.toTimeZone(zone);
    const QTime time = local.time();
    return {local.date(), time.hour(), time.minute(), time.second()};
}

QString sheetTitle(const QString &companyName, const QString &what)
{
    return companyName.isEmpty() ? what : companyName + QStringLiteral(" · ") + what;
}

PeriodDays periodDays(const QDateTime &from, const QDateTime &to, const QTimeZone &zone)
{
    return {from.isValid() ? from.toTimeZone(zone).date().toString(Qt::ISODate) : QString(),
            to.isValid() ? to.toTimeZone(zone).addSecs(-1).date().toString(Qt::ISODate) : QString()};
}

QString periodText(const PeriodDays &days, const QString &both, const QString &since, const QString &until,
                   const QString &all)
{
    if (!days.first.isEmpty() && !days.last.isEmpty())
        return both.arg(days.first, days.last);
    if (!days.first.isEmpty())
        return since.arg(days.first);
    if (!days.last.isEmpty())
        return until.arg(days.last);
    return all;
}

double amountOf(qint64 minorUnits, int decimals)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return double(minorUnits) / double(scale);
}

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Whether `formatted` holds exactly the digits of `number` (after its '+'), in order, and more.
bool keepsDigits(std::string_view number, std::string_view formatted)
{
    size_t next = 1;
    for (const char c : formatted) {
        if (!isDigit(c))
            continue;
        if (next >= number.size() || number[next] != c)
            return false;
        ++next;
    }
    return next == number.size() && formatted.size() > number.size();
}
} // namespace

QByteArrayView PhoneNumberCache::format(QByteArrayView number)
{
    const std::string_view text(number.data(), size_t(number.size()));
    if (text.empty() || text.front() != '+')
        return number;
    const bool digits =
        text.size() > 1 && text.size() < 100 && std::all_of(text.begin() + 1, text.end(), isDigit);
    quint64 key = text.size(); // below 100: two decimal digits, then the prefix's
    if (digits) {
        for (size_t i = 1; i < std::min(text.size(), size_t(PrefixLength)); ++i)
            key = key * 10 + quint64(text[i] - '0');
        key = key * 10 + std::min(text.size(), size_t(PrefixLength)); // "+5255…" and "+52550…" apart
        if (const auto found = m_templates.find(key); found != m_templates.end()) {
            // The template's digits, in order, replaced by this number's.
            m_formatted = found->second;
            size_t next = 1;
            for (char &c : m_formatted) {
                if (isDigit(c))
                    c = text[next++];
            }
            return QByteArrayView(m_formatted.data(), qsizetype(m_formatted.size()));
        }
    }
    m_formatted = contract::phone::format(QString::fromLatin1(number.data(), number.size())).toStdString();
    if (digits && keepsDigits(text, m_formatted)) {
        if (m_templates.size() >= MaxEntries)
            m_templates.clear();
        m_templates.emplace(key, m_formatted);
    }
    return QByteArrayView(m_formatted.data(), qsizetype(m_formatted.size()));
}

} // namespace models
