#include "store/storesalvage.h"

#include "store/operationtable.h"
#include "store/pagerecovery.h"
#include "store/saltcopy.h"
#include "store/storefiles.h"
#include "store/storelog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <functional>
#include <optional>

namespace samen {

namespace {

/** The settings a device needs to sync (canSync). */
constexpr const char *kSyncKeys[] = { "sync.service", "sync.deviceId", "sync.deviceKey", "planId", "sync.serviceMemberId" };

/** Sync progress that belongs to the old copy: the new store starts with a first sync. */
const QStringList kProgress { QStringLiteral("sync.cursor"),       QStringLiteral("sync.historyCursor"), QStringLiteral("sync.historyUntil"),
                              QStringLiteral("sync.lastSyncedAt"), QStringLiteral("sync.offlineSince"),  QStringLiteral("sync.lastError"),
                              QStringLiteral("sync.readDomains") };

/** A connection to the damaged file, opened again after a read failed (SQLCipher keeps a failed connection failing). */
class Reader
{
public:
    Reader(QString path, const DatabaseKey &key)
        : m_path(std::move(path))
        , m_key(key)
    {
    }
    /** The connection, opened again when the last one met a damaged page; null once kMaxOpens is spent (each open may run the KDF). */
    Database *db()
    {
        if (!m_db || m_db->isDamaged()) {
            m_db.reset();
            if (m_opens >= kMaxOpens)
                return nullptr;
            ++m_opens;
            auto opened = Database::openDamaged(m_path, m_key);
            if (opened)
                m_db = std::move(opened.value());
        }
        return m_db.get();
    }

private:
    static constexpr int kMaxOpens = 16;
    int m_opens = 0;
    QString m_path;
    DatabaseKey m_key;
    std::unique_ptr<Database> m_db;
};

void readSettings(Reader &reader, QHash<QString, QString> &settings)
{
    if (Database *db = reader.db()) {
        (void)db->forEachRow(QStringLiteral("SELECT key, value FROM settings"), {}, [&](const Statement &q) { settings.insert(q.text(0), q.text(1)); });
    }
    for (const QString &key : kProgress)
        settings.remove(key);
}

/**
 * Reads the rows sql selects in order of a row number (its first column; ?1 is the last one
 * read) up to highest. A damaged page loses the rows on it and the reading goes on after them,
 * past a gap doubled after each failure (few reopenings even when a whole range is lost; what
 * is skipped is lost). Result: false when some rows may have been lost.
 */
bool readPastDamage(Reader &reader, qint64 highest, const QString &sql, const std::function<void(const Statement &)> &onRow)
{
    bool complete = true;
    qint64 after = 0;
    qint64 skip = 32;
    while (after < highest) {
        Database *db = reader.db();
        if (!db)
            return false;
        const Status read = db->forEachRow(sql, { after }, [&](const Statement &q) {
            after = q.integer(0);
            onRow(q);
        });
        if (read)
            break;
        complete = false;
        after += skip;
        skip *= 2;
    }
    return complete;
}

/**
 * The rows on the damaged file's leaf pages (pagerecovery), read once and kept: for when a table's root or
 * interior page is damaged and a query reads none of its rows (trial after stop 38: one byte in page 3, 4 or
 * 5 of a demo plan, and repair kept none of its changes).
 */
class LeafRows
{
public:
    /** With a connection of its own: the queries before may have spent their reader's openings (each damaged page takes one). */
    LeafRows(const QString &path, const DatabaseKey &key)
        : m_reader(path, key)
        , m_path(path)
    {
    }
    const QList<pagerecovery::Row> &rows()
    {
        if (!m_rows) {
            const qint64 pages = pageCount();
            m_rows = pagerecovery::tableRows(pages, [this](qint64 pgno) { return page(pgno); });
            qCInfo(lcStore) << "salvage: rows on leaf pages" << m_rows->size() << "of" << pages << "pages";
        }
        return *m_rows;
    }

private:
    qint64 pageCount()
    {
        Database *db = m_reader.db();
        auto count = db ? db->scalar(QStringLiteral("PRAGMA page_count")) : Result<qint64>(Error {});
        return count && count.value() > 0 ? count.value() : QFileInfo(m_path).size() / 4096;
    }
    /** A page as the pager holds it; a damaged one reads as zeros and fails the next read, which is tried again on a new connection. */
    QByteArray page(qint64 pgno)
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            Database *db = m_reader.db();
            if (!db)
                return {};
            QByteArray data;
            if (db->forEachRow(QStringLiteral("SELECT data FROM sqlite_dbpage WHERE pgno = ?1"), { pgno }, [&](const Statement &q) { data = q.blob(0); }))
                return data;
        }
        return {};
    }

