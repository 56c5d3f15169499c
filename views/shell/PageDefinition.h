#pragma once
// One page of the portal as the shells see it. The app declares the pages of each role in a
// registry; a feature replaces a placeholder by changing its factory, not the shells.

#include <QIcon>
#include <QList>
#include <QString>
#include <functional>

class QWidget;

namespace views {

struct PageDefinition {
    QString id;      // stable: screenshots and tests use it ("admin-configuration")
    QString section; // navigation group for end users ("Home"); empty for top-level pages
    QString title;
    std::function<QWidget *(QWidget *parent)> create; // called once, when first shown
    QIcon icon{};                                     // beside the title in the tabs or the sidebar
    QIcon sectionIcon{}; // beside the section's heading in the sidebar (its first page's counts)
};

using PageList = QList<PageDefinition>;

} // namespace views
