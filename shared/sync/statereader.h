#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samen {

/**
 * Read access to the merged state of plans, shared by the in-memory PlanState
 * and the encrypted PlanStore, so editing logic works on either.
 *
 * An entity document is a JSON object: {"id", "type", "planId", <field>: value, ...}
 * holding each field's winning value; deleted entities ("_deleted": true) are
 * left out of entities() but still returned by entity().
 */
class StateReader
{
public:
    virtual ~StateReader() = default;
    virtual std::optional<QJsonObject> entity(const QString &entityId) const = 0;
    /** Live (not deleted) entities of one type in a plan, in no particular order. */
    virtual QList<QJsonObject> entities(const QString &planId, const QString &entityType) const = 0;
    /** opIds of the field's current head value(s); empty when the field was never set. */
    virtual QStringList fieldHeads(const QString &entityId, const QString &field) const = 0;
    /**
     * The greatest "sortKey" (a string; other values count as "") among the live entities
     * of a type in a plan whose groupField is groupValue, "" when there is none: where a
     * new item goes last. This default scans entities(); PlanState answers from an index.
     */
    virtual QString lastSortKey(const QString &planId, const QString &entityType, const QString &groupField, const QString &groupValue) const
    {
        QString last;
        for (const QJsonObject &doc : entities(planId, entityType)) {
            const QString key = doc.value(QStringLiteral("sortKey")).toString();
            if (doc.value(groupField).toString() == groupValue && key > last)
                last = key;
        }
        return last;
    }
};

} // namespace samen
