#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <functional>

class QSslSocket;

namespace samen::service {

/**
 * Watches the decrypted bytes of one HTTPS connection before Qt's HTTP parser
 * reads them, and ends the connection with a JSON error as soon as a request is
 * too big to accept, so no connection can make the service hold more than one
 * header block and one body within the limit:
 *
 * | request | answer |
 * | --- | --- |
 * | header block over kMaxHeaderBytes | 431 `headers-too-large` |
 * | declared `Content-Length` over the body limit | 413 `body-too-large` (before any of the body is read) |
 * | `Transfer-Encoding` (a body of unknown length) | 411 `length-required` |
 * | two different `Content-Length` values, or one that is not a number | 400 `invalid-request` |
 *
 * Why here: Qt 6.4's QAbstractHttpServer reads the whole body into memory before
 * handleRequest sees the request (OWASP ASVS 4.0 V13.1: limit request size early).
 * It only frames HTTP/1.1 messages (RFC 9112 §6: a body is exactly Content-Length
 * bytes); Qt still parses them. After a WebSocket upgrade request it steps aside:
 * the WebSocket has its own frame and message limits (LiveHub).
 * Bytes are counted exactly: a slot before Qt's reader sees what arrived, a slot
 * after it notes what the reader left unread.
 *
 * It also bounds how long a connection may hold the service's memory and a slot
 * (OWASP ASVS 4.0 V13.1, the slow-request attack of CWE-400):
 *
 * | connection | limit | then |
 * | --- | --- | --- |
 * | a header block under way | Limits::headerTimeoutMs from its first byte | 408 `request-timeout`, closed |
 * | a body under way | Limits::bodyTimeoutMs from the end of its headers | 408 `request-timeout`, closed |
 * | no request under way (after the handshake, between requests) | Limits::idleTimeoutMs, restarted while an answer is being written | closed without an answer
 * |
 *
 * The deadlines are absolute, not reset by each byte: a client trickling one byte
 * a second gains nothing.
 */
class RequestGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
    /**
     * After a refusal the connection lingers (RFC 9112 §9.6): incoming bytes are
     * discarded unread, so a client still sending its body is not reset before it
     * reads the answer; the connection closes when the declared body has arrived,
     * after kLingerBytes, or after kLingerMs, whichever comes first.
     */
    static constexpr qint64 kLingerBytes = 4 * 1024 * 1024;
    static constexpr int kLingerMs = 2000;

    /** What one connection may send and for how long; times in milliseconds, each at least 1. */
    struct Limits {
        qint64 maxBodyBytes = 0;
        int headerTimeoutMs = 0;
        int bodyTimeoutMs = 0;
        int idleTimeoutMs = 0;
    };
    /** Called with the status of every refusal (for /metrics); 408 for a timeout, 0 for an idle connection closed. */
    using OnRefused = std::function<void(int status)>;
    /** Guards socket until it closes; call before the socket is handed to the HTTP server (parented to the socket). */
    static void watch(QSslSocket *socket, const Limits &limits, OnRefused onRefused = {});

private:
    enum class State { Header, Body, Passthrough, Refused };
    enum class Phase { Handshake, Idle, Header, Body };
    RequestGuard(QSslSocket *socket, const Limits &limits, OnRefused onRefused);
    void beforeRead();
    void afterRead();
    /** Feeds newly arrived bytes through the framing; false once the connection is refused. */
    bool consume(QByteArrayView bytes);
    bool endOfHeader();
    void refuse(int status, const char *reasonPhrase, const QString &code, const QString &message, qint64 declaredBody = kLingerBytes);
    void discard(qint64 bytes);
    /** Starts the deadline of phase (header, body or idle) from now. */
    void arm(Phase phase);
    void timedOut();
    void answer(int status, const char *reasonPhrase, const QString &code, const QString &message);
    /** Closes once the answer is written, and for certain after kLingerMs even if the client reads nothing. */
    void closeSoon();

    QSslSocket *m_socket;
    Limits m_limits;
    OnRefused m_onRefused;
    QTimer m_deadline;
    Phase m_phase = Phase::Handshake; ///< which deadline m_deadline runs for
    State m_state = State::Header;
    QByteArray m_header;
    qint64 m_bodyLeft = 0;
    qint64 m_lingerLeft = 0; ///< bytes still discarded after a refusal before the connection closes
    qint64 m_refusedTail = 0; ///< bytes of the last chunk after the refused request's headers
    qint64 m_unread = 0; ///< bytes Qt's reader left in the socket after the last readyRead
    bool m_afterConnected = false;
};

} // namespace samen::service
