// samen-cli's access commands through the real binaries against the real service
// over real TLS: invite list/withdraw, grant set, member revoke, device revoke, log
// and sync --watch. Each has its happy path and a refusal.
#include "cliinput.h"
#include "cliprocess.h"
#include "synctestsupport.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QSysInfo>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

#include <csignal>

using namespace samen;
using namespace samen::test;

namespace {

CliRun cli(const TestDir &dir, const QStringList &args)
{
    const CliRun run = runCli(dir.path(), QStringList { QStringLiteral("--json") } + args);
    INFO(run.err.constData());
    return run;
}

CliRun ok(const TestDir &dir, const QStringList &args)
{
    const CliRun run = cli(dir, args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.constData());
    REQUIRE(run.exitCode == 0);
    return run;
}

/** Titles of the goals in a data folder's plan, read from its store (the CLI may still hold it open). */
QStringList goalTitles(const TestDir &dir)
{
    auto store = PlanStore::open(dir.path(), DatabaseKey::passphrase(kPassphrase));
    REQUIRE(store);
    QStringList titles;
    const QString planId = store.value()->setting(QStringLiteral("planId"));
    for (const QJsonObject &g : store.value()->entities(planId, QStringLiteral("goal")))
        titles << g.value(QStringLiteral("title")).toString();
    titles.sort();
    return titles;
}

/** Robin's plan (a work and a housing goal) on the service, and a friend who may read both. */
struct Network {
    TestDir serviceDir, citizenDir, friendDir;
    ServiceProcess service { serviceDir.path() };
    QString friendMemberId;

    /** An invitation for name (names are unique per plan: the friend who joined first is Sam). */
    QString invite(const QString &name = QStringLiteral("Sam"))
    {
        const CliRun made
            = ok(citizenDir,
                 { QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"), QStringLiteral("network"), QStringLiteral("--name"), name,
                   QStringLiteral("--grant"), QStringLiteral("work:read"), QStringLiteral("--grant"), QStringLiteral("housing:read") });
        return made.object().value(QStringLiteral("code")).toString();
    }

    /** The friend, given write on work, adds the step "Ask for a course" to "Keep my job"; write is taken back before
     * the friend syncs, which has the new step refused. */
    void refuseNewStep()
    {
        ok(citizenDir, { QStringLiteral("grant"), QStringLiteral("set"), friendMemberId, QStringLiteral("work"), QStringLiteral("write") });
        ok(friendDir, { QStringLiteral("sync") });
        ok(friendDir, { QStringLiteral("step"), QStringLiteral("add"), QStringLiteral("Keep my job"), QStringLiteral("Ask for a course") });
        ok(citizenDir, { QStringLiteral("grant"), QStringLiteral("set"), friendMemberId, QStringLiteral("work"), QStringLiteral("read") });
        REQUIRE(runCli(friendDir.path(), { QStringLiteral("sync") }).exitCode == 0);
    }

    Network()
    {
        REQUIRE(service.start());
        ok(citizenDir, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Robin") });
        ok(citizenDir, { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("work"), QStringLiteral("Keep my job") });
        ok(citizenDir,
           { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("housing"), QStringLiteral("A room of my own") });
        ok(citizenDir, QStringList { QStringLiteral("connect") } + service.cliArgs());
        ok(citizenDir, { QStringLiteral("sync") });
        const CliRun joined = ok(friendDir, QStringList { QStringLiteral("join"), invite() } + service.cliArgs());
        friendMemberId = joined.object().value(QStringLiteral("memberId")).toString();
        ok(citizenDir, { QStringLiteral("join"), QStringLiteral("confirm"), friendMemberId });
        ok(friendDir, { QStringLiteral("sync") });
        REQUIRE(goalTitles(friendDir) == QStringList { QStringLiteral("A room of my own"), QStringLiteral("Keep my job") });
    }
};

} // namespace

TEST_CASE("invite list shows a waiting invitation, invite withdraw takes the invitee's name or the id, and a second withdraw is refused", "[sync][cli][access]")
{
    Network n;
    // Names are unique per plan: Sam joined already, so a second invitation for "sam" is refused before anything is sent.
    const CliRun samAgain = cli(n.citizenDir,
                                { QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"), QStringLiteral("network"),
                                  QStringLiteral("--name"), QStringLiteral("sam"), QStringLiteral("--grant"), QStringLiteral("work:read") });
    CHECK(samAgain.exitCode != 0);
    // It says how to reach the person who is in the plan: --member, or access set when they use Samen already.
    CHECK(samAgain.err.contains("is already in your plan"));
    CHECK(samAgain.err.contains("--member Sam "));
    CHECK(samAgain.err.contains(samAgain.suggested("access set Sam DOMAIN read")));
    const QString code = n.invite(QStringLiteral("Zoë"));
    const QJsonArray listed = ok(n.citizenDir, { QStringLiteral("invite"), QStringLiteral("list") }).json().array();
    REQUIRE(listed.size() == 1); // the friend's invitation was redeemed: only the new one waits
    const QString id = listed[0][QStringLiteral("invitationId")].toString();
    CHECK(listed[0][QStringLiteral("kind")].toString() == QStringLiteral("network"));
    CHECK(listed[0][QStringLiteral("name")].toString() == QStringLiteral("Zoë"));
    CHECK_FALSE(QJsonDocument(listed).toJson().contains(code.toUtf8())); // codes are never shown again
    // The words say how to withdraw it by name.
    const CliRun invitations = runCli(n.citizenDir.path(), { QStringLiteral("invite"), QStringLiteral("list") });
    CHECK(invitations.out.contains(invitations.suggested("invite withdraw Zoë")));

    // By name (in any case), without an id.
    const CliRun unknown = cli(n.citizenDir, { QStringLiteral("invite"), QStringLiteral("withdraw"), QStringLiteral("Mallory") });
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains("No open invitation is for"));
    const CliRun withdrawn = ok(n.citizenDir, { QStringLiteral("invite"), QStringLiteral("withdraw"), QStringLiteral("zoë") });
    CHECK(withdrawn.object().value(QStringLiteral("status")).toString() == QStringLiteral("withdrawn"));
    CHECK(withdrawn.object().value(QStringLiteral("invitationId")).toString() == id);
    CHECK(ok(n.citizenDir, { QStringLiteral("invite"), QStringLiteral("list") }).json().array().isEmpty());

