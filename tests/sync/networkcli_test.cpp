// The people commands of samen-cli as processes, against the real service over TLS:
// invite create prints a code and a link, join previews and joins under the person's
// own name, member list shows who waits, member let-in / decline, access set, and the
// owner's plan lists every member and grant; log speaks in words, in Dutch too.
#include "robinonline.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonArray>

using namespace samen;
using namespace samen::test;

TEST_CASE("samen-cli: Robin invites André by name, André previews and joins with the link, Robin lets him in and sets his access", "[sync][cli][people]")
{
    RobinOnline w;
    const QString andreId = memberId(w.robin, QStringLiteral("André"));
    REQUIRE_FALSE(andreId.isEmpty());
    const QJsonObject invitation
        = w.invite(QStringLiteral("André"), QStringLiteral("professional"), { QStringLiteral("money:write"), QStringLiteral("work:read") },
                   { QStringLiteral("--role"), QStringLiteral("coordinator"), QStringLiteral("--purpose"), QStringLiteral("Debt counselling"),
                     QStringLiteral("--until"), QStringLiteral("2099-12-31") });
    CHECK(invitation.value(QStringLiteral("memberId")).toString() == andreId);
    const QString link = invitation.value(QStringLiteral("link")).toString();
    CHECK(link.startsWith(QStringLiteral("samen://join?service=https%3A%2F%2F127.0.0.1")));
    CHECK(link.contains(QStringLiteral("pin=") + w.service.pin()));

    // Issue 12: someone who holds the link but is no professional the operator enrolled cannot look at it or join as one.
    TestDir impostor;
    const CliRun peek = cli(
        impostor,
        { QStringLiteral("--language"), QStringLiteral("nl"), QStringLiteral("join"), link, QStringLiteral("--ca-file"), w.cert, QStringLiteral("--preview") });
    CHECK(peek.exitCode != 0);
    CHECK(peek.err.contains("Deze uitnodiging is voor een professional die bij de dienst is geregistreerd"));
    // The way on for the professional it is for (trial after stop 36: "ask the person who invited you" only).
    CHECK(peek.err.contains("aanmeldcode die de beheerder van je dienst je gaf"));
    CHECK(cli(impostor, { QStringLiteral("join"), link, QStringLiteral("--ca-file"), w.cert, QStringLiteral("--name"), QStringLiteral("André") }).exitCode
          != 0);

    // André, enrolled by the service's operator, looks first: nothing changes.
    TestDir andre;
    const QString enrolCode = professionalEnrolmentCode(w.serviceDir.path());
    const CliRun preview = cli(
        andre, { QStringLiteral("join"), link, QStringLiteral("--ca-file"), w.cert, QStringLiteral("--enrol-code"), enrolCode, QStringLiteral("--preview") });
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
    // Which invitation was used, next to the name he gave, and what the service checked (issue 12).
    CHECK(waiting.out.contains(QStringLiteral("used the invitation for \u2068André\u2069").toUtf8()));
    CHECK(waiting.out.contains(QStringLiteral("registered with the service as \u2068Andre\u2069 of \u2068Wijkteam\u2069").toUtf8()));
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

    // Changing only the level keeps the purpose and the end date (issue 12), and the sentence says the end date.
    const CliRun lowered = cli(w.robin,
                               { QStringLiteral("--json"), QStringLiteral("access"), QStringLiteral("set"), QStringLiteral("André"), QStringLiteral("money"),
                                 QStringLiteral("read") });
    REQUIRE(lowered.exitCode == 0);
    bool kept = false;
    for (const QJsonValue &g : lowered.object().value(QStringLiteral("grants")).toArray()) {
        if (g[QStringLiteral("domainKey")].toString() == QLatin1String("money"))
            kept = g[QStringLiteral("access")].toString() == QLatin1String("read")
                && g[QStringLiteral("purpose")].toString() == QLatin1String("Debt counselling")
                && QDateTime::fromMSecsSinceEpoch(g[QStringLiteral("until")].toInteger()).date() == QDate(2099, 12, 31);
    }
    CHECK(kept);
    const CliRun raised
        = cli(w.robin, { QStringLiteral("access"), QStringLiteral("set"), QStringLiteral("André"), QStringLiteral("money"), QStringLiteral("write") });
    REQUIRE(raised.exitCode == 0);
    CHECK(raised.out.contains("This lasts until 2099-12-31."));

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
    const QStringList join { QStringLiteral("join"),      invitation.value(QStringLiteral("code")).toString(),
                             QStringLiteral("--service"), QStringLiteral("https://127.0.0.1:%1").arg(w.service.port()),
                             QStringLiteral("--ca-file"), w.cert };
    // A preview of a bare code names the whole command to accept, service and certificate too (new-user trial after stop
    // 32: only the code, which alone cannot be joined).
    const CliRun preview = cli(sam, join + QStringList { QStringLiteral("--preview") });
    REQUIRE(preview.exitCode == 0);
    CHECK(preview.out.contains(preview.suggested(join.join(QLatin1Char(' ')).toUtf8())));
    REQUIRE(cli(sam, join).exitCode == 0);
    const CliRun declined = cli(w.robin, { QStringLiteral("member"), QStringLiteral("decline"), QStringLiteral("Sam") });
    REQUIRE(declined.exitCode == 0);
    CHECK(declined.out.contains("was not let in and sees nothing of your plan."));
    CHECK(cli(w.robin, { QStringLiteral("member"), QStringLiteral("decline"), QStringLiteral("Sam") }).exitCode != 0);
    const CliRun dutch
        = cli(w.robin, { QStringLiteral("--language"), QStringLiteral("nl"), QStringLiteral("member"), QStringLiteral("let-in"), QStringLiteral("Sam") });
    CHECK(dutch.exitCode != 0);
    CHECK(dutch.err.contains("Niemand"));
    // Told plainly that the request to join was not accepted: never that they were removed (they were never in).
    const CliRun told = cli(sam, { QStringLiteral("sync") });
    CHECK(told.exitCode != 0);
    CHECK(told.err.contains("did not accept your request to join the plan"));
    CHECK_FALSE(told.err.contains("removed"));
    const CliRun dutchTold = cli(sam, { QStringLiteral("--language"), QStringLiteral("nl"), QStringLiteral("plan"), QStringLiteral("show") });
    CHECK_FALSE(dutchTold.err.contains("uit het plan gehaald"));
}

