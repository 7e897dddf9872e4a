#include "sync/fieldmerge.h"

#include <QSet>

#include <algorithm>

namespace samen {

FieldState mergeField(const QList<Operation> &ops, bool freeText)
{
    FieldState state;
    if (ops.isEmpty())
        return state;
    QList<Operation> unique;
    unique.reserve(ops.size());
    QSet<QString> seen;
    for (const Operation &op : ops) {
        if (!seen.contains(op.opId)) {
            seen.insert(op.opId);
            unique.append(op);
        }
    }
    std::sort(unique.begin(), unique.end(), operationLess);
    if (!freeText) {
        state.winner = unique.last();
        state.heads = { state.winner };
        return state;
    }
    // A value is superseded once any edit names it as the value it replaced.
    QSet<QString> superseded;
    for (const Operation &op : unique) {
        for (const QString &b : op.base)
            superseded.insert(b);
    }
    for (const Operation &op : unique) {
        if (!superseded.contains(op.opId))
            state.heads.append(op);
    }
    if (state.heads.isEmpty()) // only possible with a malformed base cycle: fall back to LWW
        state.heads = { unique.last() };
    state.winner = state.heads.last();
    return state;
}

} // namespace samen
