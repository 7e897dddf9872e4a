#include "domain/editundo.h"

#include "domain/planeditor.h"
#include "sync/statereader.h"

#include <QCoreApplication>

#include <algorithm>

namespace samen {

namespace {

bool isEmptyValue(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined();
}

/** The value a field shows: a missing field is null, a missing tombstone is false. */
QJsonValue shown(const QJsonObject &doc, const QString &field)
{
    const QJsonValue v = doc.value(field);
    if (field == kTombstoneField)
        return v.toBool();
    return isEmptyValue(v) ? QJsonValue(QJsonValue::Null) : v;
}

} // namespace

EditUndo EditUndo::capture(const StateReader &state, const Edit &edit, const QString &label)
{
    EditUndo undo;
    undo.m_label = label;
    for (const Operation &op : edit.ops) {
        const auto doc = state.entity(op.entityId);
        if (!doc) {
            if (!undo.m_created.contains(op.entityId))
                undo.m_created.append(op.entityId);
            continue;
        }
        const bool seen
            = std::any_of(undo.m_changes.cbegin(), undo.m_changes.cend(), [&](const Change &c) { return c.entityId == op.entityId && c.field == op.field; });
        if (!seen)
            undo.m_changes.append(Change { op.entityId, op.field, shown(*doc, op.field) });
    }
    return undo;
}

Result<Edit> EditUndo::undo(const StateReader &state, PlanEditor &editor) const
{
    Edit out;
    auto add = [&](const Result<Edit> &one) -> Status {
        if (!one)
            return one.error();
        if (out.entityId.isEmpty())
            out.entityId = one->entityId;
        out.ops.append(one->ops);
        return {};
    };
    // Tombstones first: a deleted item takes no other change until it is back.
    for (const bool tombstones : { true, false }) {
        for (const Change &c : m_changes) {
            if ((c.field == kTombstoneField) != tombstones)
                continue;
            const auto doc = state.entity(c.entityId);
            if (!doc || shown(*doc, c.field) == c.before)
                continue;
            if (Status s = add(editor.setField(c.entityId, c.field, c.before)); !s)
                return s.error();
        }
    }
    for (const QString &id : m_created) {
        const auto doc = state.entity(id);
        if (doc && !doc->value(kTombstoneField).toBool()) {
            if (Status s = add(editor.remove(id)); !s)
                return s.error();
        }
    }
    if (out.ops.isEmpty())
        return Error { ErrorCode::Validation, QCoreApplication::translate("samen", "There is nothing to undo: it is already as it was.") };
    return out;
}

} // namespace samen
