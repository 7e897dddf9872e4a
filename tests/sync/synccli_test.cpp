// samen-cli connect / sync / sync status / device list through the real binaries:
// the real service over real TLS on 127.0.0.1, certificate verification always on.
#include "cliprocess.h"
#include "synctestsupport.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QSysInfo>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace samen;
using namespace samen::test;

namespace {

QString initPlan(const TestDir &dir)
{
    const CliRun run = runCli(dir.path(), { QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Robin") });
    REQUIRE(run.exitCode == 0);
    return run.object().value(QStringLiteral("planId")).toString();
}

QStringList connectArgs(const ServiceProcess &service, const TestDir &serviceDir)
{
    return { QStringLiteral("connect"),
             QStringLiteral("--service"),
             QStringLiteral("https://127.0.0.1:%1").arg(service.port()),
             QStringLiteral("--ca-file"),
             serviceDir.file(QStringLiteral("dev-tls-cert.pem")),
             QStringLiteral("--pin-sha256"),
             service.pin() };
}

/** A new plan in dir, connected to the service. */
void connectPlan(const TestDir &dir, const ServiceProcess &service, const TestDir &serviceDir)
{
    initPlan(dir);
    REQUIRE(runCli(dir.path(), connectArgs(service, serviceDir)).exitCode == 0);
}

/** A change waiting to be sent: the goal "Pay the rent" in Money. */
void addRentGoal(const TestDir &dir)
{
    REQUIRE(runCli(dir.path(),
                   { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("money"), QStringLiteral("Pay the rent") })
                .exitCode
            == 0);
}

QJsonObject syncJson(const TestDir &dir, int expectedExit = 0)
{
    const CliRun run = runCli(dir.path(), { QStringLiteral("--json"), QStringLiteral("sync") });
    INFO(run.err.constData());
    REQUIRE(run.exitCode == expectedExit);
    return run.object();
}

/** Devices the service knows, from its admin listing. */
int deviceCount(const TestDir &serviceDir)
{
    QByteArray text;
    REQUIRE(serviceAdmin(serviceDir.path(), { QStringLiteral("list") }, &text) == 0);
    const auto m = QRegularExpression(QStringLiteral("Devices \\((\\d+)\\)")).match(QString::fromUtf8(text));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

/** The operations the service holds for this data folder's plan, fetched with the folder's own device key. */
QJsonArray opsAtService(const TestDir &dir)
{
    auto store = PlanStore::open(dir.path(), DatabaseKey::passphrase(kPassphrase));
    REQUIRE(store);
    QNetworkAccessManager network;
    SyncClient client(*store.value(), network);
    const auto page = await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) {
        client.call("GET", QStringLiteral("/v1/plans/%1/ops?after=0&limit=1000").arg(store.value()->setting(QStringLiteral("planId"))), {}, d);
    });
    REQUIRE(page);
    return page->value(QStringLiteral("ops")).toArray();
}

qint64 localOperationCount(const TestDir &dir)
{
    auto store = PlanStore::open(dir.path(), DatabaseKey::passphrase(kPassphrase));
    REQUIRE(store);
    return store.value()->operationCount();
}

} // namespace

TEST_CASE("connect and sync send the plan's operations, and a second sync sends nothing", "[sync][cli]")
{
    TestDir serviceDir, dir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    initPlan(dir);
    const qint64 local = localOperationCount(dir);
    REQUIRE(local > 10);

    const CliRun connected = runCli(dir.path(), QStringList { QStringLiteral("--json") } + connectArgs(service, serviceDir));
    INFO(connected.err.constData());
    REQUIRE(connected.exitCode == 0);
    CHECK(connected.object().value(QStringLiteral("waiting")).toInt() == local);
    CHECK(deviceCount(serviceDir) == 1);

    const QJsonObject first = syncJson(dir);
    CHECK(first.value(QStringLiteral("pushed")).toInt() == local);
    CHECK(first.value(QStringLiteral("refused")).toInt() == 0);
    CHECK(first.value(QStringLiteral("waiting")).toInt() == 0);
    CHECK(first.value(QStringLiteral("state")).toString() == QStringLiteral("synced"));
    CHECK(first.value(QStringLiteral("cursor")).toInteger() == local);

    const QJsonObject second = syncJson(dir);
    CHECK(second.value(QStringLiteral("pushed")).toInt() == 0);
    CHECK(second.value(QStringLiteral("received")).toInt() == 0);
    CHECK(second.value(QStringLiteral("cursor")).toInteger() == local);

    const CliRun status = runCli(dir.path(), { QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status") });
    REQUIRE(status.exitCode == 0);
    CHECK(status.object().value(QStringLiteral("state")).toString() == QStringLiteral("synced"));
    CHECK(status.object().value(QStringLiteral("text")).toString() == QStringLiteral("Everything is synced."));
    CHECK(status.object().value(QStringLiteral("waiting")).toInt() == 0);

    CHECK(opsAtService(dir).size() == local);

    const CliRun devices = runCli(dir.path(), { QStringLiteral("device"), QStringLiteral("list") });
    REQUIRE(devices.exitCode == 0);
    // Without --device-name the device is named after this computer, never after the program.
    CHECK(devices.out.contains((QSysInfo::machineHostName() + QStringLiteral(" (command line)")).toUtf8()));
    CHECK_FALSE(devices.out.contains("samen-cli"));
    CHECK(devices.out.contains("(this device)"));
    // Names, not ids, in plain output (review 2): device revoke takes the name; --json has the id.
    CHECK_FALSE(QString::fromUtf8(devices.out).contains(QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-"))));
}

TEST_CASE("A wrong --pin-sha256 is refused before anything is sent", "[sync][cli]")
{
    TestDir serviceDir, dir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    initPlan(dir);
    QStringList args = connectArgs(service, serviceDir);
    args[args.indexOf(QStringLiteral("--pin-sha256")) + 1] = QString(64, QLatin1Char('a'));
    const CliRun run = runCli(dir.path(), args);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains("does not match the pin"));
    CHECK(deviceCount(serviceDir) == 0); // the enrolment never reached the service

    const CliRun status = runCli(dir.path(), { QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status") });
    CHECK(status.object().value(QStringLiteral("state")).toString() == QStringLiteral("not-connected"));

    const CliRun malformed = runCli(dir.path(), QStringList(args).replaceInStrings(QString(64, QLatin1Char('a')), QStringLiteral("abc")));
    CHECK(malformed.exitCode == 3);
    CHECK(malformed.err.contains("64 hexadecimal digits"));
}

TEST_CASE("A certificate this device does not trust gives a plain error and nothing is sent", "[sync][cli]")
{
    TestDir serviceDir, dir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    initPlan(dir);
    const CliRun run
        = runCli(dir.path(), { QStringLiteral("connect"), QStringLiteral("--service"), QStringLiteral("https://127.0.0.1:%1").arg(service.port()) });
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains("certificate is not trusted"));
    CHECK(deviceCount(serviceDir) == 0);

    const CliRun http
        = runCli(dir.path(), { QStringLiteral("connect"), QStringLiteral("--service"), QStringLiteral("http://127.0.0.1:%1").arg(service.port()) });
    CHECK(http.exitCode == 3);
    CHECK(http.err.contains("only https"));
}

TEST_CASE("With the service killed sync exits 1 and keeps the changes, and after a restart the next sync sends each exactly once", "[sync][cli]")
{
    TestDir serviceDir, dir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    connectPlan(dir, service, serviceDir);
    REQUIRE(syncJson(dir).value(QStringLiteral("waiting")).toInt() == 0);

    addRentGoal(dir);
    service.kill();
    const CliRun offline = runCli(dir.path(), { QStringLiteral("sync") });
    CHECK(offline.exitCode == 1);
    CHECK(offline.err.contains("Could not reach the service"));
    const CliRun status = runCli(dir.path(), { QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status") });
    REQUIRE(status.exitCode == 0);
    const int waiting = status.object().value(QStringLiteral("waiting")).toInt();
    CHECK(waiting > 0);
    CHECK(status.object().value(QStringLiteral("state")).toString() == QStringLiteral("offline"));
    CHECK(status.object().contains(QStringLiteral("offlineSince")));
    CHECK(status.object().value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Offline since")));
    // One new goal is one change to a person, as a refused goal is (trial after stop 38: its fields were counted);
    // --json keeps the operations.
    CHECK(waiting > 1);
    CHECK(status.object().value(QStringLiteral("text")).toString().endsWith(QStringLiteral("; 1 change waiting.")));

    REQUIRE(service.start());
    const QJsonObject resumed = syncJson(dir);
    CHECK(resumed.value(QStringLiteral("pushed")).toInt() == waiting);
    CHECK(resumed.value(QStringLiteral("waiting")).toInt() == 0);

    const QJsonArray held = opsAtService(dir);
    QSet<QString> ids;
    for (const QJsonValue &op : held)
        ids.insert(op[QStringLiteral("opId")].toString());
    CHECK(ids.size() == held.size());
    CHECK(held.size() == localOperationCount(dir));
}

TEST_CASE("With the service frozen sync says within seconds that it is still busy, and the changes go once it answers again", "[sync][cli]")
{
    // New-user trial after stop 32: a service stopped with SIGSTOP left `sync` silent for 93 s.
    TestDir serviceDir, dir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    connectPlan(dir, service, serviceDir);
    addRentGoal(dir);
    service.freeze(true);

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAMEN_PASSPHRASE"), QStringLiteral("correct horse 42"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(SAMEN_BIN_DIR "/samen-cli"),
              { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("sync") });
    cli.closeWriteChannel();
    QElapsedTimer waited;
    waited.start();
    QByteArray err;
    while (!err.contains("Still busy with the service") && waited.elapsed() < 30000 && cli.state() != QProcess::NotRunning) {
        cli.waitForReadyRead(200);
        err += cli.readAllStandardError();
    }
    INFO(err.constData());
    CHECK(err.contains("Still busy with the service after 5 seconds"));
    CHECK(err.contains("Ctrl+C"));
    CHECK(waited.elapsed() < 15000);
    CHECK(cli.state() == QProcess::Running); // still trying: the service may answer yet
    cli.kill(); // as Ctrl+C would: nothing is lost
    cli.waitForFinished();

    service.freeze(false);
    const QJsonObject resumed = syncJson(dir);
    CHECK(resumed.value(QStringLiteral("waiting")).toInt() == 0);
    CHECK(opsAtService(dir).size() == localOperationCount(dir));
}

TEST_CASE("sync before connect says to connect first, as a usage error", "[sync][cli]")
{
    TestDir dir;
    initPlan(dir);
    const CliRun run = runCli(dir.path(), { QStringLiteral("sync") });
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("use connect first"));
}

TEST_CASE("A professional joins by invitation through samen-cli, and a step they add reaches the citizen", "[sync][cli]")
{
    TestDir serviceDir, citizenDir, professionalDir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    const CliRun init = runCli(citizenDir.path(), { QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Robin") });
    REQUIRE(init.exitCode == 0);
    const QString citizenMember = init.object().value(QStringLiteral("memberId")).toString();
    const CliRun goal = runCli(citizenDir.path(),
                               { QStringLiteral("--json"), QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("work"),
                                 QStringLiteral("Keep my job") });
    REQUIRE(goal.exitCode == 0);
    const QString goalId = goal.object().value(QStringLiteral("id")).toString();
    REQUIRE(runCli(citizenDir.path(), connectArgs(service, serviceDir)).exitCode == 0);
    REQUIRE(syncJson(citizenDir).value(QStringLiteral("waiting")).toInt() == 0);

    const CliRun invite = runCli(citizenDir.path(),
                                 { QStringLiteral("--json"), QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"),
                                   QStringLiteral("professional"), QStringLiteral("--name"), QStringLiteral("André"), QStringLiteral("--grant"),
                                   QStringLiteral("work:write"), QStringLiteral("--expires"), QStringLiteral("2d") });
    INFO(invite.err.constData());
    REQUIRE(invite.exitCode == 0);
    const QString code = invite.object().value(QStringLiteral("code")).toString();
    REQUIRE_FALSE(code.isEmpty());

    QStringList join = connectArgs(service, serviceDir);
    join[0] = QStringLiteral("join");
    join.insert(1, code);
    join << QStringLiteral("--enrol-code") << professionalEnrolmentCode(serviceDir.path());
    const CliRun joined = runCli(professionalDir.path(), QStringList { QStringLiteral("--json") } + join);
    INFO(joined.err.constData());
    REQUIRE(joined.exitCode == 0);
    // The administrator's code made the folder a professional's device (a caseload): a plan's own commands name it.
    REQUIRE(QFile::exists(professionalDir.file(QStringLiteral("device.db"))));
    const QStringList robin { QStringLiteral("--plan"), QStringLiteral("Robin") };
    const auto refusedIn = [](const QJsonObject &round) {
        int count = 0;
        for (const QJsonValue &r : round.value(QStringLiteral("refused")).toArray())
            count += r.toObject().value(QStringLiteral("count")).toInt();
        return count;
    };
    const QString memberId = joined.object().value(QStringLiteral("memberId")).toString();
    REQUIRE(runCli(citizenDir.path(), { QStringLiteral("join"), QStringLiteral("confirm"), memberId }).exitCode == 0);

    CHECK(syncJson(professionalDir).value(QStringLiteral("received")).toInt() > 0);
    const QJsonArray goals = runCli(professionalDir.path(), { QStringLiteral("--json"), QStringLiteral("goal"), QStringLiteral("list") }).json().array();
    REQUIRE(goals.size() == 1);
    CHECK(goals[0].toObject().value(QStringLiteral("id")).toString() == goalId);

    REQUIRE(runCli(professionalDir.path(),
                   { QStringLiteral("step"), QStringLiteral("add"), goalId, QStringLiteral("Talk to HR"), QStringLiteral("--owner"), citizenMember })
                .exitCode
            == 0);
    const QJsonObject pushed = syncJson(professionalDir);
    CHECK(pushed.value(QStringLiteral("pushed")).toInt() > 0);
    CHECK(refusedIn(pushed) == 0);
    CHECK(syncJson(citizenDir).value(QStringLiteral("received")).toInt() == pushed.value(QStringLiteral("pushed")).toInt());
    const QJsonArray citizenGoals = runCli(citizenDir.path(), { QStringLiteral("--json"), QStringLiteral("goal"), QStringLiteral("list") }).json().array();
    REQUIRE(citizenGoals.size() == 1);
    const QJsonArray steps = citizenGoals[0].toObject().value(QStringLiteral("steps")).toArray();
    REQUIRE(steps.size() == 1);
    CHECK(steps[0].toObject().value(QStringLiteral("title")).toString() == QStringLiteral("Talk to HR"));

    // Completing the step also writes a timeline entry about it: the step is in "work", which the professional may
    // write, so the whole completion is accepted and reaches the citizen.
    const QString stepId = steps[0].toObject().value(QStringLiteral("id")).toString();
    REQUIRE(runCli(professionalDir.path(), { QStringLiteral("step"), QStringLiteral("done"), stepId }).exitCode == 0);
    const QJsonObject completed = syncJson(professionalDir);
    CHECK(completed.value(QStringLiteral("pushed")).toInt() == 6); // done, doneAt, and the entry's kind, at, refId, text
    CHECK(refusedIn(completed) == 0);
    CHECK(syncJson(citizenDir).value(QStringLiteral("received")).toInt() == completed.value(QStringLiteral("pushed")).toInt());

    // The citizen's story is the owner's alone: samen-cli refuses the change before storing it, by the same rule as
    // the app and the service (WriteRule), so nothing is stored or sent.
    const CliRun story = runCli(professionalDir.path(), { QStringLiteral("story"), QStringLiteral("set"), QStringLiteral("Written by someone else") });
    CHECK(story.exitCode == 1);
    CHECK(story.err.contains("Only the plan's owner may change this. Nothing was saved."));
    CHECK_FALSE(runCli(professionalDir.path(), { QStringLiteral("plan"), QStringLiteral("show") }).out.contains("Written by someone else"));
    CHECK(syncJson(professionalDir).value(QStringLiteral("pushed")).toInt() == 0);

    // A change made while it was allowed and sent after the owner narrowed the access to reading is refused by the
    // service, kept with its reason, and can be put back in line explicitly.
    REQUIRE(
        runCli(professionalDir.path(),
               { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("work"), QStringLiteral("Written by someone else") })
            .exitCode
        == 0);
    REQUIRE(runCli(citizenDir.path(), { QStringLiteral("grant"), QStringLiteral("set"), memberId, QStringLiteral("work"), QStringLiteral("read") }).exitCode
            == 0);
    const QJsonObject partly = syncJson(professionalDir);
    CHECK(refusedIn(partly) > 0);
    const QJsonObject status
        = runCli(professionalDir.path(), QStringList { QStringLiteral("--json") } + robin + QStringList { QStringLiteral("sync"), QStringLiteral("status") })
              .object();
    const QJsonArray refused = status.value(QStringLiteral("refused")).toArray();
    INFO(QJsonDocument(status).toJson().constData() << QJsonDocument(partly).toJson().constData());
    CHECK(refusedIn(partly) == 1); // one change (the goal), refused as its four fields
    REQUIRE(refused.size() == 4);
    CHECK(refused[0].toObject().value(QStringLiteral("entityType")).toString() == QStringLiteral("goal"));
    // Kept as the refusal's code and life domain, never the service's English sentence.
    CHECK(refused[0].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("forbidden"));
    CHECK(refused[0].toObject().value(QStringLiteral("domainKey")).toString() == QStringLiteral("work"));
    CHECK_FALSE(refused[0].toObject().contains(QStringLiteral("reason")));
    CHECK(status.value(QStringLiteral("text")).toString().contains(QStringLiteral("did not accept 1 change you made")));
    // Not allowed can never become accepted by sending it again: retry says so and changes nothing.
    CHECK_FALSE(refused[0].toObject().value(QStringLiteral("retryable")).toBool());
    CHECK(status.value(QStringLiteral("state")).toString() != QStringLiteral("synced"));
    CHECK_FALSE(status.value(QStringLiteral("text")).toString().contains(QStringLiteral("synced")));
    // In the person's language, in words: never a code, a field name or an id; the service's English only as detail.
    const CliRun dutch
        = runCli(professionalDir.path(),
                 QStringList { QStringLiteral("--language"), QStringLiteral("nl") } + robin + QStringList { QStringLiteral("sync"), QStringLiteral("status") });
    const QString said = QString::fromUtf8(dutch.out);
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("Niet geaccepteerd: ")));
    CHECK(said.contains(QStringLiteral("de dienst nam 1 wijziging van jou niet aan"))); // the status line too
    CHECK_FALSE(said.contains(QStringLiteral("refused")));
    CHECK(said.contains(QStringLiteral("Een nieuw doel")));
    CHECK_FALSE(said.contains(QStringLiteral("forbidden:")));
    CHECK_FALSE(said.contains(QStringLiteral("domainKey")));
    // The service's English never inside the Dutch text: the domain by its Dutch label.
    CHECK_FALSE(said.contains(QStringLiteral("Bericht van de")));
    CHECK_FALSE(said.contains(QStringLiteral("You may not")));
    CHECK_FALSE(said.contains(QStringLiteral("domain \"work\"")));
    CHECK(said.contains(QStringLiteral("Je mag \"Werk en dagbesteding\" niet veranderen")));
    CHECK_FALSE(said.contains(refused[0].toObject().value(QStringLiteral("entityId")).toString()));
    for (const QStringList &which :
         { QStringList { QStringLiteral("--all") }, QStringList { refused[0].toObject().value(QStringLiteral("opId")).toString() } }) {
        const CliRun retry = runCli(professionalDir.path(), robin + QStringList { QStringLiteral("sync"), QStringLiteral("retry") } + which);
        CHECK(retry.exitCode == 3);
        CHECK(retry.err.contains("Nothing was changed"));
        CHECK(retry.err.contains("owner"));
    }
    const QJsonObject again2 = syncJson(professionalDir);
    CHECK(again2.value(QStringLiteral("pushed")).toInt() == 0);
    CHECK(refusedIn(again2) == 0); // nothing was sent again
    const auto keptRefused = [&] {
        return runCli(professionalDir.path(),
                      QStringList { QStringLiteral("--json") } + robin + QStringList { QStringLiteral("sync"), QStringLiteral("status") })
            .object()
            .value(QStringLiteral("refused"))
            .toArray()
            .size();
    };
    CHECK(keptRefused() == refused.size()); // still kept, for discard
    CHECK(runCli(professionalDir.path(), robin + QStringList { QStringLiteral("sync"), QStringLiteral("retry"), QStringLiteral("no-such-op") }).exitCode == 1);
    // Discarding drops them for good: the professional's copy no longer has the refused goal, and nothing waits.
    REQUIRE(runCli(professionalDir.path(), { QStringLiteral("plan"), QStringLiteral("show") }).out.contains("Written by someone else"));
    CHECK(runCli(professionalDir.path(), robin + QStringList { QStringLiteral("sync"), QStringLiteral("discard"), QStringLiteral("no-such-op") }).exitCode
          == 1);
    const CliRun discard
        = runCli(professionalDir.path(),
                 QStringList { QStringLiteral("--json") } + robin + QStringList { QStringLiteral("sync"), QStringLiteral("discard"), QStringLiteral("--all") });
    REQUIRE(discard.exitCode == 0);
    CHECK(discard.object().value(QStringLiteral("discarded")).toInt() == refused.size());
    CHECK_FALSE(runCli(professionalDir.path(), { QStringLiteral("plan"), QStringLiteral("show") }).out.contains("Written by someone else"));
    CHECK(keptRefused() == 0);
    const QJsonObject afterDiscard = syncJson(professionalDir);
    CHECK(afterDiscard.value(QStringLiteral("pushed")).toInt() == 0);
    CHECK(refusedIn(afterDiscard) == 0);
    CHECK(runCli(professionalDir.path(), robin + QStringList { QStringLiteral("sync"), QStringLiteral("discard"), QStringLiteral("--all") }).exitCode == 1);
    REQUIRE(syncJson(citizenDir).value(QStringLiteral("waiting")).toInt() == 0);
    const QJsonArray doneSteps = runCli(citizenDir.path(), { QStringLiteral("--json"), QStringLiteral("goal"), QStringLiteral("list") })
                                     .json()
                                     .array()[0]
                                     .toObject()
                                     .value(QStringLiteral("steps"))
                                     .toArray();
    CHECK(doneSteps[0].toObject().value(QStringLiteral("done")).toBool());

    // Joining again into a folder that holds a plan is refused and changes nothing.
    const CliRun again = runCli(citizenDir.path(), join);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("already a plan"));
}
