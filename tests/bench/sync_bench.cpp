// Sync figures against the real service over TLS on 127.0.0.1 (prints figures;
// not a test, though it runs on the Catch2 runner to share the sync test helpers):
// - an edit on one device, visible on another through the WebSocket poke: p50/p95
//   (aim p95 < 100 ms);
// - the first sync of a 500-item plan on a device that just joined (aim < 500 ms);
// - request body bytes of the push that carries one small edit.
#include "domain/demoplan.h"
#include "synctestsupport.h"
#include "waitfor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

using namespace samen;
using namespace samen::test;

namespace {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    return samen::test::waitForEvents(done, timeoutMs);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, static_cast<qsizetype>(p * values.size())));
}

/** Robin's demo plan plus extra goals and steps, written into the device's store. */
int writeDemo(Device &device, int extraGoals)
{
    auto demo = buildDemoPlan(*device.clockPtr, QDate::currentDate(), extraGoals);
    REQUIRE(demo);
    REQUIRE(device.store->applyLocal(demo->ops));
    REQUIRE(device.store->setSetting(QStringLiteral("planId"), demo->planId));
    REQUIRE(device.store->setSetting(QStringLiteral("memberId"), demo->ownerMemberId));
    return static_cast<int>(demo->ops.size());
}

} // namespace

TEST_CASE("sync benchmark", "[bench]")
{
    TestDir serviceDir, citizenDir, professionalDir;
    ServiceProcess service(serviceDir.path(),
                           { QStringLiteral("--rate-limit-address"), QStringLiteral("0"), QStringLiteral("--rate-limit-device"), QStringLiteral("0") });
    REQUIRE(service.start());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
    const SyncTrust trust = trustOf(serviceDir.path(), service.pin());

    Device citizen(citizenDir.path(), QStringLiteral("citizen1"));
    const int ops = writeDemo(citizen, 246); // 8 + 2 x 246 = 500 goals and steps
    REQUIRE(citizen.connect(url, trust, QStringLiteral("phone")));
    QElapsedTimer pushTimer;
    pushTimer.start();
    REQUIRE(citizen.sync());
    const double firstPushMs = pushTimer.nsecsElapsed() / 1e6;

    // A professional who may read every domain joins; the first sync pulls the whole plan.
    const QString planId = citizen.store->setting(QStringLiteral("planId"));
    QJsonArray grants;
    for (const char *domain : { "housing", "money", "work", "physical-health", "mental-health", "social", "meaning", "daily-functioning" })
        grants.append(QJsonObject { { QStringLiteral("domainKey"), QLatin1String(domain) }, { QStringLiteral("access"), QStringLiteral("write") } });
    const auto invitation = citizen.call("POST", QStringLiteral("/v1/plans/%1/invitations").arg(planId),
                                         { { QStringLiteral("kind"), QStringLiteral("professional") }, { QStringLiteral("grants"), grants } });
    REQUIRE(invitation);
    Device professional(professionalDir.path(), QStringLiteral("prof1"));
    REQUIRE(professional.client->configure(url, trust));
    REQUIRE(await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) {
        professional.client->connectService(QStringLiteral("laptop"), professionalEnrolmentCode(serviceDir.path()), d);
    }));
    const auto joined
        = await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { professional.client->joinPlan(invitation->value(QStringLiteral("code")).toString(), d); });
    REQUIRE(joined);
    REQUIRE(citizen.call("POST", QStringLiteral("/v1/plans/%1/members/%2/confirm").arg(planId, joined->value(QStringLiteral("memberId")).toString())));
    QElapsedTimer firstSync;
    double readableMs = 0; // the snapshot is in: the plan can be shown
    QObject::connect(professional.client.get(), &SyncClient::planUpdated, [&] { readableMs = firstSync.nsecsElapsed() / 1e6; });
    firstSync.start();
    const auto first = professional.sync();
    const double firstSyncMs = firstSync.nsecsElapsed() / 1e6;
    REQUIRE(first);
    REQUIRE(first->snapshot);

    // Edit on the professional's device, seen on the citizen's through the live poke.
    QList<QString> goalIds;
    for (const QJsonObject &g : citizen.store->entities(planId, QStringLiteral("goal")))
        goalIds.append(g.value(QStringLiteral("id")).toString());
    REQUIRE(goalIds.size() > 30);
    citizen.client->setMaxAttempts(0);
    citizen.client->start(10 * 60 * 1000); // only the poke brings changes quickly
    REQUIRE(waitUntil([&] { return citizen.client->isLive() && citizen.client->state() == SyncClient::State::Synced; }, 10000));
    QList<double> latencies;
    qsizetype editBodyBytes = 0;
    for (int i = 0; i < 30; ++i) {
        const QString title = QStringLiteral("Adapted title %1").arg(i);
        const auto edit = professional.editor().setField(goalIds.at(i), QStringLiteral("title"), title);
        REQUIRE(edit);
        REQUIRE(professional.store->applyLocal(edit->ops));
        if (i == 0) {
            QJsonArray body;
            for (const Operation &op : edit->ops)
                body.append(op.toJson());
            editBodyBytes = QJsonDocument(QJsonObject { { QStringLiteral("ops"), body } }).toJson(QJsonDocument::Compact).size();
        }
        QElapsedTimer seen;
        seen.start();
        REQUIRE(professional.sync());
        REQUIRE(
            waitUntil([&] { return citizen.store->entity(goalIds.at(i)).value_or(QJsonObject()).value(QStringLiteral("title")).toString() == title; }, 5000));
        latencies.append(seen.nsecsElapsed() / 1e6);
    }
    citizen.client->stop();

    std::printf("sync benchmark: real samen-service over TLS on 127.0.0.1, SyncClient (Qt Network), 2 cores\n");
    std::printf("  citizen's first push of the demo plan (%d operations, 500 goals and steps): %.1f ms\n", ops, firstPushMs);
    std::printf("  first sync of that plan on a professional's new device: plan readable after the snapshot (%d operations) %.1f ms   aim < 500 ms\n",
                first->received, readableMs);
    std::printf("    whole first round, history fetched after the snapshot included (%d operations): %.1f ms\n", first->received + first->history, firstSyncMs);
    std::printf("  edit on one device -> visible on the other via the WebSocket poke (30 edits, push + poke + pull):\n");
    std::printf("    p50 %.1f ms, p95 %.1f ms, max %.1f ms   aim p95 < 100 ms\n", percentile(latencies, 0.5), percentile(latencies, 0.95),
                *std::max_element(latencies.begin(), latencies.end()));
    std::printf("  one small edit (a goal title): %d operation(s), push request body %lld bytes (JSON, before TLS and HTTP headers)\n", 1,
                static_cast<long long>(editBodyBytes));
}