    const CliRun again = cli(n.citizenDir, { QStringLiteral("invite"), QStringLiteral("withdraw"), id });
    CHECK(again.exitCode != 0);
    CHECK_FALSE(again.err.isEmpty());
    TestDir late;
    CHECK(cli(late, QStringList { QStringLiteral("join"), code } + n.service.cliArgs()).exitCode != 0);
    // The id still works.
    n.invite(QStringLiteral("Ria"));
    const QString riaId = ok(n.citizenDir, { QStringLiteral("invite"), QStringLiteral("list") }).json().array()[0][QStringLiteral("invitationId")].toString();
    CHECK(ok(n.citizenDir, { QStringLiteral("invite"), QStringLiteral("withdraw"), riaId }).object().value(QStringLiteral("invitationId")).toString() == riaId);
    // Only the owner sees the invitations.
    CHECK(cli(n.friendDir, { QStringLiteral("invite"), QStringLiteral("list") }).exitCode != 0);
}

TEST_CASE("grant set takes a domain away and gives it back, and refuses a bad access word and a caller who is not the owner", "[sync][cli][access]")
{
    Network n;
    ok(n.citizenDir, { QStringLiteral("grant"), QStringLiteral("set"), n.friendMemberId, QStringLiteral("housing"), QStringLiteral("none") });
    ok(n.friendDir, { QStringLiteral("sync") });
    CHECK(goalTitles(n.friendDir) == QStringList { QStringLiteral("Keep my job") });

    // Given back: the friend's next sync fills the domain in again from the snapshot.
    ok(n.citizenDir, { QStringLiteral("grant"), QStringLiteral("set"), n.friendMemberId, QStringLiteral("housing"), QStringLiteral("read") });
    ok(n.friendDir, { QStringLiteral("sync") });
    CHECK(goalTitles(n.friendDir) == QStringList { QStringLiteral("A room of my own"), QStringLiteral("Keep my job") });

    const CliRun badWord
        = cli(n.citizenDir, { QStringLiteral("grant"), QStringLiteral("set"), n.friendMemberId, QStringLiteral("housing"), QStringLiteral("all") });
    CHECK(badWord.exitCode == 3);
    CHECK(badWord.err.contains("read, write or none"));
    const CliRun notOwner
        = cli(n.friendDir, { QStringLiteral("grant"), QStringLiteral("set"), n.friendMemberId, QStringLiteral("work"), QStringLiteral("write") });
    CHECK(notOwner.exitCode != 0);
    CHECK_FALSE(notOwner.err.isEmpty());
    // Nothing changed by the refusals: the friend still may only read work.
    REQUIRE(cli(n.citizenDir, { QStringLiteral("grant"), QStringLiteral("set"), n.friendMemberId, QStringLiteral("work"), QStringLiteral("none") }).exitCode
            == 0);
    CHECK(cli(n.citizenDir, { QStringLiteral("grant"), QStringLiteral("set"), n.friendMemberId, QStringLiteral("work"), QStringLiteral("none") }).exitCode
          != 0);
}

