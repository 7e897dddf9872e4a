#include "store/planstore.h"
#include "store/settingstable.h"

#include "store/entityidentity.h"
#include "store/entitymaterializer.h"
#include "store/operationchains.h"
#include "store/operationtable.h"
#include "store/pagecheck.h"
#include "store/planstoreschema.h"
#include "store/positionmap.h"
#include "store/storeerrors.h"
#include "store/storefiles.h"
#include "store/storelog.h"
#include "sync/refusal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace samen {

namespace {

/**
 * Runs a query and collects one value per row. On error it returns what it has: a
 * damaged page marks the store damaged (health()), which every caller checks before
 * it shows or sends what it read; other errors are logged by the Database.
 */
template<typename F> void eachRow(Database &db, const QString &sql, const QVariantList &args, F &&onRow)
{
    (void)db.forEachRow(sql, args, onRow);
}

/** True when the file is in WAL mode already, so opening it writes nothing (read from page 1). */
bool isInWalMode(Database &db)
{
    QString mode;
    (void)db.forEachRow(QStringLiteral("PRAGMA journal_mode"), {}, [&mode](const Statement &row) { mode = row.text(0); });
    return mode == QLatin1String("wal");
}

} // namespace

PlanStore::PlanStore(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{
}

PlanStore::~PlanStore() = default;

QString PlanStore::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("samen.db"));
}

bool PlanStore::exists(const QString &dataDir)
{
    return QFileInfo::exists(databasePath(dataDir));
}

Status PlanStore::health() const
{
    return m_db->isDamaged() ? Status(storeerrors::damaged()) : Status();
}

Result<std::unique_ptr<PlanStore>> PlanStore::open(const QString &dataDir, const DatabaseKey &key)
{
    return openFile(dataDir, key, false);
}

Result<std::unique_ptr<PlanStore>> PlanStore::open(const QString &dataDir, const DatabaseKey &key, PageCheckTiming timing)
{
    return openFile(dataDir, key, false, timing);
}

std::shared_ptr<PageCheck> PlanStore::pendingPageCheck() const
{
    return m_db->pendingPageCheck();
}

Result<QString> PlanStore::moveAside(const QString &dataDir)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString keptDir = QDir(dataDir).filePath(QStringLiteral("damaged-%1").arg(stamp));
    const auto failed = [] {
        return Result<QString>::fail(ErrorCode::Io,
                                     QCoreApplication::translate("samen", "The damaged plan file could not be moved aside. Nothing was changed."));
    };
    if (!storefiles::makeOwnerOnlyFolder(keptDir))
        return failed();
    const QString from = databasePath(dataDir);
    const QString kept = databasePath(keptDir);
    // The main file last: until it moves, the data folder still holds the whole store.
    QStringList files = storefiles::of(from);
    files.move(0, files.size() - 1);
    QStringList moved;
    for (const QString &file : std::as_const(files)) {
        const QString to = kept + file.mid(from.size());
        if (QFileInfo::exists(file) && !QFile::rename(file, to)) {
            for (const QString &back : std::as_const(moved))
                QFile::rename(kept + back.mid(from.size()), back);
            return failed();
        }
        moved << file;
    }
    return keptDir;
}

Result<std::unique_ptr<PlanStore>> PlanStore::create(const QString &dataDir, const DatabaseKey &key)
{
    using R = Result<std::unique_ptr<PlanStore>>;
    if (exists(dataDir))
        return R::fail(ErrorCode::Conflict, QCoreApplication::translate("samen", "There is already a plan file in this folder."));
    if (!storefiles::makeOwnerOnlyFolder(dataDir))
        return R::fail(ErrorCode::Io, QCoreApplication::translate("samen", "The folder for the plan file could not be made."));

    // A journal without its plan file (the file was deleted or lost) may hold saved changes: kept aside, never
    // overwritten by the new store's journal.
    const QString path = databasePath(dataDir);
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0 || QFileInfo::exists(path + QStringLiteral("-shm"))) {
        auto kept = moveAside(dataDir);
        if (!kept)
            return kept.error();
        qCWarning(lcStore) << "a journal without its plan file was moved aside";
    }
    auto store = openFile(dataDir, key, true);
    // A failed create must not leave an empty file that would later read as "a store exists".
    if (!store && QFileInfo(databasePath(dataDir)).size() == 0)
        QFile::remove(databasePath(dataDir));
    return store;
}

