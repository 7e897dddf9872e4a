// PlanStore and the device's clock: the high-water mark every clock of this
// device stays above, and sending refused changes again with a new clock value.
#include "domain/readrule.h"
#include "store/deviceaccess.h"
#include "store/entitymaterializer.h"
#include "store/operationtable.h"
#include "store/planstore.h"
#include "store/storeerrors.h"
#include "store/storelog.h"
#include "sync/refusal.h"
#include "sync/uuid7.h"

#include <QCoreApplication>
#include <QHash>

namespace samen {

namespace {

const QString kHighWater = QStringLiteral("clock.highWater");

/**
 * Outbox rows refused for their clock: their values were never accepted and never count (see clockFloor). The kept
 * reason is "clock" or "clock@<domain>" (Refusal::keep), or "clock: <the service's words>" in stores from before.
 */
QString refusedForClock()
{
    return QStringLiteral("SELECT op_id FROM outbox WHERE pushed = 0 AND (rejected_reason = '%1' OR substr(rejected_reason, 1, %2) IN ('%1@', '%1:'))")
        .arg(Refusal::kClock)
        .arg(Refusal::kClock.size() + 1);
}

} // namespace

Hlc PlanStore::clockFloor() const
{
    return Hlc::parse(setting(kHighWater)).value_or(Hlc());
}

std::unique_ptr<HlcClock> PlanStore::makeClock(HlcClock::WallClock wallMs)
{
    QString node = setting(QStringLiteral("node"));
    if (node.isEmpty()) {
        // A short random device name for the clock; it is not personal data.
        node = newUuid7().right(12);
        (void)setSetting(QStringLiteral("node"), node);
    }
    return std::make_unique<HlcClock>(node, std::move(wallMs), [this] { return clockFloor(); });
}

Status PlanStore::raiseClockFloor(const Hlc &hlc)
{
    const Hlc kept = clockFloor();
    if (hlc.wallMs < kept.wallMs || (hlc.wallMs == kept.wallMs && hlc.counter <= kept.counter))
        return {};
    return setSetting(kHighWater, hlc.toString());
}

Status PlanStore::recomputeClockFloor()
{
    QString highest;
    if (Status s = m_db->forEachRow(QStringLiteral("SELECT max(hlc) FROM ops WHERE op_id NOT IN (%1)").arg(refusedForClock()), {},
                                    [&](const Statement &q) { highest = q.text(0); });
        !s)
        return s;
    // The text form sorts like the value (Hlc), so max(hlc) is the greatest clock value.
    return setSetting(kHighWater, highest);
}

Refusal PlanStore::refusalOf(const OutboxEntry &entry) const
{
    Refusal why = Refusal::parse(entry.rejectedReason);
    if (why.domainKey.isEmpty()) // kept before the domain was: the device knows where the item is
        why.domainKey = ReadRule::domainOf(*this, entity(entry.op.entityId).value_or(QJsonObject()));
    return why;
}

Status PlanStore::retryRejected(const QString &opId, HlcClock &clock)
{
    return retryRejected(QStringList { opId }, clock);
}

Status PlanStore::retryRejected(const QStringList &opIds, HlcClock &clock)
{
    Transaction tx(*m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = checkRejected(opIds); !s)
        return s;
    QList<OutboxEntry> entries;
    const MemberAccess access = DeviceAccess::load(*this);
    for (const OutboxEntry &e : rejected()) { // in the order they were made
        if (!opIds.contains(e.op.opId))
            continue;
        if (!refusalOf(e).retryableWith(access))
            return Status::fail(ErrorCode::Validation,
                                QCoreApplication::translate("samen",
                                                            "This change was refused because it is not allowed or not valid: sending it again "
                                                            "cannot help. Nothing was changed. Discard it, or ask the plan's owner for access."));
        entries.append(e);
    }
    auto stamp = m_db->prepare(QStringLiteral("UPDATE ops SET hlc = ?2 WHERE op_id = ?1"));
    if (!stamp)
        return stamp.error();
    auto requeue = m_db->prepare(QStringLiteral("UPDATE outbox SET rejected_reason = NULL WHERE op_id = ?1 AND pushed = 0"));
    if (!requeue)
        return requeue.error();
    QList<Operation> restamped;
    for (const OutboxEntry &e : std::as_const(entries)) {
        Operation op = e.op;
        op.hlc = clock.now();
        if (Status s = stamp.value()->bind({ op.opId, op.hlc.toString() }).run(); !s)
            return s;
        if (Status s = requeue.value()->bind({ op.opId }).run(); !s)
            return s;
        restamped.append(op);
    }
    if (!restamped.isEmpty()) {
        if (Status s = raiseClockFloor(restamped.constLast().hlc); !s)
            return s;
    }
    if (Status s = mergeFieldsAgain(restamped); !s)
        return s;
    return tx.commit();
}

Status PlanStore::mergeFieldsAgain(const QList<Operation> &ops)
{
    struct Touched {
        QString type, plan;
        EntityMaterializer::NewOps fields; // empty lists: merge each field from its whole history
    };
    QHash<QString, Touched> touched;
    QStringList order;
    for (const Operation &op : ops) {
        auto it = touched.find(op.entityId);
        if (it == touched.end()) {
            it = touched.insert(op.entityId, { op.entityType, op.planId, {} });
            order.append(op.entityId);
        }
        it->fields.insert(op.field, {});
    }
    EntityMaterializer materializer(*m_db);
    for (const QString &id : std::as_const(order)) {
        const Touched &t = touched[id];
        if (Status s = materializer.refresh(id, t.type, t.plan, t.fields); !s)
            return s;
    }
    return {};
}

} // namespace samen
