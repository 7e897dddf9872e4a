#pragma once
// Test helpers for the real samen-service process: start it on a free port with
// --dev-tls in a temp dir, talk HTTPS trusting exactly its certificate, and act as
// a device with an Ed25519 key that can enrol and sign in. Header-only: the suite
// globs *_test.cpp only.

#include "pgcluster.h"
#include "testdir.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <openssl/evp.h>
#include <sys/resource.h>

#include <memory>

namespace samen::test {

/** The samen-service executable running in its own process. */
class ServiceProcess
{
public:
    explicit ServiceProcess(QString dataDir)
        : m_dataDir(std::move(dataDir))
    {
    }
    ~ServiceProcess() { kill(); }

    /** Starts and waits for "Listening on:"; false (with output()) when it did not come up. */
    bool start(const QStringList &extraArgs = {})
    {
        m_out.clear();
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(QStringLiteral(SAMEN_BIN_DIR "/samen-service"));
        if (m_fileSizeLimit > 0) {
            // The kernel then fails every write that would make a file larger: a real "disk full" for this process alone.
            m_process->setChildProcessModifier([limit = m_fileSizeLimit] {
                const rlimit r { static_cast<rlim_t>(limit), static_cast<rlim_t>(limit) };
                setrlimit(RLIMIT_FSIZE, &r);
            });
        }
        m_process->setArguments(
            QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--dev-tls") }
            + extraArgs + PgCluster::serviceArgs(m_dataDir));
        m_process->start();
        if (!m_process->waitForStarted(5000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            m_process->waitForReadyRead(200);
            m_out += m_process->readAllStandardOutput();
            const int at = m_out.indexOf("Listening on: https://127.0.0.1:");
            if (at >= 0 && m_out.indexOf('\n', at) > at) {
                const QByteArray line = m_out.mid(at, m_out.indexOf('\n', at) - at);
                m_port = static_cast<quint16>(line.mid(line.lastIndexOf(':') + 1).toUInt());
                const auto certs = QSslCertificate::fromPath(m_dataDir + QStringLiteral("/dev-tls-cert.pem"));
                if (certs.isEmpty())
                    return false;
                m_certificate = certs.first();
                return m_port != 0;
            }
            if (m_process->state() != QProcess::Running)
                return false;
        }
        return false;
    }
    /** SIGTERM and wait: a clean stop. */
    int stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return -1;
        m_process->terminate();
        m_process->waitForFinished(10000);
        m_out += m_process->readAllStandardOutput();
        return m_process->exitCode();
    }
    /** SIGKILL: no chance to clean up. */
    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    /** From the next start(): no file the service writes may grow past bytes (RLIMIT_FSIZE); 0 lifts the limit. */
    void setFileSizeLimit(qint64 bytes) { m_fileSizeLimit = bytes; }
    qint64 processId() const { return m_process ? m_process->processId() : 0; }
    quint16 port() const { return m_port; }
    QSslCertificate certificate() const { return m_certificate; }
    QByteArray output() const { return m_out; }
    QString dataDir() const { return m_dataDir; }

    /** Runs "samen-service --dev-tls admin ..." on the (development) data dir; returns exit code, stdout+stderr in *text. */
    int admin(const QStringList &args, QByteArray *text) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(SAMEN_BIN_DIR "/samen-service"),
                QStringList { QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--dev-tls") } + PgCluster::serviceArgs(m_dataDir)
                    + QStringList { QStringLiteral("admin") } + args);
        p.waitForFinished(10000);
        *text = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private:
    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
    qint64 m_fileSizeLimit = 0;
    QByteArray m_out;
    quint16 m_port = 0;
    QSslCertificate m_certificate;
};

/** One HTTP answer as the tests see it. */
struct Reply {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray retryAfter;
    QString errorCode() const { return json.value(QStringLiteral("error")).toString(); }
};

/** HTTPS client that trusts exactly the service's certificate, verification on. */
class ApiClient
{
public:
    /** For the API contract test only: plain HTTP to the validating proxy on 127.0.0.1 (which talks TLS to the service). */
    struct PlainHttpToProxy {
        quint16 port;
    };
    explicit ApiClient(PlainHttpToProxy proxy)
        : m_port(proxy.port)
        , m_scheme(QStringLiteral("http"))
    {
    }
    ApiClient(quint16 port, const QSslCertificate &certificate)
        : m_port(port)
    {
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.setCaCertificates({ certificate });
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QString &token = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(m_scheme).arg(m_port).arg(path)));
        if (m_scheme == QLatin1String("https"))
            request.setSslConfiguration(m_ssl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        r.retryAfter = reply->rawHeader("Retry-After");
        r.json = QJsonDocument::fromJson(r.body).object();
        reply->deleteLater();
        if (exchanges)
            exchanges->append({ method + ' ' + path.toUtf8(), r });
        return r;
    }
    /** Points the client at a restarted service (a new port each start). */
    void retarget(quint16 port) { m_port = port; }

