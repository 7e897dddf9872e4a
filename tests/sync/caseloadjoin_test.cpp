// Joining plans from a professional's device (review 3 of issue 14, findings 5, 15, 16, 24, 26, 30, 32), through the
// real parts: Robin's demo plan at the real samen-service over TLS, and the professional's caseload device and the
// citizens' folders as samen-cli processes.
#include "robinonline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace samen;
using namespace samen::test;

namespace {

/** A professional's device in its own folder: connected with the administrator's code (registered as "Andre" of "Wijkteam"). */
struct Caseload {
    TestDir dir;
    explicit Caseload(RobinOnline &w)
    {
        const CliRun connected = cli(dir,
                                     QStringList { QStringLiteral("connect") } + w.service.cliArgs()
                                         + QStringList { QStringLiteral("--enrol-code"), professionalEnrolmentCode(w.serviceDir.path()) });
        REQUIRE(connected.exitCode == 0);
        REQUIRE(QFile::exists(dir.file(QStringLiteral("device.db"))));
    }
    int plans() { return cli(dir, { QStringLiteral("--json"), QStringLiteral("caseload") }).object().value(QStringLiteral("plans")).toArray().size(); }
};

QByteArray said(const CliRun &run)
{
    return run.out + run.err;
}

} // namespace

TEST_CASE("A caseload device previews an invitation before joining, and a preview never leaves a store behind", "[sync][cli][caseload]")
{
    RobinOnline w;
    Caseload pro(w);
    const QString link
        = w.invite(QStringLiteral("André"), QStringLiteral("professional"), { QStringLiteral("money:write") }).value(QStringLiteral("link")).toString();

    // Review 3, #5: "--preview needs a value" / "unknown option --preview" on a professional's device; both orders work.
    for (const QStringList &args : { QStringList { QStringLiteral("join"), link, QStringLiteral("--preview") },
                                     QStringList { QStringLiteral("join"), QStringLiteral("--preview"), link } }) {
        const CliRun preview = cli(pro.dir, args);
        CHECK(preview.exitCode == 0);
        CHECK(preview.out.contains("invites you to help"));
        CHECK(preview.out.contains("You may see and change Money and debts."));
        CHECK(preview.out.contains("Nothing has changed yet."));
        // The next step names the link given, quoted for the shell (its ? and & would be taken), not a placeholder.
        CHECK(preview.out.contains(QStringLiteral("join '%1'").arg(link).toUtf8()));
        CHECK_FALSE(preview.out.contains("LINK_OR_CODE"));
    }
    CHECK(pro.plans() == 0);
    CHECK_FALSE(cli(w.robin, { QStringLiteral("member"), QStringLiteral("list") }).out.contains("Waiting to be let in"));

    // Joined, then a second invitation of the same plan: said as such, and the invitation stays unused (#16).
    REQUIRE(cli(pro.dir, { QStringLiteral("join"), link }).exitCode == 0);
    CHECK(pro.plans() == 1);
    const QString again
        = w.invite(QStringLiteral("Ellen"), QStringLiteral("professional"), { QStringLiteral("work:read") }).value(QStringLiteral("link")).toString();
    const CliRun twice = cli(pro.dir, { QStringLiteral("join"), again });
    CHECK(twice.exitCode != 0);
    CHECK(said(twice).contains("You asked to join \u2068Robin\u2069's plan already: it is in your caseload, waiting for"));
    CHECK(pro.plans() == 1);
    CHECK(cli(w.robin, { QStringLiteral("member"), QStringLiteral("list") }).out.contains("Invited, not yet joined:"));

    // A person's empty folder: a preview of a used link fails and leaves no samen.db (#5's side finding); a good one neither.
    TestDir person;
    const CliRun used = cli(person, { QStringLiteral("join"), link, QStringLiteral("--ca-file"), w.cert, QStringLiteral("--preview") });
    CHECK(used.exitCode != 0);
    CHECK(QDir(person.path()).entryList(QDir::Files).filter(QStringLiteral("samen.db")).isEmpty());
    const QString open = w.invite(QStringLiteral("Sam"), QStringLiteral("network"), { QStringLiteral("social:read") }).value(QStringLiteral("link")).toString();
    const CliRun looked = cli(person, { QStringLiteral("join"), open, QStringLiteral("--ca-file"), w.cert, QStringLiteral("--preview") });
    CHECK(looked.exitCode == 0);
    CHECK(QDir(person.path()).entryList(QDir::Files).filter(QStringLiteral("samen.db")).isEmpty());
    // ... and the join itself still works from that folder.
    CHECK(cli(person, { QStringLiteral("join"), open, QStringLiteral("--ca-file"), w.cert, QStringLiteral("--name"), QStringLiteral("Sam") }).exitCode == 0);
}

