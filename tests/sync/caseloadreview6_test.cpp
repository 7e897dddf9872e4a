// A professional's caseload through samen-cli against the real samen-service over TLS: what the
// sixth review found (review 6, #1 a revoked device, #3 owner-only commands, #4 a plan to read only).
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

CliRun cli(const TestDir &dir, const QStringList &args)
{
    return expectCli(dir.path(), args, 0);
}

/** samen-cli that is to fail (any exit code but 0); its words, out and err. */
QString refused(const TestDir &dir, const QStringList &args)
{
    const CliRun run = runCli(dir.path(), args);
    const QString said = QString::fromUtf8(run.out + run.err);
    INFO("samen-cli " << args.join(QLatin1Char(' ')).toStdString() << "\n" << said.toStdString());
    CHECK(run.exitCode != 0);
    return said;
}

/** The real service, Anna's plan (she shares meaning, where she has no goal, to read only) and André's caseload in it. */
struct ReadOnlyCaseload {
    TestDir serviceDir, pro;
    ServiceProcess service { serviceDir.path() };
    std::unique_ptr<Citizen> anna;

    explicit ReadOnlyCaseload(const QString &meaning = QStringLiteral("read"))
    {
        REQUIRE(service.start());
        const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
        anna = std::make_unique<Citizen>(QStringLiteral("Anna"), url, trustOf(serviceDir.path(), service.pin()));
        cli(pro, professionalConnectArgs(service, serviceDir.path()));
        QString memberId;
        cli(pro, { QStringLiteral("join"), anna->invite({ { QStringLiteral("meaning"), meaning } }, &memberId) });
        anna->letIn(memberId);
        annaMember = memberId;
        cli(pro, { QStringLiteral("sync") });
    }
    QString annaMember; ///< André in Anna's plan
};

const QStringList kAnna { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--plan"), QStringLiteral("Anna") };

} // namespace

TEST_CASE("A professional asking for an owner-only change hears that only the owner can, not that nothing was found", "[sync][cli][caseload][review6]")
{
    ReadOnlyCaseload c;
    // Housing is in Anna's plan, not shared with André: the owner comes first, and nothing is looked up (review 6, #3).
    const QString access = refused(c.pro,
                                   kAnna
                                       + QStringList { QStringLiteral("access"), QStringLiteral("set"), QStringLiteral("Petra de Boer"),
                                                       QStringLiteral("housing"), QStringLiteral("write") });
    CHECK(access.contains(QStringLiteral("Only the plan's owner can change what someone may see and change.")));
    CHECK_FALSE(access.contains(QStringLiteral("life area")));
    const QString revoke
        = refused(c.pro, kAnna + QStringList { QStringLiteral("member"), QStringLiteral("revoke"), QStringLiteral("Anna"), QStringLiteral("--yes") });
    CHECK(revoke.contains(QStringLiteral("Only the plan's owner can remove someone from the plan.")));
    CHECK_FALSE(revoke.contains(QStringLiteral("Nobody called")));
    const QString invite
        = refused(c.pro,
                  kAnna
                      + QStringList { QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"), QStringLiteral("network"),
                                      QStringLiteral("--name"), QStringLiteral("Petra"), QStringLiteral("--grant"), QStringLiteral("meaning:read") });
    CHECK(invite.contains(QStringLiteral("Only the plan's owner can invite someone.")));
    const QString letIn = refused(c.pro, kAnna + QStringList { QStringLiteral("member"), QStringLiteral("let-in"), QStringLiteral("Petra") });
    CHECK(letIn.contains(QStringLiteral("Only the plan's owner can let someone in.")));

    // A plan André may only read: no goal add suggested, who can add goals said (review 6, #4).
    const CliRun goals = cli(c.pro, kAnna + QStringList { QStringLiteral("goal"), QStringLiteral("list") });
    INFO(goals.out.toStdString());
    CHECK_FALSE(goals.out.contains("goal add"));
    CHECK(goals.out.contains("the plan's owner can"));
}

