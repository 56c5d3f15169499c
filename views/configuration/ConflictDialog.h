#pragma once
// Shown when a save is refused with 412: someone changed the item meanwhile. Lists each field
// with the administrator's value and the server's, and lets them keep theirs (overwrite) or
// take the server's (reload). Nothing is dropped without that choice.

#include <QDialog>

namespace views {

class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    struct Row {
        QString label;
        QString mine;
        QString theirs;
    };
    enum Choice { Cancelled, Overwrite, Reload };

    ConflictDialog(const QString &what, const QList<Row> &rows, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

signals:
    void chosen(views::ConflictDialog::Choice choice);

private:
    Choice m_choice = Cancelled;
};

} // namespace views