TEST_CASE("Write taken away from a domain this device never received anything of, the change typed there and not sent is said to be gone",
          "[sync][cli][access]")
{
    // Review 4, finding 10: the domain was not among those the device had received operations for, so the purge took the
    // member's own unsent goal without any notice ("all up to date").
    Network n;
    ok(n.citizenDir, { QStringLiteral("grant"), QStringLiteral("set"), n.friendMemberId, QStringLiteral("social"), QStringLiteral("write") });
    ok(n.friendDir, { QStringLiteral("sync") });
    ok(n.friendDir,
       { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("social"), QStringLiteral("See friends weekly") });
    ok(n.citizenDir, { QStringLiteral("grant"), QStringLiteral("set"), n.friendMemberId, QStringLiteral("social"), QStringLiteral("none") });
    const QString said = ok(n.friendDir, { QStringLiteral("sync") }).object().value(QStringLiteral("notice")).toString();
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("Family and friends")));
    CHECK(said.contains(QStringLiteral("1 change you had made here, not taken in by the service yet, went with it")));
    // Said once: the next round has nothing new to say.
    CHECK(ok(n.friendDir, { QStringLiteral("sync") }).object().value(QStringLiteral("notice")).toString().isEmpty());
    CHECK(goalTitles(n.friendDir) == QStringList { QStringLiteral("A room of my own"), QStringLiteral("Keep my job") });
}

TEST_CASE("member revoke removes a member, whose next sync deletes the plan, and an unknown member is refused", "[sync][cli][access]")
{
    Network n;
    // Sam may change Work, and adds a goal there that is not sent yet when Robin removes Sam.
    ok(n.citizenDir, { QStringLiteral("grant"), QStringLiteral("set"), n.friendMemberId, QStringLiteral("work"), QStringLiteral("write") });
    ok(n.friendDir, { QStringLiteral("sync") });
    // Asked first (trial after stop 37: done at once). Any answer but yes, or none at all, keeps Sam in the plan.
    for (const QByteArray &answer : { QByteArray("no\n"), QByteArray() }) {
        const CliRun kept = runCliInput(n.citizenDir.path(), { QStringLiteral("member"), QStringLiteral("revoke"), n.friendMemberId }, answer, kPassphrase);
        CHECK(kept.exitCode == 2);
        const QString asked = QString::fromUtf8(kept.err);
        INFO(asked.toStdString());
        CHECK(asked.contains(QStringLiteral("Remove \u2068Sam\u2069 from the plan? Type yes to go on:")));
        CHECK(asked.contains(QStringLiteral("Nothing was changed: \u2068Sam\u2069 is still in the plan.")));
        CHECK(asked.contains(QStringLiteral("add --yes to the command")));
        CHECK(cli(n.friendDir, { QStringLiteral("sync") }).exitCode == 0); // still in the plan
    }
    ok(n.friendDir, { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("work"), QStringLiteral("Ask about shifts") });
    const CliRun answered = runCliInput(n.citizenDir.path(), { QStringLiteral("member"), QStringLiteral("revoke"), n.friendMemberId }, "yes\n", kPassphrase);
    REQUIRE(answered.exitCode == 0);
    const CliRun round = cli(n.friendDir, { QStringLiteral("sync") });
    CHECK(round.exitCode != 0);
    const QString said = QString::fromUtf8(round.err);
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("\u2068Robin\u2069 has removed you from the plan. The plan is no longer on this device.")));
    // Never silently: the changes typed here and not sent went with the plan (review 2 finding 30).
    CHECK(said.contains(QStringLiteral("you had made here, not taken in by the service yet, went with it")));
    auto store = PlanStore::open(n.friendDir.path(), DatabaseKey::passphrase(kPassphrase));
    REQUIRE(store);
    CHECK(store.value()->operationCount() == 0);
    CHECK(store.value()->waitingCount() == 0);
    CHECK(store.value()->setting(QStringLiteral("planId")).isEmpty());

    const CliRun unknown = cli(n.citizenDir, { QStringLiteral("member"), QStringLiteral("revoke"), QStringLiteral("no-such-member"), QStringLiteral("--yes") });
    CHECK(unknown.exitCode != 0);
    CHECK_FALSE(unknown.err.isEmpty());
}

