#pragma once

#include "sync/fieldmerge.h"
#include "sync/operation.h"
#include "sync/statereader.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace samen {

/**
 * The reference merge, in memory: every operation ever applied, merged per
 * field with mergeField (free-text fields keep concurrent heads). Used by
 * tests, the property test of convergence, and as the model the encrypted
 * store must agree with. Not thread-safe.
 */
class PlanState : public StateReader
{
public:
    /** Adds one operation; applying the same opId again changes nothing. */
    void apply(const Operation &op);
    void apply(const QList<Operation> &ops);

    // StateReader
    std::optional<QJsonObject> entity(const QString &entityId) const override;
    QList<QJsonObject> entities(const QString &planId, const QString &entityType) const override;
    QStringList fieldHeads(const QString &entityId, const QString &field) const override;

    /** The merged state of one field, or nothing when it was never set. */
    std::optional<FieldState> fieldState(const QString &entityId, const QString &field) const;
    /** Every operation on one field (or, with no field, on the whole entity), oldest first by operationLess: superseded values stay here. */
    QList<Operation> history(const QString &entityId, const QString &field = {}) const;
    std::optional<Operation> operation(const QString &opId) const;
    qsizetype operationCount() const { return m_seen.size(); }
    /** The greatest clock value seen: a device's HlcClock observes it so new edits sort after everything it shows. */
    const Hlc &latestHlc() const { return m_latest; }

    /**
     * A stable dump of the whole merged state (entities sorted by id, fields by
     * name, each with winner, heads and every opId seen): two replicas that saw
     * the same operations give identical bytes, whatever the order of arrival.
     */
    QByteArray canonical() const;

private:
    struct EntityOps {
        Operation first; ///< least by operationLess: decides type and planId, whatever the arrival order
        QMap<QString, QList<Operation>> fields;
    };
    QMap<QString, EntityOps> m_entities;
    QHash<QString, Operation> m_seen;
    Hlc m_latest;
};

} // namespace samen
