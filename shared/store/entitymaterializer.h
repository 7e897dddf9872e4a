#pragma once

#include "core/result.h"
#include "store/database.h"

#include <QSet>
#include <QString>

namespace samen {

/**
 * Recomputes the materialised state of an entity (field_state rows and the
 * entity document) from its stored operations with mergeField. Runs inside
 * the caller's transaction; used by PlanStore on apply and by migrations.
 */
class EntityMaterializer
{
public:
    explicit EntityMaterializer(Database &db);

    /** Re-merges the given fields of one entity and rewrites its document. */
    Status refresh(const QString &entityId, const QString &entityType, const QString &planId, const QSet<QString> &fields);
    /** Re-merges every field of every entity in the store (migrations). */
    Status refreshAll();

private:
    Database &m_db;
};

} // namespace samen
