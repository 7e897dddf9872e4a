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
#include <set>
#include <utility>

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
    /**
     * The greatest "sortKey" (a string; other values count as "") among the live
     * entities of a type in a plan whose groupField is groupValue (a goal's domain,
     * a step's goal), "" when there is none: where PlanEditor puts a new item last.
     * Answered from an index kept up to date with each operation, so building a plan
     * of n items in memory (the demo, bulk imports) stays linear, not one scan per item.
     */
    QString lastSortKey(const QString &planId, const QString &entityType, const QString &groupField, const QString &groupValue) const override;

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
        mutable std::optional<QJsonObject> doc; ///< the merged document, kept until the next operation on the entity
    };
    /** Where lastSortKey looks for one (plan, type, group field): kept up to date lazily. */
    struct SortKeyIndex {
        QHash<QString, QMap<QString, int>> keys; ///< group value -> sort key -> how many live entities have it
        QHash<QString, std::pair<QString, QString>> counted; ///< entity -> (group value, sort key) it is counted under
        QSet<QString> stale; ///< entities changed since they were counted
    };
    static QString typeKey(const QString &planId, const QString &entityType);
    /** The entity's merged document, merged once per change (entity() and entities() no longer merge every read). */
    const QJsonObject &document(const QString &entityId, const EntityOps &e) const;

    QMap<QString, EntityOps> m_entities;
    QHash<QString, std::set<QString>> m_byType; ///< typeKey -> entity ids, so entities() reads one type, not the whole plan
    mutable QHash<QString, SortKeyIndex> m_sortKeys; ///< typeKey + group field -> index
    QHash<QString, Operation> m_seen;
    Hlc m_latest;
};

} // namespace samen
