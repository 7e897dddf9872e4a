#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace samen {

/** The secret that unlocks an encrypted database. */
struct DatabaseKey {
    enum class Kind {
        None, ///< plain SQLite (benchmarks and tests only)
        RawKey, ///< 32 random bytes, given to SQLCipher as `x'<hex>'` (no KDF)
        Passphrase, ///< text run through SQLCipher 4's default KDF
    };
    Kind kind = Kind::None;
    QByteArray secret; ///< raw 32 bytes, or the UTF-8 passphrase

    static DatabaseKey raw(QByteArray bytes) { return { Kind::RawKey, std::move(bytes) }; }
    static DatabaseKey passphrase(const QString &text) { return { Kind::Passphrase, text.toUtf8() }; }
    static DatabaseKey none() { return {}; }
};

class Statement;
class PageCheck;

/**
 * One SQLCipher connection (RAII). Threading rule: a Database and its
 * statements are used from the thread that opened them only.
 * Opening verifies the key before anything is written, so a failed open never
 * modifies the file; errors map to WrongKey, Damaged, NotSamen or Io.
 */
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Opens (creating when allowed) and keys the file; sets WAL, synchronous=FULL (cipher_memory_security stays off: docs/security.md). */
    static Result<std::unique_ptr<Database>> open(const QString &path, const DatabaseKey &key, bool create);
    /**
     * As above; inspect runs after the key is verified and before the first
     * write (WAL switch), so an owner can refuse a file without changing it.
     */
    static Result<std::unique_ptr<Database>> open(const QString &path, const DatabaseKey &key, bool create, const std::function<Status(Database &)> &inspect);

    /**
     * Opens a file known to be damaged, only to read what is still intact (see
     * StoreSalvage): no checks, query_only, and no checkpoint on close, so nothing is
     * ever written to it. WrongKey or Damaged when not even the first page decrypts.
     */
    static Result<std::unique_ptr<Database>> openDamaged(const QString &path, const DatabaseKey &key);
    /**
     * Without a key or an open: whether the keyed file at path shows damage that can be seen from outside, as open()
     * would find it: empty, not a whole number of 4 KiB pages, a damaged write-ahead log, or a salt that differs from
     * its copy (saltcopy). A page damaged inside is only found by open(). False when there is no file at path.
     * For a list of many stores that must not open each one (a caseload).
     */
    static bool looksDamaged(const QString &path);

    Status exec(const QString &sql);
    /** Prepared statement, cached by SQL text for the life of the connection. */
    Result<Statement *> prepare(const QString &sql);
    Status rekey(const DatabaseKey &newKey);
    /** Runs a query with ?1, ?2, ... bound to args and calls onRow for every row; the first error stops it. */
    Status forEachRow(const QString &sql, const QVariantList &args, const std::function<void(const Statement &)> &onRow);
    /** First column of the first row of a query (0 when there is no row). */
    Result<qint64> scalar(const QString &sql, const QVariantList &args = {});
    /**
     * True once any statement on this connection met a damaged page: SQLITE_CORRUPT,
     * SQLITE_NOTADB (SQLCipher's failed page HMAC), or a short read of a cut-off file.
     * Sticky for the life of the connection: from then on every write, BEGIN and COMMIT
     * fails with Damaged, so a damaged file is never written through and nothing is
     * reported saved. Reads still run (so what is intact can be salvaged).
     */
    bool isDamaged() const;
    /** Records a result code of this connection; marks the connection damaged for the codes above. */
    void note(int rc);
    /**
     * Checks every page of the database: each one read once through SQLite (the
     * `sqlite_dbpage` table, page 1 to the last, free pages included, from the WAL where
     * a newer version is there), so SQLCipher checks its HMAC; SQLCipher's `PRAGMA
     * cipher_integrity_check` when that table is missing (a system SQLCipher) and to count
     * the failing pages after a failure. A plain file: `PRAGMA quick_check`. Damaged, and
     * the connection marked damaged, when any page fails. Cost: reads the whole file once
     * (figures: tests/bench/store_bench.cpp). Frames in the WAL are also checked at open
     * (walcheck) and each page's HMAC when it is read.
     */
    Status checkPages();
    /**
     * Leaves checkPages to `check`, which runs it on a connection of its own (PageCheck):
     * until it has passed, every write on this connection (BEGIN, a writing statement,
     * exec, rekey) first waits for it, starting it when nobody has yet; when it failed,
     * the write is refused with Damaged and the connection counts as damaged (isDamaged).
     */
    void deferPageCheck(std::shared_ptr<PageCheck> check);
    /** The page check deferPageCheck left pending, or null (none, or it has passed). */
    std::shared_ptr<PageCheck> pendingPageCheck() const { return m_pageCheck; }
    /** Waits for a pending page check (deferPageCheck), if any: Damaged when it failed. */
    Status awaitPageCheck();
    qint64 lastInsertRowId() const;
    /** Rows changed by the last INSERT/UPDATE/DELETE (0 when INSERT OR IGNORE skipped a duplicate). */
    int changes() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

private:
    Database() = default;
    /** Opens the file, sets the connection's safety settings and applies the key (wiping keySecret): what every connection shares. */
    static Result<std::unique_ptr<Database>> connect(const QString &path, QByteArray &keySecret, bool encrypted, int flags);
    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_damaged = false;
    bool m_encrypted = false;
    struct Cache;
    std::unique_ptr<Cache> m_cache;
    std::shared_ptr<PageCheck> m_pageCheck; ///< pending until it passed (deferPageCheck)
};

/** A cached prepared statement; reset and cleared by bind-all helpers before each use. */
class Statement
{
public:
    Statement(sqlite3_stmt *stmt, Database &db);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    /** Resets the statement and binds values to ?1, ?2, ... (QString, QByteArray, qint64, int, bool, double, null QVariant). */
    Statement &bind(const QVariantList &values);
    /** Steps once: Result true when a row is available, false when done. */
    Result<bool> step();
    /** Runs to completion (for INSERT/UPDATE/DELETE). */
    Status run();
    /** Ends a read early (after step() returned a row) so the statement holds no snapshot. */
    void reset();
    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt *m_stmt;
    Database &m_db;
    int m_bindRc = 0; ///< first bind error, reported by step()
};

/**
 * RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() succeeded.
 * On a damaged connection (Database::isDamaged) it neither begins nor commits: Damaged.
 */
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Status begun() const { return m_begin; }
    Status commit();

private:
    Database &m_db;
    Status m_begin;
    bool m_done = false;
};

} // namespace samen
