// The snapshot of a 500-item plan in-process, without TLS or a client: the service's own work
// (SnapshotApi::snapshot on a real store), on SQLCipher and on PostgreSQL (a throwaway cluster,
// when its binaries are there). The plan is built the same way every run (fixed ids, clocks and
// time), so the answer's SHA-256 printed at the end is the same for every build that answers the
// same bytes: compare it before and after a change. CPU time per snapshot (getrusage: less at the
// mercy of a busy machine than wall time) next to an anchor of the same run (SHA-256 of 4 MiB),
// with the ratio. Runs under callgrind too: valgrind --tool=callgrind samen_snapshot_bench --runs 3.
// Usage: samen_snapshot_bench [--runs N] [--only sqlcipher|postgresql]
// Prints figures; not a test.
#include "audit/auditlog.h"
#include "http/metrics.h"
#include "live/liveevents.h"
#include "pgcluster.h"
#include "runtime/serviceconfig.h"
#include "storage/pgservicestore.h"
#include "storage/sqlcipherservicestore.h"
#include "sync/snapshotapi.h"
#include "sync/syncapi.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace samen::service;

namespace {

constexpr qint64 kNowMs = 1'800'000'000'000; // the bench's fixed "now" (2027): the same plan every run

double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

/** A UUID-shaped id from a number: the same ids every run. */
QString id(int kind, int n)
{
    return QStringLiteral("0190f000-%1-7000-8000-%2").arg(kind, 4, 16, QLatin1Char('0')).arg(n, 12, 10, QLatin1Char('0'));
}

QJsonObject op(const QString &planId, const QString &author, int n, const QString &goal, const QString &field, const QJsonValue &value,
               const QStringList &base = {})
{
    QJsonObject o { { QStringLiteral("opId"), id(1, n) },
                    { QStringLiteral("planId"), planId },
                    { QStringLiteral("entityType"), QStringLiteral("goal") },
                    { QStringLiteral("entityId"), goal },
                    { QStringLiteral("field"), field },
                    { QStringLiteral("value"), value },
                    { QStringLiteral("hlc"), QStringLiteral("%1-%2-dev1").arg(kNowMs - 60000 + n, 13, 10, QLatin1Char('0')).arg(0, 6, 10, QLatin1Char('0')) },
                    { QStringLiteral("author"), author } };
    if (!base.isEmpty())
        o.insert(QStringLiteral("base"), QJsonArray::fromStringList(base));
    return o;
}

ApiRequest request(const QString &planId, const DeviceRecord &device, const QString &what, const QByteArray &body = {})
{
    ApiRequest r;
    r.segments = { QStringLiteral("v1"), QStringLiteral("plans"), planId, what };
    r.body = body;
    r.device = device;
    r.nowMs = kNowMs;
    return r;
}

double anchorMs()
{
    const QByteArray data(4 << 20, 'a');
    const double started = cpuMs();
    (void)QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    return cpuMs() - started;
}

/** Builds the plan (500 goals of four fields, 100 of them edited twice), then times runs snapshots. */
void measure(const char *title, ServiceStore &store, int runs)
{
    const DeviceRecord device { QStringLiteral("d1"), QStringLiteral("a1"), QStringLiteral("phone"), QByteArray(32, 'x'), 1, 0 };
    const QString planId = id(9, 1);
    const QString owner = id(9, 2);
    (void)store.insertDevice(device);
    (void)store.insertPlan(planId, device.accountId, 1);
    (void)store.upsertMember({ planId, owner, device.accountId, QStringLiteral("citizen"), QStringLiteral("owner"), QStringLiteral("active"), 1, {} });
    AuditLog audit(store);
    ServiceConfig config;
    LiveEvents events;
    Metrics metrics;
    SyncApi sync(store, audit, config, events, metrics);
    SnapshotApi snapshots(store, audit);

    int n = 0;
    QStringList why; // the last "why" operation of each goal: the base of its next edit
    for (int batch = 0; batch < 20; ++batch) {
        QJsonArray ops;
        for (int g = batch * 25; g < batch * 25 + 25; ++g) {
            const QString goal = id(2, g);
            ops.append(op(planId, owner, ++n, goal, QStringLiteral("domainKey"), QStringLiteral("housing")));
            ops.append(op(planId, owner, ++n, goal, QStringLiteral("title"), QStringLiteral("Goal %1: a home of my own, \u2018thuis\u2019 \u2602").arg(g)));
            ops.append(op(planId, owner, ++n, goal, QStringLiteral("status"), QStringLiteral("open")));
            ops.append(op(planId, owner, ++n, goal, QStringLiteral("why"), QStringLiteral("Because \"I\" want\nto rest. %1").arg(g)));
            why.append(id(1, n));
        }
        const ApiResponse r = sync.push(request(planId, device, QStringLiteral("ops"), QJsonDocument(QJsonObject { { QStringLiteral("ops"), ops } }).toJson()));
        if (r.status != 200)
            std::fprintf(stderr, "push failed: %s\n", r.body.constData());
    }
    QJsonArray edits;
    for (int g = 0; g < 100; ++g) {
        edits.append(op(planId, owner, ++n, id(2, g), QStringLiteral("why"), QStringLiteral("Changed: %1 \u00e9\u00e8").arg(g), { why[g] }));
        edits.append(op(planId, owner, ++n, id(2, g), QStringLiteral("status"), QStringLiteral("done")));
    }
    (void)sync.push(request(planId, device, QStringLiteral("ops"), QJsonDocument(QJsonObject { { QStringLiteral("ops"), edits } }).toJson()));

    std::vector<double> wall, cpu, anchor;
    QByteArray answer;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double started = cpuMs();
        const ApiResponse r = snapshots.snapshot(request(planId, device, QStringLiteral("snapshot")));
        cpu.push_back(cpuMs() - started);
        wall.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (r.status != 200)
            std::fprintf(stderr, "snapshot failed: %d %s\n", r.status, r.body.left(200).constData());
        answer = r.body;
        anchor.push_back(anchorMs());
    }
    const double c = percentile(cpu, 0.5);
    const double a = percentile(anchor, 0.5);
    std::printf("%-11s %6.1f / %6.1f ms %10.1f ms %10.1f ms %7.2fx %9lld  %s\n", title, percentile(wall, 0.5), percentile(wall, 0.95), c, a, a > 0 ? c / a : 0,
                static_cast<long long>(answer.size()), QCryptographicHash::hash(answer, QCryptographicHash::Sha256).toHex().left(16).constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int runs = 20;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = std::max(1, args[i + 1].toInt());
    QString only;
    if (const qsizetype i = args.indexOf(QStringLiteral("--only")); i > 0 && i + 1 < args.size())
        only = args[i + 1];
    std::printf("snapshot of a 500-goal plan (2,000 current operations of 2,200), in-process (no TLS, no client), %d runs, medians\n", runs);
    std::printf("%-11s %19s %13s %13s %8s %9s  %s\n", "store", "wall p50 / p95", "CPU", "anchor CPU", "ratio", "bytes", "SHA-256 of the answer");
    if (only.isEmpty() || only == QLatin1String("sqlcipher")) {
        QTemporaryDir dir;
        auto store = SqlCipherServiceStore::open(dir.filePath(QStringLiteral("service.db")), QByteArray(32, 'k'));
        if (!store) {
            std::fprintf(stderr, "SQLCipher store: %s\n", qPrintable(store.error().message));
            return 1;
        }
        measure("SQLCipher", *store.value(), runs);
    }
    if (only.isEmpty() || only == QLatin1String("postgresql")) {
        qunsetenv("SAMEN_TEST_PG_DIR");
        samen::test::PgCluster *cluster = samen::test::PgCluster::shared();
        if (!cluster) {
            std::printf("PostgreSQL: no cluster (%s)\n", qPrintable(samen::test::PgCluster::lastError()));
            return 0;
        }
        auto store = PgServiceStore::open(cluster->freshDatabase());
        if (!store) {
            std::fprintf(stderr, "PostgreSQL store: %s\n", qPrintable(store.error().message));
            return 1;
        }
        measure("PostgreSQL", *store.value(), runs);
    }
    std::printf("anchor: SHA-256 of 4 MiB, CPU time, after each snapshot\n");
    return 0;
}
