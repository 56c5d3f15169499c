#include "server/db/RowReader.h"

#include "server/db/Database.h"

namespace server {

bool RowReader::bindsAsText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return true;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return false;
    default:
        throw DatabaseError("cannot bind a value of type " + std::string(value.typeName()));
    }
}

} // namespace server
