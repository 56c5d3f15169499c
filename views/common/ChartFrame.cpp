#include "views/common/ChartFrame.h"

#include "views/style/Style.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace views {

ChartFrame::ChartFrame(const QString &objectPrefix, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_title(new QLabel(title, this))
    , m_emptyLabel(new QLabel(this))
    , m_stack(new QStackedLayout)
{
    setObjectName(objectPrefix + QStringLiteral("Frame"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(
        QMargins(style::space::XSmall, style::space::XSmall, style::space::XSmall, style::space::XSmall));
    m_view->setObjectName(objectPrefix + QStringLiteral("View"));
    m_view->setAccessibleName(title);
    m_view->setFocusPolicy(Qt::NoFocus); // the table beside it has the figures
    m_view->setRenderHint(QPainter::Antialiasing);
    m_title->setObjectName(objectPrefix + QStringLiteral("TitleLabel"));
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignHCenter);
    // As a list's empty state (ListFrame): in the chart's place, on the table's background.
    m_emptyLabel->setObjectName(objectPrefix + QStringLiteral("EmptyLabel"));
    style::styleEmptyState(m_emptyLabel);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style::space::XSmall);
    layout->addWidget(m_title);
    layout->addLayout(m_stack, 1);
    applyColours();
}

void ChartFrame::setEmptyText(const QString &text)
{
    m_emptyLabel->setText(text);
}

void ChartFrame::showData(bool hasData)
{
    m_stack->setCurrentWidget(hasData ? static_cast<QWidget *>(m_view) : m_emptyLabel);
    applyColours();
}

void ChartFrame::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    const auto type = event->type();
    if (type == QEvent::PaletteChange || type == QEvent::ApplicationPaletteChange)
        applyColours();
}

void ChartFrame::applyColours()
{
    style::applyChartColours(m_chart, palette());
    m_view->setBackgroundBrush(palette().color(QPalette::Window));
}

} // namespace views
