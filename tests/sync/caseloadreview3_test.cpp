// What a fresh user met on a professional's device (review 3 of issue 14), through the real parts: two
// citizens who are both called Robin, at the real samen-service over TLS, and the professional's caseload
// as samen-cli processes in one data folder. The citizens let the professional in at the service only
// (their devices have not synced the member record yet): the caseload still shows the professional's role.
#include "caseloadcitizen.h"
#include "cliprocess.h"
#include "synctestsupport.h"
#include "testdir.h"

#include "network/networkclient.h"
#include "store/caseloadfolder.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace samen;
using namespace samen::test;

namespace {

CliRun cli(const TestDir &dir, const QStringList &args, int expectedExit = 0)
{
    return expectCli(dir.path(), args, expectedExit);
}

QJsonObject rowFor(const TestDir &pro, const QString &planId)
{
    for (const QJsonValue &p : cli(pro, { QStringLiteral("--json"), QStringLiteral("caseload") }).object().value(QStringLiteral("plans")).toArray()) {
        if (p[QStringLiteral("planId")].toString() == planId)
            return p.toObject();
    }
    return {};
}

/** Lets the professional in at the service only, as `samen-cli member let-in` does before the citizen's device syncs. */
PersonEntry letInAtServiceOnly(Citizen &citizen, const QString &memberId)
{
    NetworkClient owner(*citizen.device->client, *citizen.device->store);
    const auto person = await<PersonEntry>([&](SyncClient::Done<PersonEntry> d) { owner.letIn(memberId, d); });
    INFO((person ? QString() : person.error().message).toStdString());
    REQUIRE(person);
    return person.value();
}

} // namespace