TEST_CASE("Every samen-cli command on a revoked caseload device says it was revoked and how to connect again", "[sync][cli][caseload][revoked][review6]")
{
    ReadOnlyCaseload c;
    QString deviceId;
    {
        auto folder = CaseloadFolder::open(c.pro.path(), DatabaseKey::passphrase(kPassphrase));
        REQUIRE(folder);
        deviceId = folder.value()->device().setting(QStringLiteral("sync.deviceId"));
    }
    REQUIRE_FALSE(deviceId.isEmpty());
    QByteArray text;
    REQUIRE(serviceAdmin(c.serviceDir.path(), { QStringLiteral("revoke"), deviceId }, &text) == 0);
    // The round that hears it runs in Dutch; what is kept is read later in English.
    refused(c.pro, { QStringLiteral("--language"), QStringLiteral("nl"), QStringLiteral("sync") });

    const QString disconnected = QStringLiteral("This device was disconnected from the case service");
    // As typed: the suggested command names this device's folder, so it works when pasted (review 5, #6).
    const QString way = QStringLiteral("samen-cli --data-dir %1 connect --enrol-code CODE").arg(c.pro.path());
    const CliRun status = cli(c.pro, { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("sync"), QStringLiteral("status") });
    INFO(status.out.toStdString());
    CHECK(status.out.contains(disconnected.toUtf8()));
    CHECK(status.out.contains(way.toUtf8()));
    CHECK_FALSE(status.out.contains("not connected to a service yet"));
    const QJsonObject json
        = cli(c.pro, { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status") })
              .object();
    CHECK(json.value(QStringLiteral("state")).toString() == QStringLiteral("revoked"));
    CHECK(json.value(QStringLiteral("lastError")).toString().startsWith(disconnected));

    for (const QStringList &command : { kAnna + QStringList { QStringLiteral("goal"), QStringLiteral("list") },
                                        QStringList { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("device"), QStringLiteral("list") },
                                        kAnna + QStringList { QStringLiteral("sync"), QStringLiteral("status") } }) {
        const QString said = refused(c.pro, command);
        CHECK(said.contains(disconnected));
        CHECK(said.contains(way));
        CHECK_FALSE(said.contains(QStringLiteral("join a plan")));
        CHECK_FALSE(said.contains(QStringLiteral("not enrolled")));
    }
}

TEST_CASE("Refused changes are counted once, per item, in the caseload, sync and the plan's sync status, which does not point to itself",
          "[sync][cli][caseload][review6]")
{
    ReadOnlyCaseload c(QStringLiteral("write"));
    // A goal (several fields: several operations) made while meaning is narrowed to read: the service refuses it.
    cli(c.pro,
        kAnna
            + QStringList { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("meaning"), QStringLiteral("Find a club"),
                            QStringLiteral("--why"), QStringLiteral("Company") });
    {
        NetworkClient owner(*c.anna->device->client, *c.anna->device->store);
        const auto narrowed = await<QList<AccessGrant>>([&](SyncClient::Done<QList<AccessGrant>> d) {
            owner.setAccess(c.annaMember, { AccessGrant { QStringLiteral("meaning"), QStringLiteral("read"), {}, 0, {} } }, d);
        });
        REQUIRE(narrowed);
    }
    const QString round = QString::fromUtf8(cli(c.pro, { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("sync") }).out);
    const QJsonArray plans = cli(c.pro, { QStringLiteral("--json"), QStringLiteral("caseload") }).object().value(QStringLiteral("plans")).toArray();
    REQUIRE(plans.size() == 1);
    const int count = plans[0][QStringLiteral("refused")].toInt();
    REQUIRE(count >= 1);
    INFO(round.toStdString());
    const QRegularExpressionMatch inRound = QRegularExpression(QStringLiteral("did not accept (\\d+) change")).match(round);
    REQUIRE(inRound.hasMatch());
    CHECK(inRound.captured(1).toInt() == count);

    const QString status = QString::fromUtf8(cli(c.pro, kAnna + QStringList { QStringLiteral("sync"), QStringLiteral("status") }).out);
    INFO(status.toStdString());
    const QRegularExpressionMatch said = QRegularExpression(QStringLiteral("did not accept (\\d+) change")).match(status);
    REQUIRE(said.hasMatch());
    CHECK(said.captured(1).toInt() == count);
    CHECK_FALSE(status.contains(QStringLiteral("see sync status"), Qt::CaseInsensitive));
}

TEST_CASE("On a caseload device an unreachable service is said as such, with nothing lost, not as an address to check", "[sync][cli][caseload][review6]")
{
    ReadOnlyCaseload c;
    QString code;
    {
        InvitationRequest request;
        request.kind = QStringLiteral("professional");
        request.name = QStringLiteral("Bea");
        request.fromName = QStringLiteral("Anna");
        request.grants.append(AccessGrant { QStringLiteral("meaning"), QStringLiteral("read"), {}, 0, {} });
        NetworkClient owner(*c.anna->device->client, *c.anna->device->store);
        const auto made = await<InvitationEntry>([&](SyncClient::Done<InvitationEntry> d) { owner.invite(request, d); });
        REQUIRE(made);
        code = made->code;
    }
    c.service.stop();
    for (const QStringList &command : { QStringList { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("sync") },
                                        QStringList { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("join"), code } }) {
        const QString said = refused(c.pro, command);
        CHECK(said.contains(QStringLiteral("The case service cannot be reached right now. Nothing was lost")));
        CHECK_FALSE(said.contains(QStringLiteral("Check the address")));
        CHECK_FALSE(said.contains(QStringLiteral("number after the colon")));
    }
}

TEST_CASE("A citizen can invite someone they removed from the plan again by name", "[sync][cli][review6]")
{
    TestDir serviceDir, citizen, pro;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    cli(citizen, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Robin") });
    cli(citizen, QStringList { QStringLiteral("connect") } + service.cliArgs());
    cli(citizen, { QStringLiteral("sync") });
    const QStringList invite { QStringLiteral("--json"),       QStringLiteral("invite"),       QStringLiteral("create"),
                               QStringLiteral("--kind"),       QStringLiteral("professional"), QStringLiteral("--name"),
                               QStringLiteral("Karim Haddad"), QStringLiteral("--grant"),      QStringLiteral("work:read") };
    const QString code = cli(citizen, invite).object().value(QStringLiteral("code")).toString();
    // A professional's invitation is taken by an account the operator registered as one (403 professional-only otherwise).
    cli(pro, professionalConnectArgs(service, serviceDir.path()));
    const QString memberId = cli(pro, { QStringLiteral("--json"), QStringLiteral("join"), code }).object().value(QStringLiteral("memberId")).toString();
    cli(citizen, { QStringLiteral("join"), QStringLiteral("confirm"), memberId });
    cli(citizen, { QStringLiteral("member"), QStringLiteral("revoke"), QStringLiteral("Karim Haddad"), QStringLiteral("--yes") });
    CHECK_FALSE(cli(citizen, { QStringLiteral("member"), QStringLiteral("list") }).out.contains("Karim Haddad"));

    // Not "already in your plan": invited again, as the same person the plan had before.
    const CliRun again = runCli(citizen.path(), invite);
    INFO(again.out.constData() << again.err.constData());
    REQUIRE(again.exitCode == 0);
    CHECK_FALSE(again.object().value(QStringLiteral("code")).toString().isEmpty());
    CHECK(again.object().value(QStringLiteral("memberId")).toString() == memberId);
}

TEST_CASE("A discarded change the service refused leaves the caseload row, at once in samen-cli, at the next round when discarded elsewhere",
          "[sync][cli][caseload][review15]")
{
    ReadOnlyCaseload c(QStringLiteral("write"));
    cli(c.pro,
        kAnna
            + QStringList { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("meaning"),
                            QStringLiteral("Find a club") });
    {
        NetworkClient owner(*c.anna->device->client, *c.anna->device->store);
        const auto narrowed = await<QList<AccessGrant>>([&](SyncClient::Done<QList<AccessGrant>> d) {
            owner.setAccess(c.annaMember, { AccessGrant { QStringLiteral("meaning"), QStringLiteral("read"), {}, 0, {} } }, d);
        });
        REQUIRE(narrowed);
    }
    cli(c.pro, { QStringLiteral("sync") });
    auto row = [&c] {
        const QJsonArray plans = cli(c.pro, { QStringLiteral("--json"), QStringLiteral("caseload") }).object().value(QStringLiteral("plans")).toArray();
        REQUIRE(plans.size() == 1);
        return plans[0].toObject();
    };
    REQUIRE(row().value(QStringLiteral("refused")).toInt() == 1);

    SECTION("discarded with samen-cli: the row says so at once")
    {
        const QString said
            = QString::fromUtf8(cli(c.pro, kAnna + QStringList { QStringLiteral("sync"), QStringLiteral("discard"), QStringLiteral("--all") }).out);
        // Counted as the row counted it, per item: one goal of several fields is "1 change" (review 16, F4: "4 changes").
        CHECK(said.contains(QStringLiteral("1 change discarded")));
        CHECK(row().value(QStringLiteral("refused")).toInt() == 0);
    }
    SECTION("discarded elsewhere (the app, an older version): the next round makes the row again, though nothing is new at the service")
    {
        {
            auto folder = CaseloadFolder::open(c.pro.path(), DatabaseKey::passphrase(kPassphrase));
            REQUIRE(folder);
            auto plan = folder.value()->plan(row().value(QStringLiteral("planId")).toString());
            REQUIRE(plan);
            QStringList ids;
            for (const OutboxEntry &e : plan.value()->rejected())
                ids << e.op.opId;
            REQUIRE_FALSE(ids.isEmpty());
            REQUIRE(plan.value()->discardRejected(ids));
        }
        CHECK(row().value(QStringLiteral("refused")).toInt() == 1); // the row is as the last round left it
        cli(c.pro, { QStringLiteral("sync") });
        CHECK(row().value(QStringLiteral("refused")).toInt() == 0);
    }
}
