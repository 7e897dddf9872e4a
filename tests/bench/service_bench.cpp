// Benchmark of the case service: starts the real samen-service (--dev-tls, rate
// limits off) in a temporary folder, enrols devices over TLS and measures accepted
// operations per second, pull latency and the memory of idle WebSocket connections.
// Prints figures, never pass/fail. Usage: samen_service_bench [--sockets N]
// SAMEN_TEST_BACKEND=postgresql: on a throwaway PostgreSQL cluster (SAMEN_TEST_PG_DURABLE=1: fsync on).
#include "servicefixture.h"

#include <QCoreApplication>
#include <QThread>
#include <QWebSocket>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace samen::test;

namespace {

constexpr int kBatch = 100;

/**
 * One keep-alive HTTPS connection that writes each request in one piece with
 * TCP_NODELAY: what the service itself costs, without a client library's.
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
    bool ready() { return m_socket.waitForEncrypted(10000); }
    void post(const QByteArray &path, const QByteArray &token, const QByteArray &body, Done done)
    {
        m_done = std::move(done);
        m_socket.write("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer " + token
                       + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

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
        if (m_done)
            m_done(status, body);
    }

    QSslSocket m_socket;
    QByteArray m_buffer;
    Done m_done;
};

/** One enrolled device with its own plan, pushing over its own HTTPS connection. */
struct BenchDevice {
    std::unique_ptr<TestDevice> key;
    QString planId;
    QString memberId;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<RawConnection> raw;
    int batchesLeft = 0;
    std::vector<QByteArray> outbox; ///< batches built before the clock starts, like a device's outbox
    qint64 accepted = 0;
    qint64 rejected = 0;
    int goal = 0;
};

QSslConfiguration trusting(const QSslCertificate &certificate)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates({ certificate });
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return ssl;
}

/** A batch of 100 operations: 25 new goals with 4 fields each. */
QByteArray batch(BenchDevice &d)
{
    QJsonArray ops;
    while (ops.size() < kBatch) {
        const QString goalId = newUuid();
        ++d.goal;
        ops.append(makeOp(d.planId, d.memberId, QStringLiteral("goal"), goalId, QStringLiteral("domainKey"), QStringLiteral("work")));
        ops.append(makeOp(d.planId, d.memberId, QStringLiteral("goal"), goalId, QStringLiteral("title"), QStringLiteral("Goal %1").arg(d.goal)));
        ops.append(makeOp(d.planId, d.memberId, QStringLiteral("goal"), goalId, QStringLiteral("status"), QStringLiteral("open")));
        ops.append(makeOp(d.planId, d.memberId, QStringLiteral("goal"), goalId, QStringLiteral("why"), QStringLiteral("So I can pay my own rent.")));
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("ops"), ops } }).toJson(QJsonDocument::Compact);
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t at = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
    return v[at];
}

qint64 rssKb(qint64 pid)
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

void waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
}

/** Sets up n devices (enrol, sign in, own plan); false when any step failed. */
bool enrol(ApiClient &api, std::vector<BenchDevice> &devices, int n, quint32 seedBase, quint16 port, const QSslCertificate &certificate)
{
    for (int i = 0; i < n; ++i) {
        BenchDevice d;
        d.key = std::make_unique<TestDevice>(seedBase + static_cast<quint32>(i));
        if (!d.key->enrolAndSignIn(api, QStringLiteral("Bench device")))
            return false;
        const Reply plan = api.post(QStringLiteral("/v1/plans"), {}, d.key->token);
        if (plan.status != 201)
            return false;
        d.planId = plan.json.value(QStringLiteral("planId")).toString();
        d.memberId = plan.json.value(QStringLiteral("memberId")).toString();
        d.nam = std::make_unique<QNetworkAccessManager>();
        d.raw = std::make_unique<RawConnection>(port, trusting(certificate));
        if (!d.raw->ready())
            return false;
        devices.push_back(std::move(d));
    }
    return true;
}

/**
 * Every device pushes `batches` batches of 100, one after another, all devices at
 * once, over a raw connection or Qt's QNetworkAccessManager; returns accepted ops per second.
 */
