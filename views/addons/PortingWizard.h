#pragma once
// Add-ons → Number porting → "Port numbers…": the numbers, the current carrier with the account
// number and PIN there, the authorised name and service address, and the letter of authorisation.
// Finish submits the request; if the server refuses a field, the wizard goes back to that page
// with the error shown and everything typed kept.

#include "contract/Porting.h"

#include <QHash>
#include <QWizard>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace models {
class ApiError;
class Session;
class Stores;
} // namespace models

namespace views {

class FormField;

class PortingWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { NumbersPage, CarrierPage, AuthorisationPage, ReviewPage };

    explicit PortingWizard(models::Stores &stores, QWidget *parent = nullptr);

    void accept() override;

signals:
    void submitted(const contract::porting::Request &request);

private:
    QWizardPage *createNumbersPage();
    QWizardPage *createCarrierPage();
    QWizardPage *createAuthorisationPage();
    QWizardPage *createReviewPage();
    QStringList typedNumbers() const;
    contract::porting::Submission submission() const;
    bool checkNumbers();
    bool checkCarrier();
    bool checkAuthorisation();
    // `valid` unchanged; when false, the first field in error gets the keyboard focus.
    bool focusFirstError(bool valid);
    void showSummary();
    void showServerErrors(const models::ApiError &error);

    models::Session &m_session;
    models::Stores &m_stores;
    bool m_submitting = false;
    QPlainTextEdit *m_numbersEdit = nullptr;
    QLineEdit *m_carrierEdit = nullptr;
    QLineEdit *m_accountEdit = nullptr;
    QLineEdit *m_pinEdit = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_addressEdit = nullptr;
    QCheckBox *m_loaCheck = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_submitMessage = nullptr;
    QHash<QString, FormField *> m_fields; // by request member
};

} // namespace views
