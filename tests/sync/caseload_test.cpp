// A professional's caseload (issue 14), through the real parts: three citizens' plans at
// the real samen-service over TLS (each citizen on its own encrypted store), and the
// professional's device as samen-cli processes in one data folder: connect with the
// administrator's enrolment code, join each plan, sync once for all, read the caseload.
// Each citizen grants different domains; one removes the professional during the test.
#include "caseloadcitizen.h"
#include "cliprocess.h"
#include "synctestsupport.h"
#include "testdir.h"

#include "network/networkclient.h"
#include "network/networkmirror.h"
#include "store/caseloadfolder.h"
#include "store/deviceaccess.h"
#include "sync/caseloadsync.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace samen;
using namespace samen::test;

namespace {

CliRun cli(const TestDir &dir, const QStringList &args, int expectedExit = 0)
{
    const CliRun run = runCli(dir.path(), args);
    INFO("samen-cli " << args.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.constData());
    CHECK(run.exitCode == expectedExit);
    return run;
}

QJsonObject rowFor(const QJsonArray &plans, const QString &planId)
{
    for (const QJsonValue &p : plans) {
        if (p[QStringLiteral("planId")].toString() == planId)
            return p.toObject();
    }
    return {};
}

QString accessOf(const QJsonObject &row, const QString &domain)
{
    for (const QJsonValue &d : row.value(QStringLiteral("domains")).toArray()) {
        if (d[QStringLiteral("key")].toString() == domain)
            return d[QStringLiteral("access")].toString();
    }
    return QStringLiteral("none");
}

} // namespace

