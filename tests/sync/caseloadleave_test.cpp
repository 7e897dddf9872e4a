// A professional's caseload when a plan leaves it on purpose or on the service's word, through the
// real parts (samen-cli processes and the app's CaseloadController on the professional's folder, the
// real samen-service over TLS): the professional leaves a citizen's plan (review 4, R4-8), the
// administrator revokes the device (R4-20), and a damaged plan file is repaired at the next round
// although nothing changed at the service (R4-22).
#include "caseloadcitizen.h"
#include "cliprocess.h"
#include "synctestsupport.h"
#include "testdir.h"
#include "waitfor.h"

#include "network/accesslogwords.h"
#include "network/networkclient.h"
#include "store/caseloadfolder.h"
#include "sync/caseloadsync.h"
#include "ui/caseload/caseloadcontroller.h"
#include "ui/caseload/caseloadmodel.h"
#include "ui/caseload/devicecaseloadsource.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>

#include <optional>

using namespace samen;
using namespace samen::test;

namespace {

CliRun cli(const TestDir &dir, const QStringList &args, int expectedExit = 0)
{
    return expectCli(dir.path(), args, expectedExit);
}

/** samen-cli that is to fail (any exit code but 0). */
CliRun failing(const TestDir &dir, const QStringList &args)
{
    const CliRun run = runCli(dir.path(), args);
    INFO("samen-cli " << args.join(QLatin1Char(' ')).toStdString() << "\n" << run.out.constData() << run.err.constData());
    CHECK(run.exitCode != 0);
    return run;
}

QStringList citizensIn(const TestDir &pro)
{
    QStringList names;
    for (const QJsonValue &p : cli(pro, { QStringLiteral("--json"), QStringLiteral("caseload") }).object().value(QStringLiteral("plans")).toArray())
        names << p[QStringLiteral("citizen")].toString();
    names.sort();
    return names;
}

QStringList goalTitles(const TestDir &pro, const QString &citizen)
{
    QStringList titles;
    for (const QJsonValue &g :
         cli(pro, { QStringLiteral("--json"), QStringLiteral("--plan"), citizen, QStringLiteral("goal"), QStringLiteral("list") }).json().array())
        titles << g[QStringLiteral("title")].toString();
    titles.sort();
    return titles;
}

const QStringList kBoth { QStringLiteral("Robin"), QStringLiteral("Sam") };

/** The real service, Robin's and Sam's plans, and André's caseload folder (samen-cli) in both, let in and synced. */
struct Caseload {
    TestDir serviceDir, pro;
    ServiceProcess service { serviceDir.path() };
    std::unique_ptr<Citizen> robin, sam;

    Caseload()
    {
        REQUIRE(service.start());
        const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
        const SyncTrust trust = trustOf(serviceDir.path(), service.pin());
        robin = std::make_unique<Citizen>(QStringLiteral("Robin"), url, trust);
        sam = std::make_unique<Citizen>(QStringLiteral("Sam"), url, trust);
        cli(pro, professionalConnectArgs(service, serviceDir.path()));
        for (Citizen *c : { robin.get(), sam.get() }) {
            QString memberId;
            cli(pro, { QStringLiteral("join"), c->invite({ { QStringLiteral("housing"), QStringLiteral("write") } }, &memberId) });
            c->letIn(memberId);
        }
        cli(pro, { QStringLiteral("sync") });
        REQUIRE(citizensIn(pro) == kBoth);
    }

    /** A second device of André's account (device add on the first), holding both plans. */
    void addLaptop(const TestDir &laptop)
    {
        const QString link
            = cli(pro, { QStringLiteral("--json"), QStringLiteral("device"), QStringLiteral("add") }).object().value(QStringLiteral("link")).toString();
        cli(laptop, QStringList { QStringLiteral("connect"), link } + service.cliArgs().mid(2));
        REQUIRE(citizensIn(laptop) == kBoth);
    }

    /** The access log of Robin's plan as Robin reads it: its sentences for the entries of this action. */
    QStringList robinReads(const QString &action)
    {
        NetworkClient owner(*robin->device->client, *robin->device->store);
        const auto log = await<AuditLogPage>([&](SyncClient::Done<AuditLogPage> d) { owner.auditLog(d); });
        REQUIRE(log);
        AccessLogWords words(*robin->device->store, robin->planId);
        QStringList said;
        for (const AuditEntry &e : log->entries) {
            if (e.action == action)
                said << words.sentence(e);
        }
        return said;
    }
};

} // namespace

