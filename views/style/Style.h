#pragma once
// The look in one place: the spacing scale, the semantic colours (derived from the current
// palette, so they read in light and dark mode) and a dark palette for --palette dark. Views use
// these instead of writing colours or pixel gaps of their own.

#include <QColor>
#include <QMargins>
#include <QPalette>
#include <optional>

class QAbstractItemView;
class QChart;
class QLabel;
class QLayout;

namespace views::style {

// One spacing scale for gaps and margins (logical pixels).
namespace space {
inline constexpr int XSmall = 4;
inline constexpr int Small = 8;
inline constexpr int Medium = 12;
inline constexpr int Large = 16;
inline constexpr int XLarge = 24;
} // namespace space

// Around the content of a page (a portal tab or a sidebar destination).
QMargins pageMargins();
// Around the content of a dialog.
QMargins dialogMargins();

// What a text or a mark means, not which colour it has.
enum class Tone { Error, Success, Warning, Muted };

// The colour of `tone` on `palette`: darker shades on light backgrounds, lighter ones on dark.
QColor color(Tone tone, const QPalette &palette);
// A soft background for a cell or a row that has a problem (a conflict, an invalid entry).
QColor errorFill(const QPalette &palette);
bool isDark(const QPalette &palette);
// WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

// Colours `label`'s text with `tone` and keeps it right when the application palette changes;
// std::nullopt gives the label back its ordinary text colour.
void setTone(QLabel *label, std::optional<Tone> tone);

// A list's or a chart's empty state ("No calls in this period."): centred, muted, in the place
// and on the background of the table it stands for.
void styleEmptyState(QLabel *label);

// Whole-row, one-at-a-time selection, the way every list of the portal selects.
void selectWholeRows(QAbstractItemView *view);

// The count badge on the tray icon: the notification red of most desktops, white figures (the
// tray's background is the desktop's, not the app's palette).
QColor badgeFill();
QColor badgeText();

// Colours a chart from `palette`: its background and plot area, axes, grid, titles and legend,
// and its series in order (the first in the highlight colour), so it reads in light and dark mode.
void applyChartColours(QChart *chart, const QPalette &palette);
// The colour of a chart's `index`-th series on `palette`.
QColor seriesColour(int index, const QPalette &palette);

// The palette behind --palette dark (Fusion's roles, dark background, light text).
QPalette darkPalette();

// Colours of a document's text (an invoice), as HTML colour names.
struct DocumentColours {
    QString mutedText;
    QString headerFill;
    QString headerText;
    QString rule;
};
// On paper (the PDF): always light, whatever the screen's palette.
DocumentColours paperDocument();
// On screen, beside the lists: from `palette`, so the header row reads in light and dark mode.
DocumentColours screenDocument(const QPalette &palette);

} // namespace views::style
