#include "storage/pgconnection.h"

#include <libpq-fe.h>

#include <vector>

namespace samen::service {

QString pgArray(const QStringList &values)
{
    QString out = QStringLiteral("{");
    for (const QString &v : values) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        for (const QChar c : v) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                out += QLatin1Char('\\');
            out += c;
        }
        out += QLatin1Char('"');
    }
    return out + QLatin1Char('}');
}

QString pgArray(const QList<qint64> &values)
{
    QStringList texts;
    texts.reserve(values.size());
    for (const qint64 v : values)
        texts.append(QString::number(v));
    return QLatin1Char('{') + texts.join(QLatin1Char(',')) + QLatin1Char('}');
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 0;
}

} // namespace

PgRows::PgRows(pg_result *result)
    : m_result(result, PQclear)
{
}

int PgRows::size() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

QString PgRows::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

QByteArray PgRows::bytes(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

qint64 PgRows::integer(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column)).toLongLong();
}

QByteArray PgRows::blob(int row, int column) const
{
    const char *v = PQgetvalue(m_result.get(), row, column);
    const int n = PQgetlength(m_result.get(), row, column);
    if (n < 2 || v[0] != '\\' || v[1] != 'x')
        return {};
    QByteArray out((n - 2) / 2, Qt::Uninitialized);
    for (int i = 0; i < out.size(); ++i)
        out[i] = static_cast<char>(hexValue(v[2 + 2 * i]) * 16 + hexValue(v[3 + 2 * i]));
    return out;
}

qint64 PgRows::changed() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result.get())).toLongLong() : 0;
}

PgConnection::PgConnection(pg_conn *conn, QString conninfo)
    : m_conn(conn)
    , m_conninfo(std::move(conninfo))
{
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &conninfo)
{
    pg_conn *conn = PQconnectdb(conninfo.toUtf8().constData());
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        // libpq's message names the host and the reason, never a password.
        const QString why = conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : QStringLiteral("out of memory");
        if (conn)
            PQfinish(conn);
        return Result<std::unique_ptr<PgConnection>>::fail(ErrorCode::Network, QStringLiteral("cannot connect to PostgreSQL: %1").arg(why));
    }
    // Quiet NOTICEs (CREATE ... IF NOT EXISTS) stay out of the service's log.
    PQsetNoticeProcessor(
        conn, [](void *, const char *) {}, nullptr);
    return std::unique_ptr<PgConnection>(new PgConnection(conn, conninfo));
}

bool PgConnection::inTransaction() const
{
    const PGTransactionStatusType s = PQtransactionStatus(m_conn);
    return s == PQTRANS_INTRANS || s == PQTRANS_INERROR || s == PQTRANS_ACTIVE;
}

Status PgConnection::ensureOpen()
{
    if (PQstatus(m_conn) == CONNECTION_OK)
        return {};
    // Only between transactions: a transaction cut off by a lost connection has failed as a whole.
    PQreset(m_conn);
    m_prepared.clear();
    if (PQstatus(m_conn) != CONNECTION_OK)
        return Status::fail(ErrorCode::Io, QStringLiteral("the connection to PostgreSQL is lost: %1").arg(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
    return {};
}

Error PgConnection::errorOf(pg_result *result, pg_conn *conn)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QByteArray sqlstate = state ? QByteArray(state) : QByteArray();
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString message = QStringLiteral("PostgreSQL: %1 (%2)")
                                .arg(primary ? QString::fromUtf8(primary) : QString::fromUtf8(PQerrorMessage(conn)).trimmed(),
                                     QString::fromLatin1(sqlstate.isEmpty() ? QByteArray("no SQLSTATE") : sqlstate));
    ErrorCode code = ErrorCode::Internal;
    if (sqlstate.isEmpty() || sqlstate.startsWith("08") || sqlstate.startsWith("53") || sqlstate.startsWith("57P") || PQstatus(conn) != CONNECTION_OK)
        code = ErrorCode::Io;
    else if (sqlstate.startsWith("23") || sqlstate == "40001" || sqlstate == "40P01")
        code = ErrorCode::Conflict;
    return { code, message };
}

Result<PgRows> PgConnection::exec(const QString &sql, const QVariantList &values)
{
    if (!inTransaction()) {
        if (Status s = ensureOpen(); !s)
            return s.error();
    }
    auto name = m_prepared.constFind(sql);
    if (name == m_prepared.cend()) {
        const QByteArray statementName = "s" + QByteArray::number(m_prepared.size() + 1);
        PGresult *prepared = PQprepare(m_conn, statementName.constData(), sql.toUtf8().constData(), 0, nullptr);
        const bool ok = prepared && PQresultStatus(prepared) == PGRES_COMMAND_OK;
        if (!ok) {
            const Error e = errorOf(prepared, m_conn);
            PQclear(prepared);
            return e;
        }
        PQclear(prepared);
        name = m_prepared.insert(sql, statementName);
    }
    std::vector<QByteArray> data;
    data.reserve(static_cast<size_t>(values.size()));
    std::vector<const char *> pointers;
    std::vector<int> lengths;
    std::vector<int> formats;
    for (const QVariant &v : values) {
        const bool binary = v.typeId() == QMetaType::QByteArray;
        if (v.typeId() == QMetaType::Bool)
            data.push_back(v.toBool() ? QByteArray("true") : QByteArray("false"));
        else
            data.push_back(binary ? v.toByteArray() : v.toString().toUtf8());
        lengths.push_back(static_cast<int>(data.back().size()));
        formats.push_back(binary ? 1 : 0);
    }
    for (const QByteArray &d : data)
        pointers.push_back(d.constData());
    PGresult *result = PQexecPrepared(m_conn, name.value().constData(), static_cast<int>(values.size()), pointers.data(), lengths.data(), formats.data(), 0);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const Error e = errorOf(result, m_conn);
        PQclear(result);
        return e;
    }
    return PgRows(result);
}

Status PgConnection::execScript(const QString &sql)
{
    if (!inTransaction()) {
        if (Status s = ensureOpen(); !s)
            return s;
    }
    PGresult *result = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const Error e = errorOf(result, m_conn);
        PQclear(result);
        return e;
    }
    PQclear(result);
    return {};
}

} // namespace samen::service
