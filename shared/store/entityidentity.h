#pragma once

#include "core/result.h"
#include "store/database.h"
#include "sync/operation.h"

#include <QHash>
#include <QString>

#include <utility>

namespace samen {

/**
 * The type and plan each entity id of a store has had since its first operation
 * (the entities row), so an operation naming an id as another kind of entity (a
 * "goal" deleting a member's record) is kept out: the device's side of the
 * service's push rule 6 (docs/sync-protocol.md). Lives for one apply, inside its
 * transaction; remembers the ids that batch introduces.
 */
class EntityIdentity
{
public:
    explicit EntityIdentity(Database &db);

    /**
     * True when op may be stored: its id is new, or already has op's type and plan;
     * and the plan's id names only the plan's entity. A new id takes op's type and
     * plan for the rest of the batch. Errors: the store's read errors.
     */
    Result<bool> admits(const Operation &op);

private:
    Database &m_db;
    QHash<QString, std::pair<QString, QString>> m_known; ///< entity id -> type and plan ("" = new)
};

} // namespace samen
