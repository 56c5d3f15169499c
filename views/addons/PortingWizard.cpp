#include "views/addons/PortingWizard.h"

#include "contract/PhoneNumbers.h"
#include "contract/Porting.h"
#include "contract/Validation.h"
#include "models/Session.h"
#include "models/stores/AccountStores.h"
#include "models/stores/Stores.h"
#include "views/common/FormField.h"
#include "views/configuration/ConfigurationUi.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <functional>

namespace views {

namespace {
// A wizard page that refuses "Next" until its check passes.
class CheckedPage : public QWizardPage
{
public:
    CheckedPage(const QString &title, const QString &subtitle, std::function<bool()> check)
        : m_check(std::move(check))
    {
        setTitle(title);
        setSubTitle(subtitle);
    }
    bool validatePage() override { return !m_check || m_check(); }

private:
    std::function<bool()> m_check;
};
} // namespace

PortingWizard::PortingWizard(models::Stores &stores, QWidget *parent)
    : QWizard(parent)
    , m_session(stores.session())
    , m_stores(stores)
{
    setObjectName(QStringLiteral("portingWizard"));
    setWindowTitle(tr("Port numbers to Centralita"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(NumbersPage, createNumbersPage());
    setPage(CarrierPage, createCarrierPage());
    setPage(AuthorisationPage, createAuthorisationPage());
    setPage(ReviewPage, createReviewPage());
    setButtonText(QWizard::FinishButton, tr("Submit request"));
    setMinimumSize(640, 520);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ReviewPage)
            showSummary();
    });
}

QWizardPage *PortingWizard::createNumbersPage()
{
    auto *page =
        new CheckedPage(tr("Numbers to port"),
                        tr("The numbers you have with your current carrier, one per line (at most %1).")
                            .arg(contract::porting::MaxNumbers),
                        [this] { return focusFirstError(checkNumbers()); });
    m_numbersEdit = new QPlainTextEdit(page);
    m_numbersEdit->setObjectName(QStringLiteral("numbersLineEdit"));
    m_numbersEdit->setPlaceholderText(QStringLiteral("55 1234 5678\n55 1234 5679"));
    m_numbersEdit->setTabChangesFocus(true);
    auto *field = new FormField(tr("Phone numbers"), m_numbersEdit, page);
    m_fields.insert(QStringLiteral("numbers"), field);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(field);
    return page;
}

QWizardPage *PortingWizard::createCarrierPage()
{
    auto *page = new CheckedPage(tr("Current carrier"),
                                 tr("Your account with the carrier the numbers are with today. The PIN is "
                                    "handed to the carrier with the request and not kept."),
                                 [this] { return focusFirstError(checkCarrier()); });
    const auto lineEdit = [page](const char *name, int maxLength) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(QLatin1String(name));
        edit->setMaxLength(maxLength);
        return edit;
    };
    m_carrierEdit = lineEdit("carrierLineEdit", 60);
    m_accountEdit = lineEdit("carrierAccountLineEdit", 40);
    m_pinEdit = lineEdit("carrierPinLineEdit", contract::rules::MaxPinLength);
    m_pinEdit->setEchoMode(QLineEdit::Password);
    m_fields.insert(QStringLiteral("carrier"), new FormField(tr("Carrier"), m_carrierEdit, page));
    m_fields.insert(QStringLiteral("carrierAccount"),
                    new FormField(tr("Account number with the carrier"), m_accountEdit, page));
    auto *pinField = new FormField(tr("Account PIN or passcode"), m_pinEdit, page);
    pinField->setHint(
        tr("%1 to %2 digits.").arg(contract::rules::MinPinLength).arg(contract::rules::MaxPinLength));
    m_fields.insert(QStringLiteral("carrierPin"), pinField);
    auto *layout = new QVBoxLayout(page);
    for (const char *name : {"carrier", "carrierAccount", "carrierPin"})
        layout->addWidget(m_fields.value(QLatin1String(name)));
    layout->addStretch();
    return page;
}

