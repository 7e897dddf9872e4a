#include "store/entityidentity.h"

namespace samen {

EntityIdentity::EntityIdentity(Database &db)
    : m_db(db)
{
}

Result<bool> EntityIdentity::admits(const Operation &op)
{
    if (op.entityId == op.planId && op.entityType != QLatin1StringView("plan"))
        return false;
    auto known = m_known.find(op.entityId);
    if (known == m_known.end()) {
        auto stored = m_db.prepare(QStringLiteral("SELECT type, plan_id FROM entities WHERE id = ?1"));
        if (!stored)
            return stored.error();
        auto row = stored.value()->bind({ op.entityId }).step();
        if (!row)
            return row.error();
        std::pair<QString, QString> entity;
        if (row.value())
            entity = { stored.value()->text(0), stored.value()->text(1) };
        stored.value()->reset();
        known = m_known.insert(op.entityId, entity);
    }
    if (known->first.isEmpty()) {
        *known = { op.entityType, op.planId };
        return true;
    }
    return known->first == op.entityType && known->second == op.planId;
}

} // namespace samen
