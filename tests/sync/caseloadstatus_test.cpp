// samen-cli sync status on a professional's device (review 4, R4-7): the caseload as a whole (its service,
// the last round of all, the plans waiting to be let in or with changes still to send), and with --plan the
// one plan's status, connected through the caseload. Real parts: citizens' plans at the real samen-service
// over TLS, the professional's caseload as samen-cli processes in one data folder.
#include "caseloadcitizen.h"
#include "cliprocess.h"
#include "synctestsupport.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace samen;
using namespace samen::test;

namespace {

QStringList citizensIn(const QJsonArray &refs)
{
    QStringList names;
    for (const QJsonValue &r : refs)
        names << r[QStringLiteral("citizen")].toString();
    names.sort();
    return names;
}

} // namespace

TEST_CASE("samen-cli sync status on a professional's device summarises the caseload and --plan gives one plan's status", "[sync][cli][caseload]")
{
    TestDir serviceDir, pro;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
    const SyncTrust trust = trustOf(serviceDir.path(), service.pin());
    Citizen robin(QStringLiteral("Robin"), url, trust), sam(QStringLiteral("Sam"), url, trust);
    expectCli(pro.path(), professionalConnectArgs(service, serviceDir.path()));
    QString robinMember, samMember;
    expectCli(pro.path(), { QStringLiteral("join"), robin.invite({ { QStringLiteral("housing"), QStringLiteral("write") } }, &robinMember) });
    robin.letIn(robinMember);
    // Sam has not let the professional in yet.
    expectCli(pro.path(), { QStringLiteral("join"), sam.invite({ { QStringLiteral("work"), QStringLiteral("read") } }, &samMember) });

    expectCli(pro.path(), { QStringLiteral("sync") });
    const QJsonObject synced = expectCli(pro.path(), { QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status") }).object();
    CHECK(synced.value(QStringLiteral("state")).toString() == QStringLiteral("synced"));
    CHECK(synced.value(QStringLiteral("service")).toString() == url.toString());
    CHECK(synced.value(QStringLiteral("plans")).toInt() == 2);
    CHECK_FALSE(synced.value(QStringLiteral("lastRoundAt")).toString().isEmpty());
    CHECK(citizensIn(synced.value(QStringLiteral("waitingToBeLetIn")).toArray()) == QStringList { QStringLiteral("Sam") });
    CHECK(synced.value(QStringLiteral("due")).toArray().isEmpty());

    // A change made here and not sent yet: Robin's plan has something to send at the next sync.
    expectCli(pro.path(),
              { QStringLiteral("--plan"), QStringLiteral("Robin"), QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"),
                QStringLiteral("housing"), QStringLiteral("A quieter flat") });
    const CliRun text = expectCli(pro.path(), { QStringLiteral("sync"), QStringLiteral("status") });
    const QString said = QString::fromUtf8(text.out);
    INFO(said.toStdString());
    // "plan(s)" until the English plural forms are filled in (translations/samen_en.ts).
    CHECK(said.contains(QStringLiteral("Your caseload: 2 plan")));
    CHECK(said.contains(QStringLiteral("kept in sync with %1.").arg(url.toString())));
    CHECK(said.contains(QStringLiteral("Last sync of every plan: ")));
    CHECK(said.contains(QStringLiteral("Waiting to be let in: \u2068Sam\u2069.")));
    CHECK(said.contains(QStringLiteral("Still to send or fetch at the next sync: \u2068Robin\u2069.")));
    CHECK_FALSE(said.contains(robin.planId));
    CHECK_FALSE(said.contains(sam.planId));

    // One plan: connected through the caseload, with the change waiting to be sent.
    const QJsonObject one
        = expectCli(pro.path(),
                    { QStringLiteral("--json"), QStringLiteral("--plan"), QStringLiteral("Robin"), QStringLiteral("sync"), QStringLiteral("status") })
              .object();
    CHECK(one.value(QStringLiteral("service")).toString().startsWith(url.toString()));
    CHECK(one.value(QStringLiteral("state")).toString() == QStringLiteral("waiting"));
    CHECK(one.value(QStringLiteral("waiting")).toInt() > 0);
}
