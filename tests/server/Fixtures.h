#pragma once
// Demo credentials as the tests use them.

#include "contract/DemoSeed.h"

#include <QString>

namespace fixtures {
inline QString companyNumber()
{
    return QString::fromLatin1(contract::demo::CompanyNumber);
}
inline QString adminPassword()
{
    return QString::fromLatin1(contract::demo::AdminPassword);
}
inline QString userPassword()
{
    return QString::fromLatin1(contract::demo::UserPassword);
}
inline QString userExtension()
{
    return QString::fromLatin1(contract::demo::UserExtension);
}
inline QString otherCompanyNumber()
{
    return QString::fromLatin1(contract::demo::OtherCompanyNumber);
}
inline QString otherAdminPassword()
{
    return QString::fromLatin1(contract::demo::OtherAdminPassword);
}
} // namespace fixtures
