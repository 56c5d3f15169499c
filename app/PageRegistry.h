#pragma once
// Which pages each role sees, in order. Features plug in here: replace a placeholder factory
// with the real page's constructor.

#include "contract/Types.h"
#include "views/shell/PageDefinition.h"

#include <QCoreApplication>

namespace models {
class Session;
}

namespace app {

class PageRegistry
{
    Q_DECLARE_TR_FUNCTIONS(PageRegistry)

public:
    static views::PageList administratorPages(models::Session &session);
    static views::PageList userPages(models::Session &session);
    static views::PageList pagesFor(contract::Role role, models::Session &session);
};

} // namespace app
