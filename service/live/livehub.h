#pragma once

#include "live/liveevents.h"
#include "live/livenotice.h"
#include "storage/servicestore.h"

#include <QAbstractHttpServer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWebSocket>

namespace samen::service {

class AuthApi;
class Metrics;

/**
 * WebSocket pokes at wss://HOST/v1/live. A device connects, sends
 * {"token": "<bearer token>"} as its first message within 10 s, and then hears
 * {"type":"poke","planId","seq"} when a plan it belongs to advances,
 * {"type":"access-changed","planId"} when its grants change (it then fetches
 * GET /v1/plans/{id}/snapshot), {"type":"membership-revoked","planId"} when it
 * was removed from a plan (it deletes its copy), and {"type":"revoked"} (then
 * the socket closes) when the device is revoked. A device revoked by another
 * process (samen-service admin revoke) is found by a sweep every sweepMs.
 * A socket lives only as long as the token it signed in with: before any poke
 * and at every sweep the token is checked again, and a socket whose token
 * expired (or was deleted) is closed without the poke; the device signs in again.
 * Pokes carry no plan content: the device pulls over HTTPS.
 * With several instances (PostgreSQL), changes committed elsewhere arrive through
 * PgListener as LiveNotices (hear()); after its connection was lost, resyncAll()
 * pokes every signed-in socket for each plan of its account with the plan's head.
 */
class LiveHub : public QObject
{
    Q_OBJECT
public:
    LiveHub(QAbstractHttpServer &server, ServiceStore &store, AuthApi &auth, Metrics &metrics, int sweepMs, QObject *parent = nullptr);
    ~LiveHub() override;

    /** Hooks for the APIs, bound to this hub. */
    LiveEvents events();

    void planAdvanced(const QString &planId, qint64 seq);
    void accessChanged(const QString &planId, const QString &memberId);
    void planErased(const QString &planId, const QStringList &accountIds);
    void deviceRevoked(const QString &deviceId);
    /** A change another instance committed: the same poke as if it were made here. */
    void hear(const LiveNotice &notice);
    /** Pokes every signed-in socket with {"type":"poke","planId","seq"} for each active plan of its account (seq: the plan's head). */
    void resyncAll();

private:
    struct Connection {
        QWebSocket *socket = nullptr;
        QString deviceId; ///< empty until the token message arrived
        QString accountId;
        QByteArray tokenHash; ///< SHA-256 of the token the socket signed in with
    };
    void accept();
    void onMessage(QWebSocket *socket, const QString &message);
    void drop(QWebSocket *socket);
    void updateGauge();
    /** Closes sockets whose device was revoked outside this process, and those whose token expired. */
    void sweepRevoked();
    /** Whether c's token still admits its device now; closes the socket when not. */
    bool stillSignedIn(const Connection &c, qint64 nowMs);
    void sendToAccounts(const QStringList &accountIds, const QByteArray &message);

    QAbstractHttpServer &m_server;
    ServiceStore &m_store;
    AuthApi &m_auth;
    Metrics &m_metrics;
    QList<Connection> m_connections;
    QTimer *m_sweep = nullptr;
};

} // namespace samen::service