TEST_CASE("A removed member is listed in plan show as someone who helped before, and log --member still finds them", "[sync][cli][access]")
{
    Network n;
    ok(n.citizenDir, { QStringLiteral("member"), QStringLiteral("revoke"), n.friendMemberId, QStringLiteral("--yes") });
    const CliRun shown = runCli(n.citizenDir.path(), { QStringLiteral("plan"), QStringLiteral("show") });
    REQUIRE(shown.exitCode == 0);
    const QString text = QString::fromUtf8(shown.out);
    INFO(text.toStdString());
    const qsizetype people = text.indexOf(QStringLiteral("People: 1"));
    const qsizetype before = text.indexOf(QStringLiteral("Who helped before: 1"));
    REQUIRE(people >= 0);
    REQUIRE(before > people);
    const qsizetype sam = text.indexOf(QStringLiteral("\u2068Sam\u2069"));
    CHECK(sam > before); // only under its own heading, not among the current people
    CHECK(text.indexOf(QStringLiteral(" to "), sam) > sam); // the period: since to until

    // Not chosen to do a step any more.
    const QJsonArray goals = ok(n.citizenDir, { QStringLiteral("goal"), QStringLiteral("list") }).json().array();
    REQUIRE_FALSE(goals.isEmpty());
    const CliRun owner = cli(n.citizenDir,
                             { QStringLiteral("step"), QStringLiteral("add"), goals.first().toObject().value(QStringLiteral("id")).toString(),
                               QStringLiteral("Call"), QStringLiteral("--owner"), QStringLiteral("Sam") });
    CHECK(owner.exitCode != 0);
    CHECK(QString::fromUtf8(owner.err).contains(QStringLiteral("no longer helps with this plan")));

    const CliRun log = cli(n.citizenDir, { QStringLiteral("log"), QStringLiteral("--member"), QStringLiteral("Sam") });
    CHECK(log.exitCode == 0);
    CHECK_FALSE(log.object().value(QStringLiteral("entries")).toArray().isEmpty());
}

TEST_CASE("device revoke takes a device's name, refuses the device in use (no way back), and stops another device from signing in",
          "[sync][cli][access][devices]")
{
    Network n;
    const QJsonArray devices = ok(n.friendDir, { QStringLiteral("device"), QStringLiteral("list") }).json().array();
    REQUIRE(devices.size() == 1);
    const QString id = devices[0][QStringLiteral("deviceId")].toString();
    const CliRun unknown = cli(n.friendDir, { QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("no-such-device"), QStringLiteral("--yes") });
    CHECK(unknown.exitCode != 0);
    ok(n.friendDir, { QStringLiteral("sync") }); // still works after the refusal

    // The device in use, by id or by name: refused with what to do instead, and it still syncs (issue 12).
    const QString name = devices[0][QStringLiteral("displayName")].toString();
    REQUIRE(name == QSysInfo::machineHostName() + QStringLiteral(" (command line)")); // named after this computer by default
    for (const QString &which : { id, name }) {
        const CliRun self = runCli(n.friendDir.path(), { QStringLiteral("device"), QStringLiteral("revoke"), which, QStringLiteral("--yes") });
        CHECK(self.exitCode != 0);
        CHECK(self.err.contains("This is the device you are using"));
        CHECK(self.err.contains("Revoke it from another of your devices"));
    }
    ok(n.friendDir, { QStringLiteral("sync") });

    // Robin's laptop, revoked by its name from the phone: it no longer signs in.
    const QString code = ok(n.citizenDir, { QStringLiteral("device"), QStringLiteral("add") }).object().value(QStringLiteral("code")).toString();
    TestDir laptop;
    ok(laptop,
       QStringList { QStringLiteral("connect"), QStringLiteral("--enrol-code"), code, QStringLiteral("--device-name"), QStringLiteral("Robin's laptop") }
           + n.service.cliArgs());
    ok(laptop, { QStringLiteral("sync") });
    const CliRun byName
        = runCli(n.citizenDir.path(), { QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("robin's LAPTOP"), QStringLiteral("--yes") });
    INFO(byName.err.constData());
    REQUIRE(byName.exitCode == 0);
    CHECK(byName.out.contains("Robin's laptop"));
    // In Dutch the laptop's person reads Dutch only: why the device can no longer sync, never the service's English
    // sentence ("This device is unknown or was revoked."), neither from sync nor from its status afterwards.
    for (const QStringList &args : { QStringList { QStringLiteral("sync") }, QStringList { QStringLiteral("sync"), QStringLiteral("status") } }) {
        const CliRun dutch = runCli(laptop.path(), QStringList { QStringLiteral("--language"), QStringLiteral("nl") } + args);
        const QString said = QString::fromUtf8(dutch.out + dutch.err);
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << said.toStdString());
        if (args.size() == 1) {
            CHECK(dutch.exitCode != 0);
            CHECK(said.contains(QStringLiteral("apparaat")));
        }
        CHECK_FALSE(said.contains(QStringLiteral("This device")));
        CHECK_FALSE(said.contains(QStringLiteral("revoked")));
        CHECK_FALSE(said.contains(QStringLiteral("Bericht van de")));
        CHECK_FALSE(said.contains(QStringLiteral("Meer hierover")));
    }
    // The friend's device is another account's: not touched.
    ok(n.friendDir, { QStringLiteral("sync") });
    ok(n.citizenDir, { QStringLiteral("sync") });
}

