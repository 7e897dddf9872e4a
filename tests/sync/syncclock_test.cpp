// Clocks across devices through the real service over TLS: a device whose clock
// runs behind still has its later change win, and a change refused for a clock far
// ahead is sent again with the current time (docs/sync-protocol.md, "Clocks").
#include "cliprocess.h"
#include "faketime.h"
#include "synctestsupport.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonArray>

using namespace samen;
using namespace samen::test;

namespace {

QStringList domainOrder(const PlanStore &store)
{
    QStringList keys;
    for (const QJsonObject &d : store.entities(store.setting(QStringLiteral("planId")), QStringLiteral("domain")))
        keys << d.value(QStringLiteral("key")).toString();
    return keys;
}

/** The citizen invites a professional who may change every life domain; the professional enrols, joins and is confirmed. */
void joinWithGrants(Device &citizen, Device &professional, const QString &serviceDataDir, const QUrl &url, const SyncTrust &trust)
{
    const QString planId = citizen.store->setting(QStringLiteral("planId"));
    QJsonArray grants;
    for (const QString &domain : domainOrder(*citizen.store))
        grants.append(QJsonObject { { QStringLiteral("domainKey"), domain }, { QStringLiteral("access"), QStringLiteral("write") } });
    const auto invitation = citizen.call("POST", QStringLiteral("/v1/plans/%1/invitations").arg(planId),
                                         { { QStringLiteral("kind"), QStringLiteral("professional") }, { QStringLiteral("grants"), grants } });
    REQUIRE(invitation);
    REQUIRE(professional.client->configure(url, trust));
    REQUIRE(await<QJsonObject>(
        [&](SyncClient::Done<QJsonObject> d) { professional.client->connectService(QStringLiteral("laptop"), professionalEnrolmentCode(serviceDataDir), d); }));
    const auto joined
        = await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { professional.client->joinPlan(invitation->value(QStringLiteral("code")).toString(), d); });
    REQUIRE(joined);
    REQUIRE(citizen.call("POST", QStringLiteral("/v1/plans/%1/members/%2/confirm").arg(planId, joined->value(QStringLiteral("memberId")).toString())));
}

QJsonObject cliJson(const TestDir &dir, const QStringList &args, int expectedExit = 0, const QProcessEnvironment &env = {})
{
    const CliRun run = runCli(dir.path(), QStringList { QStringLiteral("--json") } + args, kPassphrase, env);
    INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.constData());
    REQUIRE(run.exitCode == expectedExit);
    return run.object();
}

/** Robin's plan in dir, connected to the service (its certificate and pin) and synced once, through samen-cli. */
void initConnected(const TestDir &dir, const TestDir &serviceDir, const ServiceProcess &service)
{
    cliJson(dir, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Robin") });
    cliJson(dir,
            { QStringLiteral("connect"), QStringLiteral("--service"), QStringLiteral("https://127.0.0.1:%1").arg(service.port()), QStringLiteral("--ca-file"),
              serviceDir.file(QStringLiteral("dev-tls-cert.pem")), QStringLiteral("--pin-sha256"), service.pin() });
    cliJson(dir, { QStringLiteral("sync") });
}

} // namespace

TEST_CASE("A device whose clock is an hour behind pulls a new goal title, renames it, and its later change wins on both devices", "[sync][clock]")
{
    TestDir serviceDir, citizenDir, professionalDir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
    const SyncTrust trust = trustOf(serviceDir.path(), service.pin());
    Device citizen(citizenDir.path(), QStringLiteral("citizen1"));
    // The professional's laptop: its clock runs one hour behind the citizen's phone.
    Device professional(professionalDir.path(), QStringLiteral("prof1"), [] { return QDateTime::currentMSecsSinceEpoch() - 60 * 60 * 1000; });
    citizen.makePlan(QStringLiteral("Tess"));
    REQUIRE(citizen.connect(url, trust, QStringLiteral("phone")));
    citizen.edit(citizen.editor().addGoal(QStringLiteral("money"), QStringLiteral("Budget"), {}, {}));
    REQUIRE(citizen.sync());
    joinWithGrants(citizen, professional, serviceDir.path(), url, trust);
    REQUIRE(professional.sync());
    const QString planId = citizen.store->setting(QStringLiteral("planId"));
    auto goal = [&](Device &d) { return d.store->entities(planId, QStringLiteral("goal")).value(0); };
    const QString goalId = goal(citizen).value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(goalId.isEmpty());

    // The citizen renames the goal (the priority order is the citizen's alone: a professional may not change it);
    // the professional pulls that title, then renames it again with a clock an hour behind.
    citizen.edit(citizen.editor().editGoal(goalId, QStringLiteral("Budget plan"), {}, {}));
    REQUIRE(citizen.sync());
    REQUIRE(professional.sync());
    REQUIRE(goal(professional).value(QStringLiteral("title")).toString() == QStringLiteral("Budget plan"));
    professional.edit(professional.editor().editGoal(goalId, QStringLiteral("Budget with the coach"), {}, {}));
    const auto pushed = professional.sync();
    REQUIRE(pushed);
    CHECK(pushed->pushed >= 1);
    CHECK(pushed->refused == 0);
    REQUIRE(citizen.sync());

    // The professional's change came after the citizen's: it wins on both devices.
    for (Device *device : { &citizen, &professional })
        CHECK(goal(*device).value(QStringLiteral("title")).toString() == QStringLiteral("Budget with the coach"));
}

