#include "http/requestguard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace samen::service {

namespace {

/** The value of a header line "Name: value" when its name is name (case-insensitive), else a null view. */
QByteArrayView headerValue(QByteArrayView line, QByteArrayView name)
{
    if (line.size() <= name.size() || line.at(name.size()) != ':' || line.first(name.size()).compare(name, Qt::CaseInsensitive) != 0)
        return {};
    return line.sliced(name.size() + 1).trimmed();
}

} // namespace

void RequestGuard::watch(QSslSocket *socket, const Limits &limits, OnRefused onRefused)
{
    new RequestGuard(socket, limits, std::move(onRefused));
}

RequestGuard::RequestGuard(QSslSocket *socket, const Limits &limits, OnRefused onRefused)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_onRefused(std::move(onRefused))
{
    // Connected before the HTTP server's reader (which connects once the handshake is done).
    connect(socket, &QIODevice::readyRead, this, &RequestGuard::beforeRead);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &RequestGuard::timedOut);
    // The handshake has its own deadline (QSslServer::setHandshakeTimeout); from its end the connection is idle.
    connect(socket, &QSslSocket::encrypted, this, [this] { arm(Phase::Idle); });
    // Progress in writing an answer keeps an idle connection open: a slow reader of a large answer is not cut off.
    connect(socket, &QIODevice::bytesWritten, this, [this] {
        if (m_phase == Phase::Idle && m_deadline.isActive())
            m_deadline.start();
    });
}

void RequestGuard::arm(Phase phase)
{
    m_phase = phase;
    m_deadline.start(phase == Phase::Header ? m_limits.headerTimeoutMs : phase == Phase::Body ? m_limits.bodyTimeoutMs : m_limits.idleTimeoutMs);
}

void RequestGuard::timedOut()
{
    if (m_state == State::Passthrough || m_state == State::Refused || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const bool underway = m_phase != Phase::Idle;
    qCInfo(lcHttp, "connection closed: %s", underway ? "request not complete in time" : "idle");
    m_state = State::Refused;
    m_lingerLeft = 0;
    m_header.clear();
    m_header.squeeze();
    if (m_onRefused)
        m_onRefused(underway ? 408 : 0);
    if (underway)
        answer(408, "Request Timeout", QStringLiteral("request-timeout"), QStringLiteral("The request did not arrive in time. Send it again."));
    closeSoon();
}

void RequestGuard::closeSoon()
{
    m_deadline.stop();
    m_socket->disconnectFromHost(); // after the answer is written
    QTimer::singleShot(kLingerMs, m_socket, [socket = m_socket] {
        if (socket->state() != QAbstractSocket::UnconnectedState)
            socket->abort();
    });
}

void RequestGuard::beforeRead()
{
    if (!m_afterConnected) {
        // Now the reader is connected, so this slot runs after it on every readyRead.
        connect(m_socket, &QIODevice::readyRead, this, &RequestGuard::afterRead);
        m_afterConnected = true;
    }
    const qint64 available = m_socket->bytesAvailable();
    if (m_state == State::Refused) {
        discard(available);
        return;
    }
    const qint64 fresh = available - m_unread;
    if (fresh <= 0)
        return;
    const QByteArray bytes = m_socket->peek(available);
    if (!consume(QByteArrayView(bytes).sliced(bytes.size() - fresh))) {
        // The reader finds nothing of the refused request; what came after its headers is the start of its body.
        m_socket->skip(available - m_refusedTail);
        discard(m_refusedTail);
    }
}

void RequestGuard::discard(qint64 bytes)
{
    m_socket->skip(bytes); // nothing more is kept in memory
    m_lingerLeft -= bytes;
    if (m_lingerLeft <= 0 && m_socket->state() == QAbstractSocket::ConnectedState)
        closeSoon();
}

void RequestGuard::afterRead()
{
    if (m_state == State::Passthrough) {
        disconnect(m_socket, nullptr, this, nullptr);
        return;
    }
    m_unread = m_socket->bytesAvailable();
}

bool RequestGuard::consume(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        switch (m_state) {
        case State::Body: {
            const qint64 n = std::min<qint64>(m_bodyLeft, bytes.size());
            m_bodyLeft -= n;
            bytes = bytes.sliced(n);
            if (m_bodyLeft == 0) {
                m_state = State::Header;
                arm(Phase::Idle);
            }
            break;
        }
        case State::Header: {
            if (m_header.isEmpty()) {
                // RFC 9112 §2.2: empty lines before a request line are ignored.
                while (!bytes.isEmpty() && (bytes.front() == '\r' || bytes.front() == '\n'))
                    bytes = bytes.sliced(1);
                if (bytes.isEmpty())
                    return true;
            }
            const qsizetype before = m_header.size();
            if (before == 0)
                arm(Phase::Header); // a request begins
            m_header.append(bytes.first(std::min<qsizetype>(bytes.size(), kMaxHeaderBytes + 4 - before)));
            const qsizetype end = m_header.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
            if (end < 0) {
                if (m_header.size() > kMaxHeaderBytes) {
                    refuse(431, "Request Header Fields Too Large", QStringLiteral("headers-too-large"),
                           QStringLiteral("The request's headers are too large: at most %1 bytes are allowed.").arg(kMaxHeaderBytes));
                    return false;
                }
                return true; // the rest of the header block comes later
            }
            const qsizetype used = end + 4 - before;
            m_header.truncate(end + 4);
            if (!endOfHeader()) {
                m_refusedTail = bytes.size() - used;
                return false;
            }
            bytes = bytes.sliced(used);
            if (m_state == State::Passthrough) {
                m_deadline.stop(); // a WebSocket: LiveHub's rules apply from here
                return true;
            }
            arm(m_state == State::Body ? Phase::Body : Phase::Idle);
            break;
        }
        case State::Passthrough:
        case State::Refused:
            return m_state == State::Passthrough;
        }
    }
    return true;
}

