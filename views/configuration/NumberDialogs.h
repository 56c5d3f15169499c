#pragma once
// Dialogs of Configuration → Phone numbers: taking a number from the pool, and choosing what a
// number reaches (an extension, the virtual receptionist, the conference server or nothing).

#include "models/configuration/ExtensionTableModel.h"
#include "models/configuration/PhoneNumberTableModel.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace models {
class Session;
class Stores;
} // namespace models

namespace views {

class FormField;

// A combo box of route targets, filled from the company's extensions (the session's one list,
// so a user added anywhere is offered here too).
class RouteComboBox : public QWidget
{
    Q_OBJECT

public:
    RouteComboBox(models::ExtensionTableModel &extensions, const contract::NumberRoute &current,
                  QWidget *parent = nullptr);
    contract::NumberRoute route() const;
    QComboBox *comboBox() const { return m_comboBox; }

private:
    static constexpr int FixedRoutes = 3; // nothing, receptionist, conference server
    void fill();

    models::ExtensionTableModel &m_extensions;
    QString m_wanted; // the route chosen, as combo data
    QComboBox *m_comboBox;
};

class AddNumberDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddNumberDialog(models::Stores &stores, QWidget *parent = nullptr);

signals:
    void added(const models::VersionedNumber &number);

private:
    void search();
    void claim();

    models::Session &m_session;
    models::PhoneNumberTableModel &m_numbers; // takes the claimed number
    QLineEdit *m_areaCodeLineEdit;
    QLineEdit *m_cityLineEdit;
    QListWidget *m_resultsListWidget;
    RouteComboBox *m_routeComboBox;
    FormField *m_numberField;
    QLabel *m_errorLabel;
    QPushButton *m_addButton;
};

class RouteDialog : public QDialog
{
    Q_OBJECT

public:
    RouteDialog(models::Stores &stores, const models::VersionedNumber &number, QWidget *parent = nullptr);

signals:
    void routed(const models::VersionedNumber &number);

private:
    models::Session &m_session;
    models::PhoneNumberTableModel &m_numbers; // takes the routed number
    models::VersionedNumber m_number;
    RouteComboBox *m_routeComboBox;
    QLabel *m_errorLabel;
};

} // namespace views
