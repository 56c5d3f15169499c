#pragma once
// Keyboard use of the whole client: mnemonics for labels, page shortcuts on buttons, Tab that leaves
// lists and tables, and a focus ring that shows where the keyboard is.

#include <QKeySequence>
#include <QObject>
#include <QPointer>

class QAbstractButton;
class QLabel;
class QWidget;

namespace views {

class FocusRing;

// `text` with a mnemonic ("&") on the first letter not in `taken` (lower case), word starts first;
// unchanged when it already has an "&" (the translator chose) or every letter is taken.
QString withMnemonic(const QString &text, const QList<QChar> &taken);
// The lower-case mnemonic letter of a label or button text, or a null QChar.
QChar mnemonicOf(const QString &text);
// Gives `label` a mnemonic that no other label or button of its window uses: chosen at run time
// from the translated text, so translations need no "&" of their own.
void giveMnemonic(QLabel *label);

// `keys` clicks `button` while the focus is anywhere in `scope` (so two pages never fight over
// one key) and the button is visible and enabled; its tooltip names the key.
void addShortcut(QAbstractButton *button, const QKeySequence &keys, QWidget *scope);
// `keys` puts the focus in `field` (e.g. Ctrl+F in a search box), its text selected.
void addFocusShortcut(QWidget *field, const QKeySequence &keys, QWidget *scope);

// Installed once on the application: a label that leads to an input gets a mnemonic when shown
// (giveMnemonic); Tab, Shift+Tab and Ctrl+Tab leave item views and text edits instead of walking
// their cells, and a date is one Tab stop; the control that gets the focus from the keyboard is
// drawn with a ring (the styles' own focus marks are too faint to find on a busy page).
class KeyboardNavigation : public QObject
{
    Q_OBJECT

public:
    explicit KeyboardNavigation(QObject *parent = nullptr);
    ~KeyboardNavigation() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showRingOn(QWidget *widget);

    QPointer<FocusRing> m_ring;
    bool m_keyboardMode = false;
};

} // namespace views
