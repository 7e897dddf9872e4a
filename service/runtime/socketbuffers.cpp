#include "runtime/socketbuffers.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpSocket>
#include <QtCore/private/qiodevice_p.h> // Qt's private API: see socketbuffers.h for why and how it is guarded

#include <cstring>

Q_LOGGING_CATEGORY(lcSocketBuffers, "samen.memory")

namespace samen::service {

namespace {

// QRingBuffer keeps its chunks in the private member `buffers` (QList<QRingChunk> in Qt 6.4.2) and has no accessor
// for how much memory they hold. Access checks do not apply to the names in an explicit instantiation
// (C++20 [temp.spec.general]/6), so the instantiation below hands a pointer to that member to ringChunks(), which
// only reads it: the capacity of each chunk, for heldWriteBytes() and to release only what is held.
using RingChunks = QList<QRingChunk>;
RingChunks QRingBuffer::*ringChunks();

template<RingChunks QRingBuffer::*Member> struct RingChunksOf {
    friend RingChunks QRingBuffer::*ringChunks() { return Member; }
};
template struct RingChunksOf<&QRingBuffer::buffers>;

qint64 heldBytes(const QRingBuffer &ring)
{
    qint64 held = 0;
    for (const QRingChunk &chunk : ring.*ringChunks())
        held += chunk.capacity();
    return held;
}

QIODevicePrivate &privateOf(QIODevice &device)
{
    return *static_cast<QIODevicePrivate *>(QObjectPrivate::get(&device));
}

/**
 * Drops the chunk of each empty ring buffer in rings (QIODevicePrivate's readBuffers or writeBuffers; QRingBuffer::clear
 * keeps no chunk); returns the bytes they held. Only empty buffers: nothing unread or unwritten is touched.
 */
template<typename Rings> qint64 releaseEmpty(Rings &rings)
{
    qint64 released = 0;
    for (QRingBuffer &ring : rings) {
        if (!ring.isEmpty())
            continue;
        if (const qint64 held = heldBytes(ring); held > 0) {
            ring.clear();
            released += held;
        }
    }
    return released;
}

template<typename Rings> qint64 heldBytesOf(const Rings &rings)
{
    qint64 held = 0;
    for (const QRingBuffer &ring : rings)
        held += heldBytes(ring);
    return held;
}

/** Releases device's emptied read and write chunks; returns the bytes released. */
qint64 releaseEmptyBuffers(QIODevice &device)
{
    QIODevicePrivate &d = privateOf(device);
    return releaseEmpty(d.readBuffers) + releaseEmpty(d.writeBuffers);
}

} // namespace

bool SocketBuffers::sameVersion(const char *runtimeVersion, const char *compiledVersion)
{
    return runtimeVersion && compiledVersion && std::strcmp(runtimeVersion, compiledVersion) == 0;
}

bool SocketBuffers::available()
{
    static const bool same = [] {
        const bool ok = sameVersion(qVersion(), QT_VERSION_STR);
        if (!ok)
            qCWarning(lcSocketBuffers,
                      "idle sockets keep their read and write buffers: built with Qt %s, running with Qt %s (the release uses Qt's private API)",
                      QT_VERSION_STR, qVersion());
        return ok;
    }();
    return same;
}

qint64 SocketBuffers::heldWriteBytes(const QIODevice &device)
{
    return available() ? heldBytesOf(privateOf(const_cast<QIODevice &>(device)).writeBuffers) : -1;
}

qint64 SocketBuffers::heldReadBytes(const QIODevice &device)
{
    return available() ? heldBytesOf(privateOf(const_cast<QIODevice &>(device)).readBuffers) : -1;
}

QTcpSocket *SocketBuffers::plainSocketOf(const QSslSocket &socket)
{
    return socket.findChild<QTcpSocket *>(QString(), Qt::FindDirectChildrenOnly);
}

qint64 SocketBuffers::releaseIfIdle(QSslSocket &socket)
{
    if (!available() || socket.bytesToWrite() != 0 || socket.encryptedBytesToWrite() != 0)
        return 0;
    qint64 released = releaseEmptyBuffers(socket);
    if (QTcpSocket *plain = plainSocketOf(socket))
        released += releaseEmptyBuffers(*plain);
    return released;
}

void SocketBuffers::watch(QSslSocket *socket, const std::function<void(qint64)> &onReleased)
{
    if (!socket || !available())
        return;
    auto release = [socket, onReleased] {
        if (const qint64 released = releaseIfIdle(*socket); released > 0 && onReleased)
            onReleased(released);
    };
    // On the plain socket's bytesWritten, the last step of every write (handshake records included). Not on the
    // QSslSocket's own signals: a connection on its encryptedBytesWritten stopped firing once QtHttpServer 6.4 handed the
    // socket over to its WebSocket server (it disconnects the socket's signals), and the 32 KiB chunks stayed.
    // Queued, with the plain socket (a child of the QSslSocket) as context: runs after Qt's write path has returned, and
    // never after the sockets are gone.
    QTcpSocket *plain = plainSocketOf(*socket);
    if (plain)
        QObject::connect(plain, &QIODevice::bytesWritten, plain, release, Qt::QueuedConnection);
    else
        QObject::connect(socket, &QSslSocket::encryptedBytesWritten, socket, release, Qt::QueuedConnection);
}

} // namespace samen::service
