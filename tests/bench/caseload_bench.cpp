// A professional's caseload of 200 plans (issue 14), through the real service over TLS on
// 127.0.0.1 (prints figures; not a test, though it runs on the Catch2 runner to share the
// sync test helpers): 200 citizens each register a plan (Robin's demo plan; one of them
// grown to 500 goals and steps) and invite the professional, who joins all 200 on one
// device (CaseloadFolder + CaseloadSync) and is let in (to every life domain of the 500-item
// plan, so its copy holds all 500). Measured: the first caseload round (wall and CPU time)
// of all 200 plans (one sign-in), reading the caseload index (device.db only), opening and
// switching to a 500-item plan's store with its goals read, the process's RSS, and the real
// app's peak RSS (samen offscreen on the same folder, stepped through its caseload screens:
// the 200-plan caseload, then a plan open beside it; VmHWM from /proc/PID/status).
// Anchors measured in the same run: one signed-in request's round trip (GET /v1/plans) and
// opening an empty plan store with a raw key.
#include "domain/demoplan.h"
#include "network/networkclient.h"
#include "store/caseloadfolder.h"
#include "store/planview.h"
#include "sync/caseloadsync.h"
#include "sync/uuid7.h"
#include "synctestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace samen;
using namespace samen::test;

namespace {

constexpr int kPlans = 200;
constexpr int kBigItems = 500;
constexpr int kDemoItems = 8; // goals and steps of Robin's demo plan itself

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

long rssKib()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

/** A line of /proc/PID/status ("VmHWM", "VmRSS") in KiB; -1 when unreadable. */
long statusKib(qint64 pid, const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLong();
    }
    return -1;
}

/** The real app's memory with the caseload open: peak (VmHWM) and current RSS, in KiB, read on each of its caseload screens. */
struct AppMemory {
    long caseloadHwm = -1; ///< on the caseload screen (200 rows)
    long planHwm = -1; ///< with a plan open beside the caseload (the peak of the whole run so far)
    long planRss = -1;
    QString problem;
};

AppMemory appMemory(const QString &dataDir)
{
    AppMemory m;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("SAMEN_PASSPHRASE"), kPassphrase);
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::SeparateChannels);
    // The tour's step mode: it shows a screen, says "screen NAME", and waits for "next".
    app.start(QStringLiteral(SAMEN_BIN_DIR "/samen"),
              { QStringLiteral("--data-dir"), dataDir, QStringLiteral("--walk-tour"), QStringLiteral("--size"), QStringLiteral("1280x800"),
                QStringLiteral("--language"), QStringLiteral("en") });
    if (!app.waitForStarted(30000)) {
        m.problem = QStringLiteral("samen did not start");
        return m;
    }
    QByteArray out;
    bool done = false;
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 600000 && app.state() == QProcess::Running) {
        if (!app.waitForReadyRead(1000))
            continue;
        out += app.readAllStandardOutput();
        for (qsizetype end = out.indexOf('\n'); end >= 0; end = out.indexOf('\n')) {
            const QByteArray line = out.left(end).trimmed();
            out.remove(0, end + 1);
            if (line.startsWith("screen caseload-plan")) {
                m.planHwm = statusKib(app.processId(), "VmHWM");
                m.planRss = statusKib(app.processId(), "VmRSS");
            } else if (line.startsWith("screen caseload")) {
                m.caseloadHwm = statusKib(app.processId(), "VmHWM");
            }
            if (line.startsWith("screen "))
                app.write("next\n");
            done = done || line == "done";
        }
    }
    if (!done)
        m.problem = QStringLiteral("the app's tour did not end: ") + QString::fromUtf8(app.readAllStandardError().right(400));
    app.closeWriteChannel();
    if (!app.waitForFinished(30000)) {
        app.kill();
        app.waitForFinished(5000);
    }
    return m;
}