Result<std::unique_ptr<PlanStore>> PlanStore::openFile(const QString &dataDir, const DatabaseKey &key, bool create, PageCheckTiming timing)
{
    // An existing store's pages are all checked before anything reads or writes it; or, Later, before
    // anything writes it (a check of its own, which every write waits for: Database::deferPageCheck).
    // Opening switches a file not yet in WAL mode to it, a write: such a file is checked at open.
    auto inspect = [create, timing](Database &db) -> Status {
        if (!create) {
            const bool later = timing == PageCheckTiming::Later && isInWalMode(db);
            if (Status pages = later ? Status() : db.checkPages(); !pages)
                return pages;
        }
        return PlanStoreSchema::check(db, !create);
    };
    auto db = Database::open(databasePath(dataDir), key, create, inspect);
    if (!db)
        return db.error();
    if (!create && timing == PageCheckTiming::Later)
        db.value()->deferPageCheck(std::make_shared<PageCheck>(databasePath(dataDir), key));
    if (auto s = PlanStoreSchema::upgrade(*db.value()); !s)
        return s.error();
    std::unique_ptr<PlanStore> store(new PlanStore(std::move(db.value())));
    // Stores written before the high-water mark was kept take it from their operations, once.
    if (store->setting(QStringLiteral("clock.highWater")).isEmpty() && store->operationCount() > 0) {
        Transaction tx(*store->m_db);
        Status s = tx.begun();
        if (s)
            s = store->recomputeClockFloor();
        if (s)
            s = tx.commit();
        if (!s)
            return s.error();
    }
    return store;
}

Status PlanStore::applyLocal(const QList<Operation> &ops)
{
    return apply(ops, true);
}

Status PlanStore::applyRemote(const QList<Operation> &ops, int *stored, QSet<QString> *items)
{
    return apply(ops, false, stored, items);
}