    Reply get(const QString &path, const QString &token = {}) { return send("GET", path, {}, token); }
    Reply post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }
    Reply del(const QString &path, const QString &token = {}) { return send("DELETE", path, {}, token); }

    /** When set, every request ("METHOD /path") and its reply is appended here. */
    QList<QPair<QByteArray, Reply>> *exchanges = nullptr;

private:
    quint16 m_port;
    QString m_scheme = QStringLiteral("https");
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_nam;
};

/** A device: a deterministic Ed25519 key pair (from a seed) that enrols and signs in. */
class TestDevice
{
public:
    explicit TestDevice(quint32 seed)
    {
        QRandomGenerator rng(seed);
        unsigned char priv[32];
        for (unsigned char &b : priv)
            b = static_cast<unsigned char>(rng.bounded(256));
        m_key.reset(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, priv, sizeof priv));
    }

    QString publicKeyBase64() const
    {
        unsigned char pub[32];
        size_t len = sizeof pub;
        EVP_PKEY_get_raw_public_key(m_key.get(), pub, &len);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(pub), static_cast<qsizetype>(len)).toBase64());
    }
    QByteArray sign(const QByteArray &message) const
    {
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
        unsigned char sig[64];
        size_t len = sizeof sig;
        EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get());
        EVP_DigestSign(ctx.get(), sig, &len, reinterpret_cast<const unsigned char *>(message.constData()), static_cast<size_t>(message.size()));
        return QByteArray(reinterpret_cast<const char *>(sig), static_cast<qsizetype>(len));
    }
    QString signChallenge(const QString &nonce) const { return QString::fromLatin1(sign("samen-auth-v1:" + nonce.toLatin1()).toBase64()); }

    /** Enrols (self-signup) and signs in; true when both worked. */
    bool enrolAndSignIn(ApiClient &api, const QString &name = QStringLiteral("Test phone"))
    {
        const Reply enrolled
            = api.post(QStringLiteral("/v1/enrol"), { { QStringLiteral("publicKey"), publicKeyBase64() }, { QStringLiteral("displayName"), name } });
        if (enrolled.status != 201)
            return false;
        deviceId = enrolled.json.value(QStringLiteral("deviceId")).toString();
        return signIn(api);
    }
    bool signIn(ApiClient &api)
    {
        const Reply challenge = api.post(QStringLiteral("/v1/auth/challenge"), { { QStringLiteral("deviceId"), deviceId } });
        const QString nonce = challenge.json.value(QStringLiteral("nonce")).toString();
        const Reply answer
            = api.post(QStringLiteral("/v1/auth/token"),
                       { { QStringLiteral("deviceId"), deviceId }, { QStringLiteral("nonce"), nonce }, { QStringLiteral("signature"), signChallenge(nonce) } });
        this->token = answer.json.value(QStringLiteral("token")).toString();
        return answer.status == 200 && !this->token.isEmpty();
    }

    QString deviceId;
    QString token;

private:
    struct KeyFree {
        void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
    };
    std::unique_ptr<EVP_PKEY, KeyFree> m_key;
};

/**
 * Revokes `device` from a second device of its account (enrolled here with a code from `device`): a device may not
 * revoke itself as its account's last (409 last-device). Returns the HTTP status of the revocation (0 when the second
 * device could not be enrolled).
 */
