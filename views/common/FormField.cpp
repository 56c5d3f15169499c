#include "views/common/FormField.h"

#include "views/style/Style.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace views {

namespace {
// Sees the Enter that an input of its form ignored (inputs pass it on to their parent).
class EnterSubmits : public QObject
{
public:
    EnterSubmits(QWidget *form, QPushButton *submit)
        : QObject(form)
        , m_submit(submit)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        const QWidget *focus = QApplication::focusWidget();
        // Buttons and lists act on Enter themselves.
        const bool input = focus && !qobject_cast<const QPushButton *>(focus) &&
                           !qobject_cast<const QAbstractItemView *>(focus);
        if (enter && plain && input && m_submit && m_submit->isEnabled() && m_submit->isVisible()) {
            m_submit->click();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QPushButton> m_submit;
};
} // namespace

void submitOnEnter(QWidget *form, QPushButton *submit)
{
    form->installEventFilter(new EnterSubmits(form, submit));
    // The default frame marks what Enter presses: the submit of the form being typed in, so a
    // page of two forms (e-mail and password) does not show two.
    const auto follow = [form, submit](QWidget *, QWidget *now) {
        submit->setDefault(now && (now == form || form->isAncestorOf(now)));
    };
    QObject::connect(qApp, &QApplication::focusChanged, submit, follow);
    follow(nullptr, QApplication::focusWidget());
}

QLabel *createErrorLabel(const QString &objectName, QWidget *parent, MessageSpace space)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    style::setTone(label, style::Tone::Error);
    if (space == MessageSpace::Reserved)
        reserveMessageSpace(label);
    label->hide();
    return label;
}

void reserveMessageSpace(QLabel *label)
{
    QSizePolicy policy = label->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
    label->setMinimumHeight(label->fontMetrics().lineSpacing());
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void showNotice(QLabel *label, const QString &message, bool isError)
{
    style::setTone(label, isError ? style::Tone::Error : style::Tone::Success);
    showError(label, message);
}

void focusAfterError(QPushButton *accept, const QList<FormField *> &fields)
{
    if (accept)
        accept->setDefault(true);
    for (auto *field : fields) {
        QWidget *editor = field->editor();
        if (field->error().isEmpty() || !editor->isEnabled() || !editor->isVisibleTo(editor->window()))
            continue;
        editor->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(editor))
            edit->selectAll();
        else if (auto *combo = qobject_cast<QComboBox *>(editor); combo && combo->lineEdit())
            combo->lineEdit()->selectAll();
        return;
    }
    if (accept && accept->isEnabled())
        accept->setFocus(Qt::OtherFocusReason);
}

FormField::FormField(const QString &label, QWidget *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_label(new QLabel(label, this))
    , m_labelRow(new QHBoxLayout)
    , m_hintLabel(new QLabel(this))
{
    QString errorName = editor->objectName();
    for (const auto *suffix : {"LineEdit", "ComboBox", "SpinBox"}) {
        if (errorName.endsWith(QLatin1String(suffix))) {
            errorName.chop(static_cast<int>(qstrlen(suffix)));
            break;
        }
    }
    m_errorLabel = createErrorLabel(errorName + QStringLiteral("ErrorLabel"), this);
    m_label->setBuddy(editor);
    // Qt names an input after its buddy label, but not a list, nor the inputs inside a row of
    // them (a month and a year, a path and its button); the label leads to the row's first.
    if (qobject_cast<QAbstractItemView *>(editor) && editor->accessibleName().isEmpty())
        editor->setAccessibleName(label);
    if (editor->focusPolicy() == Qt::NoFocus) {
        for (auto *child : editor->findChildren<QWidget *>()) {
            if (!(child->focusPolicy() & Qt::TabFocus))
                continue;
            if (!editor->focusProxy())
                editor->setFocusProxy(child);
            if (child->accessibleName().isEmpty() && !qobject_cast<QAbstractButton *>(child))
                child->setAccessibleName(label);
        }
    }

    m_hintLabel->setWordWrap(true);
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_hintLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style::space::XSmall);
    m_labelRow->addWidget(m_label);
    m_labelRow->addStretch();
    layout->addLayout(m_labelRow);
    layout->addWidget(editor);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_errorLabel);
    clearErrorOnEdit();
}

void FormField::clearErrorOnEdit()
{
    // The error is about what was there: it goes as soon as the user changes it. User edits only,
    // so filling the form from the server does not hide an error that is still true.
    const auto clear = [this] { setError({}); };
    QList<QLineEdit *> edits = m_editor->findChildren<QLineEdit *>(); // spin and combo boxes' too
    if (auto *edit = qobject_cast<QLineEdit *>(m_editor))
        edits.prepend(edit);
    for (auto *edit : std::as_const(edits))
        connect(edit, &QLineEdit::textEdited, this, clear);
    QList<QComboBox *> combos = m_editor->findChildren<QComboBox *>();
    if (auto *combo = qobject_cast<QComboBox *>(m_editor))
        combos.prepend(combo);
    for (auto *combo : std::as_const(combos))
        connect(combo, &QComboBox::activated, this, clear);
    // Arrow keys and the wheel change a spin box without typing.
    if (auto *spin = qobject_cast<QSpinBox *>(m_editor))
        connect(spin, &QSpinBox::valueChanged, this, [this, spin] {
            if (spin->hasFocus())
                setError({});
        });
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(m_editor))
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, spin] {
            if (spin->hasFocus())
                setError({});
        });
    if (auto *text = qobject_cast<QPlainTextEdit *>(m_editor))
        connect(text, &QPlainTextEdit::textChanged, this, [this, text] {
            if (text->hasFocus())
                setError({});
        });
}

void FormField::setLabelAccessory(QWidget *widget)
{
    m_labelRow->addWidget(widget);
}

void FormField::setHint(const QString &hint)
{
    m_hintLabel->setText(hint);
    m_hintLabel->setVisible(!hint.isEmpty());
}

void FormField::setError(const QString &message)
{
    showError(m_errorLabel, message);
}

QString FormField::error() const
{
    return m_errorLabel->text();
}

} // namespace views