bool RequestGuard::endOfHeader()
{
    qint64 length = 0;
    bool haveLength = false;
    bool upgrade = false;
    for (const QByteArray &lineBytes : m_header.split('\n')) {
        const QByteArrayView line = QByteArrayView(lineBytes).trimmed(); // drops the \r of each CRLF
        if (const QByteArrayView v = headerValue(line, "content-length"); !v.isNull()) {
            bool ok = !v.isEmpty() && v.size() <= 18;
            for (const char c : v)
                ok = ok && c >= '0' && c <= '9';
            const qint64 value = ok ? v.toLongLong(&ok) : -1;
            if (!ok || (haveLength && value != length)) {
                refuse(400, "Bad Request", QStringLiteral("invalid-request"), QStringLiteral("The request's Content-Length is not valid."));
                return false;
            }
            length = value;
            haveLength = true;
        } else if (!headerValue(line, "transfer-encoding").isNull()) {
            refuse(411, "Length Required", QStringLiteral("length-required"), QStringLiteral("Send the body with a Content-Length, not in chunks."));
            return false;
        } else if (const QByteArrayView u = headerValue(line, "upgrade"); !u.isNull()) {
            upgrade = u.compare(QByteArrayView("websocket"), Qt::CaseInsensitive) == 0;
        }
    }
    m_header.clear();
    if (length > m_limits.maxBodyBytes) {
        refuse(413, "Payload Too Large", QStringLiteral("body-too-large"),
               QStringLiteral("The request body is too large: at most %1 bytes are allowed.").arg(m_limits.maxBodyBytes), length);
        return false;
    }
    m_bodyLeft = length;
    m_state = upgrade && length == 0 ? State::Passthrough : (length > 0 ? State::Body : State::Header);
    return true;
}

void RequestGuard::refuse(int status, const char *reasonPhrase, const QString &code, const QString &message, qint64 declaredBody)
{
    m_state = State::Refused;
    m_deadline.stop();
    m_lingerLeft = std::min(declaredBody, kLingerBytes);
    m_refusedTail = 0;
    m_socket->setReadBufferSize(64 * 1024); // while lingering, take in little at a time
    m_header.clear();
    m_header.squeeze();
    qCInfo(lcHttp, "connection refused before its body was read: %d", status);
    if (m_onRefused)
        m_onRefused(status);
    answer(status, reasonPhrase, code, message);
    QTimer::singleShot(kLingerMs, this, &RequestGuard::closeSoon);
}

void RequestGuard::answer(int status, const char *reasonPhrase, const QString &code, const QString &message)
{
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("error"), code }, { QStringLiteral("message"), message } }).toJson(QJsonDocument::Compact);
    QByteArray text = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase + "\r\n";
    text += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    text += "Cache-Control: no-store\r\nConnection: close\r\n\r\n" + body;
    m_socket->write(text);
}

} // namespace samen::service
