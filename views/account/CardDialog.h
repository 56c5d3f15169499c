#pragma once
// Account → Billing → Change card: number, expiry and CVC checked here with the contract's card
// rules, then sent once to the server, which tokenises it and keeps only brand, last four and
// expiry. A decline keeps the dialog open with what was typed; the card on file is unchanged.

#include "contract/Account.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace models {
class Session;
}

namespace views {

class FormField;

class CardDialog : public QDialog
{
    Q_OBJECT

public:
    // `etag` of the current card, empty when there is none.
    CardDialog(models::Session &session, const std::optional<contract::CardOnFile> &current,
               const QByteArray &etag, QWidget *parent = nullptr);

signals:
    void cardSaved(const contract::CardOnFile &card, const QByteArray &etag);

private:
    contract::CardUpdate edited() const;
    bool check();
    void submit();
    void updateBrand();

    models::Session &m_session;
    QByteArray m_etag;
    QLineEdit *m_numberEdit;
    QLabel *m_brandLabel;
    QComboBox *m_monthCombo;
    QSpinBox *m_yearSpin;
    QLineEdit *m_cvcEdit;
    QLineEdit *m_billingNameEdit;
    QLineEdit *m_billingAddressEdit;
    QHash<QString, FormField *> m_fields;
    QLabel *m_message;
    QPushButton *m_saveButton;
};

// "Visa", "Mastercard"…: the brand as people write it.
QString cardBrandName(const QString &brand);

} // namespace views
