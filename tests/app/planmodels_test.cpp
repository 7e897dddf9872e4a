// Plan-following list models as QML sets them up: every initial property first, then one load.
#include "models/planmodels.h"
#include "testdir.h"
#include "ui/plancontroller.h"
#include "ui/session.h"

#include <catch2/catch.hpp>

using samen::app::GoalListModel;
using samen::app::Session;
using samen::test::TestDir;

TEST_CASE("A goal list that QML gives its plan and then its domain loads once, when complete, with only that domain's goals", "[models]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createPlan(QStringLiteral("Robin"), QStringLiteral("default"), QStringLiteral("models-1")));
    auto *plan = session.plan();
    for (const char *title : { "Overview", "Pay the rent", "Save a little" })
        REQUIRE_FALSE(plan->addGoal(QStringLiteral("money"), QString::fromUtf8(title), QString(), QString()).isEmpty());
    for (const char *title : { "Walk daily", "See the doctor" })
        REQUIRE_FALSE(plan->addGoal(QStringLiteral("work"), QString::fromUtf8(title), QString(), QString()).isEmpty());

    // What QQmlObjectCreator does for `GoalListModel { plan: ...; domainKey: "work" }`:
    // classBegin, the properties in their order, then componentComplete.
    GoalListModel goals;
    int inserted = 0;
    int removed = 0;
    QObject::connect(&goals, &QAbstractItemModel::rowsInserted, [&inserted] { ++inserted; });
    QObject::connect(&goals, &QAbstractItemModel::rowsRemoved, [&removed] { ++removed; });
    goals.classBegin();
    goals.setPlan(plan);
    goals.setDomainKey(QStringLiteral("work"));
    // Nothing is loaded while QML is still setting properties: not every goal of the plan first.
    CHECK(goals.rowCount() == 0);
    CHECK(inserted == 0);
    goals.componentComplete();
    REQUIRE(goals.rowCount() == 2);
    CHECK(goals.get(0).value(QStringLiteral("title")).toString() == QLatin1String("Walk daily"));
    CHECK(goals.get(1).value(QStringLiteral("title")).toString() == QLatin1String("See the doctor"));
    CHECK(inserted == 1);
    CHECK(removed == 0);

    // Once complete, a new filter or a change of the plan loads at once, as before.
    goals.setDomainKey(QStringLiteral("money"));
    CHECK(goals.rowCount() == 3);
    REQUIRE_FALSE(plan->addGoal(QStringLiteral("money"), QStringLiteral("Open a savings account"), QString(), QString()).isEmpty());
    CHECK(goals.rowCount() == 4);

    // Made in C++ (no classBegin), it loads as soon as it has its plan.
    GoalListModel direct;
    direct.setPlan(plan);
    CHECK(direct.rowCount() == plan->goals().size());
    CHECK(direct.rowCount() >= 6);
}
