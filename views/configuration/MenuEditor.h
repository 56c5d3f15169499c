#pragma once
// Edits one receptionist menu: greeting, what each key (0-9, *, #) does, and what happens on a
// timeout or an invalid key. Field errors from the server are shown on the row they name.

#include "contract/Extensions.h"
#include "contract/Receptionist.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace views {

class FormField;

class MenuEditor : public QWidget
{
    Q_OBJECT

public:
    MenuEditor(const QString &name, QWidget *parent = nullptr);

    // The user extensions transfers can go to (number and name shown, id sent).
    void setExtensions(const QList<contract::Extension> &extensions);
    void setMenu(const contract::ReceptionistMenu &menu);
    contract::ReceptionistMenu menu() const;
    // A recording was uploaded or removed: only the "use it" switch changes, other edits stay.
    void setHasAudio(bool hasAudio);
    // Shows the errors whose field starts with this menu's name; returns how many it showed.
    int showErrors(const QList<contract::FieldError> &errors,
                   const std::function<QString(const QString &)> &message);
    void clearErrors();

signals:
    void changed();

private:
    QComboBox *createActionComboBox(bool withUnused);
    QComboBox *createTargetComboBox();
    void updateRow(int row);
    void selectTarget(QComboBox *combo, qint64 extensionId);

    QString m_name;
    QList<contract::Extension> m_extensions;
    mutable QList<int> m_sentRows; // option index in the last menu() → table row, for showErrors()
    QPlainTextEdit *m_greetingTextEdit;
    QCheckBox *m_audioCheckBox;
    QTableWidget *m_optionsTableWidget;
    QSpinBox *m_timeoutSpinBox;
    QComboBox *m_timeoutActionComboBox;
    QComboBox *m_timeoutTargetComboBox;
    QComboBox *m_invalidActionComboBox;
    QComboBox *m_invalidTargetComboBox;
    FormField *m_greetingField;
    FormField *m_audioField;
    QLabel *m_optionsErrorLabel;
};

} // namespace views
