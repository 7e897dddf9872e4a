#pragma once

#include "live/liveevents.h"
#include "storage/servicestore.h"

#include <QAbstractHttpServer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QWebSocket>

namespace samen::service {

class AuthApi;
class Metrics;

/**
 * WebSocket pokes at wss://HOST/v1/live. A device connects, sends
 * {"token": "<bearer token>"} as its first message within 10 s, and then hears
 * {"type":"poke","planId","seq"} when a plan it belongs to advances,
 * {"type":"access-changed","planId"} when its membership or grants change and
 * {"type":"revoked"} (then the socket closes) when the device is revoked.
 * Pokes carry no plan content: the device pulls over HTTPS.
 */
class LiveHub : public QObject
{
    Q_OBJECT
public:
    LiveHub(QAbstractHttpServer &server, ServiceStore &store, AuthApi &auth, Metrics &metrics, QObject *parent = nullptr);
    ~LiveHub() override;

    /** Hooks for the APIs, bound to this hub. */
    LiveEvents events();

    void planAdvanced(const QString &planId, qint64 seq);
    void accessChanged(const QString &planId, const QString &memberId);
    void deviceRevoked(const QString &deviceId);

private:
    struct Connection {
        QWebSocket *socket = nullptr;
        QString deviceId; ///< empty until the token message arrived
        QString accountId;
    };
    void accept();
    void onMessage(QWebSocket *socket, const QString &message);
    void drop(QWebSocket *socket);
    void updateGauge();
    void sendToAccounts(const QStringList &accountIds, const QByteArray &message);

    QAbstractHttpServer &m_server;
    ServiceStore &m_store;
    AuthApi &m_auth;
    Metrics &m_metrics;
    QList<Connection> m_connections;
};

} // namespace samen::service
