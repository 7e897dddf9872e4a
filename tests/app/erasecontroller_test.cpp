// "My data" (issue 15): the EraseController and DataListModel on Robin's demo plan in a
// real encrypted store; erasing a plan only on this device, and a connected one at the
// real service over TLS (which then answers "plan-erased"), each ending at the first-run
// page with a notice; and "see everything" in words, without ids.
#include "connectedplan.h"
#include "testdir.h"
#include "ui/data/datalistmodel.h"
#include "ui/data/erasecontroller.h"
#include "ui/plancontroller.h"
#include "ui/session.h"

#include "store/accesslogcopy.h"
#include "store/planstore.h"
#include "store/planview.h"
#include "sync/syncclient.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>

using samen::app::DataListModel;
using samen::app::EraseController;
using samen::app::Session;
using samen::test::TestDir;

namespace {

/** Makes the session the instance EraseController uses, for the test's length. */
struct CurrentSession {
    explicit CurrentSession(Session &session) { Session::setInstance(&session); }
    ~CurrentSession() { Session::setInstance(nullptr); }
};

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("Erasing a plan that is only on this device deletes its files and shows the first-run page with a notice", "[app][erase]")
{
    TestDir dir;
    Session session(dir.path(), false);
    CurrentSession current(session);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(QStringLiteral("erase-test-1")));
    QDir(dir.path()).mkdir(QStringLiteral("damaged-20261101-120000-000")); // a copy start-over kept aside
    EraseController eraser;
    eraser.setPlan(session.plan());
    CHECK_FALSE(eraser.erasesAtService());
    CHECK(eraser.explanation().contains(QStringLiteral("only on this device")));
    CHECK_FALSE(eraser.secondQuestion().isEmpty());

    eraser.erase();
    CHECK(session.state() == Session::State::Welcome);
    CHECK(session.plan() == nullptr);
    CHECK(session.stateMessage().contains(QStringLiteral("erased from this device")));
    REQUIRE(samen::test::waitFor([&] { return filesIn(dir.path()).isEmpty(); }));
    CHECK(session.error().isEmpty());

    // No dead end: a new plan can start in the same folder.
    CHECK(session.createPlan(QStringLiteral("Robin"), QStringLiteral("default"), QStringLiteral("erase-test-2")));
    CHECK(session.state() == Session::State::Unlocked);
}

TEST_CASE("Erasing a connected plan erases it at the service first, and the service then answers plan-erased", "[app][erase]")
{
    TestDir dir, serviceDir;
    samen::test::ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    Session session(dir.path(), false);
    CurrentSession current(session);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(QStringLiteral("erase-test-3")));
    samen::test::connectAsRobin(session.plan(), service);
    const QString planId = session.plan()->planId();

    // A copy of the folder: the same device, still holding the plan, to ask the service afterwards.
    TestDir copy;
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
        REQUIRE(QFile::copy(QDir(dir.path()).filePath(name), QDir(copy.path()).filePath(name)));

    EraseController eraser;
    eraser.setPlan(session.plan());
    REQUIRE(eraser.erasesAtService());
    CHECK(eraser.explanation().contains(QStringLiteral("case service")));
    eraser.erase();
    REQUIRE(samen::test::waitFor([&] { return session.state() == Session::State::Welcome; }));
    CHECK(session.stateMessage().contains(QStringLiteral("from the case service")));
    REQUIRE(samen::test::waitFor([&] { return filesIn(dir.path()).isEmpty(); }));

    auto store = samen::PlanStore::open(copy.path(), samen::DatabaseKey::passphrase(QStringLiteral("erase-test-3")));
    REQUIRE(store);
    QNetworkAccessManager network;
    samen::SyncClient client(*store.value(), network);
    std::optional<samen::Result<QJsonObject>> answer;
    client.call("GET", QStringLiteral("/v1/plans/%1/ops?after=0").arg(planId), {}, [&](const samen::Result<QJsonObject> &r) { answer.emplace(r); });
    REQUIRE(samen::test::waitFor([&] { return answer.has_value(); }));
    REQUIRE_FALSE(*answer);
    CHECK(answer->error().reason == QStringLiteral("plan-erased"));
}

TEST_CASE("Erasing a connected plan whose service cannot be reached erases nothing and offers to erase only this device", "[app][erase]")
{
    TestDir dir, serviceDir;
    samen::test::ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    Session session(dir.path(), false);
    CurrentSession current(session);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(QStringLiteral("erase-test-4")));
    samen::test::connectAsRobin(session.plan(), service);
    service.stop();
    session.plan()->sync()->client()->setMaxAttempts(1);

    EraseController eraser;
    eraser.setPlan(session.plan());
    eraser.erase();
    REQUIRE(samen::test::waitFor([&] { return !eraser.busy(); }));
    CHECK(eraser.error().contains(QStringLiteral("nothing was erased")));
    CHECK(eraser.canEraseHereOnly());
    CHECK(session.state() == Session::State::Unlocked);
    CHECK(samen::PlanStore::exists(dir.path()));

    eraser.eraseHereOnly();
    CHECK(session.state() == Session::State::Welcome);
    CHECK(session.stateMessage().contains(QStringLiteral("still at the case service")));
    REQUIRE(samen::test::waitFor([&] { return !samen::PlanStore::exists(dir.path()); }));
}

