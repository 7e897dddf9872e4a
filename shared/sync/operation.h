#pragma once

#include "sync/hlc.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace samen {

/**
 * One change to one field of one entity: the unit that is stored, synced and merged.
 * Creating an entity = setting its fields; deleting = setting the tombstone field.
 */
struct Operation {
    QString opId; ///< UUIDv7, unique across all devices
    QString planId; ///< the plan this entity belongs to
    QString entityType; ///< "plan", "goal", "step", ... (see domain/schema.h)
    QString entityId; ///< UUIDv7 of the entity
    QString field; ///< field name, or kTombstoneField
    QJsonValue value; ///< the new value (JSON scalar, array or object)
    Hlc hlc; ///< when, in hybrid logical time
    QString authorMemberId; ///< the plan member who made the change
    QStringList base; ///< opIds of the value(s) the author replaced (free-text conflict detection)

    QJsonObject toJson() const;
    /** Parses the wire/storage form; returns false (and leaves *out untouched) when malformed. */
    static bool fromJson(const QJsonObject &json, Operation *out, QString *why = nullptr);
    /**
     * The operations of a pull page or snapshot ("ops": [...], each with the service's
     * "seq") that parse and belong to planId, in order; *malformed (optional) counts the
     * others, which a device skips.
     */
    static QList<Operation> listFromJson(const QJsonArray &json, const QString &planId, int *malformed = nullptr);
};

/** The field that marks an entity deleted (value true) or restored (false). */
inline constexpr QLatin1StringView kTombstoneField { "_deleted" };

/** Total order used by last-writer-wins: (hlc, authorMemberId, opId). */
bool operationLess(const Operation &a, const Operation &b);

} // namespace samen
