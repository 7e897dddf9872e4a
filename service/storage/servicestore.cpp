#include "storage/servicestore.h"

namespace samen::service {

Result<QHash<QString, StoredOp>> ServiceStore::opsById(const QString &planId, const QStringList &opIds)
{
    QHash<QString, StoredOp> found;
    for (const QString &id : opIds) {
        auto op = opById(planId, id);
        if (!op)
            return op.error();
        if (op->has_value())
            found.insert(id, op->value());
    }
    return found;
}

Result<QHash<QString, std::optional<EntityRecord>>> ServiceStore::entities(const QString &planId, const QStringList &entityIds)
{
    QHash<QString, std::optional<EntityRecord>> found;
    for (const QString &id : entityIds) {
        auto record = entity(planId, id);
        if (!record)
            return record.error();
        found.insert(id, record.value());
    }
    return found;
}

} // namespace samen::service