/** CPU time (user + system) a process has used so far, in seconds, from /proc/PID/stat; -1 when unreadable. */
double cpuSeconds(qint64 pid)
{
    QFile f(pid == 0 ? QStringLiteral("/proc/self/stat") : QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // After "(comm)": state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

/** The pid of this process's child named comm (the service), 0 when there is none. */
qint64 childNamed(const QByteArray &comm)
{
    for (const QFileInfo &task : QDir(QStringLiteral("/proc/self/task")).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile children(task.absoluteFilePath() + QStringLiteral("/children"));
        if (!children.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &pid : children.readAll().split(' ')) {
            QFile name(QStringLiteral("/proc/%1/comm").arg(QString::fromLatin1(pid.trimmed())));
            if (!pid.trimmed().isEmpty() && name.open(QIODevice::ReadOnly) && name.readAll().trimmed() == comm)
                return pid.trimmed().toLongLong();
        }
    }
    return 0;
}

DatabaseKey randomKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    return DatabaseKey::raw(key);
}

/** A citizen's device: a store with the demo plan (raw key: no KDF, to keep the set-up short), connected. */
struct Owner {
    std::unique_ptr<PlanStore> store;
    std::unique_ptr<SyncClient> client;
    QString planId;
};

Owner makeOwner(const QString &dir, int extraGoals, QNetworkAccessManager &network, const QUrl &url, const SyncTrust &trust)
{
    Owner o;
    auto made = PlanStore::create(dir, randomKey());
    REQUIRE(made);
    o.store = std::move(made).value();
    HlcClock clock(newUuid7().right(12));
    auto demo = buildDemoPlan(clock, QDate::currentDate(), extraGoals);
    REQUIRE(demo);
    REQUIRE(o.store->applyLocal(demo->ops));
    REQUIRE(o.store->setSettings(
        { { QStringLiteral("node"), clock.node() }, { QStringLiteral("planId"), demo->planId }, { QStringLiteral("memberId"), demo->ownerMemberId } }));
    o.planId = demo->planId;
    o.client = std::make_unique<SyncClient>(*o.store, network);
    o.client->setMaxAttempts(3);
    REQUIRE(o.client->configure(url, trust));
    REQUIRE(await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { o.client->connectService(QStringLiteral("phone"), {}, d); }, 60000));
    REQUIRE(await<SyncSummary>([&](SyncClient::Done<SyncSummary> d) { o.client->syncOnce(d); }, 120000));
    return o;
}

Result<QJsonObject> call(SyncClient &client, const QByteArray &verb, const QString &path, const QJsonObject &body = {})
{
    return await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { client.call(verb, path, body, d); }, 60000);
}

} // namespace

