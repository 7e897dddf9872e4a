#include "sync/livelistener.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>

namespace samen {

namespace {
constexpr int kHeartbeatMs = 30 * 1000;
} // namespace

LiveListener::LiveListener(QObject *parent)
    : QObject(parent)
    , m_heartbeat(new QTimer(this))
{
    m_heartbeat->setInterval(kHeartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        if (!m_socket)
            return;
        if (m_awaitingPong) {
            m_socket->setProperty("samenReason", QCoreApplication::translate("samen", "The live connection stopped answering."));
            m_socket->abort();
            return;
        }
        m_awaitingPong = true;
        m_socket->ping();
    });
}

void LiveListener::setHeartbeat(int intervalMs)
{
    m_heartbeat->setInterval(intervalMs);
}

LiveListener::~LiveListener()
{
    close();
}

void LiveListener::open(const QUrl &serviceUrl, const SyncTrust &trust, const QString &token)
{
    close();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this); // no Origin: the service refuses browsers
    m_socket->setSslConfiguration(trust.configuration());
    QWebSocket *socket = m_socket;
    connect(socket, &QWebSocket::sslErrors, this,
            [this, socket](const QList<QSslError> &errors) { socket->setProperty("samenReason", describeSslErrors(errors)); });
    connect(socket, &QWebSocket::connected, this, [socket, trust, token] {
        if (!trust.pinSha256.isEmpty() && spkiSha256(socket->sslConfiguration().peerCertificate()) != trust.pinSha256) {
            socket->setProperty("samenReason", QCoreApplication::translate("samen", "The service's public key does not match the pin."));
            socket->abort();
            return;
        }
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("token"), token } }).toJson(QJsonDocument::Compact)));
    });
    connect(socket, &QWebSocket::pong, this, [this] { m_awaitingPong = false; });
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("ready")) {
            m_ready = true;
            m_awaitingPong = false;
            m_heartbeat->start();
            emit ready();
        } else if (type == QLatin1String("revoked")) {
            emit revoked();
        } else if (!o.value(QStringLiteral("planId")).toString().isEmpty()) {
            emit poked(o.value(QStringLiteral("planId")).toString(), o.value(QStringLiteral("seq")).toInteger());
        }
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_ready = false;
        m_heartbeat->stop();
        QString reason = socket->property("samenReason").toString();
        if (reason.isEmpty())
            reason = QCoreApplication::translate("samen", "The live connection to the service closed.");
        if (socket == m_socket) {
            m_socket = nullptr;
            socket->deleteLater();
        }
        emit closed(reason);
    });
    QUrl url = serviceUrl;
    url.setScheme(QStringLiteral("wss"));
    url.setPath(QStringLiteral("/v1/live"));
    socket->open(url);
}

void LiveListener::close()
{
    m_ready = false;
    m_heartbeat->stop();
    if (QWebSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

} // namespace samen
