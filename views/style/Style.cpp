#include "views/style/Style.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QScopedValueRollback>

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

namespace paper {
QString mutedText()
{
    return QStringLiteral("#555a62");
}

QString headerFill()
{
    return QStringLiteral("#eef0f3");
}

QString rule()
{
    return QStringLiteral("#c0c4cc");
}
} // namespace paper

} // namespace views::style
