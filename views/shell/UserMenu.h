#pragma once
// The button at the top right of the main window: who is signed in, to which company, and the
// way out.

#include "contract/Types.h"

#include <QToolButton>

class QAction;

namespace views {

class UserMenu : public QToolButton
{
    Q_OBJECT

public:
    explicit UserMenu(QWidget *parent = nullptr);

    void setSessionInfo(const contract::SessionInfo &info);
    QAction *signOutAction() const { return m_signOutAction; }

signals:
    void signOutRequested();

private:
    QAction *m_signedInAsAction;
    QAction *m_companyAction;
    QAction *m_signOutAction;
};

} // namespace views
