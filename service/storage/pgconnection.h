#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

struct pg_conn;
struct pg_result;

namespace samen::service {

/**
 * A PostgreSQL array literal ("{...}", PostgreSQL 15 manual, 8.15.6 "Array Input and Output Syntax")
 * of text values, for a $n::text[] parameter: every element double-quoted, with " and \ escaped,
 * so any text (commas, braces, quotes, the word NULL) arrives as it is. One statement text then
 * serves any number of rows (unnest, = ANY), and PgConnection prepares it once.
 */
QString pgArray(const QStringList &values);
/** The same for a $n::bigint[] parameter. */
QString pgArray(const QList<qint64> &values);

/** The rows of one libpq answer (text format); empty when the statement returns none. */
class PgRows
{
public:
    PgRows() = default;
    explicit PgRows(pg_result *result);

    int size() const;
    bool isEmpty() const { return size() == 0; }
    QString text(int row, int column) const;
    /** A text column's UTF-8 bytes as the server sent them, unconverted. */
    QByteArray bytes(int row, int column) const;
    qint64 integer(int row, int column) const;
    /** A bytea column: libpq's text form is "\x" and hex; returns the raw bytes. */
    QByteArray blob(int row, int column) const;
    /** The number of rows an INSERT/UPDATE/DELETE changed. */
    qint64 changed() const;

private:
    std::shared_ptr<pg_result> m_result;
};

/**
 * One libpq connection used from one thread: statements with $1.. parameters are
 * prepared once per connection and cached by their text. A connection found broken
 * outside a transaction is opened again (the cache starts empty). Errors: Io for a
 * lost connection or a full disk (SQLSTATE classes 08, 53, 57P), Conflict for a
 * broken constraint (class 23) or a deadlock/serialisation failure (40001, 40P01),
 * Internal otherwise; the message never holds parameter values.
 */
class PgConnection
{
public:
    ~PgConnection();
    /** Connects with a libpq connection URI (postgresql://...) or key=value string; Network when the server cannot be reached. */
    static Result<std::unique_ptr<PgConnection>> open(const QString &conninfo);

    /** Runs a statement; QByteArray values are sent as binary (bytea), others as text. */
    Result<PgRows> exec(const QString &sql, const QVariantList &values = {});
    /** Runs one or more statements without parameters (schema changes, BEGIN, COMMIT). */
    Status execScript(const QString &sql);
    bool inTransaction() const;
    pg_conn *handle() const { return m_conn; }

private:
    explicit PgConnection(pg_conn *conn, QString conninfo);
    Status ensureOpen();
    static Error errorOf(pg_result *result, pg_conn *conn);

    pg_conn *m_conn = nullptr;
    QString m_conninfo;
    QHash<QString, QByteArray> m_prepared; ///< statement text -> prepared name
};

} // namespace samen::service
