// Benchmark of the case service, side by side in one run: the real samen-service over TLS
// on the SQLCipher store, on PostgreSQL with one instance, and on PostgreSQL with two
// instances (devices spread round-robin over them, as a load balancer would). Per setup:
// closed-loop pushes (accepted ops/s with 1, 10 and 100 devices), pull latency with 1 and
// 10 devices, the snapshot of a 500-item plan, an open-loop run (1,000 devices each pushing
// a small batch every few seconds, latency from the moment each push was due) and the
// memory of idle WebSocket connections. Prints figures, never pass/fail.
// Usage: samen_service_bench [--sockets N] [--open-seconds S (0: none)] [--period-ms MS] [--push-seconds S] [--only sqlcipher|pg1|pg2] [--compare SAVED_BINARY]
// --compare: each setup also runs on a saved samen-service binary (an earlier build), just before
// this build's, so a before/after table comes from one run on the same machine load.
// PostgreSQL runs on a throwaway cluster with fsync on (SAMEN_TEST_PG_DURABLE=0: off).
#include "servicebenchclient.h"

#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <sys/resource.h>

#include <cstdio>
#include <map>

using namespace samen::test;
using namespace samen::test::bench;

namespace {

/** One setup's figures, by row name; a missing row prints as a dash. */
using Figures = std::map<std::string, std::string>;

const std::vector<std::string> kRows = {
    "push ops/s, 1 device",          "push ops/s, 1 device, random ids",  "push ops/s, 10 devices",
    "push ops/s, 100 devices",       "pull 100 ops p50/p95 ms, 1 device", "pull 100 ops p95 ms, 10 devices",
    "snapshot 500 goals p50/p95 ms", "open loop: pushes answered/due",    "open loop: push p50/p95/p99 ms",
    "open loop: ops/s accepted",     "idle WebSocket KiB each",           "WebSocket KiB kept after close",
};

std::string fmt(const char *format, double a, double b = 0, double c = 0)
{
    char text[96];
    std::snprintf(text, sizeof text, format, a, b, c);
    return text;
}

/**
 * Closed loop: every device pushes batches of 100 operations, one at a time, until it has
 * pushed `batches` or `seconds` have passed (then what is under way finishes); accepted ops/s.
 */
double pushClosedLoop(std::vector<BenchDevice *> devices, int batches, int seconds)
{
    QElapsedTimer timer;
    const qint64 limitNs = static_cast<qint64>(seconds) * 1000000000LL;
    int running = static_cast<int>(devices.size());
    std::function<void(BenchDevice &)> next = [&](BenchDevice &d) {
        if (d.batchesLeft == 0 || timer.nsecsElapsed() >= limitNs) {
            --running;
            return;
        }
        --d.batchesLeft;
        const QByteArray body = d.outbox.back();
        d.outbox.pop_back();
        d.raw->send("POST", opsPath(d), d.key->token.toLatin1(), body, [&, dp = &d](int status, const QByteArray &answer) {
            const QJsonObject o = QJsonDocument::fromJson(answer).object();
            dp->accepted += o.value(QStringLiteral("accepted")).toArray().size();
            dp->rejected += o.value(QStringLiteral("rejected")).toArray().size();
            if (status != 200)
                dp->batchesLeft = 0;
            next(*dp);
        });
        if (d.outbox.empty()) // the next batch is built while the service works on this one
            d.outbox.push_back(batch(d, 25));
    };
    for (BenchDevice *d : devices) {
        d->batchesLeft = batches;
        d->accepted = d->rejected = 0;
        d->outbox.clear();
        d->outbox.push_back(batch(*d, 25));
    }
    timer.start();
    for (BenchDevice *d : devices)
        next(*d);
    waitForEvents([&] { return running == 0; }, seconds * 1000 + 600000);
    const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    qint64 accepted = 0, rejected = 0;
    for (const BenchDevice *d : devices) {
        accepted += d->accepted;
        rejected += d->rejected;
    }
    if (rejected)
        std::printf("    (%lld operations rejected!)\n", static_cast<long long>(rejected));
    return static_cast<double>(accepted) / elapsed;
}

/** Each device sends `runs` GETs of path(device) one after another, all devices at once; latencies in ms. */
std::vector<double> getConcurrently(std::vector<BenchDevice *> devices, int runs, const std::function<QByteArray(const BenchDevice &)> &path)
{
    std::vector<double> ms;
    int running = static_cast<int>(devices.size());
    std::function<void(BenchDevice &, int)> next = [&](BenchDevice &d, int left) {
        if (left == 0) {
            --running;
            return;
        }
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        d.raw->send("GET", path(d), d.key->token.toLatin1(), {}, [&, dp = &d, left, started](int, const QByteArray &) {
            ms.push_back(static_cast<double>(started->nsecsElapsed()) / 1e6);
            next(*dp, left - 1);
        });
    };
    for (BenchDevice *d : devices)
        next(*d, runs);
    waitForEvents([&] { return running == 0; }, 600000);
    return ms;
}

/**
 * Open loop: each device pushes one goal (4 operations) every periodMs, starting at a random
 * phase, for seconds; a push due while the previous one is still out waits (its latency counts
 * from when it was due, so a slow service cannot hide its queue). Fills the open-loop rows.
 */
void pushOpenLoop(std::vector<BenchDevice *> devices, int periodMs, int seconds, Figures &f)
{
    QRandomGenerator rng(7);
    QElapsedTimer clock;
    clock.start();
    const qint64 endNs = static_cast<qint64>(seconds) * 1000000000LL;
    for (BenchDevice *d : devices) {
        d->due.clear();
        d->busy = false;
        d->accepted = d->rejected = 0;
        d->nextDueNs = static_cast<qint64>(rng.bounded(periodMs)) * 1000000LL;
    }
    std::vector<double> ms;
    int outstanding = 0;
    bool closing = false;
    std::function<void(BenchDevice &)> sendNext = [&](BenchDevice &d) {
        if (d.busy || d.due.empty() || closing)
            return;
        d.busy = true;
        ++outstanding;
        const qint64 dueNs = d.due.front();
        d.raw->send("POST", opsPath(d), d.key->token.toLatin1(), batch(d, 1), [&, dp = &d, dueNs](int status, const QByteArray &answer) {
            ms.push_back(static_cast<double>(clock.nsecsElapsed() - dueNs) / 1e6);
            const QJsonObject o = QJsonDocument::fromJson(answer).object();
            dp->accepted += o.value(QStringLiteral("accepted")).toArray().size();
            dp->rejected += status == 200 ? o.value(QStringLiteral("rejected")).toArray().size() : 1;
            dp->due.pop_front();
            dp->busy = false;
            --outstanding;
            sendNext(*dp);
        });
    };
    QTimer tick;
    tick.setInterval(2);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        for (BenchDevice *d : devices) {
            while (d->nextDueNs <= now && d->nextDueNs < endNs) {
                d->due.push_back(d->nextDueNs);
                d->nextDueNs += static_cast<qint64>(periodMs) * 1000000LL;
            }
            sendNext(*d);
        }
    });
    tick.start();
    waitForEvents([&] { return clock.nsecsElapsed() >= endNs; }, seconds * 1000 + 5000);
    tick.stop();
    // Pushes due but not yet sent go out for at most kDrainS more; then only those under way are awaited.
    constexpr int kDrainS = 30;
    waitForEvents([&] { return std::all_of(devices.begin(), devices.end(), [](const BenchDevice *d) { return d->due.empty(); }); }, kDrainS * 1000);
    qint64 due = static_cast<qint64>(ms.size());
    for (BenchDevice *d : devices) {
        due += static_cast<qint64>(d->due.size());
        if (d->due.size() > 1)
            d->due.erase(d->due.begin() + 1, d->due.end()); // the one under way stays
        else if (!d->busy)
            d->due.clear();
    }
    closing = true;
    waitForEvents([&] { return outstanding == 0; }, kDrainS * 1000);
    for (BenchDevice *d : devices) {
        if (d->busy)
            d->raw->abandon(); // its answer is not awaited any more (the connection is not used again)
    }
    qint64 accepted = 0, rejected = 0;
    for (const BenchDevice *d : devices) {
        accepted += d->accepted;
        rejected += d->rejected;
    }
    f["open loop: pushes answered/due"]
        = fmt("%.0f / %.0f", static_cast<double>(ms.size()), static_cast<double>(due)) + (rejected ? " (" + std::to_string(rejected) + " rejected!)" : "");
    f["open loop: push p50/p95/p99 ms"] = fmt("%.1f / %.1f / %.1f", percentile(ms, 0.50), percentile(ms, 0.95), percentile(ms, 0.99));
    f["open loop: ops/s accepted"] = fmt("%.0f", static_cast<double>(accepted) / seconds);
}