TEST_CASE("log shows the owner the plan's access log, and a member is refused", "[sync][cli][access]")
{
    Network n;
    const QJsonArray entries = ok(n.citizenDir, { QStringLiteral("log") }).object().value(QStringLiteral("entries")).toArray();
    QStringList actions;
    for (const QJsonValue &e : entries)
        actions << e[QStringLiteral("action")].toString();
    CHECK(actions.contains(QStringLiteral("plan.create")));
    CHECK(actions.contains(QStringLiteral("member.confirm")));
    CHECK(actions.contains(QStringLiteral("ops.write")));
    CHECK_FALSE(QJsonDocument(entries).toJson().contains("Keep my job")); // never plan content
    const CliRun text = runCli(n.citizenDir.path(), { QStringLiteral("log") });
    CHECK(text.exitCode == 0);
    // In words, never the service's codes.
    CHECK(text.out.contains("connected the plan to the service"));
    CHECK_FALSE(text.out.contains("plan.create"));

    const CliRun member = cli(n.friendDir, { QStringLiteral("log") });
    CHECK(member.exitCode != 0);
    CHECK_FALSE(member.err.isEmpty());
}

namespace {

/** Every value the plan's story has had, oldest first, from samen-cli history. */
QStringList storyHistory(const TestDir &dir, const QString &planId)
{
    QStringList values;
    for (const QJsonValue &change : ok(dir, { QStringLiteral("history"), planId }).json().array()) {
        if (change[QStringLiteral("field")].toString() == QLatin1String("story"))
            values << change[QStringLiteral("value")].toString();
    }
    return values;
}

} // namespace

