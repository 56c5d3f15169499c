#include "views/configuration/WeeklyScheduleEditor.h"

#include "views/style/Style.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace views {

namespace {
constexpr int LabelWidth = 90;
constexpr int HeaderHeight = 20;
constexpr int RowHeight = 26;
constexpr int MinutesPerSlot = contract::rules::ScheduleStepMinutes;
} // namespace

WeeklyScheduleEditor::WeeklyScheduleEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("weeklyScheduleEditor"));
    for (auto &day : m_slots)
        day.resize(SlotsPerDay);
    setMouseTracking(false);
    setToolTip(tr("Click or drag to mark business hours; click a marked slot to clear it."));
}

QSize WeeklyScheduleEditor::sizeHint() const
{
    return {LabelWidth + SlotsPerDay * 8, HeaderHeight + 7 * RowHeight + 1};
}

QSize WeeklyScheduleEditor::minimumSizeHint() const
{
    return {LabelWidth + SlotsPerDay * 4, HeaderHeight + 7 * RowHeight + 1};
}

QRect WeeklyScheduleEditor::gridRect() const
{
    return {LabelWidth, HeaderHeight, width() - LabelWidth - 1, 7 * RowHeight};
}

void WeeklyScheduleEditor::setDays(const std::array<QList<contract::TimeRange>, 7> &days)
{
    for (int day = 0; day < 7; ++day) {
        m_slots[day].fill(false);
        for (const auto &range : days.at(day)) {
            for (int slot = range.startMinute / MinutesPerSlot; slot < range.endMinute / MinutesPerSlot;
                 ++slot)
                m_slots[day].setBit(slot);
        }
    }
    update();
}

std::array<QList<contract::TimeRange>, 7> WeeklyScheduleEditor::days() const
{
    std::array<QList<contract::TimeRange>, 7> days;
    for (int day = 0; day < 7; ++day) {
        int start = -1;
        for (int slot = 0; slot <= SlotsPerDay; ++slot) {
            const bool on = slot < SlotsPerDay && m_slots.at(day).testBit(slot);
            if (on && start < 0)
                start = slot;
            if (!on && start >= 0) {
                days[day].append({start * MinutesPerSlot, slot * MinutesPerSlot});
                start = -1;
            }
        }
    }
    return days;
}

void WeeklyScheduleEditor::setDayInvalid(int day, bool invalid)
{
    if (day < 0)
        m_invalidDays.fill(false);
    else
        m_invalidDays.setBit(day, invalid);
    update();
}

void WeeklyScheduleEditor::paintSlots(int day, int startSlot, int endSlot, bool business)
{
    for (int slot = std::max(0, startSlot); slot < std::min(SlotsPerDay, endSlot); ++slot)
        m_slots[day].setBit(slot, business);
    update();
    emit changed();
}

bool WeeklyScheduleEditor::cellAt(const QPoint &position, int &day, int &slot) const
{
    const QRect grid = gridRect();
    if (!grid.contains(position))
        return false;
    day = (position.y() - grid.top()) / RowHeight;
    slot = (position.x() - grid.left()) * SlotsPerDay / grid.width();
    return day >= 0 && day < 7 && slot >= 0 && slot < SlotsPerDay;
}

void WeeklyScheduleEditor::mousePressEvent(QMouseEvent *event)
{
    int day = 0;
    int slot = 0;
    if (event->button() != Qt::LeftButton || !cellAt(event->position().toPoint(), day, slot))
        return;
    m_paintValue = !m_slots.at(day).testBit(slot);
    m_dragDay = day;
    m_dragStart = slot;
    paintSlots(day, slot, slot + 1, m_paintValue);
}

void WeeklyScheduleEditor::mouseMoveEvent(QMouseEvent *event)
{
    int day = 0;
    int slot = 0;
    if (!(event->buttons() & Qt::LeftButton) || m_dragDay < 0 ||
        !cellAt(event->position().toPoint(), day, slot))
        return;
    // A drag stays on the row it started on and paints the whole span.
    paintSlots(m_dragDay, std::min(slot, m_dragStart), std::max(slot, m_dragStart) + 1, m_paintValue);
}

void WeeklyScheduleEditor::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect grid = gridRect();
    const QPalette &pal = palette();
    const QColor business = pal.color(QPalette::Highlight);
    const auto xOf = [&grid](int slot) { return grid.left() + slot * grid.width() / SlotsPerDay; };
    const QLocale locale;
    painter.setPen(pal.color(QPalette::WindowText));
    for (int hour = 0; hour < 24; hour += 3) {
        painter.drawText(QRect(xOf(hour * 4) - 20, 0, 40, HeaderHeight), Qt::AlignCenter,
                         QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));
    }
    for (int day = 0; day < 7; ++day) {
        const int top = grid.top() + day * RowHeight;
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(0, top, LabelWidth - 6, RowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         locale.dayName(day + 1, QLocale::LongFormat));
        painter.fillRect(QRect(grid.left(), top, grid.width(), RowHeight - 2), pal.color(QPalette::Base));
        for (int slot = 0; slot < SlotsPerDay; ++slot) {
            if (m_slots.at(day).testBit(slot))
                painter.fillRect(QRect(xOf(slot), top, xOf(slot + 1) - xOf(slot), RowHeight - 2), business);
        }
        painter.setPen(pal.color(QPalette::Mid));
        for (int hour = 0; hour <= 24; ++hour)
            painter.drawLine(xOf(hour * 4), top, xOf(hour * 4), top + RowHeight - 3);
        if (m_invalidDays.testBit(day)) {
            painter.setPen(QPen(style::color(style::Tone::Error, pal), 2));
            painter.drawRect(QRect(grid.left(), top, grid.width(), RowHeight - 2));
        }
    }
}

} // namespace views
