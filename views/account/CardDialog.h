#pragma once
// Account → Billing → Change card: number, expiry and CVC checked here with the contract's card
// rules, then sent once to the server, which tokenises it and keeps only brand, last four and
// expiry. A decline keeps the dialog open with what was typed; the card on file is unchanged.

#include "contract/Account.h"
#include "models/stores/ResourceStore.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace views {

class FormField;

class CardDialog : public QDialog
{
    Q_OBJECT

public:
    // `current` empty when there is no card on file; `store` takes the new one.
    CardDialog(models::ResourceStore<contract::CardOnFile> &store,
               const std::optional<contract::CardOnFile> &current, QWidget *parent = nullptr);

signals:
    void cardSaved();

private:
    contract::CardUpdate edited() const;
    bool check();
    void submit();
    void updateBrand();

    models::ResourceStore<contract::CardOnFile> &m_store;
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
