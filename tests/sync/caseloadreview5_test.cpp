// What a fresh user met on a professional's device (review 5 of issue 14), through the real parts: the
// real samen-service over TLS with its admin commands, citizens' plans, and the professional's caseload
// as samen-cli processes in one data folder.
#include "caseloadcitizen.h"
#include "cliprocess.h"
#include "synctestsupport.h"
#include "testdir.h"

#include "network/networkclient.h"
#include "store/caseloadfolder.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>

using namespace samen;
using namespace samen::test;

namespace {

CliRun cli(const TestDir &dir, const QStringList &args, int expectedExit = 0)
{
    return expectCli(dir.path(), args, expectedExit);
}

QStringList citizensIn(const TestDir &pro)
{
    QStringList names;
    for (const QJsonValue &p : cli(pro, { QStringLiteral("--json"), QStringLiteral("caseload") }).object().value(QStringLiteral("plans")).toArray())
        names << p[QStringLiteral("citizen")].toString();
    names.sort();
    return names;
}

QString captured(const QByteArray &text, const QString &pattern)
{
    return QRegularExpression(pattern).match(QString::fromUtf8(text)).captured(1);
}

/**
 * Runs a samen-cli command as a message printed it (words split at spaces), from another working folder, plus extra
 * arguments. The default data folder is one of the test's (XDG_DATA_HOME), so a command that lacks --data-dir
 * changes nothing of the machine's.
 */
CliRun runPrinted(const QString &printed, const QStringList &extra, const TestDir &home)
{
    QStringList words = printed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    REQUIRE(words.value(0) == QStringLiteral("samen-cli"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAMEN_PASSPHRASE"), QStringLiteral("correct horse 42"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(QDir::tempPath());
    p.start(QStringLiteral(SAMEN_BIN_DIR "/samen-cli"), words.mid(1) + extra);
    p.closeWriteChannel();
    CliRun run;
    REQUIRE(p.waitForFinished(30000));
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    INFO(printed.toStdString() << "\n" << run.out.constData() << run.err.constData());
    CHECK(run.exitCode == 0);
    return run;
}

} // namespace

TEST_CASE("review 5: a revoked professional's device comes back into the same account with a new code for it, and its plans with it",
          "[sync][cli][caseload][review5]")
{
    TestDir serviceDir, pro;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
    const SyncTrust trust = trustOf(serviceDir.path(), service.pin());
    Citizen robin(QStringLiteral("Robin"), url, trust);
    const QStringList connectArgs = QStringList { QStringLiteral("connect") } + service.cliArgs();
    cli(pro, connectArgs + QStringList { QStringLiteral("--enrol-code"), professionalEnrolmentCode(serviceDir.path()) });
    QString memberId;
    cli(pro, { QStringLiteral("join"), robin.invite({ { QStringLiteral("housing"), QStringLiteral("write") } }, &memberId) });
    robin.letIn(memberId);
    cli(pro, { QStringLiteral("sync") });
    REQUIRE(citizensIn(pro) == QStringList { QStringLiteral("Robin") });

    QByteArray text;
    REQUIRE(serviceAdmin(serviceDir.path(), { QStringLiteral("list") }, &text) == 0);
    const QString orgId = captured(text, QStringLiteral("Organisations \\(1\\)\\n  (\\S+)"));
    const QString accountId = captured(text, QStringLiteral("Andre  organisation Wijkteam  account (\\S+)"));
    REQUIRE_FALSE(orgId.isEmpty());
    REQUIRE_FALSE(accountId.isEmpty());
    QString deviceId;
    {
        auto folder = CaseloadFolder::open(pro.path(), DatabaseKey::passphrase(kPassphrase));
        REQUIRE(folder);
        deviceId = folder.value()->device().setting(QStringLiteral("sync.deviceId"));
    }
    REQUIRE(serviceAdmin(serviceDir.path(), { QStringLiteral("revoke"), deviceId }, &text) == 0);

    // The notice says what to ask the administrator for: a code for the existing account, not a new account.
    const CliRun round = runCli(pro.path(), { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("sync") });
    CHECK(round.exitCode != 0);
    const QString said = QString::fromUtf8(round.out + round.err);
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("a new enrolment code for your existing account, not for a new account")));
    CHECK(citizensIn(pro).isEmpty());
    // #6: the command to connect again names this folder (not the default one), so it works as printed.
    const QString hint = captured(round.out + round.err, QStringLiteral("Connect again with: (samen-cli [^(]+CODE) \\("));
    CHECK(hint == QString::fromUtf8(round.suggested("connect --enrol-code CODE")));

