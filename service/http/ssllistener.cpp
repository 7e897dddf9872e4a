#include "http/ssllistener.h"

#include "runtime/socketbuffers.h"

#include <QLoggingCategory>
#include <QSslSocket>

#include <sys/socket.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace samen::service {

namespace {

/** A child of one connection's socket: counts the connection for as long as the socket exists. */
class OpenConnection : public QObject
{
public:
    OpenConnection(QObject *socket, std::shared_ptr<QHash<QHostAddress, int>> open, QHostAddress address, std::shared_ptr<std::function<void()>> onClosed)
        : QObject(socket)
        , m_open(std::move(open))
        , m_address(std::move(address))
        , m_onClosed(std::move(onClosed))
    {
        ++(*m_open)[m_address];
    }
    ~OpenConnection() override
    {
        auto it = m_open->find(m_address);
        if (it != m_open->end() && --it.value() <= 0)
            m_open->erase(it);
        if (*m_onClosed)
            (*m_onClosed)();
    }

private:
    std::shared_ptr<QHash<QHostAddress, int>> m_open;
    QHostAddress m_address;
    std::shared_ptr<std::function<void()>> m_onClosed;
};

/** The peer address of an accepted socket, or a null address when the OS cannot tell. */
QHostAddress peerOf(qintptr descriptor)
{
    sockaddr_storage storage {};
    socklen_t length = sizeof storage;
    if (::getpeername(static_cast<int>(descriptor), reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return {};
    QHostAddress address(reinterpret_cast<const sockaddr *>(&storage));
    // An IPv4 client on a dual-stack socket arrives as ::ffff:a.b.c.d: count it as a.b.c.d.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

SslListener::SslListener(int maxPerAddress, OnRefused onRefused, QObject *parent)
    : QSslServer(parent)
    , m_maxPerAddress(maxPerAddress)
    , m_onRefused(std::move(onRefused))
    , m_open(std::make_shared<QHash<QHostAddress, int>>())
{
}

int SslListener::openFrom(const QHostAddress &address) const
{
    return m_open->value(address);
}

void SslListener::incomingConnection(qintptr descriptor)
{
    const QHostAddress peer = peerOf(descriptor);
    if (m_maxPerAddress > 0 && m_open->value(peer) >= m_maxPerAddress) {
        qCInfo(lcHttp, "connection refused: too many open connections from one address");
        ::close(static_cast<int>(descriptor)); // no TLS work is spent on it
        if (m_onRefused)
            m_onRefused();
        return;
    }
    QSslServer::incomingConnection(descriptor);
    // QSslServer made the socket as our newest child (and deletes it itself if it could not take the descriptor).
    const QObjectList kids = children();
    for (auto it = kids.crbegin(); it != kids.crend(); ++it) {
        auto *socket = qobject_cast<QSslSocket *>(*it);
        if (socket && socket->socketDescriptor() == descriptor) {
            new OpenConnection(socket, m_open, peer, m_onClosed);
            SocketBuffers::watch(socket, [onReleased = m_onBuffersReleased](qint64) {
                if (*onReleased)
                    (*onReleased)();
            });
            return;
        }
    }
}

} // namespace samen::service
