#include "views/style/Style.h"

#include <QAbstractAxis>
#include <QAbstractItemView>
#include <QAbstractSeries>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QScopedValueRollback>
#include <cmath>

namespace views::style {

namespace {
// Re-colours its label when the application palette or the platform theme changes (a label's
// own palette roles do not follow the application palette by themselves).
class ToneKeeper : public QObject
{
public:
    ToneKeeper(QLabel *label, Tone tone)
        : QObject(label)
        , m_label(label)
        , m_tone(tone)
    {
        setObjectName(QStringLiteral("toneKeeper"));
        label->installEventFilter(this);
        apply();
    }

    void setTone(Tone tone)
    {
        m_tone = tone;
        apply();
    }

    void apply()
    {
        const QScopedValueRollback guard(m_applying, true);
        QPalette palette = m_label->palette();
        // The parent's palette: it follows the application's and any a window sets of its own.
        const QWidget *parent = m_label->parentWidget();
        const QColor text = color(m_tone, parent ? parent->palette() : QApplication::palette(m_label));
        for (const auto role : {QPalette::WindowText, QPalette::Text})
            palette.setColor(role, text);
        m_label->setPalette(palette);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Not every palette change reaches a widget as ApplicationPaletteChange: a label whose
        // window changed palette only sees PaletteChange (which apply() itself also sends).
        const auto type = event->type();
        if (!m_applying && (type == QEvent::ApplicationPaletteChange || type == QEvent::PaletteChange ||
                            type == QEvent::ThemeChange))
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    QLabel *m_label;
    Tone m_tone;
    bool m_applying = false;
};

QColor pick(const QPalette &palette, QRgb onLight, QRgb onDark)
{
    return QColor::fromRgb(isDark(palette) ? onDark : onLight);
}
} // namespace

QMargins pageMargins()
{
    return {space::Large, space::Medium, space::Large, space::Medium};
}

QMargins dialogMargins()
{
    return {space::XLarge, space::XLarge, space::XLarge, space::Large};
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &colour) {
        const auto channel = [](double value) {
            return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
               0.0722 * channel(colour.blueF());
    };
    const double first = luminance(a);
    const double second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor color(Tone tone, const QPalette &palette)
{
    // Contrast of at least 4.5:1 on the palettes' window and base colours.
    switch (tone) {
    case Tone::Error:
        return pick(palette, 0xb3261e, 0xf2b8b5);
    case Tone::Success:
        return pick(palette, 0x1b6e2e, 0x8fd19e);
    case Tone::Warning:
        return pick(palette, 0x8a5300, 0xf5c26b);
    case Tone::Muted:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QColor errorFill(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor error = color(Tone::Error, palette);
    const auto mix = [](int over, int under) { return (over * 22 + under * 78) / 100; };
    return QColor(mix(error.red(), base.red()), mix(error.green(), base.green()),
                  mix(error.blue(), base.blue()));
}

void setTone(QLabel *label, std::optional<Tone> tone)
{
    auto *keeper = label->findChild<ToneKeeper *>(QStringLiteral("toneKeeper"), Qt::FindDirectChildrenOnly);
    if (!tone) {
        if (keeper) {
            delete keeper;
            label->setPalette(QPalette()); // no roles of its own: inherits again, as before any tone
        }
        return;
    }
    if (keeper)
        keeper->setTone(*tone);
    else
        new ToneKeeper(label, *tone);
}

void styleEmptyState(QLabel *label)
{
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setBackgroundRole(QPalette::Base);
    label->setAutoFillBackground(true);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(space::XLarge);
}

void selectWholeRows(QAbstractItemView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
}

QColor badgeFill()
{
    return QColor::fromRgb(0xc62828);
}

QColor badgeText()
{
    return QColor::fromRgb(0xffffff);
}

QColor seriesColour(int index, const QPalette &palette)
{
    // The highlight colour, then a warm colour that tells itself apart from it without hue alone.
    if (index % 2 == 0)
        return palette.color(QPalette::Highlight);
    return pick(palette, 0xb35c00, 0xf5a05b);
}

void applyChartColours(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor muted = color(Tone::Muted, palette);
    chart->setBackgroundBrush(palette.color(QPalette::Window));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundBrush(palette.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(true);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(muted);
        QColor grid = muted;
        grid.setAlphaF(0.35f);
        axis->setGridLineColor(grid);
    }
    int index = 0;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                set->setColor(seriesColour(index, palette));
                set->setBorderColor(seriesColour(index++, palette));
                set->setLabelColor(text);
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            QPen pen = line->pen();
            pen.setColor(seriesColour(index++, palette));
            pen.setWidthF(2);
            line->setPen(pen);
        }
    }
}

QPalette darkPalette()
{
    QPalette palette;
    const auto set = [&palette](QPalette::ColorRole role, QRgb rgb) {
        palette.setColor(role, QColor::fromRgb(rgb));
    };
    set(QPalette::Window, 0x2b2d31);
    set(QPalette::WindowText, 0xe6e7e9);
    set(QPalette::Base, 0x1e1f22);
    set(QPalette::AlternateBase, 0x26282b);
    set(QPalette::ToolTipBase, 0x3a3d42);
    set(QPalette::ToolTipText, 0xe6e7e9);
    set(QPalette::PlaceholderText, 0x9da1a8);
    set(QPalette::Text, 0xe6e7e9);
    set(QPalette::Button, 0x35383d);
    set(QPalette::ButtonText, 0xe6e7e9);
    set(QPalette::BrightText, 0xff8a80);
    set(QPalette::Light, 0x4a4d53);
    set(QPalette::Midlight, 0x3e4146);
    set(QPalette::Mid, 0x2f3236);
    set(QPalette::Dark, 0x1a1b1e);
    set(QPalette::Shadow, 0x0c0d0e);
    set(QPalette::Highlight, 0x3574c4);
    set(QPalette::HighlightedText, 0xffffff);
    set(QPalette::Link, 0x8ab4f8);
    set(QPalette::LinkVisited, 0xc58af9);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor::fromRgb(0x74777d));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor::fromRgb(0x45484e));
    return palette;
}

DocumentColours paperDocument()
{
    return {QStringLiteral("#555a62"), QStringLiteral("#eef0f3"), QStringLiteral("#1e1f22"),
            QStringLiteral("#c0c4cc")};
}

DocumentColours screenDocument(const QPalette &palette)
{
    // The header row takes the colours of a table's header section, so it reads as one.
    return {color(Tone::Muted, palette).name(), palette.color(QPalette::Button).name(),
            palette.color(QPalette::ButtonText).name(), palette.color(QPalette::Mid).name()};
}

} // namespace views::style
