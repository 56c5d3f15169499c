#pragma once
// A chart the way the lists show themselves: its title on a line of its own above it (it wraps
// instead of being cut), a short sentence in its place while it has nothing to show ("No spend
// this month."), and colours from the palette (views/style) that follow light and dark mode.

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedLayout;

namespace views {

class ChartFrame : public QWidget
{
    Q_OBJECT

public:
    // `objectPrefix` names the parts ("usageChart": "usageChartView", "usageChartTitleLabel",
    // "usageChartEmptyLabel").
    ChartFrame(const QString &objectPrefix, const QString &title, QWidget *parent = nullptr);

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *emptyLabel() const { return m_emptyLabel; }

    void setEmptyText(const QString &text);
    // Shows the chart, or the empty sentence when `hasData` is false. Call after changing the
    // series: it also colours them.
    void showData(bool hasData);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_title;
    QLabel *m_emptyLabel;
    QStackedLayout *m_stack;
};

} // namespace views