/**
 * Opens count signed-in idle WebSockets on port and closes them again. Sets f's rows "idle WebSocket KiB each" (the
 * service's RSS growth per ready socket while they are open) and "... kept after close" (what of that growth is still
 * held 5 s after they closed: the service gives freed memory back 2 s after the last close, HeapRelease).
 */
void idleSockets(Figures &f, const std::vector<BenchDevice> &devices, int count, quint16 port, const QSslCertificate &certificate, qint64 pid)
{
    QCoreApplication::processEvents();
    const qint64 rssBefore = rssKb(pid);
    const QSslConfiguration ssl = trusting(certificate);
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    int ready = 0, failed = 0;
    for (int wave = 0; wave < count; wave += 50) {
        for (int i = wave; i < std::min(count, wave + 50); ++i) {
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
            s->open(QUrl(QStringLiteral("wss://127.0.0.1:%1/v1/live").arg(port)));
            sockets.push_back(std::move(socket));
        }
        waitForEvents([&] { return ready + failed >= std::min(count, wave + 50); }, 30000);
    }
    QElapsedTimer idle;
    idle.start();
    waitForEvents([&] { return idle.elapsed() > 2000; }, 3000); // let the service settle before reading its memory
    const qint64 rssAfter = rssKb(pid);
    std::printf("    idle WebSockets: %d opened, %d ready, %d failed; RSS %lld -> %lld KiB\n", count, ready, failed, static_cast<long long>(rssBefore),
                static_cast<long long>(rssAfter));
    sockets.clear();
    QElapsedTimer closed;
    closed.start();
    waitForEvents([&] { return closed.elapsed() > 5000; }, 6000);
    const qint64 rssClosed = rssKb(pid);
    std::printf("    closed: RSS %lld KiB 5 s later\n", static_cast<long long>(rssClosed));
    if (ready == 0)
        return;
    f["idle WebSocket KiB each"] = fmt("%.1f", static_cast<double>(rssAfter - rssBefore) / ready);
    f["WebSocket KiB kept after close"] = fmt("%.1f", static_cast<double>(rssClosed - rssBefore) / ready);
}