TEST_CASE("samen-cli: a name pasted from the CLI's own sentences (isolates, marks, other case) finds the person, and member revoke takes a name",
          "[sync][cli][people]")
{
    RobinOnline w;
    const QJsonObject invitation = w.invite(QStringLiteral("Sam"), QStringLiteral("network"), { QStringLiteral("social:read") });
    TestDir sam;
    REQUIRE(cli(sam,
                { QStringLiteral("join"), invitation.value(QStringLiteral("code")).toString(), QStringLiteral("--service"),
                  QStringLiteral("https://127.0.0.1:%1").arg(w.service.port()), QStringLiteral("--ca-file"), w.cert })
                .exitCode
            == 0);
    // The CLI prints names between U+2068 and U+2069; pasted (even twice over, with a mark and in capitals) they still name Sam.
    const CliRun listed = cli(w.robin, { QStringLiteral("member"), QStringLiteral("list") });
    REQUIRE(listed.out.contains(QStringLiteral("\u2068Sam\u2069").toUtf8()));
    const QString pasted = QStringLiteral("\u2068\u2068SAM\u200E\u2069\u2069");
    const CliRun in = cli(w.robin, { QStringLiteral("member"), QStringLiteral("let-in"), pasted });
    REQUIRE(in.exitCode == 0);
    CHECK(cli(w.robin, { QStringLiteral("access"), QStringLiteral("set"), pasted, QStringLiteral("social"), QStringLiteral("write") }).exitCode == 0);

    // step add --owner matches the same way (a goal in Family and friends, which Sam may see: a step is given only to
    // someone who can see its life domain, StepRule).
    REQUIRE(
        cli(w.robin, { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("social"), QStringLiteral("Coffee with Sam") })
            .exitCode
        == 0);
    QString goal;
    for (const QJsonValue &g :
         cli(w.robin, { QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("show") }).object().value(QStringLiteral("goals")).toArray())
        if (g[QStringLiteral("title")].toString() == QStringLiteral("Coffee with Sam"))
            goal = g[QStringLiteral("id")].toString();
    REQUIRE_FALSE(goal.isEmpty());
    CHECK(cli(w.robin, { QStringLiteral("step"), QStringLiteral("add"), goal, QStringLiteral("Bring soup"), QStringLiteral("--owner"), pasted }).exitCode == 0);

    // A name nobody has: the error shows it once isolated, not with the pasted isolates doubled.
    const CliRun nobody
        = cli(w.robin, { QStringLiteral("member"), QStringLiteral("revoke"), QStringLiteral("\u2068\u2068Nobody\u2069\u2069"), QStringLiteral("--yes") });
    CHECK(nobody.exitCode != 0);
    CHECK(nobody.err.contains(QStringLiteral("Nobody called \u2068Nobody\u2069 is").toUtf8()));

    // member revoke by name, like the other member commands.
    const CliRun revoked = cli(w.robin, { QStringLiteral("member"), QStringLiteral("revoke"), pasted, QStringLiteral("--yes") });
    REQUIRE(revoked.exitCode == 0);
    CHECK(revoked.out.contains(QStringLiteral("\u2068Sam\u2069 was removed from the plan").toUtf8()));
    CHECK(cli(sam, { QStringLiteral("sync") }).exitCode != 0);
}

