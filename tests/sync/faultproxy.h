#pragma once
// A TCP proxy for the sync tests that injects network faults between a client and
// the real service. TLS passes through untouched, so the client still verifies the
// service's own certificate (issued for 127.0.0.1) and its pin end to end.

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <set>

namespace samen::test {

/** How many faults of each kind a FaultProxy injected, and how many connections it saw. */
struct FaultCounts {
    int connections = 0; ///< connections accepted from clients
    int dropped = 0; ///< connections closed (reset) as soon as they were accepted
    int delayed = 0; ///< chunks held back for a while (order kept)
    int truncated = 0; ///< service-to-client streams cut mid-way with an orderly close
    int resetMidPush = 0; ///< connections reset after part of the client's bytes went through
    int resetMidResponse = 0; ///< connections reset after part of the service's bytes went through

    int total() const { return dropped + delayed + truncated + resetMidPush + resetMidResponse; }
    int cuts() const { return dropped + truncated + resetMidPush + resetMidResponse; }
};

/** How often a FaultProxy injects each fault while faults are on. */
struct FaultRates {
    double drop = 0.08; ///< per new connection
    double cut = 0.1; ///< per chunk: a reset or truncation at a random byte inside it
    bool cutClientBytes = true; ///< cuts may hit client-to-service chunks (resets mid-push)
    bool resetServiceBytes = true; ///< cuts of service-to-client chunks may be resets (else always truncations)
    double delay = 0.15; ///< per chunk
    int maxDelayMs = 40;
};

/**
 * Listens on 127.0.0.1 (a free port) and forwards each connection to the upstream
 * port on 127.0.0.1. While faults are on, a seeded generator decides per connection
 * whether to drop it at once, and per chunk whether to hold it back for a few
 * milliseconds (order kept) or to cut the connection at a random byte inside it:
 * a reset in either direction (client to service: mid-push; service to client:
 * mid-response) or, towards the client, an orderly close (a truncated response).
 * With faults off it passes bytes through unchanged. Use from the test's thread.
 */
class FaultProxy
{
public:
    FaultProxy(quint16 upstreamPort, quint32 seed)
        : m_upstreamPort(upstreamPort)
        , m_rng(seed)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }
    ~FaultProxy()
    {
        m_server.close();
        const auto pipes = std::move(m_pipes);
        for (const auto &pipe : pipes) {
            pipe->closed = true;
            pipe->client->abort();
            pipe->upstream->abort();
        }
    }
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    /** Faults on, or plain pass-through; planned cuts of open connections are skipped while off. */
    void setFaults(bool on) { m_faults = on; }
    bool faults() const { return m_faults; }
    void setRates(const FaultRates &rates) { m_rates = rates; }
    const FaultCounts &counts() const { return m_counts; }
    /**
     * Every open connection goes silent: its bytes are swallowed in both directions and
     * nothing closes, as when a device sleeps or a router forgets a connection. New
     * connections pass as before.
     */
    void silenceOpen()
    {
        for (const auto &pipe : m_pipes)
            pipe->silent = true;
    }
    /** Ends every open connection (as a network change would). */
    void resetAll()
    {
        const auto pipes = m_pipes;
        for (const auto &pipe : pipes)
            close(pipe, true);
    }

private:
    enum class Cut { None, ResetUp, ResetDown, TruncateDown };

    /** One direction of a connection: bytes waiting (while delayed) and bytes sent so far. */
    struct Flow {
        QByteArray queue;
        qint64 sent = 0;
        bool held = false;
    };

    struct Pipe {
        QTcpSocket *client = nullptr;
        QTcpSocket *upstream = nullptr;
        Flow up; ///< client to service
        Flow down; ///< service to client
        bool upstreamReady = false;
        bool closed = false;
        bool silent = false; ///< a dead connection that nobody closed: bytes go nowhere
    };
    using PipePtr = std::shared_ptr<Pipe>;

    bool chance(double p) { return m_rng.generateDouble() < p; }

