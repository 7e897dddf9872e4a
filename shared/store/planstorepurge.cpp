// PlanStore's purges: deleting what this device may no longer read after the
// plan's owner withdrew access, leaving no copy in the database's files.
#include "domain/readrule.h"
#include "store/entitymaterializer.h"
#include "store/operationtable.h"
#include "store/planstore.h"
#include "store/storelog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace samen {

namespace {

/** The operation names the life domain of its entity (the same fields the service reads: ReadRule::domainField). */
bool namesDomain(const QString &type, const QString &field)
{
    return !field.isEmpty() && ReadRule::domainField(type) == field;
}

} // namespace

QStringList PlanStore::receivedDomainKeys(const QString &planId) const
{
    QSet<QString> keys;
    // A read error leaves the list short; the caller only purges keys it finds here.
    (void)m_db->forEachRow(QStringLiteral("SELECT entity_type, field, value FROM ops WHERE plan_id = ?1 "
                                          "AND (origin = 'remote' OR op_id IN (SELECT op_id FROM outbox WHERE pushed = 1)) "
                                          "AND entity_type IN ('domain', 'goal', 'assessment') AND field IN ('key', 'domainKey')"),
                           { planId }, [&](const Statement &q) {
                               if (namesDomain(q.text(0), q.text(1)))
                                   keys.insert(OperationTable::decodeValue(q.text(2)).toString());
                           });
    keys.remove(QString());
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    return sorted;
}

QHash<QString, std::pair<QString, QString>> PlanStore::entityScopes(const QString &planId) const
{
    // Every entity of the plan, deleted ones included: a tombstone is data too.
    QList<QJsonObject> docs;
    const QByteArray plan = planId.toUtf8();
    (void)m_db->forEachRow(QStringLiteral("SELECT doc, id, type FROM entities WHERE plan_id = ?1"), { planId },
                           [&](const Statement &q) { docs.append(EntityMaterializer::document(q.blob(0), q.blob(1), q.blob(2), plan)); });
    QHash<QString, std::pair<QString, QString>> scopes;
    for (const QJsonObject &doc : std::as_const(docs))
        scopes.insert(doc.value(QStringLiteral("id")).toString(), { doc.value(QStringLiteral("type")).toString(), ReadRule::domainOf(*this, doc) });
    return scopes;
}

Result<int> PlanStore::purgeDomain(const QString &planId, const QString &domainKey)
{
    QStringList ids;
    const auto scopes = entityScopes(planId);
    for (auto it = scopes.cbegin(); it != scopes.cend(); ++it) {
        if (it.value().second == domainKey)
            ids.append(it.key());
    }
    ids.sort();
    return purgeEntities(planId, ids);
}

Result<int> PlanStore::purgeUnreadable(const QString &planId, const MemberAccess &access)
{
    if (access.isOwner())
        return 0;
    if (!access.readsAnything() && access.named().isEmpty())
        return purgePlan(planId); // no domain left and nothing names them: nothing of the plan stays, not even its name
    const QStringList held = receivedDomainKeys(planId);
    // Agreements and meetings the service has (received, or sent from here and accepted): this device's unsent ones stay.
    QSet<QString> received;
    (void)m_db->forEachRow(QStringLiteral("SELECT DISTINCT entity_id FROM ops WHERE plan_id = ?1 AND entity_type IN ('agreement', 'meeting') "
                                          "AND (origin = 'remote' OR op_id IN (SELECT op_id FROM outbox WHERE pushed = 1))"),
                           { planId }, [&](const Statement &q) { received.insert(q.text(0)); });
    auto isOwnUnsent = [&](const QString &id) { return !received.contains(id); };
    QStringList ids;
    const auto scopes = entityScopes(planId);
    for (auto it = scopes.cbegin(); it != scopes.cend(); ++it) {
        const auto &[type, domain] = it.value();
        if (ReadRule::mayRead(access, type, domain, it.key()))
            continue;
        // An agreement or meeting named away: it goes, whatever the device received of its domain.
        if (ReadRule::scopeOf(type, domain) == ReadRule::Scope::DomainOrNamed || ReadRule::scopeOf(type, domain) == ReadRule::Scope::Named) {
            if (!isOwnUnsent(it.key()))
                ids.append(it.key());
            continue;
        }
        // A domain this device never received holds only its own unsent or refused changes: the person decides about those.
        if (!domain.isEmpty() && !held.contains(domain))
            continue;
        ids.append(it.key());
    }
    if (ids.isEmpty())
        return 0;
    ids.sort();
    return purgeEntities(planId, ids);
}

Result<int> PlanStore::purgePlan(const QString &planId)
{
    QStringList ids;
    if (Status s = m_db->forEachRow(QStringLiteral("SELECT DISTINCT entity_id FROM ops WHERE plan_id = ?1 "
                                                   "UNION SELECT id FROM entities WHERE plan_id = ?1"),
                                    { planId }, [&](const Statement &q) { ids.append(q.text(0)); });
        !s)
        return s.error();
    return purgeEntities(planId, ids);
}

Result<int> PlanStore::purgeEntities(const QString &planId, const QStringList &entityIds)
{
    // Compiled in already (SQLITE_SECURE_DELETE); stated here because the purge depends on it.
    if (Status s = m_db->exec(QStringLiteral("PRAGMA secure_delete = ON")); !s)
        return s.error();
    {
        Transaction tx(*m_db);
        if (!tx.begun())
            return tx.begun().error();
        // One pass over the operations for all the entities (no index finds them by entity or
        // plan; OperationChains), ?1 the plan, ?2 the entity ids as a JSON array.
        const QString ids = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(entityIds)).toJson(QJsonDocument::Compact));
        const QStringList statements {
            QStringLiteral("DELETE FROM outbox WHERE op_id IN (SELECT op_id FROM ops WHERE plan_id = ?1 AND entity_id IN (SELECT value FROM json_each(?2)))"),
            QStringLiteral("DELETE FROM entities WHERE id IN (SELECT value FROM json_each(?2))"),
            QStringLiteral("DELETE FROM ops WHERE plan_id = ?1 AND entity_id IN (SELECT value FROM json_each(?2))"),
        };
        for (const QString &sql : statements) {
            auto st = m_db->prepare(sql);
            if (!st)
                return st.error();
            if (Status s = st.value()->bind({ planId, ids }).run(); !s)
                return s.error();
        }
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    qCInfo(lcStore) << "purged" << entityIds.size() << "entities whose access was withdrawn";
    if (Status s = scrubDeleted(); !s)
        return s.error();
    return static_cast<int>(entityIds.size());
}

Status PlanStore::scrubDeleted()
{
    // secure_delete zeroed the deleted cells in the new page images, but older
    // images of those pages still sit in the WAL. Folding it into the main file and
    // truncating it removes them; VACUUM then rewrites the file without free pages
    // (its own WAL frames are folded in and truncated the same way).
    for (const char *sql : { "PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)" }) {
        auto busy = m_db->scalar(QString::fromLatin1(sql));
        if (!busy)
            return busy.error();
        if (busy.value() != 0) {
            qCWarning(lcStore) << "scrub: the WAL is still in use by another reader";
            return Status::fail(ErrorCode::Io,
                                QCoreApplication::translate("samen", "The plan file is in use elsewhere; deleted data is removed fully next time."));
        }
    }
    const QFileInfo wal(m_db->path() + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() != 0) {
        qCWarning(lcStore) << "scrub: the WAL was not truncated";
        return Status::fail(ErrorCode::Io, QCoreApplication::translate("samen", "The plan file is in use elsewhere; deleted data is removed fully next time."));
    }
    return {};
}

} // namespace samen
