#pragma once

#include <QtGlobal>

#include <functional>

class QIODevice;
class QSslSocket;
class QTcpSocket;

namespace samen::service {

/**
 * Gives back the emptied read and write buffers of TLS sockets that have nothing left to write (issues 16 and 18: an
 * idle WebSocket should cost less than 32 KiB).
 *
 * Why: Qt's QRingBuffer keeps an emptied chunk of up to its block size for the next write (QRingBuffer::free,
 * "keep a single block around"). A QAbstractSocket's block is 32 KiB, so every TLS connection keeps two such chunks
 * for as long as it is open: the QSslSocket's own (its first write, e.g. the 101 answer of a WebSocket upgrade) and
 * that of the plain QTcpSocket under it (the TLS handshake's records). A live WebSocket sits idle for hours.
 * Reading is the same with 16 KiB blocks (QIODEVICE_BUFFERSIZE): the QSslSocket's buffer of decrypted bytes and the
 * plain socket's of records received each keep a chunk after their first read. QRingBuffer::clear() drops an emptied
 * chunk; the next read or write allocates a new one. (OpenSSL's own record buffers need nothing: the service's SSL
 * objects already run with SSL_MODE_RELEASE_BUFFERS; SSL_get_mode said 0x14 on 2026-12-01, docs/architecture.md.)
 *
 * How: Qt 6.4 has no public API for this, so this file (and only this one) uses Qt's private QIODevicePrivate
 * (<QtCore/private/qiodevice_p.h>, qt6-base-private-dev; its `readBuffers` and `writeBuffers`, one QRingBuffer per
 * channel) and reads the capacity of QRingBuffer's private chunk list through an explicit template instantiation.
 * Private headers carry no compatibility promise, so everything here does nothing unless the Qt running is exactly the
 * one it was compiled against (qVersion() == QT_VERSION_STR); it then says so once in the log.
 *
 * The plain socket is found as the QSslSocket's QTcpSocket child: Qt creates it with the QSslSocket as its parent
 * (QSslSocketPrivate::createPlainSocket). All of this runs on the sockets' own thread.
 */
class SocketBuffers
{
public:
    /** Whether buffers can be inspected and released here: the running Qt is the one compiled against. Logs once when not. */
    static bool available();
    /** Whether a runtime Qt version may use what was compiled against compiledVersion (they must be the same). */
    static bool sameVersion(const char *runtimeVersion, const char *compiledVersion);

    /** Bytes of memory device's write buffers hold, whether in use or kept empty for reuse; -1 when !available(). */
    static qint64 heldWriteBytes(const QIODevice &device);
    /** Bytes of memory device's read buffers hold, whether holding unread bytes or kept empty; -1 when !available(). */
    static qint64 heldReadBytes(const QIODevice &device);
    /** The TCP socket under socket, into which it writes its encrypted records; nullptr when it has none yet. */
    static QTcpSocket *plainSocketOf(const QSslSocket &socket);

    /**
     * When socket and its plain socket have nothing left to write (bytesToWrite() and encryptedBytesToWrite() are 0),
     * releases the emptied read- and write-buffer chunks of both (a buffer with unread bytes is kept). Returns the
     * bytes released; 0 when a write is under way, nothing was held, or !available().
     */
    static qint64 releaseIfIdle(QSslSocket &socket);

    /**
     * From now on, releaseIfIdle(socket) shortly after each of its writes reaches the network (its plain socket's
     * bytesWritten, queued, so never inside Qt's own write path; still after a WebSocket upgrade, which disconnects the
     * QSslSocket's own signals). onReleased(bytes) after each release that freed memory. Does
     * nothing when !available().
     */
    static void watch(QSslSocket *socket, const std::function<void(qint64)> &onReleased);
};

} // namespace samen::service