    void accept(QTcpSocket *client)
    {
        ++m_counts.connections;
        client->setParent(&m_server);
        if (m_faults && chance(m_rates.drop)) {
            ++m_counts.dropped;
            client->abort();
            client->deleteLater();
            return;
        }
        auto pipe = std::make_shared<Pipe>();
        pipe->client = client;
        pipe->upstream = new QTcpSocket(&m_server);
        m_pipes.insert(pipe);
        std::weak_ptr<Pipe> weak = pipe;
        QObject::connect(pipe->upstream, &QTcpSocket::connected, pipe->upstream, [this, weak] {
            if (auto p = weak.lock()) {
                p->upstreamReady = true;
                flush(p, true);
            }
        });
        QObject::connect(client, &QTcpSocket::readyRead, client, [this, weak] {
            if (auto p = weak.lock())
                received(p, true);
        });
        QObject::connect(pipe->upstream, &QTcpSocket::readyRead, pipe->upstream, [this, weak] {
            if (auto p = weak.lock())
                received(p, false);
        });
        // Either side closing (or failing, e.g. the service is down) ends the pair.
        for (QTcpSocket *s : { client, pipe->upstream }) {
            QObject::connect(s, &QTcpSocket::disconnected, s, [this, weak] {
                if (auto p = weak.lock())
                    close(p, false);
            });
            QObject::connect(s, &QTcpSocket::errorOccurred, s, [this, weak](QAbstractSocket::SocketError e) {
                if (auto p = weak.lock())
                    close(p, e != QAbstractSocket::RemoteHostClosedError);
            });
        }
        pipe->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        if (client->bytesAvailable() > 0)
            received(pipe, true);
    }

    void received(const PipePtr &pipe, bool up)
    {
        if (pipe->closed)
            return;
        QTcpSocket *from = up ? pipe->client : pipe->upstream;
        Flow &flow = up ? pipe->up : pipe->down;
        flow.queue += from->readAll();
        if (flow.held || flow.queue.isEmpty())
            return;
        if (m_faults && chance(m_rates.delay)) {
            ++m_counts.delayed;
            flow.held = true;
            std::weak_ptr<Pipe> weak = pipe;
            QTimer::singleShot(1 + static_cast<int>(m_rng.bounded(m_rates.maxDelayMs)), from, [this, weak, up] {
                if (auto p = weak.lock()) {
                    (up ? p->up : p->down).held = false;
                    flush(p, up);
                }
            });
            return;
        }
        flush(pipe, up);
    }

    void flush(const PipePtr &pipe, bool up)
    {
        Flow &flow = up ? pipe->up : pipe->down;
        if (pipe->silent)
            flow.queue.clear();
        if (pipe->closed || flow.held || flow.queue.isEmpty() || (up && !pipe->upstreamReady))
            return;
        QTcpSocket *to = up ? pipe->upstream : pipe->client;
        if (m_faults && (!up || m_rates.cutClientBytes) && chance(m_rates.cut)) {
            const Cut cut = up ? Cut::ResetUp : m_rates.resetServiceBytes && m_rng.bounded(2) == 0 ? Cut::ResetDown : Cut::TruncateDown;
            const qint64 part = m_rng.bounded(static_cast<int>(flow.queue.size()));
            to->write(flow.queue.left(part));
            flow.sent += part;
            flow.queue.clear();
            if (cut == Cut::TruncateDown) {
                ++m_counts.truncated;
                // An orderly close after the bytes written so far: the response just ends.
                pipe->closed = true;
                pipe->upstream->abort();
                pipe->client->disconnectFromHost();
                finish(pipe);
            } else {
                ++(up ? m_counts.resetMidPush : m_counts.resetMidResponse);
                close(pipe, true);
            }
            return;
        }
        to->write(flow.queue);
        flow.sent += flow.queue.size();
        flow.queue.clear();
    }

    void close(const PipePtr &pipe, bool reset)
    {
        if (pipe->closed)
            return;
        pipe->closed = true;
        for (QTcpSocket *s : { pipe->client, pipe->upstream }) {
            if (reset)
                s->abort();
            else
                s->disconnectFromHost(); // after what is already written
        }
        finish(pipe);
    }

    void finish(const PipePtr &pipe)
    {
        m_pipes.erase(pipe);
        // Deleted later, so signal handlers still running on them return safely.
        QPointer<QTcpSocket> client = pipe->client;
        QPointer<QTcpSocket> upstream = pipe->upstream;
        QTimer::singleShot(5000, &m_server, [client, upstream] {
            if (client)
                client->deleteLater();
            if (upstream)
                upstream->deleteLater();
        });
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QRandomGenerator m_rng;
    FaultRates m_rates;
    bool m_faults = false;
    FaultCounts m_counts;
    std::set<PipePtr> m_pipes;
};

} // namespace samen::test