TEST_CASE("device add gives a one-time code with which a person's next device takes up their plan, history included", "[sync][cli][access]")
{
    Network n;
    ok(n.citizenDir, { QStringLiteral("story"), QStringLiteral("set"), QStringLiteral("Letters keep coming") });
    ok(n.citizenDir, { QStringLiteral("story"), QStringLiteral("set"), QStringLiteral("I opened the letters with my sister") });
    ok(n.citizenDir, { QStringLiteral("sync") });
    const QString planId = ok(n.citizenDir, { QStringLiteral("plan"), QStringLiteral("show") }).object().value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(planId.isEmpty());

    // Not connected: no code, and a clear error.
    TestDir loose;
    ok(loose, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Kim") });
    const CliRun unconnected = cli(loose, { QStringLiteral("device"), QStringLiteral("add") });
    CHECK(unconnected.exitCode != 0);
    CHECK_FALSE(unconnected.err.isEmpty());

    const QJsonObject added = ok(n.citizenDir, { QStringLiteral("device"), QStringLiteral("add") }).object();
    const QString code = added.value(QStringLiteral("code")).toString();
    REQUIRE_FALSE(code.isEmpty());
    // The link (what the app's Devices page shows as a QR code) is all the next device needs: service, pin and code
    // (review 2: samen-cli could not use it, and device add did not print it).
    const QString link = added.value(QStringLiteral("link")).toString();
    CHECK(link.startsWith(QStringLiteral("samen://device?")));
    CHECK(link.contains(code));
    TestDir laptop;
    const QJsonObject connected
        = ok(laptop, QStringList { QStringLiteral("connect"), link, QStringLiteral("--device-name"), QStringLiteral("laptop") }).object();
    CHECK(connected.value(QStringLiteral("planId")).toString() == planId);
    CHECK(connected.value(QStringLiteral("role")).toString() == QStringLiteral("owner"));
    const QJsonObject first = ok(laptop, { QStringLiteral("sync") }).object();
    CHECK(first.value(QStringLiteral("received")).toInt() > 0);
    CHECK(first.value(QStringLiteral("snapshot")).toBool());
    CHECK(first.value(QStringLiteral("history")).toInt() > 0);
    CHECK(goalTitles(laptop) == QStringList { QStringLiteral("A room of my own"), QStringLiteral("Keep my job") });
    // The current story came with the snapshot, the earlier one with the history fetched after it.
    CHECK(storyHistory(laptop, planId) == storyHistory(n.citizenDir, planId));
    CHECK(storyHistory(laptop, planId).contains(QStringLiteral("Letters keep coming")));

    // Both devices are the same person: what the laptop writes is the owner's, and reaches the phone.
    ok(laptop, { QStringLiteral("story"), QStringLiteral("set"), QStringLiteral("Written on the laptop") });
    const QJsonObject pushed = ok(laptop, { QStringLiteral("sync") }).object();
    CHECK(pushed.value(QStringLiteral("pushed")).toInt() == 1);
    CHECK(pushed.value(QStringLiteral("refusedTotal")).toInt() == 0);
    CHECK_FALSE(pushed.value(QStringLiteral("snapshot")).toBool()); // only the first sync
    CHECK(pushed.value(QStringLiteral("history")).toInt() == 0);
    ok(n.citizenDir, { QStringLiteral("sync") });
    CHECK(runCli(n.citizenDir.path(), { QStringLiteral("plan"), QStringLiteral("show") }).out.contains("Written on the laptop"));
    CHECK(ok(n.citizenDir, { QStringLiteral("device"), QStringLiteral("list") }).json().array().size() == 2);

    // The code was for one device only: a second use enrols nothing and leaves that folder without a plan.
    TestDir tablet;
    const CliRun reused = cli(tablet, QStringList { QStringLiteral("connect"), QStringLiteral("--enrol-code"), code } + n.service.cliArgs());
    CHECK(reused.exitCode != 0);
    CHECK_FALSE(reused.err.isEmpty());
    CHECK(ok(n.citizenDir, { QStringLiteral("device"), QStringLiteral("list") }).json().array().size() == 2);
    CHECK(cli(tablet, { QStringLiteral("plan"), QStringLiteral("show") }).exitCode != 0);
}

TEST_CASE("sync counts what it sent and received per item, as it counts what waits (one new goal is one change)", "[sync][cli][access]")
{
    Network n;
    ok(n.citizenDir, { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("work"), QStringLiteral("Ask for a course") });
    const CliRun waiting = runCli(n.citizenDir.path(), { QStringLiteral("sync"), QStringLiteral("status") });
    INFO(waiting.out.constData());
    CHECK(waiting.out.contains("1 change waiting"));
    const CliRun sent = runCli(n.citizenDir.path(), { QStringLiteral("sync") });
    INFO(sent.out.constData() << sent.err.constData());
    REQUIRE(sent.exitCode == 0);
    // Before, "Sent 4 changes": the goal's fields, where status had said 1 change was waiting.
    CHECK(sent.out.contains("Sent 1 change, received 0 changes."));
    const CliRun received = runCli(n.friendDir.path(), { QStringLiteral("sync") });
    INFO(received.out.constData() << received.err.constData());
    REQUIRE(received.exitCode == 0);
    CHECK(received.out.contains("Sent 0 changes, received 1 change."));
}

TEST_CASE("Changes refused for write taken away: each says so, and discard --all is said to drop every refused change", "[sync][cli][access]")
{
    Network n;
    ok(n.citizenDir, { QStringLiteral("step"), QStringLiteral("add"), QStringLiteral("Keep my job"), QStringLiteral("Call HR") });
    ok(n.citizenDir, { QStringLiteral("sync") });
    ok(n.citizenDir, { QStringLiteral("grant"), QStringLiteral("set"), n.friendMemberId, QStringLiteral("work"), QStringLiteral("write") });
    ok(n.friendDir, { QStringLiteral("sync") });
    ok(n.friendDir, { QStringLiteral("step"), QStringLiteral("done"), QStringLiteral("Call HR") });
    ok(n.friendDir, { QStringLiteral("step"), QStringLiteral("add"), QStringLiteral("Keep my job"), QStringLiteral("Ask for a course") });
    ok(n.citizenDir, { QStringLiteral("grant"), QStringLiteral("set"), n.friendMemberId, QStringLiteral("work"), QStringLiteral("read") });
    const CliRun round = runCli(n.friendDir.path(), { QStringLiteral("sync") });
    INFO(round.out.constData() << round.err.constData());
    CHECK(round.out.contains("The service refused 3 changes"));
    // What was refused was sent: never "Sent 0 changes" before "The service refused 3" (trial after stop 40).
    CHECK(round.out.contains("Sent 3 changes, received"));
    const CliRun status = runCli(n.friendDir.path(), { QStringLiteral("sync"), QStringLiteral("status") });
    INFO(status.out.constData() << status.err.constData());
    // The new step as one change, refused for the one reason its goal's domain gives: before, its fields after the
    // first said "cannot be accepted as it is, so trying again does not help" (code invalid, the domain unknown).
    CHECK(status.out.count("Not accepted: ") == 3);
    CHECK(status.out.count("You may not change \"Work and daytime activities\".") == 3);
    CHECK(status.out.contains("A new step: \"\u2068Ask for a course\u2069\". You may not change"));
    CHECK_FALSE(status.out.contains("cannot be accepted as it is"));
    // Three changes: --all is not said to drop "it".
    CHECK(status.out.count("sync discard --all drops every refused change.") == 3);
    CHECK_FALSE(status.out.contains("drops it."));
    const QJsonArray refused = cli(n.friendDir, { QStringLiteral("sync"), QStringLiteral("status") }).object().value(QStringLiteral("refused")).toArray();
    REQUIRE(refused.size() == 11);
    for (const QJsonValue &r : refused)
        CHECK(r[QStringLiteral("code")].toString() == QStringLiteral("forbidden"));
}

TEST_CASE("A change to a refused new item waits with it, and once write is given back the item can be sent again", "[sync][cli][access]")
{
    Network n;
    n.refuseNewStep();
    // The friend's own step, ticked while the step itself is refused: kept with it, not sent to be refused for another
    // reason (before: "This change cannot be accepted as it is", its life domain unknown to the service).
    ok(n.friendDir, { QStringLiteral("step"), QStringLiteral("done"), QStringLiteral("Ask for a course") });
    REQUIRE(runCli(n.friendDir.path(), { QStringLiteral("sync") }).exitCode == 0);
    const CliRun refused = runCli(n.friendDir.path(), { QStringLiteral("sync"), QStringLiteral("status") });
    INFO(refused.out.constData() << refused.err.constData());
    CHECK(refused.out.count("A new step: \"\u2068Ask for a course\u2069\". You may not change \"Work and daytime activities\".") == 1);
    CHECK_FALSE(refused.out.contains("cannot be accepted as it is"));
    for (const QJsonValue &r : cli(n.friendDir, { QStringLiteral("sync"), QStringLiteral("status") }).object().value(QStringLiteral("refused")).toArray()) {
        if (r[QStringLiteral("entityType")].toString() == QLatin1String("step"))
            CHECK(r[QStringLiteral("code")].toString() == QStringLiteral("forbidden"));
    }

    // Write given back: the way "ask the owner for access" promised is open (before: retry said it was not allowed).
    ok(n.citizenDir, { QStringLiteral("grant"), QStringLiteral("set"), n.friendMemberId, QStringLiteral("work"), QStringLiteral("write") });
    REQUIRE(runCli(n.friendDir.path(), { QStringLiteral("sync") }).exitCode == 0);
    const CliRun allowed = runCli(n.friendDir.path(), { QStringLiteral("sync"), QStringLiteral("status") });
    INFO(allowed.out.constData() << allowed.err.constData());
    CHECK(allowed.out.contains("You may change \"Work and daytime activities\" now: send this change again."));
    CHECK(allowed.out.contains("sync retry --all sends"));
    // The JSON says so too (trial after stop 40: "retryable": false next to the text that said it may go).
    for (const QJsonValue &r : cli(n.friendDir, { QStringLiteral("sync"), QStringLiteral("status") }).object().value(QStringLiteral("refused")).toArray()) {
        if (r[QStringLiteral("entityType")].toString() == QLatin1String("step"))
            CHECK(r[QStringLiteral("retryable")].toBool());
    }
    ok(n.friendDir, { QStringLiteral("sync"), QStringLiteral("retry"), QStringLiteral("--all") });
    const QJsonObject sent = ok(n.friendDir, { QStringLiteral("sync") }).object();
    CHECK(sent.value(QStringLiteral("refusedTotal")).toInt() == 0);
    ok(n.citizenDir, { QStringLiteral("sync") });
    const CliRun listed = runCli(n.citizenDir.path(), { QStringLiteral("goal"), QStringLiteral("list") });
    INFO(listed.out.constData());
    CHECK(listed.out.contains("Ask for a course"));
    const QJsonArray goals = ok(n.citizenDir, { QStringLiteral("goal"), QStringLiteral("list") }).json().array();
    bool done = false;
    for (const QJsonValue &g : goals) {
        for (const QJsonValue &st : g[QStringLiteral("steps")].toArray()) {
            if (st[QStringLiteral("title")].toString() == QLatin1String("Ask for a course"))
                done = st[QStringLiteral("done")].toBool();
        }
    }
    CHECK(done);
}

TEST_CASE("Discarding one refused change of a new item discards the whole item, never a step without its title", "[sync][cli][access]")
{
    Network n;
    n.refuseNewStep();
    const QJsonObject status = cli(n.friendDir, { QStringLiteral("sync"), QStringLiteral("status") }).object();
    QString titleOp;
    for (const QJsonValue &r : status.value(QStringLiteral("refused")).toArray()) {
        CHECK(r[QStringLiteral("retryable")].toBool() == false); // write is not given back
        if (r[QStringLiteral("field")].toString() == QLatin1String("title"))
            titleOp = r[QStringLiteral("opId")].toString();
    }
    REQUIRE_FALSE(titleOp.isEmpty());
    ok(n.friendDir, { QStringLiteral("sync"), QStringLiteral("discard"), titleOp });
    // Before: only the title went, and an untitled step stayed, refused, to be sent by a later retry.
    CHECK(cli(n.friendDir, { QStringLiteral("sync"), QStringLiteral("status") }).object().value(QStringLiteral("refused")).toArray().size() == 0);
    int steps = 0;
    for (const QJsonValue &g : ok(n.friendDir, { QStringLiteral("goal"), QStringLiteral("list") }).json().array())
        steps += static_cast<int>(g[QStringLiteral("steps")].toArray().size());
    CHECK(steps == 0);
}

TEST_CASE("sync --watch picks up another device's change and stops cleanly on SIGTERM and SIGINT", "[sync][cli][access]")
{
    Network n;
    for (const int sig : { SIGTERM, SIGINT }) {
        QProcess watch;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SAMEN_PASSPHRASE"), kPassphrase);
        watch.setProcessEnvironment(env);
        watch.start(QStringLiteral(SAMEN_BIN_DIR "/samen-cli"),
                    { QStringLiteral("--data-dir"), n.friendDir.path(), QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("--watch") });
        REQUIRE(watch.waitForStarted());
        QByteArray out;
        REQUIRE(waitFor([&] {
            watch.waitForReadyRead(100);
            out += watch.readAllStandardOutput();
            return out.contains("Everything is synced.");
        }));

        const QString title = sig == SIGTERM ? QStringLiteral("Find a second job") : QStringLiteral("Ask about evening hours");
        ok(n.citizenDir, { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("work"), title });
        ok(n.citizenDir, { QStringLiteral("sync") });
        CHECK(waitFor([&] { return goalTitles(n.friendDir).contains(title); }));

        ::kill(static_cast<pid_t>(watch.processId()), sig);
        REQUIRE(watch.waitForFinished(10000));
        out += watch.readAllStandardOutput();
        CHECK(watch.exitStatus() == QProcess::NormalExit);
        CHECK(watch.exitCode() == 0);
        CHECK(out.contains("\"event\":\"stopped\""));
    }

    // Refused: a data folder whose plan was never connected.
    TestDir lone;
    ok(lone, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Sam") });
    const CliRun refused = cli(lone, { QStringLiteral("sync"), QStringLiteral("--watch") });
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("connect first"));
}

TEST_CASE("sync --watch says a removal once: not again in the status line, nor when it ends", "[sync][cli][access]")
{
    Network n;
    QProcess watch;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAMEN_PASSPHRASE"), kPassphrase);
    watch.setProcessEnvironment(env);
    watch.start(QStringLiteral(SAMEN_BIN_DIR "/samen-cli"),
                { QStringLiteral("--data-dir"), n.friendDir.path(), QStringLiteral("sync"), QStringLiteral("--watch") });
    REQUIRE(watch.waitForStarted());
    QByteArray out;
    REQUIRE(waitFor([&] {
        watch.waitForReadyRead(100);
        out += watch.readAllStandardOutput();
        return out.contains("Everything is synced.");
    }));
    ok(n.citizenDir, { QStringLiteral("member"), QStringLiteral("revoke"), n.friendMemberId, QStringLiteral("--yes") });
    // A round (the live poke, else the minute's round) finds the plan gone and ends the watch.
    REQUIRE(watch.waitForFinished(150000));
    out += watch.readAllStandardOutput();
    const QString all = QString::fromUtf8(out + watch.readAllStandardError());
    INFO(all.toStdString());
    CHECK(watch.exitCode() != 0);
    CHECK(all.count(QStringLiteral("has removed you from the plan")) == 1);
}

TEST_CASE("member list lists access in the plan's order of life domains, and without the service shows who the device knows", "[sync][cli][access]")
{
    Network n;
    // Sam may see work and housing: said in the order plan show gives the domains, the same on every run.
    QStringList order;
    for (const QJsonValue &d : ok(n.citizenDir, { QStringLiteral("domain"), QStringLiteral("list") }).json().array())
        order << d[QStringLiteral("label")].toString();
    const qsizetype work = order.indexOf(QStringLiteral("Work and daytime activities"));
    const qsizetype housing = order.indexOf(QStringLiteral("Housing"));
    REQUIRE(work >= 0);
    REQUIRE(housing >= 0);
    for (int run = 0; run < 3; ++run) {
        const QString listed = QString::fromUtf8(runCli(n.citizenDir.path(), { QStringLiteral("member"), QStringLiteral("list") }).out);
        const qsizetype workAt = listed.indexOf(QStringLiteral("may see Work and daytime activities"));
        const qsizetype housingAt = listed.indexOf(QStringLiteral("may see Housing"));
        INFO(listed.toStdString());
        REQUIRE(workAt >= 0);
        REQUIRE(housingAt >= 0);
        CHECK((workAt < housingAt) == (work < housing));
    }
    // The service is away: the list this device knows, said to be possibly out of date, instead of only an error.
    n.service.stop();
    const CliRun offline = runCli(n.citizenDir.path(), { QStringLiteral("member"), QStringLiteral("list") });
    INFO(offline.out.constData() << offline.err.constData());
    CHECK(offline.exitCode == 0);
    CHECK(offline.out.contains("may be out of date"));
    CHECK(offline.out.contains("Sam"));
    CHECK(offline.out.contains("Robin"));
}