    // A second "Andre" in the same organisation is refused, and the refusal names the way back.
    const QStringList addAndre { QStringLiteral("professional"), QStringLiteral("add"),  QStringLiteral("--org"), orgId,
                                 QStringLiteral("--name"),       QStringLiteral("andre") };
    CHECK(serviceAdmin(serviceDir.path(), addAndre, &text) == 1);
    CHECK(text.contains("there is already a professional called Andre in Wijkteam"));
    CHECK(text.contains("admin professional code " + accountId.toLatin1()));
    CHECK_FALSE(text.contains("not shown again"));
    REQUIRE(serviceAdmin(serviceDir.path(), { QStringLiteral("list") }, &text) == 0);
    CHECK(text.contains("Professionals (1)"));

    // An unknown name is refused with the professionals to choose from; no code is made.
    CHECK(serviceAdmin(serviceDir.path(), { QStringLiteral("professional"), QStringLiteral("code"), QStringLiteral("Nobody") }, &text) == 1);
    CHECK(text.contains("there is no professional called or with account \"Nobody\""));
    CHECK(text.contains("  Andre (Wijkteam)  account " + accountId.toLatin1()));
    CHECK_FALSE(text.contains("not shown again"));

    // The code for the existing account, by name: the device enrols into the same account and Robin's plan comes back.
    REQUIRE(serviceAdmin(serviceDir.path(), { QStringLiteral("professional"), QStringLiteral("code"), QStringLiteral("Andre") }, &text) == 0);
    CHECK(text.contains("Account: " + accountId.toLatin1()));
    const QString code = captured(text, QStringLiteral("not shown again\\): (\\S+)"));
    REQUIRE_FALSE(code.isEmpty());
    // Pasted with the code in place of CODE (the device knows its service; this test service's own certificate again).
    QString pasted = hint;
    pasted.replace(QStringLiteral(" CODE"), QLatin1Char(' ') + code);
    TestDir home;
    const CliRun again = runPrinted(pasted, service.cliArgs().mid(2), home);
    CHECK(again.out.contains("Connected again"));
    CHECK(citizensIn(pro) == QStringList { QStringLiteral("Robin") });
    CHECK(cli(pro, { QStringLiteral("--json"), QStringLiteral("sync") }).object().value(QStringLiteral("synced")).toInt() == 1);

    // By account id too; the code is one use.
    REQUIRE(serviceAdmin(serviceDir.path(), { QStringLiteral("professional"), QStringLiteral("code"), accountId }, &text) == 0);
    CHECK(text.contains("Account: " + accountId.toLatin1()));
    TestDir reused;
    CHECK(runCli(reused.path(), connectArgs + QStringList { QStringLiteral("--enrol-code"), code }).exitCode != 0);
}

namespace {

/** The citizen invites André as a professional without a role or an organisation; returns the code and the member id. */
QString inviteWithoutRole(Citizen &citizen, QString *memberId)
{
    InvitationRequest request;
    request.kind = QStringLiteral("professional");
    request.name = QStringLiteral("Andre");
    request.fromName = citizen.name;
    request.grants.append(AccessGrant { QStringLiteral("housing"), QStringLiteral("write"), {}, 0, {} });
    NetworkClient owner(*citizen.device->client, *citizen.device->store);
    const auto made = await<InvitationEntry>([&](SyncClient::Done<InvitationEntry> d) { owner.invite(request, d); });
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made);
    REQUIRE(citizen.mirror().invited(made.value()));
    *memberId = made->memberId;
    return made->code;
}

} // namespace