TEST_CASE("samen-cli: invite create checks kind, grants and how long it stays open on the device, in Dutch, and sends nothing", "[sync][cli][people]")
{
    RobinOnline w;
    const QStringList nl { QStringLiteral("--language"), QStringLiteral("nl"),       QStringLiteral("invite"),
                           QStringLiteral("create"),     QStringLiteral("--member"), QStringLiteral("Sam") };
    const QStringList grant { QStringLiteral("--grant"), QStringLiteral("social:read") };
    const QStringList network { QStringLiteral("--kind"), QStringLiteral("network") };
    struct Case {
        QStringList args;
        const char *dutch;
    };
    const QList<Case> cases {
        { network + grant + QStringList { QStringLiteral("--expires"), QStringLiteral("90d") }, "--expires wil een duur van 1 minuut tot 7 dagen" },
        { network + grant + QStringList { QStringLiteral("--expires"), QStringLiteral("0d") }, "--expires wil een duur van 1 minuut tot 7 dagen" },
        { QStringList { QStringLiteral("--kind"), QStringLiteral("friend") } + grant, "een van deze woorden: netwerk (iemand dichtbij" },
        { network, "Zeg met minstens één --grant" },
    };
    for (const Case &c : cases) {
        const CliRun refused = cli(w.robin, nl + c.args);
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        CHECK(refused.exitCode != 0);
        CHECK(refused.err.contains(c.dutch));
        CHECK_FALSE(refused.err.contains("expiresInSeconds"));
        CHECK_FALSE(refused.err.contains("Detail"));
    }
    // Nothing reached the service.
    const CliRun open = cli(w.robin, { QStringLiteral("--json"), QStringLiteral("invite"), QStringLiteral("list") });
    REQUIRE(open.exitCode == 0);
    CHECK(open.json().array().isEmpty());
}

TEST_CASE("samen-cli: a link made after connect --ca-file (no pin given) carries the service's pin, as after a pinned connect", "[sync][cli][people]")
{
    TestDir serviceDir, robin;
    ServiceProcess service { serviceDir.path() };
    REQUIRE(service.start());
    REQUIRE(cli(robin, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Robin") }).exitCode == 0);
    REQUIRE(cli(robin,
                { QStringLiteral("connect"), QStringLiteral("--service"), QStringLiteral("https://127.0.0.1:%1").arg(service.port()),
                  QStringLiteral("--ca-file"), serviceDir.file(QStringLiteral("dev-tls-cert.pem")) })
                .exitCode
            == 0);
    const CliRun made = cli(robin,
                            { QStringLiteral("--json"), QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"), QStringLiteral("network"),
                              QStringLiteral("--name"), QStringLiteral("Sam"), QStringLiteral("--grant"), QStringLiteral("work:read") });
    REQUIRE(made.exitCode == 0);
    const QString link = made.object().value(QStringLiteral("link")).toString();
    CHECK(link.contains(QStringLiteral("pin=") + service.pin()));
    // The joiner's device checks the service's key against the link's pin (and passes: it is the service's own).
    TestDir sam;
    const CliRun preview = cli(
        sam, { QStringLiteral("join"), link, QStringLiteral("--ca-file"), serviceDir.file(QStringLiteral("dev-tls-cert.pem")), QStringLiteral("--preview") });
    CHECK(preview.exitCode == 0);
}
