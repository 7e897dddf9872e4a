#pragma once

#include "live/liveevents.h"
#include "live/livenotice.h"
#include "storage/servicestore.h"

#include <QAbstractHttpServer>
#include <QHash>
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
 * process (samen-service admin revoke) is found by a sweep every sweepMs, and
 * before any poke once the store says another process committed.
 * A socket lives only as long as the token it signed in with: its expiry is kept
 * from the sign-in, and a socket whose token expired is closed (at the sweep, and
 * instead of a poke); the device signs in again. Tokens are deleted only with
 * their device's revocation, which closes the device's sockets.
 * Sockets are indexed by account and by device (issue 18): a poke costs one
 * look-up of the plan's members and touches only their sockets, never every
 * connection; a sweep is one query for the devices revoked since the last one,
 * whatever the number of sockets.
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
    /**
     * Closes the sockets whose token expired (no query) and those of devices revoked by another
     * process since the last sweep (one query: ServiceStore::devicesRevokedSince). The timer calls
     * it every sweepMs.
     */
    void sweep();
    /** Open sockets, and those signed in. */
    qsizetype connectionCount() const { return m_connections.size(); }
    qsizetype signedInCount() const { return m_byDevice.size(); }

private:
    struct Connection {
        QString deviceId; ///< empty until the token message arrived
        QString accountId;
        qint64 tokenExpiresMs = 0; ///< when the token the socket signed in with expires
    };
    void accept();
    void onMessage(QWebSocket *socket, const QString &message);
    void drop(QWebSocket *socket);
    void updateGauge();
    /** Sweeps first when another process committed to the store since the last check (one cheap read), so its revocations count before a poke. */
    void catchUp();
    void sendToAccounts(const QStringList &accountIds, const QByteArray &message);

    QAbstractHttpServer &m_server;
    ServiceStore &m_store;
    AuthApi &m_auth;
    Metrics &m_metrics;
    QHash<QWebSocket *, Connection> m_connections;
    QMultiHash<QString, QWebSocket *> m_byAccount; ///< signed-in sockets per account
    QMultiHash<QString, QWebSocket *> m_byDevice; ///< signed-in sockets per device
    qint64 m_sweptFromMs = 0; ///< revocations at or after this time are still looked for
    qint64 m_changeMark = -1; ///< ServiceStore::changesByOthers() at the last catchUp
    QTimer *m_sweep = nullptr;
};

} // namespace samen::service