TEST_CASE("samen-cli caseload leave asks first and changes nothing offline, then the professional leaves, the citizen's access log "
          "says so, and the plan leaves this device and the professional's other device, which says they left",
          "[sync][cli][caseload][leave]")
{
    Caseload c;
    TestDir laptop;
    c.addLaptop(laptop);

    // Which plan: said, with the plans to choose from.
    const CliRun which = cli(c.pro, { QStringLiteral("caseload"), QStringLiteral("leave") }, 2);
    CHECK(which.err.contains("--plan"));
    CHECK(which.err.contains("Robin"));
    // Asked first, in plain words; no answer (no terminal): nothing changes.
    const CliRun unanswered = cli(c.pro, { QStringLiteral("caseload"), QStringLiteral("leave"), QStringLiteral("--plan"), QStringLiteral("Robin") }, 2);
    CHECK(unanswered.err.contains("\u2068Robin\u2069 sees that you left"));
    CHECK(unanswered.err.contains("removed from this device and from your other devices"));
    CHECK(unanswered.err.contains("you need a new invitation"));
    CHECK(unanswered.err.contains("Nothing was changed"));
    CHECK(unanswered.err.contains("add --yes")); // the way on without a terminal (new-user trial after stop 32)
    CHECK(citizensIn(c.pro) == kBoth);

    // Offline: it says it could not be done now, and nothing changed here or at the service.
    c.service.stop();
    const CliRun offline
        = failing(c.pro, { QStringLiteral("caseload"), QStringLiteral("leave"), QStringLiteral("--plan"), QStringLiteral("Robin"), QStringLiteral("--yes") });
    CHECK(offline.err.contains("could not be reached, so you did not leave \u2068Robin\u2069's plan"));
    REQUIRE(c.service.start());
    CHECK(citizensIn(c.pro) == kBoth);
    CHECK(c.robinReads(QStringLiteral("member.leave")).isEmpty());

    const CliRun left
        = cli(c.pro, { QStringLiteral("caseload"), QStringLiteral("leave"), QStringLiteral("--plan"), QStringLiteral("Robin"), QStringLiteral("--yes") });
    CHECK(left.out.contains("You left \u2068Robin\u2069's plan"));
    CHECK_FALSE(left.out.contains(c.robin->planId.toUtf8()));
    CHECK(citizensIn(c.pro) == QStringList { QStringLiteral("Sam") });
    CHECK_FALSE(QDir(c.pro.path() + QStringLiteral("/plans/") + c.robin->planId).exists());
    // The citizen sees that the professional left (not that Robin removed them).
    const QStringList said = c.robinReads(QStringLiteral("member.leave"));
    REQUIRE(said.size() == 1);
    CHECK(said.first().contains(QStringLiteral("Andre")));
    CHECK(said.first().contains(QStringLiteral("left the plan")));
    CHECK(c.robinReads(QStringLiteral("member.remove")).isEmpty());
    // Sam's plan is untouched, and restore does not bring Robin's back (the account is no longer in it).
    CHECK(goalTitles(c.pro, QStringLiteral("Sam")).contains(QStringLiteral("Sam goal housing")));
    cli(c.pro, { QStringLiteral("caseload"), QStringLiteral("restore") });
    CHECK(citizensIn(c.pro) == QStringList { QStringLiteral("Sam") });

    // The other device lets it go at its next round, saying the professional left, not that Robin removed them.
    const CliRun round = cli(laptop, { QStringLiteral("sync") });
    CHECK(round.out.contains("You left \u2068Robin\u2069's plan"));
    CHECK_FALSE(round.out.contains("removed you"));
    CHECK(citizensIn(laptop) == QStringList { QStringLiteral("Sam") });
}

