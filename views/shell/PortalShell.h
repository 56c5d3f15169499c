#pragma once
// The signed-in area of the window for one role: administrators get tabs across the top, end
// users a navigation list on the left. Pages are created the first time they are shown.

#include "views/shell/PageDefinition.h"

#include <QStringList>
#include <QWidget>

class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace views {

class PortalShell : public QWidget
{
    Q_OBJECT

public:
    QStringList pageIds() const;
    QString currentPageId() const { return m_currentId; }
    // Shows the page, creating it if needed; false for an unknown id.
    virtual bool showPage(const QString &id) = 0;
    // The tab or navigation entry's text now (a page may add a count: "Voicemail (2)").
    virtual QString pageTitle(const QString &id) const = 0;

signals:
    void currentPageChanged(const QString &id);

protected:
    PortalShell(PageList pages, QWidget *parent);

    int indexOf(const QString &id) const;
    // An empty holder per page; the page itself is created into it on first use.
    QWidget *holder(int index) const { return m_holders.at(index); }
    // What the shell shows for page `index`: its holder in a scroll area.
    QWidget *frame(int index) const { return m_frames.at(index); }
    void activate(int index);
    // A page renames its entry by setting its windowTitle (unused for a widget that is not a
    // window); an empty title restores the registry's.
    virtual void setTitleAt(int index, const QString &title) = 0;

    PageList m_pages;

private:
    QList<QWidget *> m_holders;
    QList<QWidget *> m_frames;
    QString m_currentId;
};

class AdminShell : public PortalShell
{
    Q_OBJECT

public:
    explicit AdminShell(PageList pages, QWidget *parent = nullptr);
    bool showPage(const QString &id) override;
    QString pageTitle(const QString &id) const override;

protected:
    void setTitleAt(int index, const QString &title) override;

private:
    QTabWidget *m_tabWidget;
};

class UserShell : public PortalShell
{
    Q_OBJECT

public:
    explicit UserShell(PageList pages, QWidget *parent = nullptr);
    bool showPage(const QString &id) override;
    QString pageTitle(const QString &id) const override;

protected:
    void setTitleAt(int index, const QString &title) override;

private:
    QTreeWidget *m_navigationTreeWidget;
    QStackedWidget *m_pagesStackedWidget;
    QList<QTreeWidgetItem *> m_items; // by page index
};

} // namespace views
