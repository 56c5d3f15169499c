#pragma once
// Resets an end user's portal password: generated and emailed by the server, or typed here.

#include "models/configuration/ExtensionTableModel.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace views {

class FormField;

class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // Assigns through `extensions`, which takes the changed extension into the list.
    PasswordDialog(models::ExtensionTableModel &extensions, const contract::Extension &extension,
                   QWidget *parent = nullptr);

signals:
    void assigned(const models::VersionedExtension &extension);

private:
    void submit();

    models::ExtensionTableModel &m_extensions;
    contract::Extension m_extension;
    QRadioButton *m_generateRadioButton;
    QRadioButton *m_manualRadioButton;
    QLineEdit *m_passwordLineEdit;
    FormField *m_passwordField;
    QLabel *m_errorLabel;
    QPushButton *m_okButton;
};

} // namespace views
