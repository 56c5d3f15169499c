#include "views/shell/PortalShell.h"

#include <QHeaderView>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace views {

PortalShell::PortalShell(PageList pages, QWidget *parent)
    : QWidget(parent)
    , m_pages(std::move(pages))
{
    for (const auto &page : std::as_const(m_pages)) {
        auto *holder = new QWidget(this);
        holder->setObjectName(page.id + QStringLiteral("-holder"));
        auto *layout = new QVBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        m_holders.append(holder);
        // A page taller or wider than a small window (900 × 600) scrolls instead of forcing the
        // window larger or squeezing its controls.
        auto *frame = new QScrollArea(this);
        frame->setObjectName(page.id + QStringLiteral("-frame"));
        frame->setWidgetResizable(true);
        frame->setFrameShape(QFrame::NoFrame);
        frame->setFocusPolicy(Qt::NoFocus);
        frame->setWidget(holder);
        m_frames.append(frame);
    }
}

QStringList PortalShell::pageIds() const
{
    QStringList ids;
    for (const auto &page : m_pages)
        ids.append(page.id);
    return ids;
}

int PortalShell::indexOf(const QString &id) const
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).id == id)
            return i;
    }
    return -1;
}

void PortalShell::activate(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    QWidget *target = holder(index);
    if (target->layout()->count() == 0 && m_pages.at(index).create) {
        QWidget *page = m_pages.at(index).create(target);
        page->setObjectName(m_pages.at(index).id);
        target->layout()->addWidget(page);
        const auto retitle = [this, index](const QString &title) {
            setTitleAt(index, title.isEmpty() ? m_pages.at(index).title : title);
        };
        connect(page, &QWidget::windowTitleChanged, this, retitle);
        if (!page->windowTitle().isEmpty())
            retitle(page->windowTitle());
    }
    if (m_currentId != m_pages.at(index).id) {
        m_currentId = m_pages.at(index).id;
        emit currentPageChanged(m_currentId);
    }
}

AdminShell::AdminShell(PageList pages, QWidget *parent)
    : PortalShell(std::move(pages), parent)
    , m_tabWidget(new QTabWidget(this))
{
    m_tabWidget->setObjectName(QStringLiteral("adminTabWidget"));
    m_tabWidget->setDocumentMode(true);
    for (int i = 0; i < m_pages.size(); ++i)
        m_tabWidget->addTab(frame(i), m_pages.at(i).icon, m_pages.at(i).title);
    connect(m_tabWidget, &QTabWidget::currentChanged, this, [this](int index) { activate(index); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabWidget);
    activate(m_tabWidget->currentIndex());
}

bool AdminShell::showPage(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    m_tabWidget->setCurrentIndex(index);
    activate(index);
    return true;
}

UserShell::UserShell(PageList pages, QWidget *parent)
    : PortalShell(std::move(pages), parent)
    , m_navigationTreeWidget(new QTreeWidget(this))
    , m_pagesStackedWidget(new QStackedWidget(this))
{
    m_navigationTreeWidget->setObjectName(QStringLiteral("navigationTreeWidget"));
    m_navigationTreeWidget->setAccessibleName(tr("Pages"));
    m_navigationTreeWidget->setHeaderHidden(true);
    m_navigationTreeWidget->setRootIsDecorated(false);
    m_navigationTreeWidget->setIndentation(14);
    m_navigationTreeWidget->setFixedWidth(220);
    m_pagesStackedWidget->setObjectName(QStringLiteral("pagesStackedWidget"));

    QTreeWidgetItem *section = nullptr;
    for (int i = 0; i < m_pages.size(); ++i) {
        const auto &page = m_pages.at(i);
        m_pagesStackedWidget->addWidget(frame(i));
        QTreeWidgetItem *item = nullptr;
        if (page.section.isEmpty()) {
            section = nullptr;
            item = new QTreeWidgetItem(m_navigationTreeWidget, {page.title});
        } else {
            if (!section || section->text(0) != page.section) {
                section = new QTreeWidgetItem(m_navigationTreeWidget, {page.section});
                section->setFlags(Qt::ItemIsEnabled); // a heading, not a destination
                QFont bold = section->font(0);
                bold.setBold(true);
                section->setFont(0, bold);
                section->setIcon(0, page.sectionIcon);
            }
            item = new QTreeWidgetItem(section, {page.title});
        }
        item->setIcon(0, page.icon);
        item->setData(0, Qt::UserRole, i);
        m_items.append(item);
    }
    m_navigationTreeWidget->expandAll();
    connect(m_navigationTreeWidget, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || !item->data(0, Qt::UserRole).isValid())
            return;
        const int index = item->data(0, Qt::UserRole).toInt();
        m_pagesStackedWidget->setCurrentIndex(index);
        activate(index);
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigationTreeWidget);
    layout->addWidget(m_pagesStackedWidget, 1);
    if (!m_items.isEmpty())
        m_navigationTreeWidget->setCurrentItem(m_items.first());
}

QString AdminShell::pageTitle(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? QString() : m_tabWidget->tabText(index);
}

void AdminShell::setTitleAt(int index, const QString &title)
{
    m_tabWidget->setTabText(index, title);
}

QString UserShell::pageTitle(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? QString() : m_items.at(index)->text(0);
}

void UserShell::setTitleAt(int index, const QString &title)
{
    m_items.at(index)->setText(0, title);
}

bool UserShell::showPage(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    m_navigationTreeWidget->setCurrentItem(m_items.at(index));
    return true;
}

} // namespace views
