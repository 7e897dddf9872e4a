#pragma once
// Client side of the service benchmark: a raw keep-alive HTTPS connection, bench devices with
// their own plans, batches, percentiles, the service's memory. Header-only, like the test fixture.
#include "servicefixture.h"
#include "sync/uuid7.h"
#include "waitfor.h"

#include <QCoreApplication>
#include <QSslSocket>

#include <algorithm>
#include <deque>
#include <functional>
#include <vector>

namespace samen::test::bench {

/**
 * One keep-alive HTTPS connection that writes each request in one piece with
 * TCP_NODELAY: what the service itself costs, without a client library's. One request at a time.
 */
class RawConnection
{
public:
    using Done = std::function<void(int status, const QByteArray &body)>;

    RawConnection(quint16 port, const QSslConfiguration &ssl)
    {
        m_socket.setSslConfiguration(ssl);
        QObject::connect(&m_socket, &QSslSocket::readyRead, [this] { onRead(); });
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }
    bool ready() { return m_socket.waitForEncrypted(20000); }
    void send(const QByteArray &method, const QByteArray &path, const QByteArray &token, const QByteArray &body, Done done)
    {
        m_done = std::move(done);
        m_socket.write(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer " + token
                       + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    /** Forgets the request under way: its answer, if it comes, is dropped (use the connection no more). */
    void abandon() { m_done = nullptr; }

private:
    void onRead()
    {
        m_buffer += m_socket.readAll();
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : m_buffer.left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (m_buffer.size() < headEnd + 4 + length)
            return;
        const int status = m_buffer.mid(9, 3).toInt();
        const QByteArray body = m_buffer.mid(headEnd + 4, length);
        m_buffer.remove(0, headEnd + 4 + length);
        if (m_done) {
            Done done = std::move(m_done);
            m_done = nullptr;
            done(status, body);
        }
    }

    QSslSocket m_socket;
    QByteArray m_buffer;
    Done m_done;
};

/**
 * One samen-service process for the benchmark, as ServiceProcess but from a binary the
 * caller names (the benchmark compares a saved earlier build with this one).
 */
class BenchService
{
public:
    BenchService(QString binary, QString dataDir)
        : m_binary(std::move(binary))
        , m_dataDir(std::move(dataDir))
    {
    }
    ~BenchService() { stop(); }

    /** Starts and waits for "Listening on:"; false (with output()) when it did not come up. */
    bool start(const QStringList &extraArgs)
    {
        m_process.setProgram(m_binary);
        m_process.setArguments(
            QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--dev-tls") }
            + extraArgs + PgCluster::serviceArgs(m_dataDir));
        m_process.start();
        QElapsedTimer timer;
        timer.start();
        while (m_process.waitForStarted(5000) && timer.elapsed() < 60000 && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            m_out += m_process.readAllStandardOutput();
            const qsizetype at = m_out.indexOf("Listening on: https://127.0.0.1:");
            if (at >= 0 && m_out.indexOf('\n', at) > at) {
                const QByteArray line = m_out.mid(at, m_out.indexOf('\n', at) - at);
                m_port = static_cast<quint16>(line.mid(line.lastIndexOf(':') + 1).toUInt());
                const auto certs = QSslCertificate::fromPath(m_dataDir + QStringLiteral("/dev-tls-cert.pem"));
                m_certificate = certs.value(0);
                return m_port != 0 && !certs.isEmpty();
            }
        }
        m_out += m_process.readAll();
        return false;
    }
    /** SIGTERM and wait: a clean stop. */
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(30000))
            m_process.kill();
    }
    qint64 processId() const { return m_process.processId(); }
    quint16 port() const { return m_port; }
    QSslCertificate certificate() const { return m_certificate; }
    QByteArray output() const { return m_out; }

private:
    QString m_binary;
    QString m_dataDir;
    QProcess m_process;
    QByteArray m_out;
    quint16 m_port = 0;
    QSslCertificate m_certificate;
};

/** One enrolled device with its own plan, talking over its own HTTPS connection to one instance. */
struct BenchDevice {
    std::unique_ptr<TestDevice> key;
    QString planId;
    QString memberId;
    std::unique_ptr<RawConnection> raw;
    int batchesLeft = 0;
    std::vector<QByteArray> outbox; ///< batches built before the clock starts, like a device's outbox
    qint64 accepted = 0;
    qint64 rejected = 0;
    int goal = 0;
    bool randomIds = false; ///< UUIDv4 ids (random, as a hostile or foreign client may send) instead of the app's UUIDv7
    // Open loop: the times (ns on the run's clock) each due push was meant to start, oldest first.
    std::deque<qint64> due;
    qint64 nextDueNs = 0;
    bool busy = false;
};

inline QSslConfiguration trusting(const QSslCertificate &certificate)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates({ certificate });
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return ssl;
}

/** A batch of goals x 4 operations (new goals with 4 fields each). */
/**
 * A push body of `goals` new goals, 4 operations each. Ids are UUIDv7, time-ordered, as the app makes
 * them (newUuid7), unless d.randomIds: then random UUIDv4, whose entries land on a random leaf of
 * every index by id (about 1.8 pages written per operation against 0.85, counted with strace).
 */
inline QByteArray batch(BenchDevice &d, int goals)
{
    QJsonArray ops;
    const auto id = [&] { return d.randomIds ? newUuid() : newUuid7(); };
    const auto add = [&](const QString &goalId, const QString &field, const QJsonValue &value) {
        QJsonObject op = makeOp(d.planId, d.memberId, QStringLiteral("goal"), goalId, field, value);
        op.insert(QStringLiteral("opId"), id());
        ops.append(op);
    };
    for (int g = 0; g < goals; ++g) {
        const QString goalId = id();
        ++d.goal;
        add(goalId, QStringLiteral("domainKey"), QStringLiteral("work"));
        add(goalId, QStringLiteral("title"), QStringLiteral("Goal %1").arg(d.goal));
        add(goalId, QStringLiteral("status"), QStringLiteral("open"));
        add(goalId, QStringLiteral("why"), QStringLiteral("So I can pay my own rent."));
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("ops"), ops } }).toJson(QJsonDocument::Compact);
}

inline QByteArray opsPath(const BenchDevice &d)
{
    return QStringLiteral("/v1/plans/%1/ops").arg(d.planId).toLatin1();
}

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t at = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
    return v[at];
}

inline qint64 rssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/** Sets up n more devices (enrol, sign in, own plan); device i talks to instance i % ports; false when any step failed. */
inline bool enrol(std::vector<ApiClient *> apis, std::vector<BenchDevice> &devices, int n, const std::vector<quint16> &ports,
                  const QSslCertificate &certificate)
{
    for (int k = 0; k < n; ++k) {
        const size_t i = devices.size();
        ApiClient &api = *apis[i % apis.size()];
        BenchDevice d;
        d.key = std::make_unique<TestDevice>(1000 + static_cast<quint32>(i));
        if (!d.key->enrolAndSignIn(api, QStringLiteral("Bench device")))
            return false;
        const Reply plan = api.post(QStringLiteral("/v1/plans"), {}, d.key->token);
        if (plan.status != 201)
            return false;
        d.planId = plan.json.value(QStringLiteral("planId")).toString();
        d.memberId = plan.json.value(QStringLiteral("memberId")).toString();
        d.raw = std::make_unique<RawConnection>(ports[i % ports.size()], trusting(certificate));
        if (!d.raw->ready())
            return false;
        devices.push_back(std::move(d));
    }
    return true;
}

} // namespace samen::test::bench
