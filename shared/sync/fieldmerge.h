#pragma once

#include "sync/operation.h"

#include <QList>

namespace samen {

/**
 * The merged state of one field of one entity. For last-writer-wins fields
 * heads holds just the winner; for free-text fields heads holds every value
 * no later edit replaced: more than one head means a conflict a person resolves.
 */
struct FieldState {
    Operation winner;
    QList<Operation> heads; ///< sorted by operationLess, winner last
    bool inConflict() const { return heads.size() > 1; }
};

/**
 * Merges all operations on one field (any order, duplicates allowed) into its state.
 * Commutative and idempotent: the result depends only on the set of opIds.
 * Precondition: ops is not empty and all ops target the same entity and field.
 */
FieldState mergeField(const QList<Operation> &ops, bool freeText);

} // namespace samen
