// The people commands of samen-cli as processes, against the real service over TLS:
// invite create prints a code and a link, join previews and joins under the person's
// own name, member list shows who waits, member let-in / decline, access set, and the
// owner's plan lists every member and grant; log speaks in words, in Dutch too.
#include "cliprocess.h"
#include "synctestsupport.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace samen;
using namespace samen::test;

namespace {

CliRun cli(const TestDir &dir, const QStringList &args)
{
    CliRun run = runCli(dir.path(), args);
    INFO((QStringLiteral("samen-cli ") + args.join(QLatin1Char(' ')) + QStringLiteral("\nstdout: ") + QString::fromUtf8(run.out) + QStringLiteral("\nstderr: ")
          + QString::fromUtf8(run.err))
             .toStdString());
    return run;
}

/** The id of the plan's member with this name (plan show --json). */
QString memberId(const TestDir &dir, const QString &name)
{
    const CliRun shown = runCli(dir.path(), { QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("show") });
    REQUIRE(shown.exitCode == 0);
    for (const QJsonValue &m : shown.object().value(QStringLiteral("members")).toArray()) {
        if (m[QStringLiteral("name")].toString() == name)
            return m[QStringLiteral("id")].toString();
    }
    return {};
}

/** Robin's demo plan, connected to the service. */
struct RobinOnline {
    TestDir serviceDir, robin;
    ServiceProcess service { serviceDir.path() };
    QString cert;
    RobinOnline()
    {
        REQUIRE(service.start());
        cert = serviceDir.file(QStringLiteral("dev-tls-cert.pem"));
        REQUIRE(runCli(robin.path(), { QStringLiteral("demo") }).exitCode == 0);
        const CliRun connected = runCli(robin.path(),
                                        { QStringLiteral("connect"), QStringLiteral("--service"), QStringLiteral("https://127.0.0.1:%1").arg(service.port()),
                                          QStringLiteral("--ca-file"), cert, QStringLiteral("--pin-sha256"), service.pin() });
        INFO(connected.err.constData());
        REQUIRE(connected.exitCode == 0);
    }
    /** Invites a member of the demo plan by name; returns the invitation as JSON. */
    QJsonObject invite(const QString &name, const QString &kind, const QStringList &grants, const QStringList &extra = {})
    {
        QStringList args {
            QStringLiteral("--json"), QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"), kind, QStringLiteral("--member"), name
        };
        for (const QString &g : grants)
            args << QStringLiteral("--grant") << g;
        const CliRun made = cli(robin, args + extra);
        REQUIRE(made.exitCode == 0);
        return made.object();
    }
};

} // namespace

