#include "views/configuration/MenuEditor.h"

#include "views/common/FormField.h"
#include "views/style/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace views {

namespace {
using contract::MenuAction;
const QString keys = QLatin1String(contract::rules::MenuKeys);
enum Column { KeyColumn, ActionColumn, TargetColumn };
constexpr int UnusedAction = -1;

bool needsExtension(MenuAction action)
{
    return action == MenuAction::TransferToExtension || action == MenuAction::TransferToVoicemail;
}
} // namespace

MenuEditor::MenuEditor(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
{
    setObjectName(name + QStringLiteral("MenuEditor"));
    m_greetingTextEdit = new QPlainTextEdit(this);
    m_greetingTextEdit->setObjectName(QStringLiteral("greetingTextEdit"));
    m_greetingTextEdit->setMaximumHeight(70);
    m_greetingField = new FormField(tr("Greeting (read aloud)"), m_greetingTextEdit, this);
    m_audioCheckBox = new QCheckBox(tr("Play the uploaded recording instead"), this);
    m_audioCheckBox->setObjectName(QStringLiteral("useAudioCheckBox"));
    m_audioField = new FormField(QString(), m_audioCheckBox, this);

    m_optionsTableWidget = new QTableWidget(static_cast<int>(keys.size()), 3, this);
    m_optionsTableWidget->setObjectName(QStringLiteral("optionsTableWidget"));
    m_optionsTableWidget->setHorizontalHeaderLabels({tr("Key"), tr("Action"), tr("Extension or message")});
    m_optionsTableWidget->setAccessibleName(tr("Menu options"));
    m_optionsTableWidget->verticalHeader()->hide();
    m_optionsTableWidget->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    m_optionsTableWidget->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    m_optionsTableWidget->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
    for (int row = 0; row < keys.size(); ++row) {
        auto *key = new QTableWidgetItem(keys.at(row));
        key->setFlags(Qt::ItemIsEnabled);
        key->setTextAlignment(Qt::AlignCenter);
        m_optionsTableWidget->setItem(row, KeyColumn, key);
        auto *action = createActionComboBox(true);
        m_optionsTableWidget->setCellWidget(row, ActionColumn, action);
        connect(action, &QComboBox::currentIndexChanged, this, [this, row] {
            updateRow(row);
            emit changed();
        });
        updateRow(row);
    }
    m_optionsErrorLabel = createErrorLabel(QStringLiteral("optionsErrorLabel"), this);

    m_timeoutSpinBox = new QSpinBox(this);
    m_timeoutSpinBox->setObjectName(QStringLiteral("timeoutSpinBox"));
    m_timeoutSpinBox->setRange(2, 30);
    m_timeoutSpinBox->setSuffix(tr(" s"));
    m_timeoutActionComboBox = createActionComboBox(false);
    m_timeoutActionComboBox->setObjectName(QStringLiteral("timeoutActionComboBox"));
    m_timeoutTargetComboBox = createTargetComboBox();
    m_invalidActionComboBox = createActionComboBox(false);
    m_invalidActionComboBox->setObjectName(QStringLiteral("invalidActionComboBox"));
    m_invalidTargetComboBox = createTargetComboBox();
    for (auto [action, target] : {std::pair{m_timeoutActionComboBox, m_timeoutTargetComboBox},
                                  std::pair{m_invalidActionComboBox, m_invalidTargetComboBox}}) {
        connect(action, &QComboBox::currentIndexChanged, this, [action, target] {
            target->setEnabled(needsExtension(static_cast<MenuAction>(action->currentData().toInt())));
        });
        target->setEnabled(false);
    }
    auto *fallback = new QFormLayout;
    fallback->addRow(tr("Wait for a key"), m_timeoutSpinBox);
    auto *timeoutRow = new QHBoxLayout;
    timeoutRow->addWidget(m_timeoutActionComboBox);
    timeoutRow->addWidget(m_timeoutTargetComboBox);
    fallback->addRow(tr("If no key is pressed"), timeoutRow);
    auto *invalidRow = new QHBoxLayout;
    invalidRow->addWidget(m_invalidActionComboBox);
    invalidRow->addWidget(m_invalidTargetComboBox);
    fallback->addRow(tr("If another key is pressed"), invalidRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_greetingField);
    layout->addWidget(m_audioField);
    layout->addWidget(m_optionsTableWidget, 1);
    layout->addWidget(m_optionsErrorLabel);
    layout->addLayout(fallback);
}

QComboBox *MenuEditor::createActionComboBox(bool withUnused)
{
    auto *combo = new QComboBox(this);
    if (withUnused)
        combo->addItem(tr("Not used"), UnusedAction);
    combo->addItem(tr("Transfer to extension"), static_cast<int>(MenuAction::TransferToExtension));
    combo->addItem(tr("Extension's voicemail"), static_cast<int>(MenuAction::TransferToVoicemail));
    combo->addItem(tr("Dial-by-name directory"), static_cast<int>(MenuAction::Directory));
    combo->addItem(tr("Repeat the menu"), static_cast<int>(MenuAction::RepeatMenu));
    if (withUnused)
        combo->addItem(tr("Play a message"), static_cast<int>(MenuAction::PlayMessage));
    combo->addItem(tr("Hang up"), static_cast<int>(MenuAction::Disconnect));
    return combo;
}

QComboBox *MenuEditor::createTargetComboBox()
{
    auto *combo = new QComboBox(this);
    for (const auto &e : std::as_const(m_extensions))
        combo->addItem(QStringLiteral("%1 – %2").arg(e.number, e.fullName()), e.id);
    return combo;
}

void MenuEditor::updateRow(int row)
{
    auto *action = qobject_cast<QComboBox *>(m_optionsTableWidget->cellWidget(row, ActionColumn));
    const int value = action->currentData().toInt();
    QWidget *current = m_optionsTableWidget->cellWidget(row, TargetColumn);
    if (value != UnusedAction && needsExtension(static_cast<MenuAction>(value))) {
        if (!qobject_cast<QComboBox *>(current))
            m_optionsTableWidget->setCellWidget(row, TargetColumn, createTargetComboBox());
    } else if (value == static_cast<int>(MenuAction::PlayMessage)) {
        if (!qobject_cast<QLineEdit *>(current)) {
            auto *message = new QLineEdit(this);
            message->setPlaceholderText(tr("Text to read, e.g. the address"));
            m_optionsTableWidget->setCellWidget(row, TargetColumn, message);
        }
    } else if (current) {
        m_optionsTableWidget->removeCellWidget(row, TargetColumn);
    }
}

void MenuEditor::setExtensions(const QList<contract::Extension> &extensions)
{
    const auto current = menu();
    m_extensions.clear();
    for (const auto &e : extensions) {
        if (e.kind == contract::ExtensionKind::User)
            m_extensions.append(e);
    }
    for (auto *combo : {m_timeoutTargetComboBox, m_invalidTargetComboBox}) {
        combo->clear();
        for (const auto &e : std::as_const(m_extensions))
            combo->addItem(QStringLiteral("%1 – %2").arg(e.number, e.fullName()), e.id);
    }
    for (int row = 0; row < keys.size(); ++row)
        m_optionsTableWidget->removeCellWidget(row, TargetColumn);
    setMenu(current);
}

void MenuEditor::setMenu(const contract::ReceptionistMenu &menu)
{
    m_greetingTextEdit->setPlainText(menu.greetingText);
    m_audioCheckBox->setChecked(menu.useAudio);
    m_audioCheckBox->setEnabled(menu.hasAudio || menu.useAudio);
    m_audioCheckBox->setToolTip(menu.hasAudio ? QString()
                                              : tr("No recording has been uploaded for this menu."));
    for (int row = 0; row < keys.size(); ++row) {
        auto *action = qobject_cast<QComboBox *>(m_optionsTableWidget->cellWidget(row, ActionColumn));
        action->setCurrentIndex(0);
        updateRow(row);
    }
    for (const auto &option : menu.options) {
        const auto row = static_cast<int>(keys.indexOf(option.key));
        if (row < 0)
            continue;
        auto *action = qobject_cast<QComboBox *>(m_optionsTableWidget->cellWidget(row, ActionColumn));
        action->setCurrentIndex(action->findData(static_cast<int>(option.action)));
        updateRow(row);
        QWidget *target = m_optionsTableWidget->cellWidget(row, TargetColumn);
        if (auto *combo = qobject_cast<QComboBox *>(target))
            selectTarget(combo, option.extensionId);
        else if (auto *line = qobject_cast<QLineEdit *>(target))
            line->setText(option.message);
    }
    m_timeoutSpinBox->setValue(menu.timeoutSeconds);
    for (auto [action, target, option] :
         {std::tuple{m_timeoutActionComboBox, m_timeoutTargetComboBox, menu.onTimeout},
          std::tuple{m_invalidActionComboBox, m_invalidTargetComboBox, menu.onInvalid}}) {
        action->setCurrentIndex(std::max(0, action->findData(static_cast<int>(option.action))));
        selectTarget(target, option.extensionId);
    }
}

void MenuEditor::selectTarget(QComboBox *combo, qint64 extensionId)
{
    const int index = combo->findData(extensionId);
    if (index >= 0 || extensionId == 0) {
        combo->setCurrentIndex(index);
        return;
    }
    // The menu names an extension the list does not have (yet): keep it, so saving the menu
    // unchanged never drops a transfer; the list's next read gives it its name.
    combo->addItem(tr("Extension not in the list yet"), extensionId);
    combo->setCurrentIndex(combo->count() - 1);
}

contract::ReceptionistMenu MenuEditor::menu() const
{
    contract::ReceptionistMenu menu;
    menu.greetingText = m_greetingTextEdit->toPlainText().trimmed();
    menu.useAudio = m_audioCheckBox->isChecked();
    menu.timeoutSeconds = m_timeoutSpinBox->value();
    m_sentRows.clear();
    for (int row = 0; row < keys.size(); ++row) {
        const auto *action = qobject_cast<QComboBox *>(m_optionsTableWidget->cellWidget(row, ActionColumn));
        const int value = action->currentData().toInt();
        if (value == UnusedAction)
            continue;
        contract::MenuOption option{keys.at(row), static_cast<MenuAction>(value), 0, {}};
        QWidget *target = m_optionsTableWidget->cellWidget(row, TargetColumn);
        if (auto *combo = qobject_cast<QComboBox *>(target))
            option.extensionId = combo->currentData().toLongLong();
        else if (auto *line = qobject_cast<QLineEdit *>(target))
            option.message = line->text().trimmed();
        menu.options.append(option);
        m_sentRows.append(row);
    }
    for (auto [action, target, option] :
         {std::tuple{m_timeoutActionComboBox, m_timeoutTargetComboBox, &menu.onTimeout},
          std::tuple{m_invalidActionComboBox, m_invalidTargetComboBox, &menu.onInvalid}}) {
        option->action = static_cast<MenuAction>(action->currentData().toInt());
        option->extensionId = needsExtension(option->action) ? target->currentData().toLongLong() : 0;
    }
    return menu;
}

void MenuEditor::setHasAudio(bool hasAudio)
{
    if (!hasAudio)
        m_audioCheckBox->setChecked(false);
    m_audioCheckBox->setEnabled(hasAudio);
    m_audioCheckBox->setToolTip(hasAudio ? QString() : tr("No recording has been uploaded for this menu."));
}

void MenuEditor::clearErrors()
{
    m_greetingField->setError({});
    m_audioField->setError({});
    showError(m_optionsErrorLabel, {});
    for (int row = 0; row < keys.size(); ++row)
        m_optionsTableWidget->item(row, KeyColumn)->setBackground({});
}

int MenuEditor::showErrors(const QList<contract::FieldError> &errors,
                           const std::function<QString(const QString &)> &message)
{
    int shown = 0;
    QStringList lines;
    const QString prefix = m_name + QLatin1Char('.');
    for (const auto &error : errors) {
        if (!error.field.startsWith(prefix))
            continue;
        ++shown;
        const QString member = error.field.mid(prefix.size());
        if (member == QLatin1String("greetingText")) {
            m_greetingField->setError(message(error.field));
        } else if (member == QLatin1String("useAudio")) {
            m_audioField->setError(message(error.field));
        } else if (member.startsWith(QLatin1String("options["))) {
            const int index = member.mid(8, member.indexOf(QLatin1Char(']')) - 8).toInt();
            const int row = index < m_sentRows.size() ? m_sentRows.at(index) : -1;
            if (row >= 0) {
                m_optionsTableWidget->item(row, KeyColumn)
                    ->setBackground(style::errorFill(m_optionsTableWidget->palette()));
                lines.append(tr("Key %1: %2").arg(keys.at(row), message(error.field)));
            }
        } else {
            lines.append(message(error.field));
        }
    }
    showError(m_optionsErrorLabel, lines.join(QLatin1Char('\n')));
    return shown;
}

} // namespace views