QWizardPage *PortingWizard::createAuthorisationPage()
{
    auto *page = new CheckedPage(tr("Authorization"),
                                 tr("The person named on the carrier account authorizes the move."),
                                 [this] { return focusFirstError(checkAuthorisation()); });
    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setObjectName(QStringLiteral("authorizedNameLineEdit"));
    m_nameEdit->setMaxLength(contract::rules::MaxNameLength);
    m_addressEdit = new QLineEdit(page);
    m_addressEdit->setObjectName(QStringLiteral("serviceAddressLineEdit"));
    m_addressEdit->setMaxLength(200);
    auto *letter = new QLabel(
        tr("<b>Letter of authorization.</b> I am authorized to act for the account holder of the numbers "
           "listed. I ask my current carrier to release these numbers to Centralita, understanding that "
           "service with the current carrier ends for them on the port date and that other services on "
           "the account may be affected."),
        page);
    letter->setWordWrap(true);
    letter->setFrameShape(QFrame::StyledPanel);
    letter->setMargin(8);
    m_loaCheck = new QCheckBox(tr("I have read and accept the letter of authorization"), page);
    m_loaCheck->setObjectName(QStringLiteral("loaCheckBox"));
    m_fields.insert(QStringLiteral("authorizedName"),
                    new FormField(tr("Authorized name (as on the carrier account)"), m_nameEdit, page));
    m_fields.insert(QStringLiteral("serviceAddress"),
                    new FormField(tr("Service address (as on the carrier account)"), m_addressEdit, page));
    auto *loaError = createErrorLabel(QStringLiteral("loaErrorLabel"), page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_fields.value(QStringLiteral("authorizedName")));
    layout->addWidget(m_fields.value(QStringLiteral("serviceAddress")));
    layout->addWidget(letter);
    layout->addWidget(m_loaCheck);
    layout->addWidget(loaError);
    layout->addStretch();
    connect(m_loaCheck, &QCheckBox::toggled, loaError, [loaError] { showError(loaError, {}); });
    return page;
}