TEST_CASE("A professional's caseload: one device, three citizens' plans with their own grants, steps for me after sync, a removal leaves only that plan's file",
          "[sync][cli][caseload]")
{
    TestDir serviceDir, pro;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
    const SyncTrust trust = trustOf(serviceDir.path(), service.pin());
    Citizen robin(QStringLiteral("Robin"), url, trust), sam(QStringLiteral("Sam"), url, trust), kim(QStringLiteral("Kim"), url, trust);

    // The administrator's code makes an empty folder a professional's device: device.db, no plan of its own.
    const CliRun connected = cli(pro,
                                 QStringList { QStringLiteral("--json"), QStringLiteral("connect") } + service.cliArgs()
                                     + QStringList { QStringLiteral("--enrol-code"), professionalEnrolmentCode(serviceDir.path()) });
    CHECK(connected.object().value(QStringLiteral("kind")).toString() == QStringLiteral("professional"));
    CHECK(QFile::exists(pro.path() + QStringLiteral("/device.db")));
    CHECK_FALSE(QFile::exists(pro.path() + QStringLiteral("/samen.db")));
    CHECK(cli(pro, { QStringLiteral("--json"), QStringLiteral("caseload") }).object().value(QStringLiteral("plans")).toArray().isEmpty());

    // Each citizen grants something else; the professional joins each with its code and is let in.
    const QHash<QString, QList<std::pair<QString, QString>>> grants {
        { robin.planId, { { QStringLiteral("housing"), QStringLiteral("write") }, { QStringLiteral("work"), QStringLiteral("read") } } },
        { sam.planId, { { QStringLiteral("money"), QStringLiteral("read") } } },
        { kim.planId, { { QStringLiteral("social"), QStringLiteral("write") } } },
    };
    QHash<QString, QString> memberOf; // plan id -> the professional's member id in it
    for (Citizen *c : { &robin, &sam, &kim }) {
        QString memberId;
        const CliRun joined = cli(pro, { QStringLiteral("--json"), QStringLiteral("join"), c->invite(grants.value(c->planId), &memberId) });
        REQUIRE(joined.object().value(QStringLiteral("planId")).toString() == c->planId);
        CHECK(joined.object().value(QStringLiteral("citizen")).toString() == c->name);
        memberOf.insert(c->planId, joined.object().value(QStringLiteral("memberId")).toString());
        CHECK(memberOf.value(c->planId) == memberId);
        c->letIn(memberId);
    }
    CHECK_FALSE(QFile::exists(pro.path() + QStringLiteral("/samen.db")));

    // One sync for all three plans; the caseload names the citizens and the professional's access in each.
    const QJsonObject round = cli(pro, { QStringLiteral("--json"), QStringLiteral("sync") }).object();
    CHECK(round.value(QStringLiteral("plans")).toInt() == 3);
    CHECK(round.value(QStringLiteral("synced")).toInt() == 3);
    QJsonArray plans = cli(pro, { QStringLiteral("--json"), QStringLiteral("caseload") }).object().value(QStringLiteral("plans")).toArray();
    REQUIRE(plans.size() == 3);
    for (Citizen *c : { &robin, &sam, &kim }) {
        const QJsonObject row = rowFor(plans, c->planId);
        INFO(c->name.toStdString());
        CHECK(row.value(QStringLiteral("citizen")).toString() == c->name);
        CHECK_FALSE(row.value(QStringLiteral("waiting")).toBool());
        for (const char *domain : { "housing", "work", "money", "social" }) {
            QString expected = QStringLiteral("none");
            for (const auto &[key, access] : grants.value(c->planId))
                expected = key == QLatin1String(domain) ? access : expected;
            CHECK(accessOf(row, QLatin1String(domain)) == expected);
        }
        CHECK(row.value(QStringLiteral("stepsForMe")).toArray().isEmpty());
        CHECK(QFile::exists(pro.path() + QStringLiteral("/plans/") + c->planId + QStringLiteral("/samen.db")));
    }
    const CliRun text = cli(pro, { QStringLiteral("caseload") });
    for (const char *name : { "Robin", "Sam", "Kim" })
        CHECK(text.out.contains(name));
    CHECK_FALSE(text.out.contains(robin.planId.toUtf8())); // names, not ids
    CHECK(text.out.contains("You may see and change"));

    // Every plan has its own store with its own key (no plan's key opens another's file).
    {
        auto folder = CaseloadFolder::open(pro.path(), DatabaseKey::passphrase(kPassphrase));
        REQUIRE(folder);
        const QByteArray robinKey = folder.value()->device().planKey(robin.planId);
        CHECK(robinKey.size() == 32);
        CHECK(robinKey != folder.value()->device().planKey(sam.planId));
        CHECK_FALSE(PlanStore::open(folder.value()->planDir(sam.planId), DatabaseKey::raw(robinKey)));
        CHECK_FALSE(PlanStore::open(folder.value()->planDir(sam.planId), DatabaseKey::passphrase(kPassphrase)));
    }

    // Plan commands need to know which plan: without --plan a plain error lists the citizens.
    const CliRun which = cli(pro, { QStringLiteral("goal"), QStringLiteral("list") }, 2);
    for (const char *name : { "Robin", "Sam", "Kim" })
        CHECK(which.err.contains(name));
    const QJsonArray robinGoals
        = cli(pro, { QStringLiteral("--json"), QStringLiteral("--plan"), QStringLiteral("Robin"), QStringLiteral("goal"), QStringLiteral("list") })
              .json()
              .array();
    CHECK(robinGoals.size() == 2); // housing and work: what Robin granted
    const QJsonArray samGoals
        = cli(pro, { QStringLiteral("--json"), QStringLiteral("goal"), QStringLiteral("list"), QStringLiteral("--plan"), sam.planId }).json().array();
    REQUIRE(samGoals.size() == 1);
    CHECK(samGoals[0].toObject().value(QStringLiteral("title")).toString() == QStringLiteral("Sam goal money"));

    // Read-only where not granted: the device does not offer the change...
    const CliRun readOnly = cli(pro,
                                { QStringLiteral("--plan"), QStringLiteral("Sam"), QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"),
                                  QStringLiteral("money"), QStringLiteral("Pay the rent") },
                                1);
    CHECK(readOnly.err.contains("not change it"));
    // ...and the service refuses it when sent anyway (a change made past the device's own rule).
    {
        auto folder = CaseloadFolder::open(pro.path(), DatabaseKey::passphrase(kPassphrase));
        REQUIRE(folder);
        auto samStore = folder.value()->plan(sam.planId);
        REQUIRE(samStore);
        CHECK_FALSE(DeviceAccess::load(*samStore.value()).canWrite(QStringLiteral("money")));
        auto clock = samStore.value()->makeClock();
        PlanEditor editor(*samStore.value(), *clock, sam.planId, memberOf.value(sam.planId));
        const auto edit = editor.addGoal(QStringLiteral("money"), QStringLiteral("Forced goal"), {}, {});
        REQUIRE(edit);
        REQUIRE(samStore.value()->applyLocal(edit->ops));
        QNetworkAccessManager network;
        CaseloadSync sync(*folder.value(), network);
        const auto pushed = await<SyncSummary>([&](SyncClient::Done<SyncSummary> d) { sync.syncPlan(sam.planId, d); });
        REQUIRE(pushed);
        CHECK(pushed->pushed == 0);
        CHECK(pushed->refused == int(edit->ops.size()));
        REQUIRE(sam.device->sync());
        for (const QJsonObject &g : sam.device->store->entities(sam.planId, QStringLiteral("goal")))
            CHECK(g.value(QStringLiteral("title")).toString() != QStringLiteral("Forced goal"));
    }

    // A step Robin gives the professional shows in the caseload after the next sync, in Robin's row only.
    robin.device->edit(robin.device->editor().addStep(robin.goals.value(QStringLiteral("housing")), QStringLiteral("Call the landlord"),
                                                      memberOf.value(robin.planId), QDate::currentDate().addDays(3)));
    REQUIRE(robin.device->sync());
    plans = cli(pro, { QStringLiteral("--json"), QStringLiteral("caseload") }).object().value(QStringLiteral("plans")).toArray();
    CHECK(rowFor(plans, robin.planId).value(QStringLiteral("stepsForMe")).toArray().isEmpty()); // not before the sync
    cli(pro, { QStringLiteral("sync") });
    plans = cli(pro, { QStringLiteral("--json"), QStringLiteral("caseload") }).object().value(QStringLiteral("plans")).toArray();
    const QJsonArray robinSteps = rowFor(plans, robin.planId).value(QStringLiteral("stepsForMe")).toArray();
    REQUIRE(robinSteps.size() == 1);
    CHECK(robinSteps[0].toObject().value(QStringLiteral("title")).toString() == QStringLiteral("Call the landlord"));
    CHECK(rowFor(plans, kim.planId).value(QStringLiteral("stepsForMe")).toArray().isEmpty());
    CHECK(plans[0].toObject().value(QStringLiteral("planId")).toString() == robin.planId); // a step for me: needs attention first
    CHECK(cli(pro, { QStringLiteral("caseload") }).out.contains("Call the landlord"));

    // A change made with samen-cli goes at the next sync, though the service has nothing new for the plan (the round of
    // all asks only for plans that changed there or that this device has something for: CliContext marks it).
    cli(pro,
        { QStringLiteral("--plan"), QStringLiteral("Robin"), QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"),
          QStringLiteral("housing"), QStringLiteral("Visit the housing office") });
    CHECK(cli(pro, { QStringLiteral("--json"), QStringLiteral("sync") }).object().value(QStringLiteral("pushed")).toInt() > 0);
    REQUIRE(robin.device->sync());
    bool visitArrived = false;
    for (const QJsonObject &g : robin.device->store->entities(robin.planId, QStringLiteral("goal")))
        visitArrived = visitArrived || g.value(QStringLiteral("title")).toString() == QStringLiteral("Visit the housing office");
    CHECK(visitArrived);
    // The device's own sync bookkeeping stays out of the caseload's JSON.
    CHECK_FALSE(rowFor(cli(pro, { QStringLiteral("--json"), QStringLiteral("caseload") }).object().value(QStringLiteral("plans")).toArray(), robin.planId)
                    .contains(QStringLiteral("sync")));

    // Sam removes the professional: at the next sync Sam's plan leaves the caseload and the device, with a plain notice;
    // Robin's and Kim's plans are untouched.
    const QString samDir = pro.path() + QStringLiteral("/plans/") + sam.planId;
    REQUIRE(sam.device->call("DELETE", QStringLiteral("/v1/plans/%1/members/%2").arg(sam.planId, memberOf.value(sam.planId))));
    const CliRun removed = cli(pro, { QStringLiteral("--json"), QStringLiteral("sync") });
    CHECK(removed.object().value(QStringLiteral("removed")).toArray() == QJsonArray { sam.planId });
    const QString notice = removed.object().value(QStringLiteral("notices")).toArray().first().toString();
    CHECK(notice.contains(QStringLiteral("Sam")));
    CHECK(notice.contains(QStringLiteral("removed you")));
    CHECK_FALSE(QDir(samDir).exists());
    plans = cli(pro, { QStringLiteral("--json"), QStringLiteral("caseload") }).object().value(QStringLiteral("plans")).toArray();
    REQUIRE(plans.size() == 2);
    CHECK(rowFor(plans, sam.planId).isEmpty());
    CHECK(rowFor(plans, robin.planId).value(QStringLiteral("stepsForMe")).toArray().size() == 1);
    {
        auto folder = CaseloadFolder::open(pro.path(), DatabaseKey::passphrase(kPassphrase));
        REQUIRE(folder);
        CHECK(folder.value()->device().planKey(sam.planId).isEmpty());
        for (Citizen *c : { &robin, &kim }) {
            auto store = folder.value()->plan(c->planId);
            REQUIRE(store);
            CHECK(store.value()->entity(c->goals.value(grants.value(c->planId).first().first)));
        }
    }
    const CliRun gone = cli(pro, { QStringLiteral("--plan"), QStringLiteral("Sam"), QStringLiteral("goal"), QStringLiteral("list") }, 1);
    CHECK(gone.err.contains("Robin"));
    // The text form tells it too (in Dutch for a Dutch reader).
    REQUIRE(sam.device->sync());
    const CliRun dutch = cli(pro, { QStringLiteral("--language"), QStringLiteral("nl"), QStringLiteral("caseload") });
    CHECK(dutch.out.contains("Robin"));
}