/** Runs every measurement on one setup: instances samen-service processes on one store. */
Figures measure(const QString &binary, bool postgres, int instances, int socketCount, int openSeconds, int periodMs, int pushSeconds)
{
    Figures f;
    if (postgres)
        qputenv("SAMEN_TEST_BACKEND", "postgresql");
    else
        qunsetenv("SAMEN_TEST_BACKEND");
    TestDir dir;
    std::vector<std::unique_ptr<BenchService>> services;
    std::vector<std::unique_ptr<ApiClient>> apiOwners;
    std::vector<ApiClient *> apis;
    std::vector<quint16> ports;
    for (int i = 0; i < instances; ++i) {
        // Same data folder: the same development certificate and (on PostgreSQL) the same database.
        services.push_back(std::make_unique<BenchService>(binary, dir.file(QStringLiteral("data"))));
        if (!services.back()->start({ QStringLiteral("--rate-limit-address"), QStringLiteral("0"), QStringLiteral("--rate-limit-device"), QStringLiteral("0"),
                                      QStringLiteral("--max-connections-per-address"), QStringLiteral("0"), QStringLiteral("--idle-timeout"),
                                      QStringLiteral("3600") })) {
            std::fprintf(stderr, "samen-service did not start:\n%s\n%s\n", services.back()->output().constData(), qPrintable(PgCluster::lastError()));
            return f;
        }
        ports.push_back(services.back()->port());
        apiOwners.push_back(std::make_unique<ApiClient>(ports.back(), services.back()->certificate()));
        apis.push_back(apiOwners.back().get());
    }
    const QSslCertificate certificate = services.front()->certificate();
    std::vector<BenchDevice> devices;
    devices.reserve(1001);
    auto first = [&](int n) {
        std::vector<BenchDevice *> out;
        for (int i = 0; i < n; ++i)
            out.push_back(&devices[static_cast<size_t>(i)]);
        return out;
    };

    for (const auto &[n, batches] : std::vector<std::pair<int, int>> { { 1, 1000 }, { 10, 1000 }, { 100, 1000 } }) {
        if (!enrol(apis, devices, n - static_cast<int>(std::min<size_t>(devices.size(), static_cast<size_t>(n))), ports, certificate)) {
            std::fprintf(stderr, "enrolment failed\n");
            return f;
        }
        const double rate = pushClosedLoop(first(n), batches, pushSeconds);
        f["push ops/s, " + std::to_string(n) + (n == 1 ? " device" : " devices")] = fmt("%.0f", rate);
        std::printf("    push, %d devices, batches of 100 (at most %d each, at most %d s): %.0f ops/s\n", n, batches, pushSeconds, rate);
        std::fflush(stdout);
        if (n == 1) {
            // The same with random (UUIDv4) ids, which the service accepts too: its worst case.
            devices.front().randomIds = true;
            const double random = pushClosedLoop(first(1), batches, pushSeconds);
            devices.front().randomIds = false;
            f["push ops/s, 1 device, random ids"] = fmt("%.0f", random);
            std::printf("    push, 1 device, random UUIDv4 ids: %.0f ops/s\n", random);
            std::fflush(stdout);
        }
    }

    const auto pull100 = [](const BenchDevice &d) { return QStringLiteral("/v1/plans/%1/ops?after=0&limit=100").arg(d.planId).toLatin1(); };
    const std::vector<double> one = getConcurrently(first(1), 100, pull100);
    f["pull 100 ops p50/p95 ms, 1 device"] = fmt("%.1f / %.1f", percentile(one, 0.5), percentile(one, 0.95));
    const std::vector<double> ten = getConcurrently(first(10), 20, pull100);
    f["pull 100 ops p95 ms, 10 devices"] = fmt("%.1f", percentile(ten, 0.95));

    // A plan of 500 goals (2,000 operations) of its own.
    if (!enrol(apis, devices, 1, ports, certificate))
        return f;
    BenchDevice *snap = &devices.back();
    (void)pushClosedLoop({ snap }, 20, 3600);
    const std::vector<double> snaps
        = getConcurrently({ snap }, 20, [](const BenchDevice &d) { return QStringLiteral("/v1/plans/%1/snapshot").arg(d.planId).toLatin1(); });
    f["snapshot 500 goals p50/p95 ms"] = fmt("%.1f / %.1f", percentile(snaps, 0.5), percentile(snaps, 0.95));
    std::printf("    pulls and snapshots done\n");
    std::fflush(stdout);

    if (openSeconds > 0) { // --open-seconds 0: no open-loop run (nor its 1,000 enrolments)
        if (!enrol(apis, devices, 1000 - static_cast<int>(devices.size()), ports, certificate)) {
            std::fprintf(stderr, "enrolment of 1,000 devices failed\n");
            return f;
        }
        pushOpenLoop(first(1000), periodMs, openSeconds, f);
        std::printf("    open loop done: %s\n", f["open loop: push p50/p95/p99 ms"].c_str());
        std::fflush(stdout);
    }

    if (instances == 1 && socketCount > 0)
        idleSockets(f, devices, socketCount, ports.front(), certificate, services.front()->processId());
    devices.clear();
    for (auto &s : services)
        s->stop();
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, const QString &fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at > 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    const int socketCount = option("--sockets", QStringLiteral("1000")).toInt();
    const int openSeconds = std::max(0, option("--open-seconds", QStringLiteral("20")).toInt());
    const int periodMs = std::max(100, option("--period-ms", QStringLiteral("5000")).toInt());
    const int pushSeconds = std::max(1, option("--push-seconds", QStringLiteral("10")).toInt());
    const QString only = option("--only", QString());
    const QString saved = option("--compare", QString());

    // 1,000 devices and sockets need more descriptors than the usual soft limit; the service inherits it.
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    qunsetenv("SAMEN_TEST_PG_DIR"); // this run starts its own cluster
    if (!qEnvironmentVariableIsSet("SAMEN_TEST_PG_DURABLE"))
        qputenv("SAMEN_TEST_PG_DURABLE", "1"); // as SQLCipher's synchronous=FULL: every commit reaches the disk

    struct Setup {
        const char *key;
        const char *title;
        bool postgres;
        int instances;
    };
    const std::vector<Setup> setups { { "sqlcipher", "SQLCipher", false, 1 }, { "pg1", "PostgreSQL x1", true, 1 }, { "pg2", "PostgreSQL x2", true, 2 } };
    std::printf("samen-service bench: real service over TLS on 127.0.0.1 (--dev-tls, rate limits off), %d cores; SQLCipher synchronous=FULL; "
                "PostgreSQL 15 %s; two instances: devices round-robin over both\n",
                QThread::idealThreadCount(), qEnvironmentVariable("SAMEN_TEST_PG_DURABLE") == QLatin1String("1") ? "fsync on" : "fsync OFF");
    std::printf(
        "closed loop: batches of 100 ops (25 goals x 4 fields), one at a time per device, for %d s; open loop: 1,000 devices, one goal (4 ops) every %.1f s "
        "each (%.0f pushes/s offered), for %d s\n",
        pushSeconds, periodMs / 1000.0, 1000.0 * 1000.0 / periodMs, openSeconds);
    struct Column {
        std::string title;
        Figures figures;
    };
    std::vector<Column> columns;
    for (const Setup &s : setups) {
        if (!only.isEmpty() && only != QLatin1String(s.key))
            continue;
        for (const QString &binary : saved.isEmpty() ? QStringList { QString() } : QStringList { saved, QString() }) {
            const std::string title = std::string(s.title) + (saved.isEmpty() ? "" : binary.isEmpty() ? " now" : " before");
            std::printf("\n%s\n", title.c_str());
            std::fflush(stdout);
            columns.push_back({ title,
                                measure(binary.isEmpty() ? QStringLiteral(SAMEN_BIN_DIR "/samen-service") : binary, s.postgres, s.instances, socketCount,
                                        openSeconds, periodMs, pushSeconds) });
        }
    }
    if (!saved.isEmpty())
        std::printf("\nbefore: %s\n", qPrintable(saved));

    std::printf("\n%-34s", "figure");
    for (const Column &c : columns)
        std::printf(" | %-20s", c.title.c_str());
    std::printf("\n");
    for (const std::string &row : kRows) {
        std::printf("%-34s", row.c_str());
        for (const Column &c : columns) {
            const auto it = c.figures.find(row);
            std::printf(" | %-20s", it == c.figures.end() ? "-" : it->second.c_str());
        }
        std::printf("\n");
    }
    return 0;
}
