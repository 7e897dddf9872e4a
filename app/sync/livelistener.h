#pragma once

#include "sync/synctls.h"

#include <QObject>
#include <QUrl>

class QTimer;
class QWebSocket;

namespace samen {

/**
 * The service's live channel (wss://HOST/v1/live): signs in with the bearer token
 * and reports pokes (a plan's sequence advanced) so the sync client pulls at once.
 * The pin is checked after the handshake and before the token is sent.
 */
class LiveListener : public QObject
{
    Q_OBJECT
public:
    explicit LiveListener(QObject *parent = nullptr);
    ~LiveListener() override;

    void open(const QUrl &serviceUrl, const SyncTrust &trust, const QString &token);
    void close();
    bool isReady() const { return m_ready; }
    /**
     * A ping every intervalMs while ready; a ping not answered by the next one ends the
     * channel (closed), so a connection that died silently (the device slept, the network
     * changed, a router forgot it) is noticed and opened again.
     */
    void setHeartbeat(int intervalMs);

signals:
    void ready();
    /** The plan's sequence advanced (or its membership changed: seq 0). */
    void poked(const QString &planId, qint64 seq);
    /** This device was revoked. */
    void revoked();
    /** The channel closed; the reason is a plain sentence without personal data. */
    void closed(const QString &reason);

private:
    QWebSocket *m_socket = nullptr;
    QTimer *m_heartbeat = nullptr;
    bool m_ready = false;
    bool m_awaitingPong = false;
};

} // namespace samen
