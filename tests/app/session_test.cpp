#include "store/planview.h"
#include "testdir.h"
#include "ui/plancontroller.h"
#include "ui/session.h"
#include "waitfor.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QJsonArray>
#include <QJsonObject>

using samen::app::Session;
using samen::test::readRaw;
using samen::test::TestDir;

namespace {

using samen::test::waitFor;

/** What a key press anywhere in the app looks like to the session's event filter. */
void pressAKey()
{
    QObject target;
    QEvent press(QEvent::KeyPress);
    QCoreApplication::sendEvent(&target, &press);
}

} // namespace

TEST_CASE("A new plan is unlocked, locking drops it, and only the right passphrase opens it again", "[session]")
{
    TestDir dir;
    Session session(dir.path(), false);
    CHECK(session.state() == Session::State::Welcome);
    CHECK(session.plan() == nullptr);

    REQUIRE(session.createPlan(QStringLiteral("Tess"), QStringLiteral("default"), QStringLiteral("tess-plan-1")));
    CHECK(session.state() == Session::State::Unlocked);
    REQUIRE(session.plan() != nullptr);
    CHECK(session.plan()->name() == QLatin1String("Tess"));

    session.lock();
    CHECK(session.state() == Session::State::Locked);
    CHECK(session.plan() == nullptr);

    CHECK_FALSE(session.unlock(QStringLiteral("wrong-one-1")));
    CHECK(session.state() == Session::State::Locked);
    CHECK_FALSE(session.error().isEmpty());
    CHECK(session.plan() == nullptr);

    REQUIRE(session.unlock(QStringLiteral("tess-plan-1")));
    CHECK(session.plan()->name() == QLatin1String("Tess"));
    CHECK(session.error().isEmpty());
}

TEST_CASE("A second session on the same folder starts locked and never shows plan data before unlock", "[session]")
{
    TestDir dir;
    {
        Session first(dir.path(), false);
        REQUIRE(first.createPlan(QStringLiteral("Marc"), QStringLiteral("self-reliance"), QStringLiteral("marc-plan-1")));
    }
    Session second(dir.path(), false);
    CHECK(second.state() == Session::State::Locked);
    CHECK(second.plan() == nullptr);
    CHECK_FALSE(second.createPlan(QStringLiteral("Other"), QStringLiteral("default"), QStringLiteral("other-plan-1")));
    CHECK(second.state() == Session::State::Locked);
}

TEST_CASE("The plan locks itself after the idle time, and input keeps it open", "[session]")
{
    TestDir dir;
    Session session(dir.path(), false);
    REQUIRE(session.createPlan(QStringLiteral("Robin"), QStringLiteral("default"), QStringLiteral("robin-plan-1")));
    int lockedForInactivity = 0;
    QObject::connect(&session, &Session::lockedForInactivity, [&] { ++lockedForInactivity; });
    session.setIdleInterval(std::chrono::milliseconds(400));

    // Keep pressing keys for longer than the idle time: it stays open.
    QElapsedTimer busy;
    busy.start();
    while (busy.elapsed() < 1000) {
        pressAKey();
        waitFor([] { return false; }, 50);
    }
    CHECK(session.state() == Session::State::Unlocked);
    CHECK(lockedForInactivity == 0);

    // Then nothing: it locks, says why, and holds no plan any more.
    REQUIRE(waitFor([&] { return session.state() == Session::State::Locked; }, 3000));
    CHECK(lockedForInactivity == 1);
    CHECK(session.plan() == nullptr);
}

TEST_CASE("Without a system key store, the keychain way makes no plan and says to choose a passphrase", "[session][keystore]")
{
    TestDir dir;
    Session session(dir.path(), false);
    if (session.createPlanWithKeychain(QStringLiteral("Tess"), QStringLiteral("default"))) {
        // A machine with a secret service: the key round-trips and opens the plan.
        CHECK(session.usesKeychain());
        session.lock();
        CHECK(session.unlockWithKeychain());
        return;
    }
    CHECK(session.state() == Session::State::Welcome);
    CHECK_FALSE(session.error().isEmpty());
    CHECK_FALSE(session.usesKeychain());
    CHECK(readRaw(dir.file(QStringLiteral("samen.db"))).isEmpty());
}

TEST_CASE("A bad plan name or a weak passphrase changes nothing on disk", "[session]")
{
    TestDir dir;
    Session session(dir.path(), false);
    CHECK_FALSE(session.createPlan(QString(), QStringLiteral("default"), QStringLiteral("good-pass-1")));
    CHECK_FALSE(session.error().isEmpty());
    CHECK_FALSE(session.createPlan(QStringLiteral("Robin"), QStringLiteral("no-such-framework"), QStringLiteral("good-pass-1")));
    CHECK_FALSE(session.createPlan(QStringLiteral("Robin"), QStringLiteral("default"), QStringLiteral("abc")));
    CHECK(session.state() == Session::State::Welcome);
    CHECK(readRaw(dir.file(QStringLiteral("samen.db"))).isEmpty());
}

TEST_CASE("Dates are taken as people write them, and a wrong one adds nothing", "[session]")
{
    TestDir dir;
    Session session(dir.path(), false);
    REQUIRE(session.createPlan(QStringLiteral("Robin"), QStringLiteral("default"), QStringLiteral("robin-plan-1")));
    samen::app::PlanController *plan = session.plan();
    for (const QString &written : { QStringLiteral("2027-01-31"), QStringLiteral("31-01-2027"), QStringLiteral("31/1/2027"), QStringLiteral("31.01.2027") }) {
        const QString id = plan->addGoal(QStringLiteral("money"), QStringLiteral("Pay the energy bill"), {}, written);
        INFO(written.toStdString());
        REQUIRE_FALSE(id.isEmpty());
        CHECK(plan->goal(id).value(QStringLiteral("due")).toString() == QLatin1String("2027-01-31"));
    }
    for (const QString &wrong : { QStringLiteral("31-31-2027"), QStringLiteral("tomorrow"), QStringLiteral("2027-02-30") }) {
        INFO(wrong.toStdString());
        CHECK(plan->addGoal(QStringLiteral("money"), QStringLiteral("Should not exist"), {}, wrong).isEmpty());
        CHECK_FALSE(plan->lastError().isEmpty());
    }
    int shouldNotExist = 0;
    for (const QJsonValue &g : plan->view()->goals())
        shouldNotExist += g.toObject().value(QStringLiteral("title")).toString() == QLatin1String("Should not exist");
    CHECK(shouldNotExist == 0);
}
