#pragma once
// A visual week: seven rows of 15-minute cells. Click or drag to paint business hours on or off;
// the ranges are read back from the painted runs, so they never overlap.

#include "contract/Receptionist.h"

#include <QBitArray>
#include <QWidget>
#include <array>

namespace views {

class WeeklyScheduleEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SlotsPerDay = 24 * 60 / contract::rules::ScheduleStepMinutes;

    explicit WeeklyScheduleEditor(QWidget *parent = nullptr);

    void setDays(const std::array<QList<contract::TimeRange>, 7> &days);
    std::array<QList<contract::TimeRange>, 7> days() const;
    // Marks a day whose ranges the server refused (-1 clears all marks).
    void setDayInvalid(int day, bool invalid);
    // Paints [startSlot, endSlot) of `day`; what a drag does, also used by tests.
    void paintSlots(int day, int startSlot, int endSlot, bool business);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRect gridRect() const;
    bool cellAt(const QPoint &position, int &day, int &slot) const;

    std::array<QBitArray, 7> m_slots;
    QBitArray m_invalidDays{7};
    bool m_paintValue = true;
    int m_dragDay = -1;
    int m_dragStart = -1;
};

} // namespace views
