#include "views/common/FormField.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace views {

QLabel *createErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Dark red reads well on light backgrounds and passes contrast on the default palettes.
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
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

    m_hintLabel->setWordWrap(true);
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_hintLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_labelRow->addWidget(m_label);
    m_labelRow->addStretch();
    layout->addLayout(m_labelRow);
    layout->addWidget(editor);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_errorLabel);
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