TEST_CASE("caseload benchmark", "[bench]")
{
    TestDir serviceDir, root;
    ServiceProcess service(serviceDir.path(),
                           { QStringLiteral("--rate-limit-address"), QStringLiteral("0"), QStringLiteral("--rate-limit-device"), QStringLiteral("0") });
    REQUIRE(service.start());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
    const SyncTrust trust = trustOf(serviceDir.path(), service.pin());
    QNetworkAccessManager network;

    // The professional's device: device.db with its identity, enrolled with the administrator's code.
    auto folder = CaseloadFolder::create(root.path() + QStringLiteral("/pro"), DatabaseKey::passphrase(kPassphrase));
    REQUIRE(folder);
    CaseloadSync pro(*folder.value(), network);
    REQUIRE(pro.configure(url, trust));
    REQUIRE(await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { pro.enrol(QStringLiteral("laptop"), professionalEnrolmentCode(serviceDir.path()), d); }));

    // 200 citizens, each inviting the professional (read on three life areas, write on one), who joins and is let in.
    QString bigPlan, smallPlan;
    QElapsedTimer setup;
    setup.start();
    for (int i = 0; i < kPlans; ++i) {
        Owner owner = makeOwner(root.path() + QStringLiteral("/citizen%1").arg(i), i == 0 ? (kBigItems - kDemoItems) / 2 : 0, network, url, trust);
        InvitationRequest request;
        request.kind = QStringLiteral("professional");
        request.name = QStringLiteral("Andre");
        request.fromName = QStringLiteral("Citizen %1").arg(i);
        request.grants = { AccessGrant { QStringLiteral("work"), QStringLiteral("write"), {}, 0, {} },
                           AccessGrant { QStringLiteral("money"), QStringLiteral("read"), {}, 0, {} },
                           AccessGrant { QStringLiteral("housing"), QStringLiteral("read"), {}, 0, {} },
                           AccessGrant { QStringLiteral("social"), QStringLiteral("read"), {}, 0, {} } };
        // The 500-item plan: every life domain, so the professional's copy holds (and the switch reads) all 500 items.
        if (i == 0) {
            for (const char *domain : { "physical-health", "mental-health", "meaning", "daily-functioning" })
                request.grants.append(AccessGrant { QLatin1String(domain), QStringLiteral("read"), {}, 0, {} });
        }
        NetworkClient ownerNet(*owner.client, *owner.store);
        const auto invitation = await<InvitationEntry>([&](SyncClient::Done<InvitationEntry> d) { ownerNet.invite(request, d); }, 60000);
        INFO((invitation ? QString() : invitation.error().message).toStdString());
        REQUIRE(invitation);
        const auto joined = await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { pro.join(invitation->code, {}, d); }, 60000);
        INFO((joined ? QString() : joined.error().message).toStdString());
        REQUIRE(joined);
        REQUIRE(call(*owner.client, "POST",
                     QStringLiteral("/v1/plans/%1/members/%2/confirm").arg(owner.planId, joined->value(QStringLiteral("memberId")).toString())));
        (i == 0 ? bigPlan : smallPlan) = owner.planId;
    }
    const double setupS = setup.nsecsElapsed() / 1e9;

    // The anchors: one signed-in round trip on a warm connection; opening an empty store with a raw key.
    QList<double> anchor, storeAnchor;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        REQUIRE(await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { pro.call("GET", QStringLiteral("/v1/plans"), {}, d); }));
        if (i > 0)
            anchor.append(t.nsecsElapsed() / 1e6);
    }
    {
        TestDir emptyDir;
        const DatabaseKey key = randomKey();
        REQUIRE(PlanStore::create(emptyDir.path(), key));
        for (int i = 0; i < 11; ++i) {
            QElapsedTimer t;
            t.start();
            REQUIRE(PlanStore::open(emptyDir.path(), key));
            storeAnchor.append(t.nsecsElapsed() / 1e6);
        }
    }

    // The first round of all 200 plans: one sign-in, then each plan's snapshot and history.
    folder.value()->closePlans();
    // CPU time as well as wall time: on a shared machine the wall time is mostly the wait for a core.
    const qint64 servicePid = childNamed("samen-service");
    const double clientCpu0 = cpuSeconds(0), serviceCpu0 = cpuSeconds(servicePid);
    QElapsedTimer first;
    first.start();
    const auto round = await<CaseloadRound>([&](SyncClient::Done<CaseloadRound> d) { pro.syncAll(d); }, 600000);
    const double firstMs = first.nsecsElapsed() / 1e6;
    const double clientCpu = cpuSeconds(0) - clientCpu0, serviceCpu = cpuSeconds(servicePid) - serviceCpu0;
    REQUIRE(round);
    CHECK(round->synced == kPlans);
    // A warm round (nothing new): what each later sync costs.
    QElapsedTimer warm;
    warm.start();
    REQUIRE(await<CaseloadRound>([&](SyncClient::Done<CaseloadRound> d) { pro.syncAll(d); }, 600000));
    const double warmMs = warm.nsecsElapsed() / 1e6;

    // The caseload page's data: the rows of device.db (no plan opened), and device.db opened with the passphrase first.
    QList<double> rowsMs, unlockMs;
    for (int i = 0; i < 11; ++i) {
        QElapsedTimer t;
        t.start();
        const QList<QJsonObject> rows = folder.value()->rows();
        rowsMs.append(t.nsecsElapsed() / 1e6);
        REQUIRE(rows.size() == kPlans);
    }
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        auto reopened = CaseloadFolder::open(root.path() + QStringLiteral("/pro"), DatabaseKey::passphrase(kPassphrase));
        REQUIRE(reopened);
        REQUIRE(reopened.value()->rows().size() == kPlans);
        unlockMs.append(t.nsecsElapsed() / 1e6);
    }

    // Opening the 500-item plan (its store and its goals, as the plan page reads them): cold (not among the open
    // stores) and switching back to it while it is kept open (the last two stay open).
    QList<double> coldMs, switchMs;
    int items = 0;
    for (int i = 0; i < 7; ++i) {
        folder.value()->closePlans();
        QElapsedTimer t;
        t.start();
        auto store = folder.value()->plan(bigPlan);
        REQUIRE(store);
        const QJsonArray goals = PlanView(*store.value(), bigPlan).goals();
        coldMs.append(t.nsecsElapsed() / 1e6);
        items = int(goals.size());
        for (const QJsonValue &g : goals)
            items += int(g.toObject().value(QStringLiteral("steps")).toArray().size());
        REQUIRE(folder.value()->plan(smallPlan));
        t.restart();
        auto again = folder.value()->plan(bigPlan);
        REQUIRE(again);
        (void)PlanView(*again.value(), bigPlan).goals();
        switchMs.append(t.nsecsElapsed() / 1e6);
    }
    const long rss = rssKib();
    // The real app on the same folder, with the service still running (its rounds of all run as in use).
    const AppMemory appRss = appMemory(root.path() + QStringLiteral("/pro"));

    std::printf("caseload benchmark: real samen-service over TLS on 127.0.0.1, CaseloadFolder + CaseloadSync (Qt Network), %d plans\n", kPlans);
    std::printf("  set-up (200 citizens register, invite; the professional joins each and is let in): %.1f s\n", setupS);
    std::printf("  anchor, measured in this run: one signed-in request round trip (GET /v1/plans), median %.1f ms\n", median(anchor));
    std::printf("  anchor, measured in this run: opening an empty plan store with a raw key, median %.2f ms\n", median(storeAnchor));
    std::printf("  first caseload round of all %d plans (one sign-in, %d operations received): %.0f ms (= %.0f x the round-trip anchor)   aim < 10000 ms\n",
                kPlans, round->received, firstMs, firstMs / std::max(0.001, median(anchor)));
    std::printf("    CPU time in that round: this process (the professional's device) %.1f s, the service %.1f s; together %.0f %% of the "
                "round's wall time on one core (2 cores here)\n",
                clientCpu, serviceCpu, 100.0 * (clientCpu + serviceCpu) / std::max(0.001, firstMs / 1000.0));
    std::printf("  a later round with nothing new: %.0f ms\n", warmMs);
    std::printf("  caseload index read (%d rows from device.db): median %.2f ms (= %.1f x the store anchor)   aim < 300 ms\n", kPlans, median(rowsMs),
                median(rowsMs) / std::max(0.001, median(storeAnchor)));
    std::printf("    device.db opened with the passphrase and read: median %.0f ms\n", median(unlockMs));
    std::printf("  opening the %d-item plan (store + its goals and steps): cold median %.1f ms (= %.1f x the store anchor), switching back "
                "while kept open median %.2f ms   aim < 200 ms\n",
                items, median(coldMs), median(coldMs) / std::max(0.001, median(storeAnchor)), median(switchMs));
    std::printf("  RSS of this benchmark process (citizens' stores closed; two plan stores open): %ld KiB\n", rss);
    if (appRss.problem.isEmpty())
        std::printf("  the app (samen, offscreen, 1280x800, this folder): peak RSS (VmHWM) with the %d-plan caseload shown %ld KiB; with a plan "
                    "open beside it %ld KiB (RSS then %ld KiB)   aim < 200 MB (204800 KiB)\n",
                    kPlans, appRss.caseloadHwm, appRss.planHwm, appRss.planRss);
    else
        std::printf("  the app's RSS: not measured (%s)\n", qPrintable(appRss.problem));
}
