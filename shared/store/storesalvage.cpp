#include "store/storesalvage.h"

#include "store/operationtable.h"
#include "store/saltcopy.h"
#include "store/storefiles.h"
#include "store/storelog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <functional>

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

void readUnsent(Reader &reader, StoreSalvage::Salvaged &out)
{
    // Row ids of the outbox, read in order, within the highest number ever given out.
    Database *db = reader.db();
    if (!db) {
        out.unsentComplete = false;
        return;
    }
    auto top = db->scalar(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"));
    QList<std::pair<QString, QString>> ids; // op id, refusal
    const bool complete
        = readPastDamage(reader, top ? top.value() : 0,
                         QStringLiteral("SELECT device_seq, op_id, rejected_reason FROM outbox WHERE device_seq > ?1 AND pushed = 0 ORDER BY device_seq"),
                         [&](const Statement &q) {
                             ids.append({ q.text(1), q.text(2) });
                         });
    if (!complete || !top)
        out.unsentComplete = false;
    for (const auto &[opId, refusal] : ids) {
        db = reader.db();
        auto ops = db ? OperationTable::select(*db, QStringLiteral("op_id = ?1"), { opId }) : Result<QList<Operation>>(Error {});
        if (!ops || ops->isEmpty()) {
            out.unsentComplete = false;
            continue;
        }
        out.unsent.append({ 0, ops->first(), refusal });
    }
}

// Every operation made on this device, read from the operations themselves in the order they
// were stored (their row ids), not through the outbox: the outbox's pages may be the damaged
// ones while the operations can still be read. Only for a device that never connected, where
// every change made here is one not sent yet (trial after schema 6: one byte in the outbox's
// page and repair kept none of 257 changes).
StoreSalvage::Salvaged readMadeHere(Reader &reader)
{
    StoreSalvage::Salvaged out;
    Database *db = reader.db();
    auto top = db ? db->scalar(QStringLiteral("SELECT max(rowid) FROM ops")) : Result<qint64>(Error {});
    if (!top) {
        out.unsentComplete = false;
        return out;
    }
    out.unsentComplete = readPastDamage(
        reader, top.value(), QStringLiteral("SELECT rowid, %1 FROM ops WHERE rowid > ?1 AND origin = 'local' ORDER BY rowid").arg(OperationTable::columns()),
        [&](const Statement &q) {
            out.unsent.append({ 0, OperationTable::read(q, 1), QString() });
        });
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
    readSettings(reader, out.settings);
    readUnsent(reader, out);
    if (!out.unsentComplete && !canSync(out.settings)) {
        Salvaged madeHere = readMadeHere(reader);
        if (madeHere.unsent.size() > out.unsent.size()) {
            out.unsent = std::move(madeHere.unsent);
            out.unsentComplete = madeHere.unsentComplete;
        }
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
    const Salvaged salvaged = read(kept, key);

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
