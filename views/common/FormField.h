#pragma once
// One labelled input with its own inline error line below it, so a server or validation error
// appears next to the field it is about.

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace views {

class FormField : public QWidget
{
    Q_OBJECT

public:
    // Takes ownership of `editor`. Its object name ("passwordLineEdit") names the error label
    // ("passwordErrorLabel") so tests can find both. The label is the editor's buddy; it gets
    // its mnemonic when first shown (KeyboardNavigation), so `label` needs no "&".
    FormField(const QString &label, QWidget *editor, QWidget *parent = nullptr);

    QWidget *editor() const { return m_editor; }
    QLabel *label() const { return m_label; }
    // Widget shown at the right end of the label row (e.g. a "Forgot password?" link).
    void setLabelAccessory(QWidget *widget);
    void setHint(const QString &hint);

    // Empty text clears the error.
    void setError(const QString &message);
    QString error() const;

private:
    void clearErrorOnEdit();

    QWidget *m_editor;
    QLabel *m_label;
    QHBoxLayout *m_labelRow;
    QLabel *m_hintLabel;
    QLabel *m_errorLabel;
};

// Whether a hidden message label keeps its line. A banner above a list that stretches collapses:
// the list gives up a line when a message comes, and no empty line sits above it meanwhile.
enum class MessageSpace { Reserved, Collapsed };

// Red, word-wrapped, hidden until it has text; used for field and dialog-level errors. Its line
// is reserved while hidden (reserveMessageSpace) unless `space` says otherwise.
QLabel *createErrorLabel(const QString &objectName, QWidget *parent,
                         MessageSpace space = MessageSpace::Reserved);
// Keeps one line of height for a message label (an error, a "Saved." banner) while it is hidden
// or empty, so showing or clearing the message does not move the controls around it.
void reserveMessageSpace(QLabel *label);
void showError(QLabel *label, const QString &message);
// A message that is an error (error colour) or a confirmation (success colour); hidden when empty.
void showNotice(QLabel *label, const QString &message, bool isError);

// After a refused attempt (local check or server answer): the keyboard focus goes to the first of
// `fields` (in form order) that shows an error, its text selected, or else back to `accept`;
// `accept` stays the default button, so Enter tries again instead of landing on Cancel (disabling
// the busy accept button had moved the focus, and with it the default, to Cancel).
void focusAfterError(QPushButton *accept, const QList<FormField *> &fields);

// Enter in an input of `form` (line edit, spin box, combo box, check box) clicks `submit`, as the
// default button does in a dialog; `submit` is drawn as the default. Forms on a page have no
// dialog to do that for them.
void submitOnEnter(QWidget *form, QPushButton *submit);

} // namespace views
