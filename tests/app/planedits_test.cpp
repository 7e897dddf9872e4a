// Changing, deleting and unticking goals and steps in the app (issue 17), on a real encrypted
// store: an error names the field it is about (the form shows it there), undo puts back what
// was there, and a goal whose steps are all done offers "done".
#include "domain/planeditor.h"
#include "testdir.h"
#include "ui/plancontroller.h"
#include "ui/session.h"
#include "ui/stepreach.h"

#include <catch2/catch.hpp>

using samen::app::Session;
using samen::test::TestDir;

TEST_CASE("A goal's form shows its error next to the field, and changes nothing", "[edits]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createPlan(QStringLiteral("Robin"), QStringLiteral("default"), QStringLiteral("edits-1")));
    auto *plan = session.plan();
    CHECK(plan->addGoal(QStringLiteral("money"), QStringLiteral("   "), QString(), QString()).isEmpty());
    CHECK(plan->errorField() == QLatin1String("title"));
    CHECK_FALSE(plan->lastError().isEmpty());
    CHECK(plan->addGoal(QStringLiteral("money"), QStringLiteral("Overview"), QString(), QStringLiteral("2027-02-30")).isEmpty());
    CHECK(plan->errorField() == QLatin1String("due"));
    const QString goal = plan->addGoal(QStringLiteral("money"), QStringLiteral("Overview"), QString(), QStringLiteral("2027-02-28"));
    REQUIRE(!goal.isEmpty());
    CHECK(plan->errorField().isEmpty());
    CHECK(plan->lastError().isEmpty());

    CHECK_FALSE(plan->editGoal(goal, QString(), QString(), QString()));
    CHECK(plan->errorField() == QLatin1String("title"));
    CHECK(plan->goal(goal).value(QStringLiteral("title")).toString() == QLatin1String("Overview"));
    CHECK(plan->undoText().isEmpty());
}

TEST_CASE("Deleting a goal in the app can be undone, and the goal comes back as it was with its steps", "[edits][undo]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createPlan(QStringLiteral("Robin"), QStringLiteral("default"), QStringLiteral("edits-2")));
    auto *plan = session.plan();
    const QString goal = plan->addGoal(QStringLiteral("money"), QStringLiteral("Overview"), QStringLiteral("Sleep"), QStringLiteral("2027-02-28"));
    const QString step = plan->addStep(goal, QStringLiteral("Collect the letters"), QString(), QString());
    REQUIRE(!step.isEmpty());
    const QVariantMap before = plan->goal(goal);

    REQUIRE(plan->deleteGoal(goal));
    CHECK(plan->goal(goal).isEmpty());
    CHECK(plan->undoText() == QLatin1String("Goal deleted."));
    REQUIRE(plan->undo());
    CHECK(plan->undoText().isEmpty());
    CHECK(plan->goal(goal) == before);

    REQUIRE(plan->editGoal(goal, QStringLiteral("One overview"), QString(), QString()));
    CHECK(plan->undoText() == QLatin1String("Goal changed."));
    CHECK(plan->goal(goal).value(QStringLiteral("why")).isNull());
    REQUIRE(plan->undo());
    CHECK(plan->goal(goal).value(QStringLiteral("title")).toString() == QLatin1String("Overview"));
    CHECK(plan->goal(goal).value(QStringLiteral("why")).toString() == QLatin1String("Sleep"));
    CHECK(plan->goal(goal).value(QStringLiteral("due")).toString() == QLatin1String("2027-02-28"));
    CHECK_FALSE(plan->undo()); // nothing left to undo
}

TEST_CASE("A goal whose steps are all done says so and offers done, and unticking a step takes that back", "[edits]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createPlan(QStringLiteral("Robin"), QStringLiteral("default"), QStringLiteral("edits-3")));
    auto *plan = session.plan();
    const QString goal = plan->addGoal(QStringLiteral("money"), QStringLiteral("Overview"), QString(), QString());
    const QString step = plan->addStep(goal, QStringLiteral("Collect the letters"), QString(), QString());
    CHECK(plan->goal(goal).value(QStringLiteral("statusText")).toString() == QLatin1String("Not started"));
    CHECK_FALSE(plan->goal(goal).value(QStringLiteral("offersDone")).toBool());

    REQUIRE(plan->completeStep(step));
    CHECK(plan->goal(goal).value(QStringLiteral("statusText")).toString() == QLatin1String("All steps done"));
    CHECK(plan->goal(goal).value(QStringLiteral("offersDone")).toBool());

    REQUIRE(plan->uncompleteStep(step));
    CHECK(plan->goal(goal).value(QStringLiteral("statusText")).toString() == QLatin1String("Not started"));
    CHECK(plan->goal(goal).value(QStringLiteral("openSteps")).toInt() == 1);

    REQUIRE(plan->completeStep(step));
    REQUIRE(plan->setGoalStatus(goal, QStringLiteral("done")));
    CHECK(plan->goal(goal).value(QStringLiteral("statusText")).toString() == QLatin1String("Done"));
    CHECK_FALSE(plan->goal(goal).value(QStringLiteral("offersDone")).toBool());
}

TEST_CASE("Who does a step: the app says before saving that someone cannot see the goal's life domain, and saves nothing", "[edits][step]")
{
    // Review 4, R4-13: a step given to a professional in a domain they may not see never reached them.
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createPlan(QStringLiteral("Robin"), QStringLiteral("default"), QStringLiteral("edits-reach")));
    auto *plan = session.plan();
    samen::MemberInput pro;
    pro.kind = QStringLiteral("professional");
    pro.name = QStringLiteral("Samira");
    const QString samira = plan->applyEdit(plan->editor().addMember(pro));
    REQUIRE(!samira.isEmpty());
    REQUIRE(!plan->applyEdit(plan->editor().createEntity(QStringLiteral("grant"), QStringLiteral("0190a5d2-0000-7000-8000-000000000001"),
                                                         { { QStringLiteral("memberId"), samira },
                                                           { QStringLiteral("domainKey"), QStringLiteral("money") },
                                                           { QStringLiteral("access"), QStringLiteral("read") } }))
                 .isEmpty());
    const QString work = plan->addGoal(QStringLiteral("work"), QStringLiteral("Keep my job"), QString(), QString());
    const QString money = plan->addGoal(QStringLiteral("money"), QStringLiteral("Overview"), QString(), QString());
    REQUIRE(!work.isEmpty());

    const samen::app::StepReach reach;
    const QString note = reach.note(plan, work, samira);
    CHECK(note
          == QStringLiteral("Samira cannot see Work and daytime activities: share Work and daytime activities with Samira first, or give the step to "
                            "someone else."));
    CHECK(reach.note(plan, money, samira).isEmpty());
    CHECK(reach.note(plan, work, plan->memberId()).isEmpty());
    CHECK(plan->addStep(work, QStringLiteral("Call HR"), samira, QString()).isEmpty());
    CHECK(plan->lastError() == note);
    CHECK(plan->goal(work).value(QStringLiteral("openSteps")).toInt() == 0);
    CHECK_FALSE(plan->addStep(money, QStringLiteral("Send the letter"), samira, QString()).isEmpty());
}
