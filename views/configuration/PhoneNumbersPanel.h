#pragma once
// Configuration → Phone numbers: the company's numbers, formatted for the locale, with what each
// reaches; add from the pool, map or remap, release.

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace models {
class ApiError;
class PhoneNumberTableModel;
class Session;
class Stores;
} // namespace models

namespace views {

class PhoneNumbersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PhoneNumbersPanel(models::Stores &stores, QWidget *parent = nullptr);
    models::PhoneNumberTableModel *model() const { return m_model; }

private:
    int currentRow() const;
    void updateButtons();
    void release();

    models::Stores &m_stores;
    models::PhoneNumberTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_tableView;
    QPushButton *m_addButton;
    QPushButton *m_mapButton;
    QPushButton *m_releaseButton;
    QLabel *m_errorLabel;
};

} // namespace views
