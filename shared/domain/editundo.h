#pragma once

#include "core/result.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace samen {

class PlanEditor;
class StateReader;
struct Edit;

/**
 * What one edit changed, captured before it is stored, so "Undo" can put it back. Undo never
 * removes operations (the log keeps everything, docs/sync-protocol.md "Tombstones"): it is a
 * new edit that sets every field the edit touched back to its earlier value (null where it
 * had none; a deleted item gets "_deleted": false) and deletes what the edit created.
 */
class EditUndo
{
public:
    /** Call before `edit` is applied to `state`; `label` is what the person reads ("Goal deleted."). */
    static EditUndo capture(const StateReader &state, const Edit &edit, const QString &label);

    bool isEmpty() const { return m_changes.isEmpty() && m_created.isEmpty(); }
    QString label() const { return m_label; }
    /**
     * The edit that undoes it, made by `editor` on today's `state`: tombstones first (so the
     * other fields may be set again), only fields whose value differs from the earlier one.
     * Validation error when nothing is left to undo.
     */
    Result<Edit> undo(const StateReader &state, PlanEditor &editor) const;

private:
    struct Change {
        QString entityId;
        QString field;
        QJsonValue before; ///< null when the field was not set
    };
    QList<Change> m_changes;
    QStringList m_created; ///< entities the edit made: undo deletes them
    QString m_label;
};

} // namespace samen
