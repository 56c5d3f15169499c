#pragma once
// Configuration → Extensions: the searchable, sortable table of extensions with add, edit,
// delete (offering to unmap numbers that still ring it) and end-user password reset.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace models {
class ApiError;
class ExtensionTableModel;
class PhoneNumberTableModel;
class Stores;
} // namespace models

namespace views {

class ExtensionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExtensionsPanel(models::Stores &stores, QWidget *parent = nullptr);
    models::ExtensionTableModel *model() const { return m_model; }

signals:
    // Numbers were unmapped here; the phone numbers page should read them again.
    void phoneNumbersChanged();

private:
    int currentRow() const;
    void updateButtons();
    void addExtension();
    void editExtension();
    void deleteExtension();
    void deleteNow(qint64 id, const QByteArray &etag);
    void unmapAndDelete(qint64 id, const QStringList &numbers);
    void assignPassword();
    void showFailure(const models::ApiError &error);

    models::ExtensionTableModel *m_model;
    models::PhoneNumberTableModel &m_numbers; // unmapped before a delete
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_searchLineEdit;
    QTableView *m_tableView;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QPushButton *m_passwordButton;
    QLabel *m_errorLabel;
};

} // namespace views