TEST_CASE("Two citizens of one name in a caseload: the role shows from the first round, the plans are told apart, and the CLI says what it refused",
          "[sync][cli][caseload][review3]")
{
    TestDir serviceDir, pro;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
    const SyncTrust trust = trustOf(serviceDir.path(), service.pin());
    Citizen first(QStringLiteral("Robin"), url, trust), second(QStringLiteral("Robin"), url, trust);
    cli(pro, professionalConnectArgs(service, serviceDir.path()));

    QString firstMember, secondMember;
    const QString firstCode
        = first.invite({ { QStringLiteral("money"), QStringLiteral("write") }, { QStringLiteral("work"), QStringLiteral("read") } }, &firstMember);
    const QString secondCode = second.invite({ { QStringLiteral("social"), QStringLiteral("read") } }, &secondMember);
    cli(pro, { QStringLiteral("join"), firstCode });
    cli(pro, { QStringLiteral("join"), secondCode });
    const PersonEntry firstIn = letInAtServiceOnly(first, firstMember);
    letInAtServiceOnly(second, secondMember);
    cli(pro, { QStringLiteral("sync") });

    // #1: the role and organisation the citizen invited the professional as, from the first round.
    for (const QString &planId : { first.planId, second.planId }) {
        const QJsonObject row = rowFor(pro, planId);
        CHECK(row.value(QStringLiteral("role")).toString() == QStringLiteral("Wijkcoach"));
        CHECK(row.value(QStringLiteral("organisation")).toString() == QStringLiteral("Wijkteam"));
        CHECK(row.value(QStringLiteral("joined")).toString() == QDate::currentDate().toString(Qt::ISODate));
    }

    // #3: the caseload says, for each Robin, what tells the plans apart; --plan Robin lists just the two, to pick from.
    const QString listed = QString::fromUtf8(cli(pro, { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("caseload") }).out);
    CHECK(listed.count(QStringLiteral("Another plan is for someone of this name too")) == 2);
    CHECK(listed.contains(QStringLiteral("--plan ") + first.planId));
    CHECK(listed.contains(QStringLiteral("--plan ") + second.planId));
    const CliRun ambiguous = cli(pro,
                                 { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--plan"), QStringLiteral("robin"),
                                   QStringLiteral("goal"), QStringLiteral("list") },
                                 1);
    const QStringList lines = QString::fromUtf8(ambiguous.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList choices;
    for (const QString &line : lines) {
        if (line.contains(QStringLiteral("(--plan ")))
            choices << line;
    }
    REQUIRE(choices.size() == 2);
    for (const QString &choice : choices)
        CHECK(choice.contains(QStringLiteral("in your caseload since ") + QDate::currentDate().toString(Qt::ISODate)));
    CHECK(QString::fromUtf8(ambiguous.err).contains(QStringLiteral("\u2068Money and debts\u2069")));
    CHECK(QString::fromUtf8(ambiguous.err).contains(QStringLiteral("\u2068Work and daytime activities\u2069")));
    CHECK(QString::fromUtf8(ambiguous.err).contains(QStringLiteral("you may see \u2068Family and friends\u2069")));

    // #19: --plan without a value after the command is said, not dropped.
    const CliRun noValue
        = cli(pro, { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("goal"), QStringLiteral("list"), QStringLiteral("--plan") }, 2);
    CHECK(noValue.err.contains("--plan needs a value"));
    cli(pro, { QStringLiteral("goal"), QStringLiteral("list"), QStringLiteral("--plan"), QStringLiteral("  ") }, 2);
    // And before the command (new-user trial after stop 32): `--plan goal list` took the command's first word as the plan.
    const CliRun commandTaken
        = cli(pro, { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--plan"), QStringLiteral("goal"), QStringLiteral("list") }, 2);
    CHECK(commandTaken.err.contains("--plan needs a value"));
    CHECK_FALSE(commandTaken.err.contains("Unknown command"));

    // Review 6, #5: --json after the command, as the README writes it, is the same as before it.
    const QJsonDocument after
        = QJsonDocument::fromJson(cli(pro, { QStringLiteral("caseload"), QStringLiteral("--json"), QStringLiteral("--search"), QStringLiteral("robin") }).out);
    CHECK_FALSE(after.isNull());
    CHECK(after
          == QJsonDocument::fromJson(
              cli(pro, { QStringLiteral("--json"), QStringLiteral("caseload"), QStringLiteral("--search"), QStringLiteral("robin") }).out));
    CHECK_FALSE(QJsonDocument::fromJson(
                    cli(pro, { QStringLiteral("goal"), QStringLiteral("list"), QStringLiteral("--plan"), first.planId, QStringLiteral("--json") }).out)
                    .isNull());

    // #34: a domain the professional may not even see is said so, not "you may read this".
    const CliRun hidden = cli(pro,
                              { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--plan"), second.planId, QStringLiteral("goal"),
                                QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("money"), QStringLiteral("Not mine to add") },
                              1);
    CHECK(hidden.err.contains("not shared with you"));

    // #12: a step for the professional that is overdue says so, with its date.
    const QDate yesterday = QDate::currentDate().addDays(-1);
    REQUIRE(first.mirror().letIn(firstIn)); // the citizen's device records the professional: now they can be given a step
    first.device->edit(first.device->editor().addStep(first.goals.value(QStringLiteral("money")), QStringLiteral("Call the bank"), firstMember, yesterday));
    REQUIRE(first.device->sync());
    cli(pro, { QStringLiteral("sync") });
    CHECK(QString::fromUtf8(cli(pro, { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("caseload") }).out)
              .contains(QStringLiteral("\u2068Call the bank\u2069 (was due %1: overdue)").arg(yesterday.toString(Qt::ISODate))));

    // #10: money narrowed to read while the professional's new goal waited to be sent: the round says it was refused.
    cli(pro,
        { QStringLiteral("--plan"), first.planId, QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("money"),
          QStringLiteral("Budget plan") });
    {
        NetworkClient owner(*first.device->client, *first.device->store);
        const auto narrowed = await<QList<AccessGrant>>([&](SyncClient::Done<QList<AccessGrant>> d) {
            owner.setAccess(firstMember, { AccessGrant { QStringLiteral("money"), QStringLiteral("read"), {}, 0, {} } }, d);
        });
        INFO((narrowed ? QString() : narrowed.error().message).toStdString());
        REQUIRE(narrowed);
    }
    const CliRun round = cli(pro, { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--json"), QStringLiteral("sync") });
    const QJsonArray refused = round.object().value(QStringLiteral("refused")).toArray();
    REQUIRE(refused.size() == 1);
    CHECK(refused[0][QStringLiteral("planId")].toString() == first.planId);
    const int count = refused[0][QStringLiteral("count")].toInt(); // per item, as the app lists them, not per field
    CHECK(count >= 1);
    CHECK(count <= 2); // the goal (and an entry about it, when the edit made one)
    CHECK(rowFor(pro, first.planId).value(QStringLiteral("refused")).toInt() == count);
    CHECK(QString::fromUtf8(round.out).contains(first.planId)); // --json: where to look
    CHECK(QString::fromUtf8(cli(pro, { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("caseload") }).out)
              .contains(QStringLiteral("Not accepted by the service: ")));

    // Review 4, R4-10: write on money taken away altogether while a new goal there waited to be sent: the round says the
    // part went and the change with it; when money is shared again, the plan's notice no longer stands.
    const auto setMoney = [&](const QString &access) {
        NetworkClient owner(*first.device->client, *first.device->store);
        const auto set = await<QList<AccessGrant>>([&](SyncClient::Done<QList<AccessGrant>> d) {
            owner.setAccess(
                firstMember,
                { AccessGrant { QStringLiteral("money"), access, {}, 0, {} }, AccessGrant { QStringLiteral("work"), QStringLiteral("read"), {}, 0, {} } }, d);
        });
        INFO((set ? QString() : set.error().message).toStdString());
        REQUIRE(set);
    };
    setMoney(QStringLiteral("write"));
    cli(pro, { QStringLiteral("sync") });
    cli(pro,
        { QStringLiteral("--plan"), first.planId, QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("money"),
          QStringLiteral("Ask for debt help") });
    setMoney(QStringLiteral("none"));
    const QString narrowedRound = QString::fromUtf8(cli(pro, { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("sync") }).out);
    INFO(narrowedRound.toStdString());
    CHECK(narrowedRound.contains(QStringLiteral("has withdrawn your access to Money and debts")));
    CHECK(narrowedRound.contains(QStringLiteral("you had made here, not taken in by the service yet, went with it")));
    setMoney(QStringLiteral("read"));
    CHECK_FALSE(QString::fromUtf8(cli(pro, { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("sync") }).out)
                    .contains(QStringLiteral("withdrawn your access")));
    {
        auto folder = CaseloadFolder::open(pro.path(), DatabaseKey::passphrase(kPassphrase));
        REQUIRE(folder);
        auto plan = folder.value()->plan(first.planId);
        REQUIRE(plan);
        CHECK(plan.value()->setting(QStringLiteral("sync.withdrawalNotice")).isEmpty());
    }

    // #21: the second Robin removes the professional: the notice says which Robin's plan left.
    {
        NetworkClient owner(*second.device->client, *second.device->store);
        REQUIRE(await<bool>([&](SyncClient::Done<bool> d) { owner.removeMember(secondMember, d); }));
    }
    const QString notice = QString::fromUtf8(cli(pro, { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("sync") }).out);
    CHECK(notice.contains(QStringLiteral("⁨Robin⁩ (you may see ⁨Family and friends⁩; in your caseload since %1) has removed you")
                              .arg(QDate::currentDate().toString(Qt::ISODate))));

    // Review 4, R4-1: the first Robin withdraws all access: the plan stays (still a member), the row says so and keeps
    // the role, and the round says so once.
    {
        NetworkClient owner(*first.device->client, *first.device->store);
        const auto none = await<QList<AccessGrant>>([&](SyncClient::Done<QList<AccessGrant>> d) {
            owner.setAccess(firstMember,
                            { AccessGrant { QStringLiteral("money"), QStringLiteral("none"), {}, 0, {} },
                              AccessGrant { QStringLiteral("work"), QStringLiteral("none"), {}, 0, {} } },
                            d);
        });
        INFO((none ? QString() : none.error().message).toStdString());
        REQUIRE(none);
    }
    const QString withdrawnRound = QString::fromUtf8(cli(pro, { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("sync") }).out);
    CHECK(withdrawnRound.count(QStringLiteral("no longer shares anything of their plan with you")) == 1);
    const QJsonObject withdrawnRow = rowFor(pro, first.planId);
    CHECK(withdrawnRow.value(QStringLiteral("withdrawn")).toBool());
    CHECK(withdrawnRow.value(QStringLiteral("domains")).toArray().isEmpty());
    CHECK(withdrawnRow.value(QStringLiteral("role")).toString() == QStringLiteral("Wijkcoach"));
    const QString accessNoteText = QString::fromUtf8(cli(pro, { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("caseload") }).out);
    CHECK(accessNoteText.contains(QStringLiteral("no longer shares anything of the plan with you. You are still in the plan.")));
    CHECK_FALSE(accessNoteText.contains(QStringLiteral("shared with you yet")));
    CHECK_FALSE(QString::fromUtf8(cli(pro, { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("sync") }).out)
                    .contains(QStringLiteral("no longer shares anything"))); // said once

    // #7: a byte flipped in device.db: the words name the caseload file and the way back, for every command. In the
    // first page, and (new-user trial after stop 32) in the last, which read as a caseload without plans. Each flip is
    // undone (flipped back) before the next.
    const QString deviceFile = pro.path() + QStringLiteral("/device.db");
    REQUIRE_FALSE(QFileInfo::exists(deviceFile + QStringLiteral("-wal")));
    for (const qint64 offset : { qint64(1000), QFileInfo(deviceFile).size() - 4096 + 100 }) {
        INFO("byte " << offset << " of " << QFileInfo(deviceFile).size());
        REQUIRE(flipByte(deviceFile, offset));
        for (const QStringList &args :
             { QStringList { QStringLiteral("caseload") }, QStringList { QStringLiteral("sync") },
               QStringList { QStringLiteral("sync"), QStringLiteral("status") }, QStringList { QStringLiteral("repair") },
               QStringList { QStringLiteral("connect") } + service.cliArgs() + QStringList { QStringLiteral("--enrol-code"), QStringLiteral("ABCD-EFGH") } }) {
            INFO(args.join(QLatin1Char(' ')).toStdString());
            const CliRun damaged = cli(pro, QStringList { QStringLiteral("--language"), QStringLiteral("en") } + args, 5);
            CHECK(damaged.err.contains("caseload file (device.db"));
            CHECK(damaged.err.contains("administrator"));
            CHECK(damaged.err.contains("first sync"));
            CHECK_FALSE(damaged.err.contains("This plan file"));
        }
        REQUIRE(flipByte(deviceFile, offset));
    }
}