    Reader m_reader;
    QString m_path;
    std::optional<QList<pagerecovery::Row>> m_rows;
};

/**
 * A row of the ops table found on a page, as an operation and whether it was made on this device
 * (origin 'local'); nullopt for a row of another table. Layouts: schema 6 (pos is the row id and
 * stored as NULL; op_id ... base, origin, server_seq, prev) and schemas 1-5 (op_id ... base, origin,
 * server_seq, and from schema 4 entity_key; planstoreschema.cpp).
 */
std::optional<std::pair<Operation, bool>> operationRow(const pagerecovery::Row &row)
{
    const QVariantList &v = row.values;
    const int first = v.size() == 13 && !v.first().isValid() ? 1 : (v.size() == 11 || v.size() == 12) ? 0 : -1;
    if (first < 0)
        return std::nullopt;
    QStringList texts;
    for (int i = 0; i < 10; ++i) {
        if (v[first + i].typeId() != QMetaType::QString)
            return std::nullopt;
        texts << v[first + i].toString();
    }
    const QString origin = texts.takeLast();
    if (texts.first().isEmpty() || (origin != QLatin1String("local") && origin != QLatin1String("remote")))
        return std::nullopt;
    return std::pair { OperationTable::fromTexts(texts), origin == QLatin1String("local") };
}

void readUnsent(Reader &reader, LeafRows &leaves, StoreSalvage::Salvaged &out)
{
    // Row ids of the outbox, read in order, within the highest number ever given out.
    Database *db = reader.db();
    if (!db) {
        out.unsentComplete = false;
        return;
    }
    auto top = db->scalar(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"));
    QMap<qint64, std::pair<QString, QString>> waiting; // device_seq -> op id, refusal
    const bool complete
        = readPastDamage(reader, top ? top.value() : 0,
                         QStringLiteral("SELECT device_seq, op_id, rejected_reason FROM outbox WHERE device_seq > ?1 AND pushed = 0 ORDER BY device_seq"),
                         [&](const Statement &q) {
                             waiting.insert(q.integer(0), { q.text(1), q.text(2) });
                         });
    if (!complete || !top)
        out.unsentComplete = false;
    QHash<QString, Operation> onPages; // op id -> operation, from the leaf pages when a query could not read them all
    if (!out.unsentComplete) {
        for (const pagerecovery::Row &row : leaves.rows()) {
            const QVariantList &v = row.values;
            // An outbox row (schema 6: device_seq as the row id, op_id, pushed, rejected_reason) not sent yet.
            if (v.size() == 4 && !v[0].isValid() && v[1].typeId() == QMetaType::QString && v[2].typeId() == QMetaType::LongLong && v[2].toLongLong() == 0)
                waiting.insert(row.rowid, { v[1].toString(), v[3].toString() });
            else if (const auto op = operationRow(row))
                onPages.insert(op->first.opId, op->first);
        }
    }
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
        const auto &[opId, refusal] = it.value();
        // Read from its page already: no query, which fails (and costs a new connection) when the ops' root is damaged.
        if (const auto found = onPages.constFind(opId); found != onPages.constEnd()) {
            out.unsent.append({ 0, found.value(), refusal });
            continue;
        }
        db = reader.db();
        auto ops = db ? OperationTable::select(*db, QStringLiteral("op_id = ?1"), { opId }) : Result<QList<Operation>>(Error {});
        if (ops && !ops->isEmpty())
            out.unsent.append({ 0, ops->first(), refusal });
        else
            out.unsentComplete = false;
    }
}