double pushConcurrently(std::vector<BenchDevice> &devices, int batches, quint16 port, const QSslCertificate &certificate, bool viaQnam, qint64 *acceptedOut)
{
    const QSslConfiguration ssl = trusting(certificate);
    int running = static_cast<int>(devices.size());
    std::function<void(BenchDevice &)> next = [&](BenchDevice &d) {
        if (d.batchesLeft == 0) {
            --running;
            return;
        }
        --d.batchesLeft;
        const QByteArray &body = d.outbox[static_cast<size_t>(d.batchesLeft)];
        auto finished = [&, dp = &d](bool ok, const QByteArray &answer) {
            const QJsonObject o = QJsonDocument::fromJson(answer).object();
            dp->accepted += o.value(QStringLiteral("accepted")).toArray().size();
            dp->rejected += o.value(QStringLiteral("rejected")).toArray().size();
            if (!ok)
                dp->batchesLeft = 0;
            next(*dp);
        };
        const QByteArray path = QStringLiteral("/v1/plans/%1/ops").arg(d.planId).toLatin1();
        if (!viaQnam) {
            d.raw->post(path, d.key->token.toLatin1(), body, [finished](int status, const QByteArray &answer) { finished(status == 200, answer); });
            return;
        }
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port) + QString::fromLatin1(path)));
        request.setSslConfiguration(ssl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + d.key->token.toLatin1());
        QNetworkReply *reply = d.nam->post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, finished] {
            finished(reply->error() == QNetworkReply::NoError, reply->readAll());
            reply->deleteLater();
        });
    };
    for (BenchDevice &d : devices) {
        d.batchesLeft = batches;
        d.accepted = 0;
        d.rejected = 0;
        d.outbox.clear();
        for (int i = 0; i < batches; ++i)
            d.outbox.push_back(batch(d));
    }
    QElapsedTimer timer;
    timer.start();
    for (BenchDevice &d : devices)
        next(d);
    waitFor([&] { return running == 0; }, 600000);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    qint64 accepted = 0;
    for (const BenchDevice &d : devices)
        accepted += d.accepted;
    *acceptedOut = accepted;
    return static_cast<double>(accepted) / seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int socketCount = 1000;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--sockets")); at > 0 && at + 1 < args.size())
        socketCount = args[at + 1].toInt();

    // 1,000 sockets need more descriptors than the usual soft limit; the service inherits it.
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }

    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    if (!service.start({ QStringLiteral("--rate-limit-address"), QStringLiteral("0"), QStringLiteral("--rate-limit-device"), QStringLiteral("0") })) {
        std::fprintf(stderr, "samen-service did not start:\n%s\n", service.output().constData());
        return 1;
    }
    const qint64 pid = service.processId();
    ApiClient api(service.port(), service.certificate());
    std::printf("samen-service bench: real service over TLS on 127.0.0.1 (--dev-tls, %s, rate limits off), %d cores\n",
                PgCluster::wanted() ? (qEnvironmentVariable("SAMEN_TEST_PG_DURABLE") == QLatin1String("1")
                                           ? "PostgreSQL 15 on this machine, fsync on, synchronous_commit on"
                                           : "PostgreSQL 15 on this machine, fsync OFF (set SAMEN_TEST_PG_DURABLE=1)")
                                    : "SQLCipher, synchronous=FULL",
                QThread::idealThreadCount());

    // Accepted operations per second.
    std::printf("\nPush: batches of %d operations (25 new goals x 4 fields), each device its own plan, one batch at a time per device\n", kBatch);
    std::vector<BenchDevice> devices;
    BenchDevice *pullDevice = nullptr;
    for (const bool viaQnam : { false, true }) {
        std::printf("  %s\n",
                    viaQnam ? "client: Qt QNetworkAccessManager, one per device (as the app)"
                            : "client: one keep-alive TLS connection per device, each request one write, TCP_NODELAY");
        std::printf("    %-8s %-8s %-10s %-10s %s\n", "devices", "batches", "accepted", "seconds", "ops/s");
        for (const auto &[n, batchesEach] : std::vector<std::pair<int, int>> { { 1, 50 }, { 10, 10 }, { 100, 2 } }) {
            if (static_cast<int>(devices.size()) < n
                && !enrol(api, devices, n - static_cast<int>(devices.size()), 1000 + static_cast<quint32>(devices.size()), service.port(),
                          service.certificate())) {
                std::fprintf(stderr, "enrolment failed\n");
                return 1;
            }
            std::vector<BenchDevice> group;
            for (int i = 0; i < n; ++i)
                group.push_back(std::move(devices[static_cast<size_t>(i)]));
            qint64 accepted = 0;
            const double rate = pushConcurrently(group, batchesEach, service.port(), service.certificate(), viaQnam, &accepted);
            qint64 rejected = 0;
            for (const BenchDevice &d : group)
                rejected += d.rejected;
            std::printf("    %-8d %-8d %-10lld %-10.2f %.0f%s\n", n, batchesEach * n, static_cast<long long>(accepted),
                        rate > 0 ? static_cast<double>(accepted) / rate : 0.0, rate,
                        rejected ? qPrintable(QStringLiteral("  (%1 rejected!)").arg(rejected)) : "");
            for (int i = 0; i < n; ++i)
                devices[static_cast<size_t>(i)] = std::move(group[static_cast<size_t>(i)]);
            std::fflush(stdout);
        }
    }
    pullDevice = &devices.front();

    // Pull latency on the largest plan (the first device's), over one keep-alive connection.
    const Reply head = api.get(QStringLiteral("/v1/plans/%1/snapshot").arg(pullDevice->planId), pullDevice->key->token);
    const qint64 headSeq = head.json.value(QStringLiteral("seq")).toInteger();
    std::printf("\nPull latency (plan of %lld operations; each pull is also written to the audit chain)\n", static_cast<long long>(headSeq));
    std::printf("  %-44s %-6s %-9s %-9s %s\n", "request", "runs", "p50 ms", "p95 ms", "ops returned");
    struct PullCase {
        const char *name;
        qint64 after;
        int limit;
        int runs;
    };
    for (const PullCase &c :
         { PullCase { "GET ops?after=head-100 (incremental)", headSeq - 100, 500, 200 }, PullCase { "GET ops?after=0&limit=500 (a full page)", 0, 500, 100 },
           PullCase { "GET snapshot (whole readable state)", -1, 0, 20 } }) {
        std::vector<double> ms;
        qsizetype returned = 0;
        for (int i = 0; i < c.runs; ++i) {
            const QString path = c.after < 0 ? QStringLiteral("/v1/plans/%1/snapshot").arg(pullDevice->planId)
                                             : QStringLiteral("/v1/plans/%1/ops?after=%2&limit=%3").arg(pullDevice->planId).arg(c.after).arg(c.limit);
            QElapsedTimer t;
            t.start();
            const Reply r = api.get(path, pullDevice->key->token);
            ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            returned = r.json.value(QStringLiteral("ops")).toArray().size();
        }
        std::printf("  %-44s %-6d %-9.2f %-9.2f %lld\n", c.name, c.runs, percentile(ms, 0.50), percentile(ms, 0.95), static_cast<long long>(returned));
    }
    std::fflush(stdout);

    // Idle WebSocket connections and the service's memory per connection.
    QCoreApplication::processEvents();
    const qint64 rssBefore = rssKb(pid);
    const QSslConfiguration ssl = trusting(service.certificate());
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    int ready = 0;
    int failed = 0;
    QElapsedTimer connectTimer;
    connectTimer.start();
    for (int wave = 0; wave < socketCount; wave += 50) {
        for (int i = wave; i < std::min(socketCount, wave + 50); ++i) {
            auto socket = std::make_unique<QWebSocket>();
            QWebSocket *s = socket.get();
            s->setSslConfiguration(ssl);
            const QString token = devices[static_cast<size_t>(i) % devices.size()].key->token;
            QObject::connect(s, &QWebSocket::connected, s, [s, token] { s->sendTextMessage(QStringLiteral(R"({"token":"%1"})").arg(token)); });
            QObject::connect(s, &QWebSocket::textMessageReceived, s, [&ready](const QString &m) {
                if (m.contains(QLatin1String("ready")))
                    ++ready;
            });
            QObject::connect(s, &QWebSocket::disconnected, s, [&failed] { ++failed; });
            s->open(QUrl(QStringLiteral("wss://127.0.0.1:%1/v1/live").arg(service.port())));
            sockets.push_back(std::move(socket));
        }
        waitFor([&] { return ready + failed >= std::min(socketCount, wave + 50); }, 30000);
    }
    const double connectSeconds = static_cast<double>(connectTimer.elapsed()) / 1000.0;
    // Let the service settle (no traffic) before reading its memory.
    QElapsedTimer idle;
    idle.start();
    waitFor([&] { return idle.elapsed() > 2000; }, 3000);
    const qint64 rssAfter = rssKb(pid);
    const Reply metrics = api.get(QStringLiteral("/metrics"));
    QByteArray gauge;
    for (const QByteArray &line : metrics.body.split('\n')) {
        if (line.startsWith("samen_websocket_connections "))
            gauge = line.mid(28);
    }
    std::printf("\nIdle WebSocket connections (wss, signed in, no traffic)\n");
    std::printf("  opened %d, ready %d, failed %d in %.1f s; service reports %s connected\n", socketCount, ready, failed, connectSeconds, gauge.constData());
    std::printf("  service RSS before %lld KiB, after %lld KiB: %.1f KiB per connection\n", static_cast<long long>(rssBefore), static_cast<long long>(rssAfter),
                ready > 0 ? static_cast<double>(rssAfter - rssBefore) / ready : 0.0);
    std::fflush(stdout);

    sockets.clear();
    service.stop();
    return 0;
}