TEST_CASE("A professional's changes not sent yet go to the service before they leave, and while they cannot be sent the professional "
          "stays in the plan (review 5, #1)",
          "[sync][cli][caseload][leave]")
{
    Caseload c;
    c.service.stop();
    cli(c.pro,
        { QStringLiteral("--plan"), QStringLiteral("Robin"), QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"),
          QStringLiteral("housing"), QStringLiteral("Andre's last goal") });
    // The question says they are sent first.
    const CliRun asked = cli(c.pro, { QStringLiteral("caseload"), QStringLiteral("leave"), QStringLiteral("--plan"), QStringLiteral("Robin") }, 2);
    CHECK(asked.err.contains("1 change you made in this plan has not been sent yet: it is sent first"));
    // Offline they cannot be sent: the professional stays, and the change is still here to send.
    const CliRun offline
        = failing(c.pro, { QStringLiteral("caseload"), QStringLiteral("leave"), QStringLiteral("--plan"), QStringLiteral("Robin"), QStringLiteral("--yes") });
    CHECK(offline.err.contains("have not been sent yet, so you did not leave it"));
    CHECK(citizensIn(c.pro) == kBoth);
    CHECK(goalTitles(c.pro, QStringLiteral("Robin")).contains(QStringLiteral("Andre's last goal")));

    REQUIRE(c.service.start());
    const CliRun left
        = cli(c.pro, { QStringLiteral("caseload"), QStringLiteral("leave"), QStringLiteral("--plan"), QStringLiteral("Robin"), QStringLiteral("--yes") });
    CHECK(left.out.contains("You left \u2068Robin\u2069's plan"));
    CHECK_FALSE(left.out.contains("not sent"));
    CHECK(citizensIn(c.pro) == QStringList { QStringLiteral("Sam") });
    // Robin has the goal André made before leaving.
    REQUIRE(c.robin->device->sync());
    QStringList robinsGoals;
    for (const QJsonObject &g : c.robin->device->store->entities(c.robin->planId, QStringLiteral("goal")))
        robinsGoals << g.value(QStringLiteral("title")).toString();
    CHECK(robinsGoals.contains(QStringLiteral("Andre's last goal")));
}

TEST_CASE("A leave asked while a round retries an unreachable service is answered at once, not when the service is back "
          "(review 5, #2)",
          "[sync][caseload][leave]")
{
    Caseload c;
    auto folder = CaseloadFolder::open(c.pro.path(), DatabaseKey::passphrase(kPassphrase));
    REQUIRE(folder);
    QNetworkAccessManager network;
    CaseloadSync sync(*folder.value(), network);
    c.service.stop();
    CHECK_FALSE(await<CaseloadRound>([&](SyncClient::Done<CaseloadRound> d) { sync.syncAll(d); }, 120000));
    REQUIRE(CaseloadSync::offlineSince(folder.value()->device()).isValid());

    bool roundEnded = false;
    sync.syncAll([&](const Result<CaseloadRound> &) { roundEnded = true; });
    REQUIRE(sync.isSyncing());
    std::optional<Result<QString>> answer;
    sync.leave(c.robin->planId, [&](const Result<QString> &r) { answer = r; });
    REQUIRE(answer.has_value());
    CHECK_FALSE(answer->ok());
    CHECK(answer->error().code == ErrorCode::Network);
    CHECK(answer->error().message.contains(QStringLiteral("could not be reached, so you did not leave \u2068Robin\u2069's plan")));
    REQUIRE(waitFor([&] { return roundEnded; }, 120000));
    // Nothing was left: the plan is still in the caseload, and the service never heard of a leave.
    REQUIRE(c.service.start());
    CHECK(citizensIn(c.pro) == kBoth);
    CHECK(c.robinReads(QStringLiteral("member.leave")).isEmpty());
}

TEST_CASE("In the app the professional leaves the open plan: the question says what happens, offline nothing changes and it says why, "
          "then the plan closes and leaves the caseload with a notice",
          "[sync][caseload][leave][app]")
{
    Caseload c;
    auto folder = CaseloadFolder::open(c.pro.path(), DatabaseKey::passphrase(kPassphrase));
    REQUIRE(folder);
    app::CaseloadController caseload(std::make_unique<app::DeviceCaseloadSource>(std::move(folder).value()));
    REQUIRE(caseload.openPlan(c.robin->planId));
    CHECK(caseload.leaveQuestion() == QStringLiteral("Leave \u2068Robin\u2069's plan?"));
    const QString why = caseload.leaveExplanation();
    CHECK(why.contains(QStringLiteral("\u2068Robin\u2069 sees that you left")));
    CHECK(why.contains(QStringLiteral("from your other devices")));
    CHECK(why.contains(QStringLiteral("you need a new invitation")));
    CHECK_FALSE(why.contains(c.robin->planId));

    c.service.stop();
    caseload.leaveCurrentPlan();
    CHECK(caseload.leaving());
    REQUIRE(waitFor([&] { return !caseload.leaving(); }, 60000));
    CHECK(caseload.leaveError().contains(QStringLiteral("could not be reached, so you did not leave")));
    CHECK(caseload.currentPlanId() == c.robin->planId);
    CHECK(caseload.plans()->rowCount() == 2);

    REQUIRE(c.service.start());
    caseload.leaveCurrentPlan();
    REQUIRE(waitFor([&] { return !caseload.leaving(); }, 60000));
    CHECK(caseload.leaveError().isEmpty());
    CHECK(caseload.currentPlanId().isEmpty());
    CHECK(caseload.plans()->rowCount() == 1);
    CHECK(caseload.notice().contains(QStringLiteral("You left \u2068Robin\u2069's plan")));
    CHECK(c.robinReads(QStringLiteral("member.leave")).size() == 1);
}