inline int revokeFromSecondDevice(ApiClient &api, const TestDevice &device, quint32 seed = 9901)
{
    const Reply code = api.post(QStringLiteral("/v1/devices/enrolment-codes"), {}, device.token);
    TestDevice spare(seed);
    const Reply enrolled = api.post(QStringLiteral("/v1/enrol"),
                                    { { QStringLiteral("publicKey"), spare.publicKeyBase64() },
                                      { QStringLiteral("displayName"), QStringLiteral("spare") },
                                      { QStringLiteral("code"), code.json.value(QStringLiteral("code")).toString() } });
    if (code.status != 201 || enrolled.status != 201)
        return 0;
    spare.deviceId = enrolled.json.value(QStringLiteral("deviceId")).toString();
    if (!spare.signIn(api))
        return 0;
    return api.del(QStringLiteral("/v1/devices/") + device.deviceId, spare.token).status;
}

/** A WebSocket client of wss://127.0.0.1:PORT/v1/live trusting exactly the service's certificate. */
class LiveClient
{
public:
    LiveClient(quint16 port, const QSslCertificate &certificate, const QString &origin = {})
        : m_port(port)
        , m_socket(origin)
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates({ certificate });
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket.setSslConfiguration(ssl);
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived,
                         [this](const QString &text) { m_received.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
        QObject::connect(&m_socket, &QWebSocket::disconnected, [this] { m_closed = true; });
        QObject::connect(&m_socket, &QWebSocket::sslErrors, [](const QList<QSslError> &errors) {
            for (auto &e : errors)
                qWarning("ssl: %s", qPrintable(e.errorString()));
        });
    }

    /** Opens the socket; true once the TLS handshake and upgrade are done. */
    bool open()
    {
        m_socket.open(QUrl(QStringLiteral("wss://127.0.0.1:%1/v1/live").arg(m_port)));
        return waitUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState || m_closed; }, 5000)
            && m_socket.state() == QAbstractSocket::ConnectedState;
    }
    /** Opens, sends the token, and waits for {"type":"ready"}. */
    bool signIn(const QString &token)
    {
        if (!open())
            return false;
        send(QJsonDocument(QJsonObject { { QStringLiteral("token"), token } }).toJson(QJsonDocument::Compact));
        return !next(QStringLiteral("ready")).isEmpty();
    }
    void send(const QByteArray &text) { m_socket.sendTextMessage(QString::fromUtf8(text)); }

    /** Takes the first message of this type received so far or within timeoutMs; empty when none came. */
    QJsonObject next(const QString &type, int timeoutMs = 5000)
    {
        QJsonObject found;
        waitUntil(
            [&] {
                for (qsizetype i = 0; i < m_received.size(); ++i) {
                    if (m_received[i].value(QStringLiteral("type")).toString() == type) {
                        found = m_received.takeAt(i);
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }
    /** True when a message of this type arrives within timeoutMs (it is left unread). */
    bool hears(const QString &type, int timeoutMs)
    {
        const QJsonObject o = next(type, timeoutMs);
        if (!o.isEmpty())
            m_received.prepend(o);
        return !o.isEmpty();
    }
    bool waitClosed(int timeoutMs = 5000)
    {
        return waitUntil([this] { return m_closed; }, timeoutMs);
    }
    bool isClosed() const { return m_closed; }

private:
    template<typename F> static bool waitUntil(F done, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done()) {
            if (timer.elapsed() > timeoutMs)
                return false;
            QEventLoop loop;
            QTimer::singleShot(10, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return true;
    }

    quint16 m_port;
    QWebSocket m_socket;
    QList<QJsonObject> m_received;
    bool m_closed = false;
};

/** An operation in wire form, with a fresh opId and a clock of now (+ skewMs). */
inline QJsonObject makeOp(const QString &planId, const QString &author, const QString &entityType, const QString &entityId, const QString &field,
                          const QJsonValue &value, qint64 skewMs = 0)
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch() + skewMs;
    return { { QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
             { QStringLiteral("planId"), planId },
             { QStringLiteral("entityType"), entityType },
             { QStringLiteral("entityId"), entityId },
             { QStringLiteral("field"), field },
             { QStringLiteral("value"), value },
             { QStringLiteral("hlc"), QStringLiteral("%1-%2-dev1").arg(ms, 13, 10, QLatin1Char('0')).arg(0, 6, 10, QLatin1Char('0')) },
             { QStringLiteral("author"), author } };
}

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace samen::test