Status PlanStore::apply(const QList<Operation> &ops, bool local, int *stored, QSet<QString> *items)
{
    if (ops.isEmpty())
        return {};
    Transaction tx(*m_db);
    if (!tx.begun())
        return tx.begun();
    auto queue = m_db->prepare(QStringLiteral("INSERT INTO outbox (op_id) VALUES (?1)"));
    if (!queue)
        return queue.error();

    struct Touched {
        QString type, plan;
        EntityMaterializer::NewOps fields;
    };
    QHash<QString, Touched> touched;
    QStringList order; // entities in first-touched order, so writes are deterministic
    Hlc highest;
    // An entity keeps the type and plan of its first operation, as on the service: another kind of
    // entity under a known id (a "goal" deleting a member's record) stays out of the store and the state.
    EntityIdentity identity(*m_db);
    OperationChains chains(*m_db);
    int otherType = 0;
    for (const Operation &op : ops) {
        auto admitted = identity.admits(op);
        if (!admitted)
            return admitted.error();
        if (!admitted.value()) {
            if (local)
                return Status::fail(ErrorCode::Validation,
                                    QCoreApplication::translate("samen", "This item already exists as another kind of item. Its kind cannot change."));
            ++otherType;
            continue;
        }
        auto prev = chains.tail(op.entityId, op.field);
        if (!prev)
            return prev.error();
        auto inserted = OperationTable::insert(*m_db, op, local, prev.value());
        if (!inserted)
            return inserted.error();
        if (!inserted.value())
            continue; // seen before: applying twice changes nothing
        chains.advance(op.entityId, op.field, op.opId, inserted.value());
        highest = std::max(highest, op.hlc);
        if (local) {
            if (auto s = queue.value()->bind({ op.opId }).run(); !s)
                return s;
        }
        auto it = touched.find(op.entityId);
        if (it == touched.end()) {
            it = touched.insert(op.entityId, { op.entityType, op.planId, {} });
            order.append(op.entityId);
        }
        it->fields[op.field].append(op);
    }
    EntityMaterializer materializer(*m_db);
    int fresh = 0;
    for (const QString &id : order) {
        const Touched &t = touched[id];
        if (auto s = materializer.refresh(id, t.type, t.plan, t.fields, &chains); !s)
            return s;
        for (const QList<Operation> &fieldOps : t.fields)
            fresh += static_cast<int>(fieldOps.size());
    }
    // Every value stored moves the device's clock on, in the same transaction (clockFloor).
    if (Status s = raiseClockFloor(highest); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (otherType > 0)
        qCWarning(lcStore) << "skipped" << otherType << "received operations that name an entity under another type or plan";
    if (stored)
        *stored = fresh;
    if (items) {
        for (const QString &id : order)
            items->insert(id);
    }
    return {};
}

std::optional<QJsonObject> PlanStore::entity(const QString &entityId) const
{
    std::optional<QJsonObject> doc;
    eachRow(*m_db, QStringLiteral("SELECT doc, id, type, plan_id FROM entities WHERE id = ?1"), { entityId },
            [&](const Statement &q) { doc = EntityMaterializer::document(q.blob(0), q.blob(1), q.blob(2), q.blob(3)); });
    return doc;
}

QList<QJsonObject> PlanStore::entities(const QString &planId, const QString &entityType) const
{
    QList<QJsonObject> docs;
    const QByteArray plan = planId.toUtf8();
    const QByteArray type = entityType.toUtf8();
    eachRow(*m_db, QStringLiteral("SELECT doc, id FROM entities WHERE plan_id = ?1 AND type = ?2 AND deleted = 0 ORDER BY sort_key, id"),
            { planId, entityType }, [&](const Statement &q) { docs.append(EntityMaterializer::document(q.blob(0), q.blob(1), type, plan)); });
    return docs;
}

QList<qint64> PlanStore::headPositions(const QString &entityId, const QString &field) const
{
    QList<qint64> heads;
    eachRow(*m_db, QStringLiteral("SELECT heads, tails FROM entities WHERE id = ?1"), { entityId },
            [&](const Statement &q) { heads = positionmap::headsOf(positionmap::decode(q.blob(0)), OperationChains::decode(q.blob(1)), field); });
    return heads;
}

QStringList PlanStore::fieldHeads(const QString &entityId, const QString &field) const
{
    QStringList heads;
    for (const qint64 pos : headPositions(entityId, field))
        eachRow(*m_db, QStringLiteral("SELECT op_id FROM ops WHERE pos = ?1"), { pos }, [&](const Statement &q) { heads.append(q.text(0)); });
    return heads;
}

Result<FieldState> PlanStore::fieldState(const QString &entityId, const QString &field) const
{
    const QList<qint64> heads = headPositions(entityId, field);
    if (heads.isEmpty())
        return Result<FieldState>::fail(ErrorCode::NotFound, QCoreApplication::translate("samen", "This field has no value yet."));
    FieldState state;
    for (const qint64 pos : heads) {
        auto op = OperationTable::select(*m_db, QStringLiteral("pos = ?1"), { pos });
        if (!op || op->isEmpty())
            return storeerrors::damaged();
        state.heads.append(op->first());
    }
    std::sort(state.heads.begin(), state.heads.end(), operationLess);
    state.winner = state.heads.last();
    return state;
}

QList<Operation> PlanStore::history(const QString &entityId, const QString &field) const
{
    auto ops = OperationTable::ofEntity(*m_db, entityId, field);
    if (!ops)
        return {};
    std::sort(ops->begin(), ops->end(), operationLess);
    return ops.value();
}

std::optional<Operation> PlanStore::operation(const QString &opId) const
{
    auto ops = OperationTable::select(*m_db, QStringLiteral("op_id = ?1"), { opId });
    if (!ops || ops->isEmpty())
        return std::nullopt;
    return ops->first();
}

QStringList PlanStore::planIds() const
{
    QStringList ids;
    // Every stored operation's entity has a row under the operation's plan (EntityIdentity), and
    // entities_list begins with plan_id: no scan of the operations (there is no index of them by plan).
    eachRow(*m_db, QStringLiteral("SELECT DISTINCT plan_id FROM entities ORDER BY plan_id"), {}, [&](const Statement &q) { ids.append(q.text(0)); });
    return ids;
}

qint64 PlanStore::operationCount() const
{
    auto n = m_db->scalar(QStringLiteral("SELECT count(*) FROM ops"));
    return n ? n.value() : 0;
}

QList<OutboxEntry> PlanStore::outbox(int limit) const
{
    return outboxWhere(QStringLiteral("o.pushed = 0 AND o.rejected_reason IS NULL"), limit);
}

QList<OutboxEntry> PlanStore::rejected() const
{
    return outboxWhere(QStringLiteral("o.pushed = 0 AND o.rejected_reason IS NOT NULL"), -1);
}

int PlanStore::waitingCount() const
{
    const auto n = m_db->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE pushed = 0 AND rejected_reason IS NULL"));
    return n ? static_cast<int>(n.value()) : 0;
}

int PlanStore::waitingItemCount() const
{
    const auto n = m_db->scalar(QStringLiteral("SELECT count(DISTINCT p.entity_id) FROM outbox o JOIN ops p ON p.op_id = o.op_id "
                                               "WHERE o.pushed = 0 AND o.rejected_reason IS NULL"));
    return n ? static_cast<int>(n.value()) : 0;
}

int PlanStore::rejectedCount() const
{
    const auto n = m_db->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE pushed = 0 AND rejected_reason IS NOT NULL"));
    return n ? static_cast<int>(n.value()) : 0;
}

QList<OutboxEntry> PlanStore::outboxWhere(const QString &where, int limit) const
{
    QList<OutboxEntry> entries;
    QString columns = OperationTable::columns();
    columns.replace(QStringLiteral("op_id"), QStringLiteral("p.op_id"));
    eachRow(*m_db,
            QStringLiteral("SELECT o.device_seq, o.rejected_reason, %1 FROM outbox o JOIN ops p ON p.op_id = o.op_id "
                           "WHERE %2 ORDER BY o.device_seq LIMIT ?1")
                .arg(columns, where),
            { limit }, [&](const Statement &q) {
                entries.append({ q.integer(0), OperationTable::read(q, 2), q.text(1) });
            });
    return entries;
}

Status PlanStore::markPushed(const QStringList &opIds)
{
    Transaction tx(*m_db);
    if (!tx.begun())
        return tx.begun();
    auto st = m_db->prepare(QStringLiteral("UPDATE outbox SET pushed = 1 WHERE op_id = ?1"));
    if (!st)
        return st.error();
    for (const QString &id : opIds) {
        if (auto s = st.value()->bind({ id }).run(); !s)
            return s;
    }
    return tx.commit();
}

Result<int> PlanStore::holdWithRefusedItems()
{
    // Before every push: nothing to do (the common case) costs one look for a refused row, not the statement below,
    // which asks, for each waiting change, about the refused ones.
    if (rejectedCount() == 0)
        return 0;
    // Refused: kept, not pushed, with a reason. Only this device's: no operation of it arrived from the service or
    // was accepted by it (a pushed row stays in outbox with pushed = 1 until the item is purged).
    static const QString refusedOf = QStringLiteral("SELECT r.rejected_reason FROM outbox r JOIN ops rp ON rp.op_id = r.op_id WHERE r.pushed = 0 "
                                                    "AND r.rejected_reason IS NOT NULL AND rp.entity_id = %1 ORDER BY r.device_seq LIMIT 1");
    const Status s = m_db->exec(
        QStringLiteral("UPDATE outbox SET rejected_reason = (%1) WHERE pushed = 0 AND rejected_reason IS NULL AND op_id IN ("
                       "SELECT w.op_id FROM outbox w JOIN ops wp ON wp.op_id = w.op_id WHERE w.pushed = 0 AND w.rejected_reason IS NULL "
                       "AND EXISTS (%2) AND NOT EXISTS (SELECT 1 FROM ops k WHERE k.entity_id = wp.entity_id AND (k.origin = 'remote' "
                       "OR k.op_id IN (SELECT op_id FROM outbox WHERE pushed = 1))))")
            .arg(refusedOf.arg(QStringLiteral("(SELECT entity_id FROM ops WHERE op_id = outbox.op_id)")), refusedOf.arg(QStringLiteral("wp.entity_id"))));
    if (!s)
        return s.error();
    return static_cast<int>(m_db->changes());
}

Status PlanStore::markRejected(const QString &opId, const QString &reason)
{
    Transaction tx(*m_db);
    if (!tx.begun())
        return tx.begun();
    auto st = m_db->prepare(QStringLiteral("UPDATE outbox SET rejected_reason = ?2 WHERE op_id = ?1 AND pushed = 0"));
    if (!st)
        return st.error();
    if (auto s = st.value()->bind({ opId, reason.isEmpty() ? QStringLiteral("rejected") : reason }).run(); !s)
        return s;
    if (m_db->changes() == 0)
        return Status::fail(ErrorCode::NotFound, QCoreApplication::translate("samen", "This change is not waiting to be sent."));
    // A value refused for being far ahead leaves the high-water mark (clockFloor), so later changes are not stamped from it.
    if (Refusal::parse(reason).code == Refusal::kClock) {
        const auto op = operation(opId);
        const Hlc floor = clockFloor();
        if (op && (op->hlc.wallMs > floor.wallMs || (op->hlc.wallMs == floor.wallMs && op->hlc.counter >= floor.counter))) {
            if (Status s = recomputeClockFloor(); !s)
                return s;
        }
    }
    return tx.commit();
}

Status PlanStore::discardRejected(const QString &opId)
{
    return discardRejected(QStringList { opId });
}

Result<OperationChains::Tails> PlanStore::relinkWithout(const QString &entityId, const QSet<qint64> &gone)
{
    auto tails = OperationChains::stored(*m_db, entityId);
    if (!tails)
        return tails.error();
    auto relink = m_db->prepare(QStringLiteral("UPDATE ops SET prev = ?2 WHERE pos = ?1"));
    if (!relink)
        return relink.error();
    OperationChains::Tails kept;
    for (auto it = tails->constBegin(); it != tails->constEnd(); ++it) {
        auto chain = OperationChains::positions(*m_db, it.value()); // newest first
        if (!chain)
            return chain.error();
        QList<qint64> &all = chain.value();
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (gone.contains(all[i]))
                continue;
            qsizetype next = i + 1;
            while (next < all.size() && gone.contains(all[next]))
                ++next;
            if (next == i + 1)
                continue; // its prev stays
            const QVariant prev = next < all.size() ? QVariant(all[next]) : QVariant();
            if (Status s = relink.value()->bind({ all[i], prev }).run(); !s)
                return s.error();
        }
        const auto newest = std::find_if(all.cbegin(), all.cend(), [&](qint64 pos) { return !gone.contains(pos); });
        if (newest != all.cend())
            kept.insert(it.key(), *newest);
    }
    return kept;
}

