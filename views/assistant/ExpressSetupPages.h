#pragma once
// The pages of the express setup wizard. Input pages (ExpressSetupInputPages.cpp) check their
// fields with the contract/ rules in validatePage() and write the plan; the summary and the
// result page (ExpressSetupRunPages.cpp) show it and apply it.

#include "models/assistant/ExpressSetup.h"

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace views {

class ExpressSetupWizard;
class FormField;
class SpendControlsEditor;

class CompanySetupPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CompanySetupPage(ExpressSetupWizard *wizard);
    bool validatePage() override;

private:
    void fillFromServer();

    ExpressSetupWizard *m_wizard;
    QLineEdit *m_nameLineEdit;
    QComboBox *m_timeZoneComboBox;
    FormField *m_nameField;
    FormField *m_timeZoneField;
    QCheckBox *m_prepaidCheckBox; // issue 15: set the prepaid default for the new users
    SpendControlsEditor *m_prepaidEditor;
    QLabel *m_loadLabel;
    bool m_filled = false;
};

class UsersSetupPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit UsersSetupPage(ExpressSetupWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    // Checks the form and, if valid, moves it into the list; false shows errors at the fields.
    bool addUserFromForm();

private:
    bool formIsEmpty() const;
    void removeSelectedUser();
    void suggestExtension();
    QStringList listedExtensions() const;

    ExpressSetupWizard *m_wizard;
    QList<models::ExpressUser> m_users;
    QLineEdit *m_firstNameLineEdit;
    QLineEdit *m_lastNameLineEdit;
    QLineEdit *m_emailLineEdit;
    QLineEdit *m_extensionLineEdit;
    FormField *m_firstNameField;
    FormField *m_lastNameField;
    FormField *m_emailField;
    FormField *m_extensionField;
    QTreeWidget *m_usersTreeWidget;
    QPushButton *m_removeButton;
    QLabel *m_errorLabel;
};

class NumbersSetupPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NumbersSetupPage(ExpressSetupWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    ExpressSetupWizard *m_wizard;
    QFormLayout *m_form;
    QList<QComboBox *> m_comboBoxes;
    QLabel *m_errorLabel;
};

class ReceptionistSetupPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReceptionistSetupPage(ExpressSetupWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    void updateEnabled();

    ExpressSetupWizard *m_wizard;
    QCheckBox *m_enableCheckBox;
    QPlainTextEdit *m_greetingTextEdit;
    FormField *m_greetingField;
    QLabel *m_menuLabel;
    QLabel *m_scheduleLabel;
    bool m_greetingEdited = false;
};

class ConferenceSetupPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConferenceSetupPage(ExpressSetupWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    void updateEnabled();

    ExpressSetupWizard *m_wizard;
    QCheckBox *m_enableCheckBox;
    QLabel *m_alreadySetUpLabel;
    QLineEdit *m_extensionLineEdit;
    QComboBox *m_numberComboBox;
    QLineEdit *m_roomNameLineEdit;
    QLineEdit *m_conferenceIdLineEdit;
    QLineEdit *m_pinLineEdit;
    FormField *m_extensionField;
    FormField *m_numberField;
    FormField *m_roomNameField;
    FormField *m_conferenceIdField;
    FormField *m_pinField;
};

class SummarySetupPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummarySetupPage(ExpressSetupWizard *wizard);
    void initializePage() override;

private:
    ExpressSetupWizard *m_wizard;
    QLabel *m_summaryLabel;
};

class ResultSetupPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResultSetupPage(ExpressSetupWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void onFinished(const models::ExpressSetupResult &result);

    ExpressSetupWizard *m_wizard;
    QListWidget *m_stepsListWidget;
    QLabel *m_resultLabel;
    QPointer<models::ExpressSetupRunner> m_runner;
    bool m_done = false;
};

// Fills `comboBox` with "No number", the company's free numbers and pool numbers; item data is
// the index into ExpressSetupData (company numbers first), -1 for none.
void fillNumberChoices(QComboBox *comboBox, const ExpressSetupWizard *wizard, bool allowNone);
models::NumberChoice numberChoiceAt(const QComboBox *comboBox, const ExpressSetupWizard *wizard);

} // namespace views
