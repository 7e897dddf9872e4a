// Who does a step, chosen on a member's device: samen-cli step add --owner takes any
// person of the plan this device holds (their member items came from the owner's
// device by sync), by name or by id, and the step reaches the owner with that person.
// A name the device does not know, or one that several people share, is refused in
// plain words and nothing is stored.
#include "cliprocess.h"
#include "synctestsupport.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace samen;
using namespace samen::test;

namespace {

CliRun cli(const TestDir &dir, const QStringList &args, int expectedExit = 0)
{
    const CliRun run = runCli(dir.path(), args);
    INFO("samen-cli " << args.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.constData());
    CHECK(run.exitCode == expectedExit);
    return run;
}

/** The owner's plan at the service with a goal in "work", Sam (network, added on the owner's device) and a professional who joined with work:write. */
struct SharedPlan {
    TestDir serviceDir, owner, professional;
    ServiceProcess service { serviceDir.path() };
    QString planId, goalId, ownerMember, samMember;

    SharedPlan()
    {
        REQUIRE(service.start());
        const QJsonObject made = cli(owner, { QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Robin") }).object();
        ownerMember = made.value(QStringLiteral("memberId")).toString();
        planId = made.value(QStringLiteral("planId")).toString();
        goalId = cli(owner,
                     { QStringLiteral("--json"), QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("work"),
                       QStringLiteral("Keep my job") })
                     .object()
                     .value(QStringLiteral("id"))
                     .toString();
        samMember = cli(owner,
                        { QStringLiteral("--json"), QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("network"),
                          QStringLiteral("--name"), QStringLiteral("Sam") })
                        .object()
                        .value(QStringLiteral("id"))
                        .toString();
        REQUIRE_FALSE(samMember.isEmpty());
        cli(owner, QStringList { QStringLiteral("connect") } + service.cliArgs());
        cli(owner, { QStringLiteral("sync") });
        const QString code
            = cli(owner,
                  { QStringLiteral("--json"), QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"), QStringLiteral("professional"),
                    QStringLiteral("--name"), QStringLiteral("André"), QStringLiteral("--grant"), QStringLiteral("work:write") })
                  .object()
                  .value(QStringLiteral("code"))
                  .toString();
        QStringList join = QStringList { QStringLiteral("join") } + service.cliArgs();
        join.insert(1, code);
        join << QStringLiteral("--enrol-code") << professionalEnrolmentCode(serviceDir.path());
        const QString memberId = cli(professional, QStringList { QStringLiteral("--json") } + join).object().value(QStringLiteral("memberId")).toString();
        cli(owner, { QStringLiteral("join"), QStringLiteral("confirm"), memberId });
        cli(professional, { QStringLiteral("sync") });
    }

    QJsonArray ownerSteps()
    {
        cli(owner, { QStringLiteral("sync") });
        const QJsonArray goals = cli(owner, { QStringLiteral("--json"), QStringLiteral("goal"), QStringLiteral("list") }).json().array();
        REQUIRE(goals.size() == 1);
        return goals[0].toObject().value(QStringLiteral("steps")).toArray();
    }
};

} // namespace

TEST_CASE("On a professional's device step add --owner takes the owner and members from the owner's device, by name or id", "[sync][cli][step]")
{
    SharedPlan plan;
    const auto add = [&](const QString &title, const QString &owner, int expectedExit = 0) {
        return cli(plan.professional,
                   { QStringLiteral("--json"), QStringLiteral("step"), QStringLiteral("add"), plan.goalId, title, QStringLiteral("--owner"), owner },
                   expectedExit);
    };
    CHECK(add(QStringLiteral("Call HR"), QStringLiteral("Sam")).object().value(QStringLiteral("ownerId")).toString() == plan.samMember);
    CHECK(add(QStringLiteral("Ask the manager"), QStringLiteral(" robin ")).object().value(QStringLiteral("ownerId")).toString() == plan.ownerMember);
    CHECK(add(QStringLiteral("Write a letter"), plan.samMember).object().value(QStringLiteral("ownerId")).toString() == plan.samMember);

    // Someone this device does not know: said plainly, nothing stored.
    const CliRun unknown = add(QStringLiteral("Nobody's step"), QStringLiteral("Kim"), 3);
    CHECK(unknown.err.contains("This device knows no one in this plan called"));
    // The next step names the plan by the citizen's name, as a person types it (a professional's device is a caseload).
    CHECK(unknown.err.contains(unknown.suggested("--plan Robin member list")));
    const CliRun dutch = runCli(plan.professional.path(),
                                { QStringLiteral("--language"), QStringLiteral("nl"), QStringLiteral("step"), QStringLiteral("add"), plan.goalId,
                                  QStringLiteral("Stap"), QStringLiteral("--owner"), QStringLiteral("Kim") });
    CHECK(dutch.exitCode == 3);
    CHECK(dutch.err.contains("Dit apparaat kent niemand in dit plan"));

    const QJsonObject sent = cli(plan.professional, { QStringLiteral("--json"), QStringLiteral("sync") }).object();
    CHECK(sent.value(QStringLiteral("refused")).toArray().isEmpty());
    CHECK(sent.value(QStringLiteral("pushed")).toInt() >= 3);
    QHash<QString, QString> ownerOf;
    for (const QJsonValue &s : plan.ownerSteps())
        ownerOf.insert(s.toObject().value(QStringLiteral("title")).toString(), s.toObject().value(QStringLiteral("ownerId")).toString());
    CHECK(ownerOf.size() == 3);
    CHECK(ownerOf.value(QStringLiteral("Call HR")) == plan.samMember);
    CHECK(ownerOf.value(QStringLiteral("Ask the manager")) == plan.ownerMember);
    CHECK(ownerOf.value(QStringLiteral("Write a letter")) == plan.samMember);

    // Names are unique per plan: a second "sam" is refused on the owner's device, so "Sam" keeps naming one person.
    const CliRun second = cli(plan.owner,
                              { QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("network"), QStringLiteral("--name"),
                                QStringLiteral("sam") },
                              3);
    CHECK(second.err.contains("Someone in this plan is already called"));
    cli(plan.owner, { QStringLiteral("sync") });
    cli(plan.professional, { QStringLiteral("sync") });
    CHECK(add(QStringLiteral("Still this Sam"), QStringLiteral("Sam")).object().value(QStringLiteral("ownerId")).toString() == plan.samMember);
}

TEST_CASE("A professional's device gives a step to someone who cannot see its life domain, the service refuses it and samen-cli says why and what next",
          "[sync][cli][step]")
{
    SharedPlan plan;
    // Kees joins with his own device and may see Housing only.
    TestDir kees;
    const QString code = cli(plan.owner,
                             { QStringLiteral("--json"), QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"),
                               QStringLiteral("network"), QStringLiteral("--name"), QStringLiteral("Kees"), QStringLiteral("--relation"),
                               QStringLiteral("friend"), QStringLiteral("--grant"), QStringLiteral("housing:read") })
                             .object()
                             .value(QStringLiteral("code"))
                             .toString();
    QStringList join = QStringList { QStringLiteral("--json"), QStringLiteral("join"), code } + plan.service.cliArgs();
    const QString keesMember = cli(kees, join).object().value(QStringLiteral("memberId")).toString();
    REQUIRE_FALSE(keesMember.isEmpty());
    cli(plan.owner, { QStringLiteral("join"), QStringLiteral("confirm"), keesMember });
    cli(plan.owner, { QStringLiteral("sync") });
    cli(plan.professional, { QStringLiteral("sync") });

    // André's device does not hold Kees's grants: it takes the step, the service refuses who does it (and only that).
    const QJsonObject step = cli(plan.professional,
                                 { QStringLiteral("--json"), QStringLiteral("step"), QStringLiteral("add"), plan.goalId, QStringLiteral("Call HR"),
                                   QStringLiteral("--owner"), QStringLiteral("Kees") })
                                 .object();
    CHECK(step.value(QStringLiteral("ownerId")).toString() == keesMember);
    // The round says one change was not accepted.
    const QJsonObject round = cli(plan.professional, { QStringLiteral("--json"), QStringLiteral("sync") }).object();
    const QJsonArray refusedIn = round.value(QStringLiteral("refused")).toArray();
    REQUIRE(refusedIn.size() == 1);
    CHECK(refusedIn[0].toObject().value(QStringLiteral("citizen")).toString() == QStringLiteral("Robin"));
    CHECK(refusedIn[0].toObject().value(QStringLiteral("count")).toInt() == 1);
    // The caseload's status names the command that explains it with the citizen's name, never the plan's id.
    const CliRun all = cli(plan.professional, { QStringLiteral("sync"), QStringLiteral("status") });
    CHECK(all.out.contains("In \u2068Robin\u2069's plan the service did not accept 1 change you made. See why: " + all.suggested("--plan Robin sync status")));
    CHECK_FALSE(all.out.contains(plan.planId.toUtf8()));
    // The status says what was not accepted, why, and what next, as commands that work here.
    const QStringList inPlan { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--plan"), QStringLiteral("Robin") };
    const CliRun status = cli(plan.professional, inPlan + QStringList { QStringLiteral("sync"), QStringLiteral("status") });
    const QString said = QString::fromUtf8(status.out);
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("Not accepted: Giving the step \"\u2068Call HR\u2069\" to \u2068Kees\u2069.")));
    CHECK(said.contains(QStringLiteral("\u2068Kees\u2069 cannot see Work and daytime activities: ask the plan's owner to share Work and daytime activities "
                                       "with \u2068Kees\u2069, then send this change again. Or discard it and give the step to someone else.")));
    CHECK(said.contains(QString::fromUtf8("Next step: once it is shared, " + status.suggested("--plan Robin sync retry --all") + " sends it again; "
                                          + status.suggested("--plan Robin sync discard --all") + " drops it.")));
    const QJsonArray refused
        = cli(plan.professional,
              QStringList { QStringLiteral("--json"), QStringLiteral("--plan"), QStringLiteral("Robin"), QStringLiteral("sync"), QStringLiteral("status") })
              .object()
              .value(QStringLiteral("refused"))
              .toArray();
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("step-unreachable"));
    CHECK(refused[0].toObject().value(QStringLiteral("field")).toString() == QStringLiteral("ownerId"));
    // The step itself reached Robin, given to nobody.
    QHash<QString, QString> ownerOf;
    for (const QJsonValue &s : plan.ownerSteps())
        ownerOf.insert(s.toObject().value(QStringLiteral("title")).toString(), s.toObject().value(QStringLiteral("ownerId")).toString());
    CHECK(ownerOf.contains(QStringLiteral("Call HR")));
    CHECK(ownerOf.value(QStringLiteral("Call HR")).isEmpty());

    // Once Robin shares Work with Kees, sending it again works as printed.
    cli(plan.owner, { QStringLiteral("access"), QStringLiteral("set"), QStringLiteral("Kees"), QStringLiteral("work"), QStringLiteral("read") });
    cli(plan.professional, { QStringLiteral("--plan"), QStringLiteral("Robin"), QStringLiteral("sync"), QStringLiteral("retry"), QStringLiteral("--all") });
    CHECK(cli(plan.professional, { QStringLiteral("--json"), QStringLiteral("sync") }).object().value(QStringLiteral("refused")).toArray().isEmpty());
    ownerOf.clear();
    for (const QJsonValue &s : plan.ownerSteps())
        ownerOf.insert(s.toObject().value(QStringLiteral("title")).toString(), s.toObject().value(QStringLiteral("ownerId")).toString());
    CHECK(ownerOf.value(QStringLiteral("Call HR")) == keesMember);
}