TEST_CASE("A caseload device the administrator revoked removes the citizens' plans at its next sync, says what happened and how to "
          "connect again, and that way works",
          "[sync][cli][caseload][revoked]")
{
    Caseload c;
    TestDir laptop;
    c.addLaptop(laptop);
    QString deviceId;
    {
        auto folder = CaseloadFolder::open(c.pro.path(), DatabaseKey::passphrase(kPassphrase));
        REQUIRE(folder);
        deviceId = folder.value()->device().setting(QStringLiteral("sync.deviceId"));
    }
    REQUIRE_FALSE(deviceId.isEmpty());
    // A change made here and not sent yet when the device is revoked.
    cli(c.pro,
        { QStringLiteral("--plan"), QStringLiteral("Robin"), QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"),
          QStringLiteral("housing"), QStringLiteral("Made before the revocation") });
    QByteArray text;
    REQUIRE(serviceAdmin(c.serviceDir.path(), { QStringLiteral("revoke"), deviceId }, &text) == 0);

    const CliRun round = failing(c.pro, { QStringLiteral("sync") });
    const QString said = QString::fromUtf8(round.out + round.err);
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("This device was disconnected from the case service")));
    // Said, not lost without a word (trial after stop 36).
    CHECK(said.contains(
        QStringLiteral("1 change you had made on this device, not taken in by the service yet, went with the plans: it was not saved anywhere.")));
    CHECK(said.contains(QString::fromUtf8(round.suggested("connect --enrol-code CODE"))));
    CHECK_FALSE(said.contains(QStringLiteral("tries again")));
    // The plans are gone from the device: no longer trusted with them.
    CHECK(citizensIn(c.pro).isEmpty());
    CHECK(QDir(c.pro.path() + QStringLiteral("/plans")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    // The caseload says it too, with the way back, not that all is well.
    const CliRun listed = cli(c.pro, { QStringLiteral("caseload") });
    CHECK(listed.out.contains("This device was disconnected from the case service"));
    CHECK(listed.out.contains(listed.suggested("connect --enrol-code CODE")));
    CHECK(cli(c.pro, { QStringLiteral("--json"), QStringLiteral("caseload") }).object().value(QStringLiteral("revoked")).toBool());

    // The way back, as suggested: a new code (here from the professional's other device) connects this folder again to
    // the service and trust it knows, with its plans.
    const QString code
        = cli(laptop, { QStringLiteral("--json"), QStringLiteral("device"), QStringLiteral("add") }).object().value(QStringLiteral("code")).toString();
    const CliRun again = cli(c.pro, { QStringLiteral("connect"), QStringLiteral("--enrol-code"), code });
    CHECK(again.out.contains("Connected again"));
    CHECK(citizensIn(c.pro) == kBoth);
    CHECK(goalTitles(c.pro, QStringLiteral("Robin")).contains(QStringLiteral("Robin goal housing")));
    CHECK(cli(c.pro, { QStringLiteral("--json"), QStringLiteral("sync") }).object().value(QStringLiteral("synced")).toInt() == 2);

    // From the other caseload device, by id and without --plan though it holds two plans (trial after stop 36: "Say
    // which one with --plan"): the devices are the account's.
    QString proId;
    {
        auto folder = CaseloadFolder::open(c.pro.path(), DatabaseKey::passphrase(kPassphrase));
        REQUIRE(folder);
        proId = folder.value()->device().setting(QStringLiteral("sync.deviceId"));
    }
    REQUIRE_FALSE(proId.isEmpty());
    // Both folders are "<this computer> (command line)": the list tells them apart by the command that revokes the other
    // one, and --json says which is this device (trial after stop 36: two lines alike, no flag).
    const CliRun listed2 = cli(laptop, { QStringLiteral("device"), QStringLiteral("list") });
    CHECK(listed2.out.contains(listed2.suggested("device revoke " + proId.toUtf8())));
    const QJsonArray devices = cli(laptop, { QStringLiteral("--json"), QStringLiteral("device"), QStringLiteral("list") }).json().array();
    QString laptopId;
    for (const QJsonValue &d : devices)
        if (d[QStringLiteral("thisDevice")].toBool())
            laptopId = laptopId.isEmpty() ? d[QStringLiteral("deviceId")].toString() : QStringLiteral("twice");
    CHECK_FALSE(laptopId.isEmpty());
    CHECK(laptopId != proId);
    // The device in use is not revoked from itself, and a caseload is not told to "erase the plan" (it holds several).
    const CliRun self = failing(laptop, { QStringLiteral("device"), QStringLiteral("revoke"), laptopId, QStringLiteral("--yes") });
    CHECK(self.err.contains(self.suggested("erase --plan NAME")));
    CHECK_FALSE(self.err.contains("erase the plan from this one"));
    // By the name both bear: the other one is meant (this one cannot be revoked from itself), and said with when it was added.
    QString sharedName;
    for (const QJsonValue &d : devices)
        if (d[QStringLiteral("deviceId")].toString() == proId)
            sharedName = d[QStringLiteral("displayName")].toString();
    const CliRun byLaptop = cli(laptop, { QStringLiteral("device"), QStringLiteral("revoke"), sharedName, QStringLiteral("--yes") });
    CHECK(byLaptop.exitCode == 0);
    CHECK(byLaptop.out.contains("deletes the citizens' plans it holds"));
    CHECK(byLaptop.out.contains("(added "));
    failing(laptop, { QStringLiteral("device"), QStringLiteral("revoke"), proId, QStringLiteral("--yes") }); // revoked already
    CHECK_FALSE(failing(c.pro, { QStringLiteral("sync") }).err.isEmpty());
    CHECK(citizensIn(c.pro).isEmpty());
}

TEST_CASE("A damaged plan file in a caseload is repaired at the next round although nothing changed at the service (review 4, R4-22)",
          "[sync][cli][caseload][damaged]")
{
    Caseload c;
    const QStringList robinGoals = goalTitles(c.pro, QStringLiteral("Robin"));
    REQUIRE_FALSE(robinGoals.isEmpty());
    const QString robinDb = c.pro.path() + QStringLiteral("/plans/") + c.robin->planId + QStringLiteral("/samen.db");
    const qint64 pages = QFileInfo(robinDb).size() / 4096;
    REQUIRE(pages >= 3);
    REQUIRE(flipByte(robinDb, (pages / 2) * 4096 + 200));

    // One round; no new operation at the service for either plan.
    const CliRun round = cli(c.pro, { QStringLiteral("sync") });
    CHECK(round.out.contains("\u2068Robin\u2069's plan could not be read on this device, so it was fetched again from the service."));
    CHECK_FALSE(round.out.contains("\u2068Sam\u2069's plan could not be read"));
    CHECK(goalTitles(c.pro, QStringLiteral("Robin")) == robinGoals);
    CHECK(QDir(c.pro.path() + QStringLiteral("/plans/") + c.robin->planId).entryList({ QStringLiteral("damaged-*") }, QDir::Dirs).size() == 1);
    // Said once.
    CHECK_FALSE(cli(c.pro, { QStringLiteral("sync") }).out.contains("could not be read"));
}

TEST_CASE("A caseload plan file damaged with its settings is fetched again under the same membership, never taken for a removal",
          "[sync][cli][caseload][damaged]")
{
    Caseload c;
    const QStringList robinGoals = goalTitles(c.pro, QStringLiteral("Robin"));
    REQUIRE_FALSE(robinGoals.isEmpty());
    const QString robinDir = c.pro.path() + QStringLiteral("/plans/") + c.robin->planId;
    const QString robinDb = robinDir + QStringLiteral("/samen.db");
    // Every page but the first: the plan's settings (its id, this device's member id in it) cannot be read either.
    for (qint64 page = 1; page < QFileInfo(robinDb).size() / 4096; ++page)
        REQUIRE(flipByte(robinDb, page * 4096 + 200));

    const CliRun round = cli(c.pro, { QStringLiteral("sync") });
    INFO(round.out.constData() << round.err.constData());
    // Before: "too damaged to fetch again in place", then at the next round "Robin has removed you", and the plan and the
    // damaged copy kept for repair deleted (trial after stop 38).
    CHECK_FALSE(round.out.contains("removed you"));
    CHECK(goalTitles(c.pro, QStringLiteral("Robin")) == robinGoals);
    const CliRun again = cli(c.pro, { QStringLiteral("sync") });
    CHECK(again.exitCode == 0);
    CHECK_FALSE(again.out.contains("removed you"));
    CHECK(goalTitles(c.pro, QStringLiteral("Robin")) == robinGoals);
    CHECK(QDir(robinDir).entryList({ QStringLiteral("damaged-*") }, QDir::Dirs).size() == 1);
}
