#include "views/account/CardDialog.h"

#include "models/stores/ResourceStore.h"
#include "views/common/FormField.h"
#include "views/configuration/ConfigurationUi.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace views {

QString cardBrandName(const QString &brand)
{
    if (brand == QLatin1String("visa"))
        return QObject::tr("Visa");
    if (brand == QLatin1String("mastercard"))
        return QObject::tr("Mastercard");
    if (brand == QLatin1String("amex"))
        return QObject::tr("American Express");
    return brand;
}

CardDialog::CardDialog(models::ResourceStore<contract::CardOnFile> &store,
                       const std::optional<contract::CardOnFile> &current, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_numberEdit(new QLineEdit(this))
    , m_brandLabel(new QLabel(this))
    , m_monthCombo(new QComboBox(this))
    , m_yearSpin(new QSpinBox(this))
    , m_cvcEdit(new QLineEdit(this))
    , m_billingNameEdit(new QLineEdit(this))
    , m_billingAddressEdit(new QLineEdit(this))
    , m_message(createErrorLabel(QStringLiteral("cardMessageLabel"), this))
{
    setObjectName(QStringLiteral("cardDialog"));
    setWindowTitle(current ? tr("Change card") : tr("Add a card"));
    m_numberEdit->setObjectName(QStringLiteral("cardNumberLineEdit"));
    m_numberEdit->setMaxLength(23);
    m_numberEdit->setPlaceholderText(QStringLiteral("1234 5678 9012 3456"));
    m_numberEdit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_brandLabel->setObjectName(QStringLiteral("cardBrandLabel"));
    m_monthCombo->setObjectName(QStringLiteral("expiryMonthComboBox"));
    const QLocale locale;
    for (int month = 1; month <= 12; ++month) {
        m_monthCombo->addItem(QStringLiteral("%1 – %2")
                                  .arg(month, 2, 10, QLatin1Char('0'))
                                  .arg(locale.monthName(month, QLocale::ShortFormat)),
                              month);
    }
    const QDate today = QDate::currentDate();
    m_yearSpin->setObjectName(QStringLiteral("expiryYearSpinBox"));
    m_yearSpin->setRange(today.year(), today.year() + 20);
    m_yearSpin->setGroupSeparatorShown(false);
    m_monthCombo->setCurrentIndex(today.month() - 1);
    m_cvcEdit->setObjectName(QStringLiteral("cvcLineEdit"));
    m_cvcEdit->setMaxLength(4);
    m_cvcEdit->setEchoMode(QLineEdit::Password);
    m_cvcEdit->setMaximumWidth(90);
    m_billingNameEdit->setObjectName(QStringLiteral("billingNameLineEdit"));
    m_billingNameEdit->setMaxLength(80);
    m_billingAddressEdit->setObjectName(QStringLiteral("billingAddressLineEdit"));
    m_billingAddressEdit->setMaxLength(200);
    if (current) {
        m_billingNameEdit->setText(current->billingName);
        m_billingAddressEdit->setText(current->billingAddress);
    }

    auto *numberField = new FormField(tr("Card number"), m_numberEdit, this);
    numberField->setLabelAccessory(m_brandLabel);
    auto *expiryRow = new QWidget(this);
    expiryRow->setObjectName(QStringLiteral("expiry"));
    auto *expiryLayout = new QHBoxLayout(expiryRow);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    expiryLayout->addWidget(m_monthCombo, 1);
    expiryLayout->addWidget(m_yearSpin);
    expiryRow->setFocusProxy(m_monthCombo);
    auto *expiryField = new FormField(tr("Expires"), expiryRow, this);
    auto *cvcField = new FormField(tr("Security code (CVC)"), m_cvcEdit, this);
    m_fields = {
        {QStringLiteral("number"), numberField},
        {QStringLiteral("expYear"), expiryField},
        {QStringLiteral("expMonth"), expiryField},
        {QStringLiteral("cvc"), cvcField},
        {QStringLiteral("billingName"), new FormField(tr("Name on the card"), m_billingNameEdit, this)},
        {QStringLiteral("billingAddress"), new FormField(tr("Billing address"), m_billingAddressEdit, this)}};

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->addButton(tr("Save card"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveCardButton"));
    m_saveButton->setDefault(true);
    auto *privacy = new QLabel(tr("The card number and security code go straight to the payment processor; "
                                  "only the brand, the last four digits and the expiry are kept."),
                               this);
    privacy->setWordWrap(true);
    privacy->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(numberField);
    auto *row = new QHBoxLayout;
    row->addWidget(expiryField, 2);
    row->addWidget(cvcField, 1);
    layout->addLayout(row);
    layout->addWidget(m_fields.value(QStringLiteral("billingName")));
    layout->addWidget(m_fields.value(QStringLiteral("billingAddress")));
    layout->addWidget(privacy);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_numberEdit, &QLineEdit::textChanged, this, &CardDialog::updateBrand);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &CardDialog::submit);
}

void CardDialog::updateBrand()
{
    const QString digits = contract::cards::digitsOnly(m_numberEdit->text());
    m_brandLabel->setText(cardBrandName(contract::cards::brandOf(digits)));
}

contract::CardUpdate CardDialog::edited() const
{
    contract::CardUpdate card;
    card.number = contract::cards::digitsOnly(m_numberEdit->text());
    card.expMonth = m_monthCombo->currentData().toInt();
    card.expYear = m_yearSpin->value();
    card.cvc = m_cvcEdit->text().trimmed();
    card.billingName = m_billingNameEdit->text().trimmed();
    card.billingAddress = m_billingAddressEdit->text().trimmed();
    return card;
}

bool CardDialog::check()
{
    namespace cards = contract::cards;
    const auto card = edited();
    const QString brand = cards::brandOf(card.number);
    const char *numberCode = cards::checkNumber(m_numberEdit->text());
    m_fields.value(QStringLiteral("number"))
        ->setError(!numberCode                      ? QString()
                   : m_numberEdit->text().isEmpty() ? tr("Enter the card number.")
                                                    : tr("This is not a valid Visa, Mastercard or American "
                                                         "Express number. Check the digits."));
    m_fields.value(QStringLiteral("expYear"))
        ->setError(cards::checkExpiry(card.expMonth, card.expYear, QDate::currentDate())
                       ? tr("This card has expired.")
                       : QString());
    m_fields.value(QStringLiteral("cvc"))
        ->setError(!cards::checkCvc(card.cvc, brand) ? QString()
                   : brand == QLatin1String("amex")  ? tr("The 4 digits on the front of the card.")
                                                     : tr("The 3 digits on the back of the card."));
    m_fields.value(QStringLiteral("billingName"))
        ->setError(card.billingName.isEmpty() ? tr("Enter the name as it appears on the card.") : QString());
    m_fields.value(QStringLiteral("billingAddress"))
        ->setError(card.billingAddress.isEmpty() ? tr("Enter the card's billing address.") : QString());
    for (auto *field : std::as_const(m_fields)) {
        if (!field->error().isEmpty())
            return false;
    }
    return true;
}

void CardDialog::submit()
{
    showError(m_message, {});
    const auto fieldsInOrder = [this] {
        QList<FormField *> fields;
        for (const char *name : {"number", "expYear", "cvc", "billingName", "billingAddress"})
            fields.append(m_fields.value(QLatin1String(name)));
        return fields;
    };
    if (!check()) {
        focusAfterError(m_saveButton, fieldsInOrder());
        return;
    }
    m_saveButton->setEnabled(false);
    auto *write = m_store.put(edited().toJson());
    connect(write, &models::StoreWrite::succeeded, this, [this] {
        // Nothing of the number stays in memory longer than needed.
        m_numberEdit->clear();
        m_cvcEdit->clear();
        m_saveButton->setEnabled(true);
        emit cardSaved();
        accept();
    });
    connect(write, &models::StoreWrite::failed, this, [this, fieldsInOrder](const models::ApiError &error) {
        m_saveButton->setEnabled(true);
        const QStringList unclaimed = applyFieldErrors(error, m_fields);
        QString text = unclaimed.isEmpty() && !error.fieldErrors.isEmpty() ? QString() : error.message();
        if (error.extensions.value(QStringLiteral("reason")).toString() ==
            QLatin1String(contract::paymentReason::CardDeclined))
            text = tr(
                "The card issuer declined this card. Your card on file has not changed; try another card.");
        else if (error.isProblem(contract::ProblemType::PreconditionFailed))
            text = tr("The card on file was changed meanwhile. Close this window and try again.");
        showError(m_message, text);
        focusAfterError(m_saveButton, fieldsInOrder());
    });
}

} // namespace views
