// Every state of a device has a next step, walked through samen-cli against the real
// service over TLS: a join that failed, a join waiting for the owner, a member removed
// from the plan, and a damaged store rebuilt from the service.
#include "cliprocess.h"
#include "synctestsupport.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace samen;
using namespace samen::test;

namespace {

CliRun cli(const TestDir &dir, const QStringList &args)
{
    const CliRun run = runCli(dir.path(), args);
    UNSCOPED_INFO("samen-cli " << args.join(QLatin1Char(' ')).toStdString() << " -> " << run.exitCode << ": " << run.err.constData());
    return run;
}

/** A citizen's plan, connected and synced; returns the invitation code for a professional with write access to work. */
QString citizenWithInvitation(const TestDir &citizen, const ServiceProcess &service, const TestDir &serviceDir)
{
    REQUIRE(cli(citizen, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Robin") }).exitCode == 0);
    REQUIRE(cli(citizen, QStringList { QStringLiteral("connect") } + service.cliArgs()).exitCode == 0);
    REQUIRE(cli(citizen, { QStringLiteral("sync") }).exitCode == 0);
    const CliRun invite
        = cli(citizen,
              { QStringLiteral("--json"), QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"), QStringLiteral("professional"),
                QStringLiteral("--name"), QStringLiteral("André"), QStringLiteral("--grant"), QStringLiteral("work:write") });
    REQUIRE(invite.exitCode == 0);
    return invite.object().value(QStringLiteral("code")).toString();
}

/** The citizen's invitation for Sam, a friend who may see Family and friends; returns its code. */
QString friendInvitation(const TestDir &citizen)
{
    const CliRun invite
        = cli(citizen,
              { QStringLiteral("--json"), QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"), QStringLiteral("network"),
                QStringLiteral("--name"), QStringLiteral("Sam"), QStringLiteral("--grant"), QStringLiteral("social:read") });
    REQUIRE(invite.exitCode == 0);
    return invite.object().value(QStringLiteral("code")).toString();
}

/** Every command that reads or edits the plan's content says the device waits for the plan, and changes nothing,
 * while the plan has not arrived: not an empty plan, not "you may only read". */
void checkWaitsForPlan(const TestDir &dir)
{
    const QList<QStringList> commands {
        { QStringLiteral("goal"), QStringLiteral("list") },
        { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("work"), QStringLiteral("Find work") },
        { QStringLiteral("step"), QStringLiteral("add"), QStringLiteral("Find"), QStringLiteral("Call the agency") },
        { QStringLiteral("domain"), QStringLiteral("list") },
        { QStringLiteral("story"), QStringLiteral("set"), QStringLiteral("My story") },
        { QStringLiteral("meeting"), QStringLiteral("list") },
        { QStringLiteral("agreement"), QStringLiteral("list") },
        { QStringLiteral("professionals") },
        { QStringLiteral("coordinator"), QStringLiteral("history") },
        { QStringLiteral("member"), QStringLiteral("list") },
        { QStringLiteral("log") },
    };
    for (const QStringList &command : commands) {
        const CliRun run = cli(dir, command);
        INFO("samen-cli " << command.join(QLatin1Char(' ')).toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains("has not arrived"));
        CHECK(run.err.contains(run.suggested("sync")));
    }
}

} // namespace

TEST_CASE("A professional's failed join, a join waiting for the owner and a removal each name the next step", "[sync][cli][deadend]")
{
    TestDir serviceDir, citizen, pro;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    const QString code = citizenWithInvitation(citizen, service, serviceDir);
    const QString enrol = professionalEnrolmentCode(serviceDir.path());

    // 1. A first join with the administrator's code and a wrong invitation code: the code enrolled the folder as the
    // professional's device (a caseload), and the refusal says so; the next step is a join with a right code.
    const CliRun bad = cli(pro,
                           QStringList { QStringLiteral("join"), QStringLiteral("WRONG-CODE-123") } + service.cliArgs()
                               + QStringList { QStringLiteral("--enrol-code"), enrol });
    REQUIRE(bad.exitCode != 0);
    CHECK(bad.err.contains("this folder is now your professional's device"));
    CHECK(QFile::exists(pro.file(QStringLiteral("device.db"))));
    CHECK_FALSE(QFile::exists(pro.file(QStringLiteral("samen.db"))));
    const CliRun afterBad = cli(pro, { QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(afterBad.exitCode != 0);
    CHECK(afterBad.err.contains("Your caseload holds no plan yet"));
    CHECK(afterBad.err.contains(afterBad.suggested("join CODE")));

    // 2. The same command typed again with the right code works: the used enrolment code is not sent again, and the
    // output says so; until the owner lets them in, plan show says what to wait for.
    const CliRun joined = cli(pro,
                              QStringList { QStringLiteral("--json"), QStringLiteral("join"), code } + service.cliArgs()
                                  + QStringList { QStringLiteral("--enrol-code"), enrol });
    REQUIRE(joined.exitCode == 0);
    const QString memberId = joined.object().value(QStringLiteral("memberId")).toString();
    REQUIRE_FALSE(memberId.isEmpty());
    const CliRun pending = cli(pro, { QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(pending.exitCode != 0);
    CHECK(pending.err.contains("has not arrived"));
    CHECK(pending.err.contains(pending.suggested("sync")));
    checkWaitsForPlan(pro);
    // A sync round while waiting says whom it waits for, in plural forms a person reads (not "1 of 1 plan(s) synced").
    const CliRun waitingRound = cli(pro, { QStringLiteral("sync") });
    CHECK(waitingRound.exitCode == 0);
    CHECK(QString::fromUtf8(waitingRound.out)
              .contains(QStringLiteral("Synced 1 of 1 plan. Changes received: 0, sent: 0.\nWaiting for \u2068Robin\u2069 to let you in.")));
    const CliRun dutchRound = cli(pro, { QStringLiteral("--language"), QStringLiteral("nl"), QStringLiteral("sync") });
    CHECK(QString::fromUtf8(dutchRound.out).contains(QStringLiteral("1 van 1 plan bijgewerkt.")));
    REQUIRE(cli(citizen, { QStringLiteral("join"), QStringLiteral("confirm"), memberId }).exitCode == 0);
    REQUIRE(cli(pro, { QStringLiteral("sync") }).exitCode == 0);
    const CliRun member = cli(pro, { QStringLiteral("plan"), QStringLiteral("show") });
    REQUIRE(member.exitCode == 0);
    CHECK(QString::fromUtf8(member.out).contains(QStringLiteral("Plan: \u2068Robin\u2069"))); // people's text isolated (TextHygiene)

    // 3. Removed by the owner: the plan leaves the caseload, and the round says who removed them, in the reader's language.
    REQUIRE(cli(citizen, { QStringLiteral("member"), QStringLiteral("revoke"), memberId, QStringLiteral("--yes") }).exitCode == 0);
    const CliRun removed = cli(pro, { QStringLiteral("--language"), QStringLiteral("nl"), QStringLiteral("sync") });
    CHECK(QString::fromUtf8(removed.out + removed.err)
              .contains(QStringLiteral("\u2068Robin\u2069 heeft je uit het plan gehaald. Het staat niet meer in je caseload")));
    const CliRun gone = cli(pro, { QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(gone.exitCode != 0);
    CHECK(gone.err.contains(gone.suggested("join CODE")));
}

TEST_CASE("A person's failed join, a removal and a new plan in the same folder each have a next step", "[sync][cli][deadend]")
{
    TestDir serviceDir, citizen, friendDir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    (void)citizenWithInvitation(citizen, service, serviceDir);
    const QString code = friendInvitation(citizen);

    // 1. A join with a wrong code leaves nothing behind: the folder's next steps are those of an empty one.
    const CliRun bad = cli(friendDir, QStringList { QStringLiteral("join"), QStringLiteral("WRONG-CODE-123") } + service.cliArgs());
    REQUIRE(bad.exitCode != 0);
    const CliRun afterBad = cli(friendDir, { QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(afterBad.exitCode != 0);
    CHECK(afterBad.err.contains(afterBad.suggested("init --name NAME")));
    // A join that does not trust the service (its own certificate, no pin or --ca-file) says so, not "could not sign in"
    // (trial after stop 40), and leaves nothing behind either.
    const CliRun untrusted = cli(friendDir, { QStringLiteral("join"), code, QStringLiteral("--service"), service.cliArgs().at(1) });
    REQUIRE(untrusted.exitCode != 0);
    CHECK(untrusted.err.contains("certificate is not trusted by this device"));
    CHECK_FALSE(untrusted.err.contains("could not sign in"));

    // 2. Joined, let in, and removed: the plan leaves this device, and plan show says who removed them and what is next,
    // in Dutch for a Dutch reader though an English run removed the plan.
    const CliRun joined = cli(friendDir, QStringList { QStringLiteral("--json"), QStringLiteral("join"), code } + service.cliArgs());
    REQUIRE(joined.exitCode == 0);
    const QString memberId = joined.object().value(QStringLiteral("memberId")).toString();
    checkWaitsForPlan(friendDir);
    REQUIRE(cli(citizen, { QStringLiteral("join"), QStringLiteral("confirm"), memberId }).exitCode == 0);
    REQUIRE(cli(friendDir, { QStringLiteral("sync") }).exitCode == 0);
    REQUIRE(cli(citizen, { QStringLiteral("member"), QStringLiteral("revoke"), memberId, QStringLiteral("--yes") }).exitCode == 0);
    (void)cli(friendDir, { QStringLiteral("sync") });
    const CliRun removed = cli(friendDir, { QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(removed.exitCode == 1);
    CHECK(removed.err.contains("removed you"));
    CHECK(removed.err.contains(removed.suggested("init --name NAME")));
    CHECK(removed.err.contains(removed.suggested("join CODE")));
    const CliRun dutch = cli(friendDir, { QStringLiteral("--language"), QStringLiteral("nl"), QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(QString::fromUtf8(dutch.err).contains(QStringLiteral("\u2068Robin\u2069 heeft je uit het plan gehaald.")));

    // 3. A new plan in the same folder: not "There is already a plan".
    REQUIRE(cli(friendDir, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Sam") }).exitCode == 0);
    const CliRun own = cli(friendDir, { QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(own.exitCode == 0);
    CHECK(QString::fromUtf8(own.out).contains(QStringLiteral("Plan: \u2068Sam\u2069")));
}

TEST_CASE("A join with a person's next-device code that fails keeps the enrolment, says so, and works typed again", "[sync][cli][deadend]")
{
    TestDir serviceDir, citizen, samPhone, samLaptop;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    (void)citizenWithInvitation(citizen, service, serviceDir);
    const QString code = friendInvitation(citizen);
    // Sam keeps a plan of his own, connected; his next device is enrolled on his account with a code from the first.
    REQUIRE(cli(samPhone, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Sam") }).exitCode == 0);
    REQUIRE(cli(samPhone, QStringList { QStringLiteral("connect") } + service.cliArgs()).exitCode == 0);
    const CliRun added = cli(samPhone, { QStringLiteral("--json"), QStringLiteral("device"), QStringLiteral("add") });
    REQUIRE(added.exitCode == 0);
    const QString deviceCode = added.object().value(QStringLiteral("code")).toString();

    // A wrong invitation code: the one-time device code is used, so the enrolment stays, and the error says so.
    const CliRun bad = cli(samLaptop,
                           QStringList { QStringLiteral("join"), QStringLiteral("WRONG-CODE-123") } + service.cliArgs()
                               + QStringList { QStringLiteral("--enrol-code"), deviceCode });
    REQUIRE(bad.exitCode != 0);
    CHECK(bad.err.contains("This folder stays connected to the service"));
    const CliRun afterBad = cli(samLaptop, { QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(afterBad.err.contains("joining a plan did not finish"));
    // The same command with the right invitation code works, the used device code typed again with it.
    const CliRun joined = cli(samLaptop,
                              QStringList { QStringLiteral("--json"), QStringLiteral("join"), code } + service.cliArgs()
                                  + QStringList { QStringLiteral("--enrol-code"), deviceCode });
    REQUIRE(joined.exitCode == 0);
    CHECK(joined.object().value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
}

TEST_CASE("repair rebuilds a damaged device store from the service and keeps the unsent change that can still be read", "[sync][cli][damage]")
{
    TestDir serviceDir, dir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    REQUIRE(cli(dir, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Robin") }).exitCode == 0);
    REQUIRE(
        cli(dir, { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("work"), QStringLiteral("Keep my job") }).exitCode
        == 0);
    REQUIRE(cli(dir, QStringList { QStringLiteral("connect") } + service.cliArgs()).exitCode == 0);
    REQUIRE(cli(dir, { QStringLiteral("sync") }).exitCode == 0);
    // A change made offline: it waits in the outbox.
    REQUIRE(cli(dir, { QStringLiteral("story"), QStringLiteral("set"), QStringLiteral("Written before the damage") }).exitCode == 0);

    // One byte flipped in the table the plan is shown from.
    const QString db = QDir(dir.path()).filePath(QStringLiteral("samen.db"));
    qint64 root = 0;
    {
        auto store = PlanStore::open(dir.path(), DatabaseKey::passphrase(kPassphrase));
        REQUIRE(store.ok());
        REQUIRE(store.value()->waitingCount() > 0);
        auto page = store.value()->database().scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'entities'"));
        REQUIRE(page.ok());
        root = page.value();
    }
    REQUIRE(root > 1);
    {
        QFile f(db);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 at = (root - 1) * 4096 + 300;
        REQUIRE(f.seek(at));
        char c = 0;
        REQUIRE(f.getChar(&c));
        REQUIRE(f.seek(at));
        REQUIRE(f.putChar(static_cast<char>(c ^ 0x01)));
    }
    const QByteArray damagedBytes = readRaw(db);
    const CliRun show = cli(dir, { QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(show.exitCode == 5);
    CHECK(show.err.contains(show.suggested("repair")));

    const CliRun repair = cli(dir, { QStringLiteral("--json"), QStringLiteral("repair") });
    REQUIRE(repair.exitCode == 0);
    const QJsonObject report = repair.object();
    CHECK(report.value(QStringLiteral("connected")).toBool());
    CHECK(report.value(QStringLiteral("fetched")).toBool());
    CHECK(report.value(QStringLiteral("unsentKept")).toInt() > 0);
    CHECK(report.value(QStringLiteral("unsentComplete")).toBool());
    // The damaged file is kept, byte for byte, beside the new one.
    const QString keptAt = report.value(QStringLiteral("keptAt")).toString();
    CHECK(readRaw(QDir(keptAt).filePath(QStringLiteral("samen.db"))) == damagedBytes);

    const CliRun after = cli(dir, { QStringLiteral("plan"), QStringLiteral("show") });
    REQUIRE(after.exitCode == 0);
    CHECK(QString::fromUtf8(after.out).contains(QStringLiteral("Plan: \u2068Robin\u2069")));
    CHECK(after.out.contains("Written before the damage"));
    CHECK(after.out.contains("Keep my job"));
    // The kept change was sent: nothing waits, and the service has it.
    const QJsonObject status = cli(dir, { QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status") }).object();
    CHECK(status.value(QStringLiteral("waiting")).toInt() == 0);
    // A store that is not damaged is left alone: an answer, exit 0 (as on a professional's device).
    const CliRun again = cli(dir, { QStringLiteral("repair") });
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains("there is nothing to repair"));
}

TEST_CASE("A professional's join tried without the enrolment code works when retried in the same folder with it", "[sync][cli][deadend]")
{
    TestDir serviceDir, citizen, pro;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    const QString code = citizenWithInvitation(citizen, service, serviceDir);
    // Without the code: this folder's device enrols as a citizen, and the invitation is for a professional.
    const CliRun without = cli(pro, QStringList { QStringLiteral("join"), code } + service.cliArgs());
    REQUIRE(without.exitCode != 0);
    CHECK(without.err.contains("professional"));
    // The same folder, with the code: the code is used, not ignored (issue 12).
    const CliRun with = cli(pro,
                            QStringList { QStringLiteral("--json"), QStringLiteral("join"), code } + service.cliArgs()
                                + QStringList { QStringLiteral("--enrol-code"), professionalEnrolmentCode(serviceDir.path()) });
    REQUIRE(with.exitCode == 0);
    CHECK(with.object().value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
}

TEST_CASE("A device revoked from another device of the account deletes the plan at its next contact and says how to connect again",
          "[sync][cli][deadend][devices]")
{
    TestDir serviceDir, phone, laptop;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    REQUIRE(cli(phone, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Robin") }).exitCode == 0);
    REQUIRE(cli(phone, QStringList { QStringLiteral("connect") } + service.cliArgs()).exitCode == 0);
    REQUIRE(cli(phone, { QStringLiteral("story"), QStringLiteral("set"), QStringLiteral("Letters keep coming") }).exitCode == 0);
    REQUIRE(cli(phone, { QStringLiteral("sync") }).exitCode == 0);
    auto nextDeviceCode = [&] {
        const CliRun made = cli(phone, { QStringLiteral("--json"), QStringLiteral("device"), QStringLiteral("add") });
        REQUIRE(made.exitCode == 0);
        return made.object().value(QStringLiteral("code")).toString();
    };
    REQUIRE(cli(laptop,
                QStringList { QStringLiteral("connect"), QStringLiteral("--enrol-code"), nextDeviceCode(), QStringLiteral("--device-name"),
                              QStringLiteral("laptop") }
                    + service.cliArgs())
                .exitCode
            == 0);
    REQUIRE(cli(laptop, { QStringLiteral("sync") }).exitCode == 0);
    REQUIRE(cli(laptop, { QStringLiteral("plan"), QStringLiteral("show") }).out.contains("Letters keep coming"));

    // Lost: revoked from the phone. At its next contact the laptop deletes the plan and says what happened and what to do.
    REQUIRE(cli(phone, { QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("laptop"), QStringLiteral("--yes") }).exitCode == 0);
    const CliRun sync = cli(laptop, { QStringLiteral("sync") });
    CHECK(sync.exitCode != 0);
    CHECK(sync.err.contains("This device was revoked"));
    const CliRun show = cli(laptop, { QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(show.exitCode != 0);
    CHECK_FALSE(show.out.contains("Letters keep coming"));
    CHECK(show.err.contains(show.suggested("connect --enrol-code CODE")));
    // device add runs on another device, the one that still has the plan: never with this folder (trial after stop 39).
    CHECK(show.err.contains("samen-cli device add)"));

    // The next step works as the notice words it, without --service (trial after stop 40: it asked for one): the folder
    // still knows its service and how it trusted it. A new code from the phone, and the laptop takes up the plan again.
    const CliRun again = cli(
        laptop, { QStringLiteral("connect"), QStringLiteral("--enrol-code"), nextDeviceCode(), QStringLiteral("--device-name"), QStringLiteral("laptop") });
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    REQUIRE(cli(laptop, { QStringLiteral("sync") }).exitCode == 0);
    CHECK(cli(laptop, { QStringLiteral("plan"), QStringLiteral("show") }).out.contains("Letters keep coming"));
}