TEST_CASE("review 5: a leave names which of two Robins once, a leave of a plan gone already says so, a row without a role says so",
          "[sync][cli][caseload][review5]")
{
    TestDir serviceDir, pro;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
    const SyncTrust trust = trustOf(serviceDir.path(), service.pin());
    Citizen first(QStringLiteral("Robin"), url, trust), second(QStringLiteral("Robin"), url, trust);
    cli(pro, professionalConnectArgs(service, serviceDir.path()));
    QString firstMember, secondMember;
    cli(pro, { QStringLiteral("join"), inviteWithoutRole(first, &firstMember) });
    cli(pro, { QStringLiteral("join"), second.invite({ { QStringLiteral("housing"), QStringLiteral("write") } }, &secondMember) });
    first.letIn(firstMember);
    second.letIn(secondMember);
    cli(pro, { QStringLiteral("sync") });

    // #4: no role given: said in words; the organisation is the one the operator registered André with.
    QJsonObject firstRow;
    for (const QJsonValue &p : cli(pro, { QStringLiteral("--json"), QStringLiteral("caseload") }).object().value(QStringLiteral("plans")).toArray()) {
        if (p[QStringLiteral("planId")].toString() == first.planId)
            firstRow = p.toObject();
    }
    CHECK(firstRow.value(QStringLiteral("organisation")).toString() == QStringLiteral("Wijkteam"));
    const QString listed = QString::fromUtf8(cli(pro, { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("caseload") }).out);
    INFO(listed.toStdString());
    CHECK(listed.contains(QStringLiteral("\u2068Robin\u2069 (you: no role given, \u2068Wijkteam\u2069)")));
    CHECK(listed.contains(QStringLiteral("\u2068Robin\u2069 (you: \u2068Wijkcoach\u2069, \u2068Wijkteam\u2069)")));

    // #3: leaving the first Robin's plan: which Robin is said once, not at every mention of the name.
    const CliRun left = cli(pro,
                            { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("caseload"), QStringLiteral("leave"), QStringLiteral("--plan"),
                              first.planId, QStringLiteral("--yes") });
    const QString leftSaid = QString::fromUtf8(left.out);
    INFO(leftSaid.toStdString());
    // Not inside "Robin's plan" (review 15, F11): after the sentence, once.
    CHECK(leftSaid.contains(QStringLiteral("(This \u2068Robin\u2069: you may see")));
    CHECK_FALSE(leftSaid.contains(QStringLiteral("\u2069 (you may see")));
    CHECK(leftSaid.count(QStringLiteral("you may see")) == 1);
    CHECK(leftSaid.count(QStringLiteral("in your caseload since")) == 1);

    // #3: a change made here waits to be sent while the second Robin removes André: the leave finds the plan gone
    // already and says so, not that changes have not been sent.
    cli(pro,
        { QStringLiteral("--plan"), second.planId, QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("housing"),
          QStringLiteral("Find a flat") });
    {
        NetworkClient owner(*second.device->client, *second.device->store);
        REQUIRE(await<bool>([&](SyncClient::Done<bool> d) { owner.removeMember(secondMember, d); }));
    }
    const CliRun gone = runCli(pro.path(),
                               { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("caseload"), QStringLiteral("leave"),
                                 QStringLiteral("--plan"), second.planId, QStringLiteral("--yes") });
    const QString goneSaid = QString::fromUtf8(gone.out + gone.err);
    INFO(goneSaid.toStdString());
    CHECK(goneSaid.contains(QStringLiteral("\u2068Robin\u2069 has removed you from their plan")));
    CHECK_FALSE(goneSaid.contains(QStringLiteral("not been sent")));
    CHECK(citizensIn(pro).isEmpty());
}