TEST_CASE("A caseload's preview says what the join would do: enrolled first, the plan here already, an invitation for family", "[sync][cli][caseload]")
{
    RobinOnline w;
    const QString link
        = w.invite(QStringLiteral("André"), QStringLiteral("professional"), { QStringLiteral("money:write") }).value(QStringLiteral("link")).toString();
    // A first preview with the administrator's code enrols the folder: said first, and not followed by "nothing has
    // changed" (trial after stop 35).
    TestDir andre;
    const CliRun first = cli(andre,
                             { QStringLiteral("join"), link, QStringLiteral("--preview"), QStringLiteral("--ca-file"), w.cert, QStringLiteral("--enrol-code"),
                               professionalEnrolmentCode(w.serviceDir.path()) });
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.startsWith("Enrolled: this folder is now your professional's device"));
    CHECK(first.out.contains("You may see and change Money and debts."));
    CHECK_FALSE(first.out.contains("Nothing has changed yet"));
    CHECK(first.out.contains("The plan is not in your caseload yet. To add it: " + first.suggested(QStringLiteral("join '%1'").arg(link).toUtf8())));
    REQUIRE(cli(andre, { QStringLiteral("join"), link }).exitCode == 0);

    // Offers this caseload refuses are shown with the reason, not with a join that would be refused.
    const QString again
        = w.invite(QStringLiteral("Ellen"), QStringLiteral("professional"), { QStringLiteral("work:read") }).value(QStringLiteral("link")).toString();
    const CliRun here = cli(andre, { QStringLiteral("join"), again, QStringLiteral("--preview") });
    CHECK(here.exitCode == 0);
    CHECK(here.out.contains("You asked to join \u2068Robin\u2069's plan already"));
    CHECK_FALSE(here.out.contains("To add the plan"));
    const QString family
        = w.invite(QStringLiteral("Sam"), QStringLiteral("network"), { QStringLiteral("social:read") }).value(QStringLiteral("link")).toString();
    const CliRun circle = cli(andre, { QStringLiteral("join"), family, QStringLiteral("--preview") });
    CHECK(circle.exitCode == 0);
    CHECK(circle.out.contains("a professional's device does not take it up"));
    CHECK_FALSE(circle.out.contains("To add the plan"));
}

