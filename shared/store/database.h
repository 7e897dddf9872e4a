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
        RawKey, ///< 32 random bytes, used as `PRAGMA key = "x'<hex>'"` (no KDF)
        Passphrase, ///< text run through SQLCipher 4's default KDF
    };
    Kind kind = Kind::None;
    QByteArray secret; ///< raw 32 bytes, or the UTF-8 passphrase

    static DatabaseKey raw(QByteArray bytes) { return { Kind::RawKey, std::move(bytes) }; }
    static DatabaseKey passphrase(const QString &text) { return { Kind::Passphrase, text.toUtf8() }; }
    static DatabaseKey none() { return {}; }
};

class Statement;

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

    /** Opens (creating when allowed) and keys the file; sets WAL, synchronous=FULL, cipher_memory_security. */
    static Result<std::unique_ptr<Database>> open(const QString &path, const DatabaseKey &key, bool create);
    /**
     * As above; inspect runs after the key is verified and before the first
     * write (WAL switch), so an owner can refuse a file without changing it.
     */
    static Result<std::unique_ptr<Database>> open(const QString &path, const DatabaseKey &key, bool create, const std::function<Status(Database &)> &inspect);

    Status exec(const QString &sql);
    /** Prepared statement, cached by SQL text for the life of the connection. */
    Result<Statement *> prepare(const QString &sql);
    Status rekey(const DatabaseKey &newKey);
    /** Runs a query with ?1, ?2, ... bound to args and calls onRow for every row; the first error stops it. */
    Status forEachRow(const QString &sql, const QVariantList &args, const std::function<void(const Statement &)> &onRow);
    /** First column of the first row of a query (0 when there is no row). */
    Result<qint64> scalar(const QString &sql, const QVariantList &args = {});
    qint64 lastInsertRowId() const;
    /** Rows changed by the last INSERT/UPDATE/DELETE (0 when INSERT OR IGNORE skipped a duplicate). */
    int changes() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

private:
    Database() = default;
    sqlite3 *m_db = nullptr;
    QString m_path;
    struct Cache;
    std::unique_ptr<Cache> m_cache;
};

/** A cached prepared statement; reset and cleared by bind-all helpers before each use. */
class Statement
{
public:
    explicit Statement(sqlite3_stmt *stmt);
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
    int m_bindRc = 0; ///< first bind error, reported by step()
};

/** RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() succeeded. */
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
