#pragma once

#include <QHash>
#include <QHostAddress>
#include <QSslServer>

#include <functional>
#include <memory>

namespace samen::service {

/**
 * The TLS listening socket: a QSslServer that refuses a connection from an
 * address that already holds maxPerAddress open connections (0: no cap), before
 * any TLS work is done for it, so one address cannot take all of the service's
 * sockets or memory (the slow-connection finding of issue 19; OWASP ASVS 4.0
 * V13.1). A connection counts from its TCP accept until its socket is destroyed
 * (closed by either side, by a timeout, or with its WebSocket).
 * Each connection's emptied read and write buffers are given back whenever it has
 * nothing left to write (SocketBuffers::watch): an idle keep-alive connection or
 * live WebSocket then holds no 16 KiB read or 32 KiB write chunks (issues 16 and 18).
 */
class SslListener : public QSslServer
{
    Q_OBJECT
public:
    /** Called for every connection refused at the cap (for /metrics). */
    using OnRefused = std::function<void()>;
    SslListener(int maxPerAddress, OnRefused onRefused, QObject *parent = nullptr);

    /** Open connections from address now. */
    int openFrom(const QHostAddress &address) const;

    /** Called as each connection's socket is destroyed (HeapRelease::noteClosed); may outlive the listener at shutdown. */
    void setOnClosed(std::function<void()> onClosed) { *m_onClosed = std::move(onClosed); }
    /** Called after each release of an idle connection's read and write buffers (for /metrics); may outlive the listener at shutdown. */
    void setOnBuffersReleased(std::function<void()> onReleased) { *m_onBuffersReleased = std::move(onReleased); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    int m_maxPerAddress;
    OnRefused m_onRefused;
    /** Shared with each connection's counter, which may outlive the listener at shutdown. */
    std::shared_ptr<QHash<QHostAddress, int>> m_open;
    std::shared_ptr<std::function<void()>> m_onClosed = std::make_shared<std::function<void()>>();
    std::shared_ptr<std::function<void()>> m_onBuffersReleased = std::make_shared<std::function<void()>>();
};

} // namespace samen::service