Status PlanStore::checkRejected(const QStringList &opIds)
{
    for (const QString &opId : opIds) {
        auto refused = m_db->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE op_id = ?1 AND pushed = 0 AND rejected_reason IS NOT NULL"), { opId });
        if (!refused)
            return refused.error();
        if (refused.value() == 0)
            return Status::fail(ErrorCode::NotFound, QCoreApplication::translate("samen", "This change is not among the refused ones."));
    }
    return {};
}

Status PlanStore::discardRejected(const QStringList &opIds)
{
    Transaction tx(*m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = checkRejected(opIds); !s)
        return s;
    auto run = [this](const QString &sql, const QString &id) -> Status {
        auto st = m_db->prepare(sql);
        return st ? st.value()->bind({ id }).run() : Status(st.error());
    };
    QList<Operation> touched; // one operation per entity, for its id, type and plan
    QSet<QString> seen;
    QSet<qint64> gone; // pos of each discarded operation
    for (const QString &opId : opIds) {
        const auto op = operation(opId);
        auto pos = m_db->scalar(QStringLiteral("SELECT pos FROM ops WHERE op_id = ?1"), { opId });
        if (!op || !pos)
            return storeerrors::damaged(); // an outbox row always has its operation
        gone.insert(pos.value());
        if (!seen.contains(op->entityId)) {
            seen.insert(op->entityId);
            touched.append(*op);
        }
    }
    // Each entity's chains close over the discarded operations (before any is deleted: the
    // walks pass through them), then it is rebuilt from the remaining ones: every field
    // merged again from its whole history.
    QList<OperationChains::Tails> kept;
    for (const Operation &op : std::as_const(touched)) {
        auto tails = relinkWithout(op.entityId, gone);
        if (!tails)
            return tails.error();
        kept.append(tails.value());
    }
    for (const QString &opId : opIds) {
        for (const QString &sql : { QStringLiteral("DELETE FROM outbox WHERE op_id = ?1"), QStringLiteral("DELETE FROM ops WHERE op_id = ?1") }) {
            if (Status s = run(sql, opId); !s)
                return s;
        }
    }
    auto reset = m_db->prepare(QStringLiteral("UPDATE entities SET doc = '{}', heads = '{}', tails = ?2 WHERE id = ?1"));
    if (!reset)
        return reset.error();
    for (qsizetype i = 0; i < touched.size(); ++i) {
        const Operation &op = touched[i];
        if (kept[i].isEmpty()) {
            if (Status s = run(QStringLiteral("DELETE FROM entities WHERE id = ?1"), op.entityId); !s)
                return s;
            continue;
        }
        if (Status s = reset.value()->bind({ op.entityId, OperationChains::encode(kept[i]) }).run(); !s)
            return s;
        EntityMaterializer::NewOps fields;
        for (auto it = kept[i].constBegin(); it != kept[i].constEnd(); ++it)
            fields.insert(it.key(), {});
        if (Status s = EntityMaterializer(*m_db).refresh(op.entityId, op.entityType, op.planId, fields); !s)
            return s;
    }
    qCInfo(lcStore) << "refused changes were discarded:" << opIds.size();
    return tx.commit();
}

QString PlanStore::setting(const QString &key) const
{
    return settingstable::get(*m_db, key);
}

Status PlanStore::setSetting(const QString &key, const QString &value)
{
    return settingstable::set(*m_db, key, value);
}

Status PlanStore::setSettings(const QList<std::pair<QString, QString>> &settings)
{
    return settingstable::setAll(*m_db, settings);
}

Status PlanStore::changeKey(const DatabaseKey &newKey)
{
    qCInfo(lcStore) << "changing the store's key";
    return m_db->rekey(newKey);
}

} // namespace samen