// Every operation made on this device, read from the operations themselves in the order they
// were stored (their row ids), not through the outbox: the outbox's pages may be the damaged
// ones while the operations can still be read. Only for a device that never connected, where
// every change made here is one not sent yet (trial after schema 6: one byte in the outbox's
// page and repair kept none of 257 changes). What a query cannot reach is read from the leaf pages.
StoreSalvage::Salvaged readMadeHere(Reader &reader, LeafRows &leaves)
{
    StoreSalvage::Salvaged out;
    QMap<qint64, Operation> made; // row id (the order they were stored) -> operation
    Database *db = reader.db();
    auto top = db ? db->scalar(QStringLiteral("SELECT max(rowid) FROM ops")) : Result<qint64>(Error {});
    out.unsentComplete = top
        && readPastDamage(reader, top.value(),
                          QStringLiteral("SELECT rowid, %1 FROM ops WHERE rowid > ?1 AND origin = 'local' ORDER BY rowid").arg(OperationTable::columns()),
                          [&](const Statement &q) { made.insert(q.integer(0), OperationTable::read(q, 1)); });
    if (!out.unsentComplete) {
        for (const pagerecovery::Row &row : leaves.rows()) {
            if (const auto op = operationRow(row); op && op->second)
                made.insert(row.rowid, op->first);
        }
    }
    for (const Operation &op : std::as_const(made))
        out.unsent.append({ 0, op, QString() });
    return out;
}

} // namespace

bool StoreSalvage::canSync(const QHash<QString, QString> &settings)
{
    for (const char *key : kSyncKeys) {
        if (settings.value(QLatin1String(key)).isEmpty())
            return false;
    }
    return true;
}

StoreSalvage::Salvaged StoreSalvage::read(const QString &databasePath, const DatabaseKey &key)
{
    Salvaged out;
    Reader reader(databasePath, key);
    LeafRows leaves(databasePath, key);
    readSettings(reader, out.settings);
    readUnsent(reader, leaves, out);
    if (!out.unsentComplete && !canSync(out.settings)) {
        Salvaged madeHere = readMadeHere(reader, leaves);
        if (madeHere.unsent.size() > out.unsent.size()) {
            out.unsent = std::move(madeHere.unsent);
            out.unsentComplete = madeHere.unsentComplete;
        }
    }
    // The settings' page lost, changes kept: the plan they are of and who made them (every change made here is by
    // the device's member) name the plan and the member again, so the rebuilt plan shows (trial after stop 38: a
    // damaged page 13 kept 697 changes, then "This device holds no plan yet").
    if (out.settings.value(QStringLiteral("planId")).isEmpty() && !out.unsent.isEmpty()) {
        out.settings.insert(QStringLiteral("planId"), out.unsent.first().op.planId);
        if (out.settings.value(QStringLiteral("memberId")).isEmpty())
            out.settings.insert(QStringLiteral("memberId"), out.unsent.first().op.authorMemberId);
    }
    qCInfo(lcStore) << "salvage: settings" << out.settings.size() << "unsent" << out.unsent.size() << "complete" << out.unsentComplete;
    return out;
}

Result<std::optional<StoreSalvage::Report>> StoreSalvage::withSaltBack(const QString &dataDir, const QString &keptDir, const DatabaseKey &key)
{
    using R = Result<std::optional<Report>>;
    const QString kept = PlanStore::databasePath(keptDir);
    if (!saltcopy::differs(kept))
        return std::optional<Report>();
    // The files as found stay in keptDir (and samen.db.as-found); copies go back to dataDir, where the salt is written
    // back. When that opens whole with the key, it is the store again: nothing was lost (one open, one page check).
    const QString path = PlanStore::databasePath(dataDir);
    auto dropCopies = [&path] { (void)storefiles::remove(path); };
    if (!QFile::copy(kept, kept + QStringLiteral(".as-found")))
        return std::optional<Report>();
    for (const QString &file : storefiles::of(kept)) {
        if (QFileInfo::exists(file) && !QFile::copy(file, path + file.mid(kept.size()))) {
            dropCopies();
            return std::optional<Report>();
        }
    }
    if (Status back = saltcopy::restore(path); !back) {
        dropCopies();
        return std::optional<Report>();
    }
    auto store = PlanStore::open(dataDir, key);
    if (!store || !store.value()->health()) {
        // Still every page failing: not the salt's fault but the passphrase's (the copy opens as the file did).
        const bool wrongKey = !store && store.error().code == ErrorCode::WrongKey;
        if (store)
            store.value().reset(); // closed before its files go
        dropCopies();
        if (wrongKey)
            return R::fail(ErrorCode::WrongKey,
                           QCoreApplication::translate("samen", "The passphrase is wrong, so the plan file could not be repaired. Nothing was changed."));
        return std::optional<Report>(); // damaged elsewhere too: the usual salvage reads the files as found
    }
    qCInfo(lcStore) << "rebuild: the salt was written back and the whole store kept";
    Report report;
    report.keptAt = keptDir;
    report.unsentKept = store.value()->waitingCount() + store.value()->rejectedCount();
    QHash<QString, QString> settings;
    for (const char *name : kSyncKeys)
        settings.insert(QLatin1String(name), store.value()->setting(QLatin1String(name)));
    report.connected = canSync(settings);
    report.saltRestored = true;
    report.store = std::move(store.value());
    return std::optional<Report>(std::move(report));
}

