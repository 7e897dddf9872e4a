#include "live/pglistener.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#include <libpq-fe.h>

Q_LOGGING_CATEGORY(lcPgListener, "samen.live.pg")

namespace samen::service {

PgListener::PgListener(QString conninfo, QString instanceId, int retryMs, QObject *parent)
    : QObject(parent)
    , m_conninfo(std::move(conninfo))
    , m_instanceId(std::move(instanceId))
{
    m_retry.setInterval(retryMs);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (!connectAndListen())
            m_retry.start();
    });
}

PgListener::~PgListener()
{
    delete m_notifier;
    if (m_conn)
        PQfinish(m_conn);
}

bool PgListener::start()
{
    if (connectAndListen())
        return true;
    m_retry.start();
    return false;
}

bool PgListener::connectAndListen()
{
    pg_conn *conn = PQconnectdb(m_conninfo.toUtf8().constData());
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        qCWarning(lcPgListener, "cannot connect to PostgreSQL for LISTEN; retrying");
        if (conn)
            PQfinish(conn);
        return false;
    }
    PQsetNoticeProcessor(
        conn, [](void *, const char *) {}, nullptr);
    PGresult *r = PQexec(conn, (QByteArray("LISTEN ") + LiveNotice::kChannel).constData());
    const bool ok = r && PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok || PQsetnonblocking(conn, 1) != 0) {
        PQfinish(conn);
        return false;
    }
    m_conn = conn;
    m_notifier = new QSocketNotifier(PQsocket(m_conn), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PgListener::readNotifications);
    ++m_generation;
    const bool again = m_everListened;
    m_everListened = true;
    if (again) {
        qCInfo(lcPgListener, "LISTEN connection back; resyncing live sockets");
        emit resync();
    }
    return true;
}

void PgListener::lost()
{
    qCWarning(lcPgListener, "LISTEN connection lost; reconnecting");
    delete m_notifier;
    m_notifier = nullptr;
    PQfinish(m_conn);
    m_conn = nullptr;
    m_retry.start();
}

void PgListener::readNotifications()
{
    if (!m_conn)
        return;
    if (PQconsumeInput(m_conn) == 0 || PQstatus(m_conn) != CONNECTION_OK)
        return lost();
    while (PGnotify *n = PQnotifies(m_conn)) {
        QString from;
        const QList<LiveNotice> notices = LiveNotice::decode(QByteArray(n->extra), &from);
        PQfreemem(n);
        if (from == m_instanceId)
            continue; // this instance poked its own sockets when it committed
        for (const LiveNotice &notice : notices)
            emit this->notice(notice);
    }
}

} // namespace samen::service
