#pragma once
// Which pages each role sees, in order. Features plug in here: replace a placeholder factory
// with the real page's constructor.

#include "contract/Types.h"
#include "views/shell/PageDefinition.h"

#include <QCoreApplication>

namespace models {
class Stores;
}

namespace app {

class PageRegistry
{
    Q_DECLARE_TR_FUNCTIONS(PageRegistry)

public:
    static views::PageList administratorPages(models::Stores &stores);
    static views::PageList userPages(models::Stores &stores);
    static views::PageList pagesFor(contract::Role role, models::Stores &stores);
};

} // namespace app
