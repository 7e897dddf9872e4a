// Steps and professionals on a caseload of two plans, through the real parts (samen-service
// over TLS, samen-cli processes, the citizens' stores): review 4 of issue 14.
// - R4-13: a citizen is told before giving a step to a professional who cannot see its life
//   domain, nothing is made, and the ways on are commands that work as printed;
// - R4-18: a professional given a step where they may only read ticks it off, and the tick
//   reaches the citizen (the service lets the step's assignee set that step's done mark);
// - R4-11: a next command a message names on a caseload device works as printed (--plan).
#include "caseloadcitizen.h"
#include "cliprocess.h"
#include "synctestsupport.h"
#include "testdir.h"

#include "store/planview.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QRegularExpression>

using namespace samen;
using namespace samen::test;

namespace {

CliRun cli(const QString &dir, const QStringList &args, int expectedExit = 0)
{
    return expectCli(dir, QStringList { QStringLiteral("--language"), QStringLiteral("en") } + args, expectedExit);
}

/** Words as a POSIX shell splits them: single quotes keep spaces, a backslash keeps the next character. */
QStringList shellWords(const QString &line)
{
    QStringList words;
    QString word;
    bool quoted = false, started = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('\''))
                quoted = false;
            else
                word += c;
        } else if (c == QLatin1Char('\'')) {
            quoted = started = true;
        } else if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            word += line[++i];
            started = true;
        } else if (c.isSpace()) {
            if (started || !word.isEmpty())
                words << word;
            word.clear();
            started = false;
        } else {
            word += c;
        }
    }
    if (started || !word.isEmpty())
        words << word;
    return words;
}

/** The samen-cli command a message names on the line after `lead` ("To share it: "), as the words a shell would pass. */
QStringList suggested(const QByteArray &said, const QString &lead)
{
    const QRegularExpression line(QRegularExpression::escape(lead) + QStringLiteral("samen-cli ([^\\n]+)"));
    const QString found = line.match(QString::fromUtf8(said)).captured(1).trimmed();
    INFO("said: " << said.toStdString());
    REQUIRE_FALSE(found.isEmpty());
    return shellWords(found);
}

/** Who does each step called title in the store's plan (their member ids). */
QStringList ownersOf(PlanStore &store, const QString &title)
{
    QStringList owners;
    for (const QJsonValue &g : PlanView(store, store.setting(QStringLiteral("planId"))).goals()) {
        for (const QJsonValue &s : g.toObject().value(QStringLiteral("steps")).toArray()) {
            if (s.toObject().value(QStringLiteral("title")).toString() == title)
                owners << s.toObject().value(QStringLiteral("ownerId")).toString();
        }
    }
    return owners;
}

/** The step called title in the store's plan, or an empty object. */
QJsonObject stepCalled(PlanStore &store, const QString &title)
{
    for (const QJsonValue &g : PlanView(store, store.setting(QStringLiteral("planId"))).goals()) {
        for (const QJsonValue &s : g.toObject().value(QStringLiteral("steps")).toArray()) {
            if (s.toObject().value(QStringLiteral("title")).toString() == title)
                return s.toObject();
        }
    }
    return {};
}

} // namespace

