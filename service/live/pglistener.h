#pragma once

#include "live/livenotice.h"

#include <QObject>
#include <QTimer>

struct pg_conn;
class QSocketNotifier;

namespace samen::service {

/**
 * The one LISTEN connection of a service instance on PostgreSQL: hears the
 * LiveNotices other instances send on commit (PgServiceStore) and passes on those
 * not sent by this instance. It must reach PostgreSQL directly (not through a pooler
 * in transaction mode, which drops LISTEN). When the connection is lost it retries
 * every retryMs; once back it emits resync(), because notices sent meanwhile were
 * not heard: the hub then pokes every local socket (LiveHub::resyncAll).
 */
class PgListener : public QObject
{
    Q_OBJECT
public:
    PgListener(QString conninfo, QString instanceId, int retryMs = 1000, QObject *parent = nullptr);
    ~PgListener() override;

    /** Connects and listens; false (and retries in the background) when PostgreSQL cannot be reached now. */
    bool start();
    bool listening() const { return m_conn != nullptr; }
    /**
     * Changes with every (re)connection, -1 while not listening: a cache kept valid by notices
     * (AuthApi's tokens) trusts itself only while this stays the same, since notices sent
     * while the connection was down were not heard.
     */
    qint64 generation() const { return m_conn ? m_generation : -1; }

signals:
    void notice(const samen::service::LiveNotice &notice);
    /** The connection came back after a loss: notices may have been missed. */
    void resync();

private:
    bool connectAndListen();
    void readNotifications();
    void lost();

    QString m_conninfo;
    QString m_instanceId;
    pg_conn *m_conn = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_retry;
    bool m_everListened = false;
    qint64 m_generation = 0;
};

} // namespace samen::service
