#pragma once
// Adds or edits one extension. Checks the shared rules as you type; the server's field errors
// appear next to their fields and the input stays. A 412 opens the ConflictDialog. An existing
// extension's prepaid controls (issue 15) are edited here too, saved after the extension.

#include "models/configuration/ExtensionTableModel.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace views {

class FormField;
class SpendControlsEditor;

class ExtensionDialog : public QDialog
{
    Q_OBJECT

public:
    // Without `existing`: a new user extension (the number field offers the next free numbers).
    // Saves through `extensions`, which takes the saved extension into the list.
    ExtensionDialog(models::ExtensionTableModel &extensions,
                    const std::optional<models::VersionedExtension> &existing, QWidget *parent = nullptr);

signals:
    void saved(const models::VersionedExtension &extension);

private:
    contract::ExtensionDraft draft() const;
    // Only what the administrator changed since the version they started from, so a save after
    // a conflict keeps the other person's changes to fields this administrator did not touch.
    contract::ExtensionDraft changes() const;
    bool checkLocally();
    void save(const QByteArray &etag);
    void handleFailure(const models::ApiError &error);
    void resolveConflict();
    void fill(const contract::Extension &extension);
    void setBusy(bool busy);
    QList<FormField *> fieldsInOrder() const;
    // Issue 15: the extension's prepaid controls, for an existing extension, saved after it.
    void loadControls();
    void saveControls(const models::VersionedExtension &saved);

    models::ExtensionTableModel &m_extensions;
    std::optional<models::VersionedExtension> m_existing;
    QComboBox *m_numberComboBox;
    QLineEdit *m_firstNameLineEdit;
    QLineEdit *m_lastNameLineEdit;
    QLineEdit *m_emailLineEdit;
    FormField *m_numberField;
    FormField *m_firstNameField;
    FormField *m_lastNameField;
    FormField *m_emailField;
    QLabel *m_errorLabel;
    QPushButton *m_saveButton;
    SpendControlsEditor *m_controlsEditor = nullptr;
    QByteArray m_controlsETag;
    bool m_controlsEdited = false;
};

} // namespace views