QWizardPage *PortingWizard::createReviewPage()
{
    auto *page = new CheckedPage(tr("Review and submit"), tr("Check the details before sending them."), {});
    m_summaryLabel = new QLabel(page);
    m_summaryLabel->setObjectName(QStringLiteral("portingSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_submitMessage = createErrorLabel(QStringLiteral("submitMessageLabel"), page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summaryLabel);
    layout->addStretch();
    layout->addWidget(m_submitMessage);
    page->setFinalPage(true);
    return page;
}

QStringList PortingWizard::typedNumbers() const
{
    QStringList numbers;
    for (const QString &line : m_numbersEdit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            numbers << line.trimmed();
    }
    return numbers;
}

bool PortingWizard::checkNumbers()
{
    const QStringList numbers = typedNumbers();
    const QString region = m_session.info().region;
    QStringList problems;
    QStringList seen;
    for (const QString &number : numbers) {
        const auto e164 = contract::phone::toE164(number, region);
        if (!e164)
            problems << tr("%1 is not a valid phone number.").arg(number);
        else if (seen.contains(*e164))
            problems << tr("%1 is listed twice.").arg(number);
        else
            seen << *e164;
    }
    if (numbers.isEmpty())
        problems << tr("Enter at least one number.");
    else if (numbers.size() > contract::porting::MaxNumbers)
        problems << tr("Port at most %n numbers at a time.", nullptr, contract::porting::MaxNumbers);
    m_fields.value(QStringLiteral("numbers"))->setError(problems.join(QLatin1Char('\n')));
    return problems.isEmpty();
}

bool PortingWizard::checkCarrier()
{
    const auto required = [](QLineEdit *edit, const QString &message) {
        return edit->text().trimmed().isEmpty() ? message : QString();
    };
    m_fields.value(QStringLiteral("carrier"))
        ->setError(required(m_carrierEdit, tr("Enter the carrier's name.")));
    m_fields.value(QStringLiteral("carrierAccount"))
        ->setError(required(m_accountEdit, tr("Enter your account number with the carrier.")));
    m_fields.value(QStringLiteral("carrierPin"))
        ->setError(
            contract::rules::checkPin(m_pinEdit->text())
                ? tr("%1 to %2 digits.").arg(contract::rules::MinPinLength).arg(contract::rules::MaxPinLength)
                : QString());
    return m_fields.value(QStringLiteral("carrier"))->error().isEmpty() &&
           m_fields.value(QStringLiteral("carrierAccount"))->error().isEmpty() &&
           m_fields.value(QStringLiteral("carrierPin"))->error().isEmpty();
}

bool PortingWizard::checkAuthorisation()
{
    const char *nameCode = contract::rules::checkPersonName(m_nameEdit->text().trimmed());
    m_fields.value(QStringLiteral("authorizedName"))
        ->setError(nameCode ? models::ApiError::describeFieldCode(QLatin1String(nameCode)) : QString());
    m_fields.value(QStringLiteral("serviceAddress"))
        ->setError(m_addressEdit->text().trimmed().isEmpty()
                       ? tr("Enter the address where the numbers are in service.")
                       : QString());
    auto *loaError = findChild<QLabel *>(QStringLiteral("loaErrorLabel"));
    showError(loaError, m_loaCheck->isChecked()
                            ? QString()
                            : tr("The carrier needs this authorization to move the numbers."));
    return !nameCode && !m_addressEdit->text().trimmed().isEmpty() && m_loaCheck->isChecked();
}

contract::porting::Submission PortingWizard::submission() const
{
    contract::porting::Submission s;
    s.numbers = typedNumbers();
    s.carrier = m_carrierEdit->text().trimmed();
    s.carrierAccount = m_accountEdit->text().trimmed();
    s.carrierPin = m_pinEdit->text();
    s.authorizedName = m_nameEdit->text().trimmed();
    s.serviceAddress = m_addressEdit->text().trimmed();
    s.loaAccepted = m_loaCheck->isChecked();
    return s;
}

void PortingWizard::showSummary()
{
    QStringList numbers;
    for (const QString &number : typedNumbers()) {
        const auto e164 = contract::phone::toE164(number, m_session.info().region);
        numbers << (e164 ? contract::phone::formatFor(*e164, m_session.info().region) : number);
    }
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right: 12px;'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    m_summaryLabel->setText(
        QStringLiteral("<table>") + row(tr("Numbers"), numbers.join(QStringLiteral(", "))) +
        row(tr("Carrier"), m_carrierEdit->text().trimmed()) +
        row(tr("Account number"), m_accountEdit->text().trimmed()) +
        row(tr("Authorized name"), m_nameEdit->text().trimmed()) +
        row(tr("Service address"), m_addressEdit->text().trimmed()) + QStringLiteral("</table>"));
}

void PortingWizard::accept()
{
    if (m_submitting)
        return;
    m_submitting = true;
    button(QWizard::FinishButton)->setEnabled(false);
    showError(m_submitMessage, {});
    auto *job = m_stores.accountActions().submitPorting(submission());
    connect(job, &models::StoreWrite::succeeded, this, [this, job] {
        emit submitted(job->value());
        QWizard::accept();
    });
    connect(job, &models::StoreWrite::failed, this, &PortingWizard::showServerErrors);
    connect(job, &models::StoreCall::finished, this, [this] {
        m_submitting = false;
        if (auto *finish = button(QWizard::FinishButton))
            finish->setEnabled(true);
    });
}

void PortingWizard::showServerErrors(const models::ApiError &error)
{
    // numbers[2] belongs to the numbers field; the page of the first refused field is shown again.
    applyFieldErrors(error, m_fields);
    QStringList numberErrors;
    for (const auto &fieldError : error.fieldErrors) {
        if (fieldError.field.startsWith(QLatin1String("numbers["))) {
            const int index = fieldError.field.mid(8).chopped(1).toInt();
            const QStringList numbers = typedNumbers();
            numberErrors << tr("%1: %2").arg(numbers.value(index), error.fieldMessage(fieldError.field));
        }
    }
    if (!numberErrors.isEmpty())
        m_fields.value(QStringLiteral("numbers"))->setError(numberErrors.join(QLatin1Char('\n')));
    showError(m_submitMessage, error.fieldErrors.isEmpty()
                                   ? error.message()
                                   : tr("Some details need correcting; see the marked fields."));
    const auto hasError = [this](const char *name) {
        return !m_fields.value(QLatin1String(name))->error().isEmpty();
    };
    int target = -1;
    if (hasError("numbers"))
        target = NumbersPage;
    else if (hasError("carrier") || hasError("carrierAccount") || hasError("carrierPin"))
        target = CarrierPage;
    else if (hasError("authorizedName") || hasError("serviceAddress") ||
             error.hasFieldError(QStringLiteral("loaAccepted")))
        target = AuthorisationPage;
    // QWizard has no "go to page": step back until the page with the error is current.
    while (target >= 0 && currentId() > target)
        back();
    if (auto *finish = qobject_cast<QPushButton *>(button(QWizard::FinishButton)))
        finish->setEnabled(true);
    focusFirstError(false);
}

bool PortingWizard::focusFirstError(bool valid)
{
    if (valid)
        return true;
    QList<FormField *> fields;
    for (const char *name :
         {"numbers", "carrier", "carrierAccount", "carrierPin", "authorizedName", "serviceAddress"})
        fields.append(m_fields.value(QLatin1String(name)));
    // On the review page no field is shown: Finish keeps the focus, so Enter submits again.
    focusAfterError(currentId() == ReviewPage ? qobject_cast<QPushButton *>(button(QWizard::FinishButton))
                                              : nullptr,
                    fields);
    return false;
}

} // namespace views