Result<StoreSalvage::Report> StoreSalvage::rebuild(const QString &dataDir, const DatabaseKey &key)
{
    using R = Result<Report>;
    if (!PlanStore::exists(dataDir))
        return R::fail(ErrorCode::Conflict, QCoreApplication::translate("samen", "There is no plan file here to repair."));
    {
        auto store = PlanStore::open(dataDir, key);
        if (store)
            return Error { ErrorCode::Conflict,
                           QCoreApplication::translate("samen", "The plan file is not damaged: there is nothing to repair."),
                           {},
                           QStringLiteral("not-damaged") };
        if (store.error().code != ErrorCode::Damaged)
            return store.error();
    }
    const auto keptDir = PlanStore::moveAside(dataDir);
    if (!keptDir)
        return keptDir.error();
    const QString kept = PlanStore::databasePath(keptDir.value());
    qCInfo(lcStore) << "rebuild: the damaged store was moved aside";
    auto whole = withSaltBack(dataDir, keptDir.value(), key);
    if (!whole) {
        // A damaged salt under a wrong passphrase: nothing is rebuilt (a new store under a wrong passphrase would hide
        // the plan); the files go back as they were (trial after stop 36).
        for (const QString &file : storefiles::of(kept)) {
            if (QFileInfo::exists(file))
                QFile::rename(file, PlanStore::databasePath(dataDir) + file.mid(kept.size()));
        }
        QDir(keptDir.value()).removeRecursively();
        return whole.error();
    }
    if (whole.value())
        return std::move(*whole.value());
    Salvaged salvaged = read(kept, key);
    // Nothing of the plan could be read and none can be fetched: the new store holds no plan. A plan id without
    // its plan reads as a join still waiting (trial after stop 38: "You asked to join this plan"); without one,
    // the app offers to start a plan in it, and samen-cli repair leaves the folder empty for init or join.
    if (salvaged.unsent.isEmpty() && !canSync(salvaged.settings))
        salvaged.settings.remove(QStringLiteral("planId"));

    auto made = PlanStore::create(dataDir, key);
    if (!made)
        return made.error();
    PlanStore &store = *made.value();
    QList<std::pair<QString, QString>> settings;
    for (auto it = salvaged.settings.cbegin(); it != salvaged.settings.cend(); ++it)
        settings.append({ it.key(), it.value() });
    if (Status s = store.setSettings(settings); !s)
        return s.error();
    QList<Operation> ops;
    for (const OutboxEntry &e : salvaged.unsent)
        ops.append(e.op);
    if (Status s = store.applyLocal(ops); !s)
        return s.error();
    for (const OutboxEntry &e : salvaged.unsent) {
        if (!e.rejectedReason.isEmpty())
            (void)store.markRejected(e.op.opId, e.rejectedReason);
    }
    Report report;
    report.keptAt = keptDir.value();
    report.unsentKept = static_cast<int>(salvaged.unsent.size());
    report.unsentComplete = salvaged.unsentComplete;
    report.connected = canSync(salvaged.settings);
    report.store = std::move(made.value());
    return report;
}

} // namespace samen