TEST_CASE("Steps for a professional on a caseload of two plans: given only where they can see it, ticked off where they may only read, next commands that work",
          "[sync][cli][caseload][step]")
{
    TestDir serviceDir, pro;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
    const SyncTrust trust = trustOf(serviceDir.path(), service.pin());
    Citizen robin(QStringLiteral("Robin"), url, trust), zoe(QStringLiteral("Zoe"), url, trust);
    cli(pro.path(), professionalConnectArgs(service, serviceDir.path()));
    QString andre, andreAtZoe;
    const QString robinCode = robin.invite({ { QStringLiteral("money"), QStringLiteral("read") } }, &andre);
    const QString zoeCode = zoe.invite({ { QStringLiteral("social"), QStringLiteral("read") } }, &andreAtZoe);
    cli(pro.path(), { QStringLiteral("join"), robinCode });
    cli(pro.path(), { QStringLiteral("join"), zoeCode });
    robin.letIn(andre);
    zoe.letIn(andreAtZoe);
    cli(pro.path(), { QStringLiteral("sync") });
    const QString robinDir = robin.dir.path();

    // R4-13: Andre may see Money only; a Work step for him is refused before anything is made, saying both ways on.
    const CliRun refused = cli(robinDir,
                               { QStringLiteral("step"), QStringLiteral("add"), QStringLiteral("Robin goal work"), QStringLiteral("Call HR"),
                                 QStringLiteral("--owner"), QStringLiteral("Andre") },
                               1);
    CHECK(refused.err.contains("Andre cannot see Work and daytime activities: share Work and daytime activities with Andre first, or give the step to "
                               "someone else."));
    CHECK(ownersOf(*robin.device->store, QStringLiteral("Call HR")).isEmpty());
    // Giving it to someone else works as printed (the owner, here) ...
    QStringList other = suggested(refused.err, QStringLiteral("To give the step to someone else: "));
    other.replaceInStrings(QStringLiteral("NAME"), QStringLiteral("Robin"));
    cli(robinDir, other);
    const QString robinMember = robin.device->store->setting(QStringLiteral("memberId"));
    CHECK(ownersOf(*robin.device->store, QStringLiteral("Call HR")) == QStringList { robinMember });
    // ... and so does sharing Work with him, after which the step is his to do.
    cli(robinDir, suggested(refused.err, QStringLiteral("To share it: ")));
    cli(robinDir,
        { QStringLiteral("step"), QStringLiteral("add"), QStringLiteral("Robin goal work"), QStringLiteral("Call HR"), QStringLiteral("--owner"),
          QStringLiteral("Andre") });
    CHECK(ownersOf(*robin.device->store, QStringLiteral("Call HR")).contains(andre));

    // R4-18: a Money step for Andre, who may only read Money: he ticks it off, the service takes it, Robin sees it done.
    robin.device->edit(robin.device->editor().addStep(robin.goals.value(QStringLiteral("money")), QStringLiteral("Send the letter"), andre, {}));
    robin.device->edit(robin.device->editor().addStep(robin.goals.value(QStringLiteral("money")), QStringLiteral("Sign the letter"), robinMember, {}));
    REQUIRE(robin.device->sync());
    cli(pro.path(), { QStringLiteral("sync") });
    cli(pro.path(), { QStringLiteral("--plan"), robin.planId, QStringLiteral("step"), QStringLiteral("done"), QStringLiteral("Send the letter") });
    const CliRun notHis
        = cli(pro.path(), { QStringLiteral("--plan"), robin.planId, QStringLiteral("step"), QStringLiteral("done"), QStringLiteral("Sign") }, 1);
    CHECK(notHis.err.contains("You may read this part of the plan, but not change it."));
    const QJsonObject round = cli(pro.path(), { QStringLiteral("--json"), QStringLiteral("sync") }).object();
    CHECK(round.value(QStringLiteral("refused")).toArray().isEmpty());
    REQUIRE(robin.device->sync());
    CHECK(stepCalled(*robin.device->store, QStringLiteral("Send the letter")).value(QStringLiteral("done")).toBool());
    CHECK_FALSE(stepCalled(*robin.device->store, QStringLiteral("Sign the letter")).value(QStringLiteral("done")).toBool());
    // Ticked by mistake: he unticks it with the same command, Robin sees it open again, and "What happened" says so beside the tick.
    const CliRun untick = cli(pro.path(),
                              { QStringLiteral("--plan"), robin.planId, QStringLiteral("step"), QStringLiteral("done"), QStringLiteral("Send the letter"),
                                QStringLiteral("--undo") });
    CHECK(QString::fromUtf8(untick.out).contains(QStringLiteral("\"\u2068Send the letter\u2069\" is open again: it is no longer ticked off.")));
    CHECK(cli(pro.path(), { QStringLiteral("--json"), QStringLiteral("sync") }).object().value(QStringLiteral("refused")).toArray().isEmpty());
    REQUIRE(robin.device->sync());
    CHECK_FALSE(stepCalled(*robin.device->store, QStringLiteral("Send the letter")).value(QStringLiteral("done")).toBool());
    const QString happened = QString::fromUtf8(cli(robinDir, { QStringLiteral("plan"), QStringLiteral("show") }).out);
    INFO(happened.toStdString());
    CHECK(happened.contains(QStringLiteral("Step not done after all: \u2068Send the letter\u2069")));
    CHECK(happened.contains(QStringLiteral("Step done: \u2068Send the letter\u2069")));
    // He ticks it again the same way.
    cli(pro.path(), { QStringLiteral("--plan"), robin.planId, QStringLiteral("step"), QStringLiteral("done"), QStringLiteral("Send the letter") });
    CHECK(cli(pro.path(), { QStringLiteral("--json"), QStringLiteral("sync") }).object().value(QStringLiteral("refused")).toArray().isEmpty());
    REQUIRE(robin.device->sync());
    CHECK(stepCalled(*robin.device->store, QStringLiteral("Send the letter")).value(QStringLiteral("done")).toBool());

    // R4-11: on a device of two plans, the command a message names carries --plan (the citizen's name) and works as printed.
    const CliRun noGoal = cli(pro.path(),
                              { QStringLiteral("--plan"), QStringLiteral("Robin"), QStringLiteral("step"), QStringLiteral("add"),
                                QStringLiteral("No such goal"), QStringLiteral("A step") },
                              3);
    const QString named = QString::fromUtf8(noGoal.suggested("--plan Robin goal list"));
    CHECK(QString::fromUtf8(noGoal.err).contains(named));
    const CliRun listed = cli(pro.path(), shellWords(named).mid(1));
    CHECK(listed.out.contains("Robin goal money"));
    // The line that says what was not accepted names its command the same way (it had --plan already).
    const CliRun unknownOwner = cli(pro.path(),
                                    { QStringLiteral("--plan"), robin.planId, QStringLiteral("step"), QStringLiteral("add"), QStringLiteral("Robin goal money"),
                                      QStringLiteral("A step"), QStringLiteral("--owner"), QStringLiteral("Kim") },
                                    3);
    CHECK(unknownOwner.err.contains(unknownOwner.suggested("--plan Robin member list")));
    cli(pro.path(), { QStringLiteral("--plan"), robin.planId, QStringLiteral("member"), QStringLiteral("list") });
}