TEST_CASE("A change refused for a clock three days ahead: later changes are not, and retry sends it with the current time", "[sync][clock][cli]")
{
    TestDir serviceDir, dir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    initConnected(dir, serviceDir, service);

    // Made while the device's date was three days ahead: the service refuses it for its clock.
    cliJson(dir, { QStringLiteral("domain"), QStringLiteral("prioritize"), QStringLiteral("money") }, 0, fakeTime(QStringLiteral("+3d")));
    const QJsonObject refusedRound = cliJson(dir, { QStringLiteral("sync") });
    const int refused = refusedRound.value(QStringLiteral("refused")).toInt();
    REQUIRE(refused > 0);
    CHECK(refusedRound.value(QStringLiteral("state")).toString() == QStringLiteral("refused"));
    const QJsonObject status = cliJson(dir, { QStringLiteral("sync"), QStringLiteral("status") });
    CHECK_FALSE(status.value(QStringLiteral("text")).toString().contains(QStringLiteral("synced")));
    const QJsonArray kept = status.value(QStringLiteral("refused")).toArray();
    REQUIRE(kept.size() == refused);
    for (const QJsonValue &r : kept) {
        CHECK(r[QStringLiteral("code")].toString() == QStringLiteral("clock"));
        CHECK(r[QStringLiteral("retryable")].toBool());
    }

    // The date is right again. A later change is not stamped from the refused one: it is accepted.
    cliJson(dir, { QStringLiteral("story"), QStringLiteral("set"), QStringLiteral("Written with the right date") });
    const QJsonObject later = cliJson(dir, { QStringLiteral("sync") });
    CHECK(later.value(QStringLiteral("pushed")).toInt() == 1);
    CHECK(later.value(QStringLiteral("refused")).toInt() == 0);

    // Trying again stamps the refused change with the current time: now it is accepted.
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject retried = cliJson(dir, { QStringLiteral("sync"), QStringLiteral("retry"), QStringLiteral("--all") });
    CHECK(retried.value(QStringLiteral("retried")).toInt() == refused);
    const QJsonObject accepted = cliJson(dir, { QStringLiteral("sync") });
    CHECK(accepted.value(QStringLiteral("pushed")).toInt() == refused);
    CHECK(accepted.value(QStringLiteral("refused")).toInt() == 0);
    CHECK(accepted.value(QStringLiteral("refusedTotal")).toInt() == 0);
    CHECK(accepted.value(QStringLiteral("state")).toString() == QStringLiteral("synced"));

    // At the service: the same operations (same ids), with today's clock.
    auto store = PlanStore::open(dir.path(), DatabaseKey::passphrase(kPassphrase));
    REQUIRE(store);
    QNetworkAccessManager network;
    SyncClient client(*store.value(), network);
    const auto page = await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) {
        client.call("GET", QStringLiteral("/v1/plans/%1/ops?after=0&limit=1000").arg(store.value()->setting(QStringLiteral("planId"))), {}, d);
    });
    REQUIRE(page);
    int found = 0;
    for (const QJsonValue &r : kept) {
        for (const QJsonValue &op : page->value(QStringLiteral("ops")).toArray()) {
            if (op[QStringLiteral("opId")] != r[QStringLiteral("opId")])
                continue;
            ++found;
            const auto hlc = Hlc::parse(op[QStringLiteral("hlc")].toString());
            REQUIRE(hlc);
            CHECK(hlc->wallMs >= before - 60 * 1000);
            CHECK(hlc->wallMs <= QDateTime::currentMSecsSinceEpoch() + 60 * 1000);
        }
    }
    CHECK(found == refused);
    CHECK(domainOrder(*store.value()).first() == QStringLiteral("money"));
}

TEST_CASE("A device whose clock is a day behind is told to check its date and time, never that it was removed", "[sync][clock][cli]")
{
    // Its clock is before the service's certificate was made, so the certificate is not valid yet to it: that is this
    // device refusing the service, not the service refusing the device (review 15, F10: "no longer connected ... removed").
    TestDir serviceDir, dir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    initConnected(dir, serviceDir, service);

    const CliRun behind
        = runCli(dir.path(), { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("sync") }, kPassphrase, fakeTime(QStringLiteral("-1d")));
    const QString said = QString::fromUtf8(behind.out + behind.err);
    INFO(said.toStdString());
    CHECK(behind.exitCode != 0);
    CHECK(said.contains(QStringLiteral("date and time")));
    CHECK_FALSE(said.contains(QStringLiteral("no longer connected")));
    CHECK_FALSE(said.contains(QStringLiteral("removed")));
    // Nothing was taken off the device: with the right clock the next sync simply works.
    CHECK(cliJson(dir, { QStringLiteral("sync") }).value(QStringLiteral("state")).toString() == QStringLiteral("synced"));
}
