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

#include <QJsonArray>
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
    const CliRun again = cli(pro, connectArgs + QStringList { QStringLiteral("--enrol-code"), code });
    CHECK(again.out.contains("Connected again"));
    CHECK(citizensIn(pro) == QStringList { QStringLiteral("Robin") });
    CHECK(cli(pro, { QStringLiteral("--json"), QStringLiteral("sync") }).object().value(QStringLiteral("synced")).toInt() == 1);

    // By account id too; the code is one use.
    REQUIRE(serviceAdmin(serviceDir.path(), { QStringLiteral("professional"), QStringLiteral("code"), accountId }, &text) == 0);
    CHECK(text.contains("Account: " + accountId.toLatin1()));
    TestDir reused;
    CHECK(runCli(reused.path(), connectArgs + QStringList { QStringLiteral("--enrol-code"), code }).exitCode != 0);
}