TEST_CASE("samen-cli: Robin invites André by name, André previews and joins with the link, Robin lets him in and sets his access", "[sync][cli][people]")
{
    RobinOnline w;
    const QString andreId = memberId(w.robin, QStringLiteral("André"));
    REQUIRE_FALSE(andreId.isEmpty());
    const QJsonObject invitation
        = w.invite(QStringLiteral("André"), QStringLiteral("professional"), { QStringLiteral("money:write"), QStringLiteral("work:read") },
                   { QStringLiteral("--role"), QStringLiteral("coordinator"), QStringLiteral("--purpose"), QStringLiteral("Debt counselling") });
    CHECK(invitation.value(QStringLiteral("memberId")).toString() == andreId);
    const QString link = invitation.value(QStringLiteral("link")).toString();
    CHECK(link.startsWith(QStringLiteral("samen://join?service=https%3A%2F%2F127.0.0.1")));
    CHECK(link.contains(QStringLiteral("pin=") + w.service.pin()));

    // André looks first: nothing changes.
    TestDir andre;
    const CliRun preview = cli(andre, { QStringLiteral("join"), link, QStringLiteral("--ca-file"), w.cert, QStringLiteral("--preview") });
    REQUIRE(preview.exitCode == 0);
    CHECK(preview.out.contains("invites you to help"));
    CHECK(preview.out.contains("You may see and change Money and debts. Why: "));
    const CliRun before = cli(w.robin, { QStringLiteral("member"), QStringLiteral("list") });
    REQUIRE(before.exitCode == 0);
    CHECK_FALSE(before.out.contains("Waiting to be let in"));
    CHECK(before.out.contains("Invited, not yet joined:"));

    const CliRun joined = cli(andre,
                              { QStringLiteral("--json"), QStringLiteral("join"), link, QStringLiteral("--ca-file"), w.cert, QStringLiteral("--name"),
                                QStringLiteral("André de Vries") });
    REQUIRE(joined.exitCode == 0);
    CHECK(joined.object().value(QStringLiteral("memberId")).toString() == andreId);

    const CliRun waiting = cli(w.robin, { QStringLiteral("member"), QStringLiteral("list") });
    REQUIRE(waiting.exitCode == 0);
    CHECK(waiting.out.contains("Waiting to be let in:"));
    CHECK(waiting.out.contains("offered: may see and change Money and debts; may see Work and daytime activities"));
    CHECK_FALSE(waiting.out.contains(andreId.toUtf8()));

    const CliRun in = cli(w.robin, { QStringLiteral("member"), QStringLiteral("let-in"), QStringLiteral("andré") });
    REQUIRE(in.exitCode == 0);
    CHECK(in.out.contains("is in the plan now"));

    // The owner's plan holds him and his grants, under the one id.
    const CliRun shown = cli(w.robin, { QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("show") });
    REQUIRE(shown.exitCode == 0);
    QStringList grants;
    for (const QJsonValue &g : shown.object().value(QStringLiteral("grants")).toArray()) {
        if (g[QStringLiteral("memberId")].toString() == andreId)
            grants << g[QStringLiteral("domainKey")].toString() + QLatin1Char(':') + g[QStringLiteral("access")].toString();
    }
    grants.sort();
    CHECK(grants == QStringList { QStringLiteral("money:write"), QStringLiteral("work:read") });

    // André receives the plan and names himself as a step's owner; Robin sees it.
    REQUIRE(cli(w.robin, { QStringLiteral("sync") }).exitCode == 0);
    REQUIRE(cli(andre, { QStringLiteral("sync") }).exitCode == 0);
    QString moneyGoal;
    for (const QJsonValue &g :
         cli(andre, { QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("show") }).object().value(QStringLiteral("goals")).toArray()) {
        if (g[QStringLiteral("domainKey")].toString() == QLatin1String("money"))
            moneyGoal = g[QStringLiteral("id")].toString();
    }
    REQUIRE_FALSE(moneyGoal.isEmpty());
    const CliRun step = cli(andre,
                            { QStringLiteral("--json"), QStringLiteral("step"), QStringLiteral("add"), moneyGoal, QStringLiteral("Call the creditors"),
                              QStringLiteral("--owner"), andreId });
    REQUIRE(step.exitCode == 0);
    const CliRun sent = cli(andre, { QStringLiteral("--json"), QStringLiteral("sync") });
    REQUIRE(sent.exitCode == 0);
    REQUIRE(cli(w.robin, { QStringLiteral("sync") }).exitCode == 0);
    bool found = false;
    for (const QJsonValue &g :
         cli(w.robin, { QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("show") }).object().value(QStringLiteral("goals")).toArray()) {
        for (const QJsonValue &s : g[QStringLiteral("steps")].toArray())
            found
                = found || (s[QStringLiteral("title")].toString() == QLatin1String("Call the creditors") && s[QStringLiteral("ownerId")].toString() == andreId);
    }
    CHECK(found);

    // Access: one sentence that says what it means.
    const CliRun withdrawn
        = cli(w.robin, { QStringLiteral("access"), QStringLiteral("set"), QStringLiteral("André"), QStringLiteral("work"), QStringLiteral("none") });
    REQUIRE(withdrawn.exitCode == 0);
    CHECK(withdrawn.out.contains("will no longer see Work and daytime activities. Their devices delete it at their next sync."));
    CHECK(cli(w.robin, { QStringLiteral("access"), QStringLiteral("set"), QStringLiteral("Nobody"), QStringLiteral("work"), QStringLiteral("read") }).exitCode
          != 0);
    CHECK(cli(w.robin, { QStringLiteral("access"), QStringLiteral("set"), QStringLiteral("André"), QStringLiteral("nowhere"), QStringLiteral("read") }).exitCode
          == 3);

    // The log in words, in English and in Dutch; structured with --json.
    const CliRun log = cli(w.robin, { QStringLiteral("log") });
    REQUIRE(log.exitCode == 0);
    const QString text = QString::fromUtf8(log.out);
    CHECK(text.contains(QStringLiteral("Today")));
    CHECK(text.contains(QStringLiteral("changed a step in Money and debts")));
    CHECK(text.contains(QStringLiteral("The access log was checked: nothing in it was changed or removed.")));
    CHECK_FALSE(text.contains(QStringLiteral("ops.")));
    CHECK_FALSE(text.contains(andreId));
    const CliRun dutch = cli(w.robin, { QStringLiteral("--language"), QStringLiteral("nl"), QStringLiteral("log") });
    REQUIRE(dutch.exitCode == 0);
    const QString nl = QString::fromUtf8(dutch.out);
    CHECK(nl.contains(QStringLiteral("Vandaag")));
    CHECK(nl.contains(QStringLiteral("wijzigde een stap in Geld en schulden")));
    CHECK_FALSE(nl.contains(QStringLiteral("Today")));
    const CliRun structured = cli(w.robin, { QStringLiteral("--json"), QStringLiteral("log"), QStringLiteral("--member"), QStringLiteral("André") });
    REQUIRE(structured.exitCode == 0);
    CHECK(structured.object().value(QStringLiteral("chainIntact")).toBool());
    QStringList actions;
    for (const QJsonValue &e : structured.object().value(QStringLiteral("entries")).toArray())
        actions << e[QStringLiteral("action")].toString();
    CHECK(actions.contains(QStringLiteral("member.confirm")));
    CHECK(actions.contains(QStringLiteral("ops.write")));
}

TEST_CASE("samen-cli: Robin declines a join, and the person sees nothing", "[sync][cli][people]")
{
    RobinOnline w;
    const QJsonObject invitation = w.invite(QStringLiteral("Sam"), QStringLiteral("network"), { QStringLiteral("social:read") });
    TestDir sam;
    REQUIRE(cli(sam,
                { QStringLiteral("join"), invitation.value(QStringLiteral("code")).toString(), QStringLiteral("--service"),
                  QStringLiteral("https://127.0.0.1:%1").arg(w.service.port()), QStringLiteral("--ca-file"), w.cert })
                .exitCode
            == 0);
    const CliRun declined = cli(w.robin, { QStringLiteral("member"), QStringLiteral("decline"), QStringLiteral("Sam") });
    REQUIRE(declined.exitCode == 0);
    CHECK(declined.out.contains("was not let in and sees nothing of your plan."));
    CHECK(cli(w.robin, { QStringLiteral("member"), QStringLiteral("decline"), QStringLiteral("Sam") }).exitCode != 0);
    const CliRun dutch
        = cli(w.robin, { QStringLiteral("--language"), QStringLiteral("nl"), QStringLiteral("member"), QStringLiteral("let-in"), QStringLiteral("Sam") });
    CHECK(dutch.exitCode != 0);
    CHECK(dutch.err.contains("Niemand"));
    CHECK(cli(sam, { QStringLiteral("sync") }).exitCode != 0);
}