TEST_CASE("connect with a professional's code only in an empty folder, and a plan command on a caseload device says which plans there are",
          "[sync][cli][caseload]")
{
    TestDir serviceDir, person, pro;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    const QString code = professionalEnrolmentCode(serviceDir.path());
    // A folder with a plan of its own stays a person's device: no device.db appears.
    cli(person, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Robin") });
    cli(pro, QStringList { QStringLiteral("connect") } + service.cliArgs() + QStringList { QStringLiteral("--enrol-code"), code });
    CHECK(QFile::exists(pro.path() + QStringLiteral("/device.db")));
    // Connected a second time: refused, nothing changes.
    cli(pro, QStringList { QStringLiteral("connect") } + service.cliArgs() + QStringList { QStringLiteral("--enrol-code"), code }, 1);
    // init in a caseload folder is refused: a professional's device has no plan of its own.
    const CliRun init = cli(pro, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Andre") }, 1);
    CHECK(init.err.contains("professional's device"));
    CHECK_FALSE(QFile::exists(pro.path() + QStringLiteral("/samen.db")));
    // No plan yet: the next step is named.
    const CliRun empty = cli(pro, { QStringLiteral("goal"), QStringLiteral("list") }, 1);
    CHECK(empty.err.contains(empty.suggested("join")));
    // --plan on a person's device is a usage error.
    cli(person, { QStringLiteral("--plan"), QStringLiteral("x"), QStringLiteral("goal"), QStringLiteral("list") }, 2);
}

TEST_CASE("A professional removed from a plan with changes not sent yet is told that they went with it", "[sync][caseload]")
{
    TestDir pro;
    TestDir serviceDir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
    const SyncTrust trust = trustOf(serviceDir.path(), service.pin());
    Citizen sara(QStringLiteral("Sara"), url, trust);
    cli(pro, professionalConnectArgs(service, serviceDir.path()));
    QString memberId;
    const CliRun joined
        = cli(pro, { QStringLiteral("--json"), QStringLiteral("join"), sara.invite({ { QStringLiteral("work"), QStringLiteral("write") } }, &memberId) });
    REQUIRE(joined.object().value(QStringLiteral("planId")).toString() == sara.planId);
    sara.letIn(memberId);
    cli(pro, { QStringLiteral("sync") });

    // A goal typed on the professional's device and not sent; then Sara removes the professional.
    cli(pro,
        { QStringLiteral("--plan"), QStringLiteral("Sara"), QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("work"),
          QStringLiteral("Write the application letter") });
    REQUIRE(sara.device->call("DELETE", QStringLiteral("/v1/plans/%1/members/%2").arg(sara.planId, memberId)));
    const CliRun removed = cli(pro, { QStringLiteral("--json"), QStringLiteral("sync") });
    CHECK(removed.object().value(QStringLiteral("removed")).toArray() == QJsonArray { sara.planId });
    const QString notice = removed.object().value(QStringLiteral("notices")).toArray().first().toString();
    CHECK(notice.contains(QStringLiteral("Sara")));
    CHECK(notice.contains(QStringLiteral("not taken in by the service yet, went with it")));
}