TEST_CASE("See everything lists every part of the demo plan in words, history included, never an id", "[app][data]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(QStringLiteral("data-test-1")));
    DataListModel model;
    model.setPlan(session.plan());
    REQUIRE(model.rowCount() > 20);

    const QJsonObject plan = samen::PlanView(session.plan()->store(), session.plan()->planId()).plan();
    QStringList sections, text;
    for (int i = 0; i < model.rowCount(); ++i) {
        const QVariantMap row = model.get(i);
        if (!sections.contains(row.value(QStringLiteral("section")).toString()))
            sections << row.value(QStringLiteral("section")).toString();
        text << row.value(QStringLiteral("title")).toString() + QLatin1Char('\n') + row.value(QStringLiteral("detail")).toString();
    }
    const QString all = text.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(sections.first() == QStringLiteral("Your plan"));
    CHECK(sections.contains(QStringLiteral("Life domains, most important first")));
    CHECK(sections.contains(QStringLiteral("Goals and steps")));
    CHECK(sections.contains(QStringLiteral("People in the plan")));
    CHECK(sections.contains(QStringLiteral("What happened, newest first")));

    // Every goal, step, person, timeline entry and self-assessment of the plan is there.
    int expected = 2; // the plan and the story
    for (const char *key : { "goals", "members", "timeline", "grants", "invitations", "meetings", "agreements", "accessLog" })
        expected += static_cast<int>(plan.value(QLatin1String(key)).toArray().size());
    for (const QJsonValue &g : plan.value(QStringLiteral("goals")).toArray())
        expected += static_cast<int>(g[QStringLiteral("steps")].toArray().size());
    for (const QJsonValue &d : plan.value(QStringLiteral("domains")).toArray())
        expected += 1 + static_cast<int>(d[QStringLiteral("assessments")].toArray().size());
    expected += static_cast<int>(plan.value(QStringLiteral("conflicts")).toArray().size());
    CHECK(model.rowCount() == expected);
    for (const QJsonValue &g : plan.value(QStringLiteral("goals")).toArray())
        CHECK(all.contains(g[QStringLiteral("title")].toString()));
    CHECK(all.contains(plan.value(QStringLiteral("story")).toObject().value(QStringLiteral("text")).toString()));

    // People's words: no UUID, no coded value.
    CHECK_FALSE(all.contains(QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"))));
    for (const char *code : { "in-progress", "plan-created", "step-done", "domainKey", "member-added" })
        CHECK_FALSE(all.contains(QLatin1String(code)));
}

TEST_CASE("See everything lists the copy of the case service's access log this device holds, in words", "[app][data]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(QStringLiteral("data-test-9")));
    samen::PlanStore &store = session.plan()->store();
    QString network;
    for (const QJsonObject &m : store.entities(session.plan()->planId(), QStringLiteral("member"))) {
        if (m.value(QStringLiteral("kind")).toString() == QLatin1String("network") && network.isEmpty())
            network = m.value(QStringLiteral("id")).toString();
    }
    samen::AccessLogRecord read;
    read.seq = 7;
    read.atMs = QDateTime::currentMSecsSinceEpoch() - 3600000;
    read.actorMemberId = network;
    read.action = QStringLiteral("ops.read");
    read.domainKey = QStringLiteral("housing");
    samen::AccessLogRecord erased = read;
    erased.seq = 8;
    erased.byAdministrator = true;
    erased.actorMemberId.clear();
    erased.action = QStringLiteral("audit.read");
    REQUIRE(samen::AccessLogCopy::keepFetched(store, { read, erased }, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)));

    // In plan show's data, and on the page, in the log's own sentences.
    CHECK(samen::PlanView(store, session.plan()->planId()).plan().value(QStringLiteral("accessLog")).toArray().size() == 2);
    DataListModel model;
    model.setPlan(session.plan());
    QStringList lines;
    for (int i = 0; i < model.rowCount(); ++i) {
        const QVariantMap row = model.get(i);
        if (row.value(QStringLiteral("section")).toString() == QStringLiteral("The case service's access log (the copy on this device)"))
            lines << row.value(QStringLiteral("title")).toString();
    }
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).contains(QStringLiteral("The service's administrator"))); // newest first
    CHECK(lines.at(1).contains(QStringLiteral("looked at")));
    CHECK_FALSE(lines.join(QLatin1Char(' ')).contains(QStringLiteral("ops.read")));
}