TEST_CASE("A professional's first join with the enrolment code makes a caseload, which then takes up a second citizen's plan", "[sync][cli][caseload]")
{
    RobinOnline w;
    const QString link
        = w.invite(QStringLiteral("André"), QStringLiteral("professional"), { QStringLiteral("money:write") }).value(QStringLiteral("link")).toString();
    // The first join, as docs/running.md gives it, in an empty folder: the administrator's code makes the folder the
    // professional's device (a caseload), not a folder for one plan (new-user trial after stop 33).
    TestDir andre;
    const QStringList first { QStringLiteral("join"),         link,
                              QStringLiteral("--ca-file"),    w.cert,
                              QStringLiteral("--enrol-code"), professionalEnrolmentCode(w.serviceDir.path()),
                              QStringLiteral("--name"),       QStringLiteral("André de Vries") };
    const CliRun joined = cli(andre, first);
    REQUIRE(joined.exitCode == 0);
    CHECK(said(joined).contains("this folder is now your professional's device"));
    CHECK(said(joined).contains("it is in your caseload"));
    CHECK(QFile::exists(andre.file(QStringLiteral("device.db"))));
    CHECK_FALSE(QFile::exists(andre.file(QStringLiteral("samen.db"))));
    const auto plans = [&andre] {
        return cli(andre, { QStringLiteral("--json"), QStringLiteral("caseload") }).object().value(QStringLiteral("plans")).toArray().size();
    };
    CHECK(plans() == 1);
    CHECK(cli(w.robin, { QStringLiteral("member"), QStringLiteral("list") }).out.contains("Waiting to be let in:"));
    // A second device of André's account names the citizen whose plan waits, as this one does (trial after stop 36:
    // "(name not known yet)" and the plan's id until Robin let him in).
    {
        const QString deviceLink
            = cli(andre, { QStringLiteral("--json"), QStringLiteral("device"), QStringLiteral("add") }).object().value(QStringLiteral("link")).toString();
        TestDir laptop;
        REQUIRE(cli(laptop, { QStringLiteral("connect"), deviceLink, QStringLiteral("--ca-file"), w.cert }).exitCode == 0);
        const CliRun there = cli(laptop, { QStringLiteral("caseload") });
        CHECK(there.out.contains("Waiting for \u2068Robin\u2069 to let you in."));
        CHECK_FALSE(there.out.contains("name not known yet"));
    }

    // The same command typed again: its options are understood here, the used code is not sent, and the output says so.
    const CliRun again = cli(andre, first);
    CHECK(again.exitCode != 0);
    CHECK(said(again).contains("the enrolment code was not used"));
    CHECK(said(again).contains("--ca-file and --pin-sha256 were not used"));
    CHECK_FALSE(said(joined).contains("--ca-file and --pin-sha256 were not used")); // the first join enrolled with them
    // The invitation it used is said as the plan it brought, waiting to be let in: not as one to ask a new one for.
    CHECK(said(again).contains("You used this invitation already"));
    CHECK(said(again).contains("waiting for \u2068Robin\u2069 to let you in"));
    CHECK_FALSE(said(again).contains("Ask for a new one"));
    CHECK_FALSE(said(again).contains("Unknown option"));
    CHECK(plans() == 1);

    // A second citizen's invitation, as a bare code with the service: joined in the same folder.
    TestDir kim;
    REQUIRE(cli(kim, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Kim") }).exitCode == 0);
    REQUIRE(cli(kim, QStringList { QStringLiteral("connect") } + w.service.cliArgs()).exitCode == 0);
    REQUIRE(cli(kim, { QStringLiteral("sync") }).exitCode == 0);
    const CliRun invited
        = cli(kim,
              { QStringLiteral("--json"), QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"), QStringLiteral("professional"),
                QStringLiteral("--name"), QStringLiteral("André"), QStringLiteral("--grant"), QStringLiteral("work:write") });
    REQUIRE(invited.exitCode == 0);
    const QString kimCode = invited.object().value(QStringLiteral("code")).toString();
    // Another service than the device's own is refused, and nothing changes.
    const CliRun elsewhere = cli(
        andre, { QStringLiteral("join"), kimCode, QStringLiteral("--service"), QStringLiteral("https://127.0.0.1:1"), QStringLiteral("--ca-file"), w.cert });
    CHECK(elsewhere.exitCode != 0);
    CHECK(plans() == 1);
    const CliRun second = cli(andre, QStringList { QStringLiteral("join"), kimCode } + w.service.cliArgs());
    INFO(said(second).constData());
    REQUIRE(second.exitCode == 0);
    CHECK(plans() == 2);
    // Two plans: a plan's command without --plan lists them to pick from, by the names a person types, never by id.
    const CliRun which = cli(andre, { QStringLiteral("goal"), QStringLiteral("list") });
    CHECK(which.exitCode == 2);
    CHECK(QString::fromUtf8(which.err).contains(QStringLiteral("\u2068Robin\u2069 (--plan Robin)")));
    CHECK(QString::fromUtf8(which.err).contains(QStringLiteral("\u2068Kim\u2069 (--plan Kim)")));
    CHECK_FALSE(QString::fromUtf8(which.err).contains(QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"))));
}

TEST_CASE("A professional's account that took a family invitation is named to the owner, and a caseload device does not take one up",
          "[sync][cli][caseload][people]")
{
    RobinOnline w;
    Caseload pro(w);
    const QString family = w.invite(QStringLiteral("Sam"), QStringLiteral("network"), { QStringLiteral("social:read") },
                                    { QStringLiteral("--relation"), QStringLiteral("friend") })
                               .value(QStringLiteral("link"))
                               .toString();
    // Review 3, #26: the caseload device refuses an invitation for someone in the citizen's circle, and nothing changes.
    const CliRun refused = cli(pro.dir, { QStringLiteral("join"), family });
    CHECK(refused.exitCode != 0);
    CHECK(said(refused).contains("not for a professional"));
    CHECK(pro.plans() == 0);
    CHECK_FALSE(cli(w.robin, { QStringLiteral("member"), QStringLiteral("list") }).out.contains("Waiting to be let in"));

    // An account the operator registered as a professional that takes the family invitation up by another way than
    // samen-cli (its join with the administrator's code makes a caseload, which refuses it: below): the owner is told who
    // it is, before and after letting in.
    TestDir personal;
    const CliRun onEnrol = cli(personal,
                               { QStringLiteral("join"), family, QStringLiteral("--ca-file"), w.cert, QStringLiteral("--enrol-code"),
                                 professionalEnrolmentCode(w.serviceDir.path()), QStringLiteral("--name"), QStringLiteral("Sam") });
    CHECK(onEnrol.exitCode != 0);
    CHECK(said(onEnrol).contains("this folder is now your professional's device"));
    CHECK(said(onEnrol).contains("not for a professional"));
    CHECK(QFile::exists(personal.file(QStringLiteral("device.db"))));
    redeemAsProfessionalAccount(w.service, w.serviceDir.path(), family, QStringLiteral("Sam"));
    const QByteArray registered = QStringLiteral("professional's account: registered with the service as \u2068Andre\u2069 of \u2068Wijkteam\u2069").toUtf8();
    const CliRun waiting = cli(w.robin, { QStringLiteral("member"), QStringLiteral("list") });
    CHECK(waiting.out.contains("Waiting to be let in:"));
    CHECK(waiting.out.contains(registered));
    REQUIRE(cli(w.robin, { QStringLiteral("member"), QStringLiteral("let-in"), QStringLiteral("Sam") }).exitCode == 0);
    CHECK(cli(w.robin, { QStringLiteral("member"), QStringLiteral("list") }).out.contains(registered));
}

TEST_CASE("Enrolment codes and links on the wrong device are refused in plain words, and nothing is changed", "[sync][cli][caseload]")
{
    RobinOnline w;
    // Review 3, #15: a professional's code on Robin's connected folder was ignored with "Connected".
    const QString code = professionalEnrolmentCode(w.serviceDir.path());
    const CliRun onPlan = cli(w.robin, QStringList { QStringLiteral("connect") } + w.service.cliArgs() + QStringList { QStringLiteral("--enrol-code"), code });
    CHECK(onPlan.exitCode != 0);
    CHECK(said(onPlan).contains("This folder holds a plan already"));
    CHECK_FALSE(said(onPlan).contains("Connected"));
    // The code was not used: it still makes a caseload in an empty folder.
    TestDir fresh;
    CHECK(cli(fresh, QStringList { QStringLiteral("connect") } + w.service.cliArgs() + QStringList { QStringLiteral("--enrol-code"), code }).exitCode == 0);
    CHECK(QFile::exists(fresh.file(QStringLiteral("device.db"))));

    // #16: a wrong and a used code say what they are and where a new one comes from, and leave the folder empty.
    for (const QString &bad : { QStringLiteral("WRONGCODE123"), code }) {
        TestDir empty;
        const CliRun refused
            = cli(empty, QStringList { QStringLiteral("connect") } + w.service.cliArgs() + QStringList { QStringLiteral("--enrol-code"), bad });
        CHECK(refused.exitCode != 0);
        CHECK(said(refused).contains("This enrolment code is not known, was used already, or has expired"));
        CHECK(QDir(empty.path()).entryList(QDir::Files).isEmpty());
        // A folder the command had to make (the default one, say) is not left behind either; one that was there stays.
        CHECK(QFileInfo::exists(empty.path()));
        const QString made = empty.file(QStringLiteral("new/samen"));
        CHECK(runCli(made, QStringList { QStringLiteral("connect") } + w.service.cliArgs() + QStringList { QStringLiteral("--enrol-code"), bad }).exitCode
              != 0);
        CHECK_FALSE(QFileInfo::exists(empty.file(QStringLiteral("new")))); // the parent it made too
        // The same for a join whose enrolment code is refused: no plan file without a plan is left (the next step it
        // named was `init`, and a professional's code was then used up on that file: new-user trial after stop 32).
        const CliRun joinRefused = runCli(made,
                                          QStringList { QStringLiteral("join"), QStringLiteral("SOME-CODE-123") } + w.service.cliArgs()
                                              + QStringList { QStringLiteral("--enrol-code"), bad });
        CHECK(joinRefused.exitCode != 0);
        CHECK_FALSE(QFileInfo::exists(empty.file(QStringLiteral("new"))));
    }

    // A plan file without a plan that never connected (as an older samen-cli left after such a join): a professional's
    // code makes a professional's device there, as in an empty folder, and is not used up on a device with no plan.
    {
        TestDir left;
        REQUIRE(PlanStore::create(left.path(), DatabaseKey::passphrase(kPassphrase)));
        const QString fresh = professionalEnrolmentCode(w.serviceDir.path());
        const CliRun connected
            = cli(left, QStringList { QStringLiteral("connect") } + w.service.cliArgs() + QStringList { QStringLiteral("--enrol-code"), fresh });
        CHECK(connected.exitCode == 0);
        CHECK(said(connected).contains("as a professional's device"));
        CHECK(QFile::exists(left.file(QStringLiteral("device.db"))));
        CHECK_FALSE(QFile::exists(left.file(QStringLiteral("samen.db"))));
        CHECK(cli(left, { QStringLiteral("caseload") }).exitCode == 0);
    }

    // Review 6, #2: a certificate this device does not trust is said as such, not as the code's fault; the code was
    // never sent, so it still works once the certificate is given.
    const QString unsent = professionalEnrolmentCode(w.serviceDir.path());
    TestDir untrusting;
    const CliRun untrusted = cli(untrusting,
                                 { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("connect"), QStringLiteral("--service"),
                                   w.service.cliArgs().at(1), QStringLiteral("--enrol-code"), unsent });
    CHECK(untrusted.exitCode != 0);
    CHECK(said(untrusted).contains("The service's certificate is not trusted by this device"));
    CHECK_FALSE(said(untrusted).contains("enrolment code"));
    CHECK(cli(untrusting, QStringList { QStringLiteral("connect") } + w.service.cliArgs() + QStringList { QStringLiteral("--enrol-code"), unsent }).exitCode
          == 0);

    // #16: a person's next-device link on a caseload device is named for what it is.
    Caseload pro(w);
    const QString deviceLink
        = cli(w.robin, { QStringLiteral("--json"), QStringLiteral("device"), QStringLiteral("add") }).object().value(QStringLiteral("link")).toString();
    REQUIRE_FALSE(deviceLink.isEmpty());
    const CliRun nextDevice = cli(pro.dir, { QStringLiteral("join"), deviceLink });
    CHECK(nextDevice.exitCode != 0);
    CHECK(said(nextDevice).contains("This link is for a person's next device"));

    // #32: an invitation link naming another service is said to be so, and the invitation stays open.
    QString link = w.invite(QStringLiteral("André"), QStringLiteral("professional"), { QStringLiteral("money:read") }).value(QStringLiteral("link")).toString();
    link.replace(QStringLiteral("127.0.0.1%3A") + QString::number(w.service.port()), QStringLiteral("127.0.0.1%3A1"));
    REQUIRE(link.contains(QStringLiteral("127.0.0.1%3A1&")));
    const CliRun elsewhere = cli(pro.dir, { QStringLiteral("join"), link });
    CHECK(elsewhere.exitCode != 0);
    CHECK(said(elsewhere).contains("This invitation is for the service at https://127.0.0.1:1"));
    CHECK(pro.plans() == 0);

    // #30: the caseload's own device is marked, and the account's devices are listed without --plan.
    const CliRun devices = cli(pro.dir, { QStringLiteral("device"), QStringLiteral("list") });
    CHECK(devices.exitCode == 0);
    CHECK(devices.out.contains("(this device)"));
}

TEST_CASE("A professional declined before being let in is told so, not that they were removed", "[sync][cli][caseload]")
{
    RobinOnline w;
    Caseload pro(w);
    REQUIRE(cli(pro.dir,
                { QStringLiteral("join"),
                  cli(w.robin,
                      { QStringLiteral("--json"), QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"), QStringLiteral("professional"),
                        QStringLiteral("--name"), QStringLiteral("Karin"), QStringLiteral("--grant"), QStringLiteral("money:read") })
                      .object()
                      .value(QStringLiteral("link"))
                      .toString(),
                  QStringLiteral("--name"), QStringLiteral("Karin Bakker") })
                .exitCode
            == 0);
    // Robin names her as invited, though she joined under her full name (trial after stop 35: "Nobody called ...").
    const CliRun declined = cli(w.robin, { QStringLiteral("member"), QStringLiteral("decline"), QStringLiteral("Karin") });
    REQUIRE(declined.exitCode == 0);
    CHECK(said(declined).contains("\u2068Karin Bakker\u2069 was not let in"));
    // Review 3, #24: "Robin has removed you from their plan" for a plan the professional was never let into.
    const CliRun round = cli(pro.dir, { QStringLiteral("sync") });
    CHECK(said(round).contains("did not let you into their plan"));
    CHECK_FALSE(said(round).contains("removed you"));
    CHECK(pro.plans() == 0);
}

TEST_CASE("A professional who erases a plan they wait to be let into is told the request still waits, and how to take it back", "[sync][cli][caseload][erase]")
{
    RobinOnline w;
    Caseload pro(w);
    const QString link
        = cli(w.robin,
              { QStringLiteral("--json"), QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"), QStringLiteral("professional"),
                QStringLiteral("--name"), QStringLiteral("Karin"), QStringLiteral("--grant"), QStringLiteral("money:read") })
              .object()
              .value(QStringLiteral("link"))
              .toString();
    REQUIRE(cli(pro.dir, { QStringLiteral("join"), link }).exitCode == 0);
    // Robin, inviting the professional again under the name the service registered (trial after stop 36: a second code).
    const CliRun again = cli(w.robin,
                             { QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"), QStringLiteral("professional"),
                               QStringLiteral("--name"), QStringLiteral("Andre"), QStringLiteral("--grant"), QStringLiteral("money:read") });
    CHECK(again.exitCode != 0);
    CHECK(said(again).contains("joined with your invitation and is waiting for you to let them in"));
    const QJsonArray plans = cli(pro.dir, { QStringLiteral("--json"), QStringLiteral("caseload") }).object().value(QStringLiteral("plans")).toArray();
    REQUIRE(plans.size() == 1);
    const QString planId = plans.first()[QStringLiteral("planId")].toString();
    // Before: "you are still in it there" for a plan the professional was never let into (trial after stop 36).
    const CliRun erased = cli(pro.dir, { QStringLiteral("erase"), QStringLiteral("--plan"), planId, QStringLiteral("--yes") });
    INFO(said(erased).constData());
    REQUIRE(erased.exitCode == 0);
    CHECK(said(erased).contains("Your request to join \u2068Robin\u2069's plan is erased from this device. It still waits at the service"));
    CHECK_FALSE(said(erased).contains("you are still in it"));
    CHECK(erased.out.contains(erased.suggested("caseload leave --plan Robin"))); // the name, not the plan's id
    CHECK_FALSE(erased.err.contains("QString::arg"));
    CHECK(pro.plans() == 0);
    // What it says is so: Robin still sees the request, and the two commands it names take it back.
    CHECK(cli(w.robin, { QStringLiteral("member"), QStringLiteral("list") }).out.contains("Waiting to be let in"));
    REQUIRE(cli(pro.dir, { QStringLiteral("caseload"), QStringLiteral("restore") }).exitCode == 0);
    // Leaving a plan never let into is taking the request back, and said so (trial after stop 36: "You left Robin's plan").
    const CliRun asked = cli(pro.dir, { QStringLiteral("caseload"), QStringLiteral("leave"), QStringLiteral("--plan"), planId });
    CHECK(said(asked).contains("Leaving takes back your request to join \u2068Robin\u2069's plan"));
    CHECK(said(asked).contains("Nothing was changed: your request to join \u2068Robin\u2069's plan still waits."));
    const CliRun left = cli(pro.dir, { QStringLiteral("caseload"), QStringLiteral("leave"), QStringLiteral("--plan"), planId, QStringLiteral("--yes") });
    REQUIRE(left.exitCode == 0);
    CHECK(left.out.contains("Your request to join \u2068Robin\u2069's plan is taken back"));
    CHECK_FALSE(left.out.contains("You left"));
    CHECK_FALSE(cli(w.robin, { QStringLiteral("member"), QStringLiteral("list") }).out.contains("Waiting to be let in"));
}
