// The People page's rings come from the plan's member entities: who is on which ring,
// in which words, and who is left out.
#include "domain/planeditor.h"
#include "models/planmodels.h"
#include "store/planstore.h"
#include "store/planview.h"
#include "testdir.h"
#include "ui/people/peoplemodel.h"
#include "ui/plancontroller.h"
#include "ui/session.h"

#include <catch2/catch.hpp>

#include <QJsonObject>

using samen::app::PeopleModel;
using samen::app::Session;
using samen::test::TestDir;

namespace {

QVariantMap rowNamed(const PeopleModel &m, const QString &name)
{
    for (int i = 0; i < m.rowCount(); ++i)
        if (m.get(i).value(QStringLiteral("name")).toString() == name)
            return m.get(i);
    return {};
}

} // namespace

TEST_CASE("Robin's network sits on three rings: friends inside, the employer in the middle, professionals outside", "[people]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(QStringLiteral("people-test-1")));
    PeopleModel people;
    people.setPlan(session.plan());

    CHECK(people.centreName() == QLatin1String("Robin"));
    REQUIRE(people.rowCount() == 4); // André, Samira, Ellen, Sam; Robin is the centre
    CHECK(rowNamed(people, QStringLiteral("Sam")).value(QStringLiteral("ring")) == QLatin1String("inner"));
    CHECK(rowNamed(people, QStringLiteral("Ellen")).value(QStringLiteral("ring")) == QLatin1String("middle"));
    CHECK(rowNamed(people, QStringLiteral("André")).value(QStringLiteral("ring")) == QLatin1String("outer"));
    CHECK(rowNamed(people, QStringLiteral("Samira")).value(QStringLiteral("ring")) == QLatin1String("outer"));
    // Inner to outer, so the plain list reads in the same order as the picture.
    CHECK(people.get(0).value(QStringLiteral("name")) == QLatin1String("Sam"));
    CHECK(people.get(1).value(QStringLiteral("name")) == QLatin1String("Ellen"));

    const QVariantMap andre = rowNamed(people, QStringLiteral("André"));
    CHECK(andre.value(QStringLiteral("relationText")) == QLatin1String("social worker, Welfare organisation"));
    CHECK(andre.value(QStringLiteral("coordinator")).toBool());
    CHECK(andre.value(QStringLiteral("description")).toString().contains(QStringLiteral("coordinator")));
    CHECK(rowNamed(people, QStringLiteral("Sam")).value(QStringLiteral("relationText")) == QLatin1String("friend"));

    // Each person is placed on their ring's circle around the centre.
    for (int i = 0; i < people.rowCount(); ++i) {
        const QVariantMap row = people.get(i);
        const double dx = row.value(QStringLiteral("posX")).toDouble() - 0.5;
        const double dy = row.value(QStringLiteral("posY")).toDouble() - 0.5;
        CHECK(std::sqrt(dx * dx + dy * dy) == Approx(PeopleModel::ringRadius(row.value(QStringLiteral("ring")).toString())));
    }
}

TEST_CASE("A member's own ring wins, and someone whose end date has passed is not drawn", "[people]")
{
    TestDir dir;
    Session session(dir.path(), false);
    REQUIRE(session.createDemoPlan(QStringLiteral("people-test-2")));
    samen::app::PlanController *plan = session.plan();
    PeopleModel people;
    people.setPlan(plan);
    const QString ellenId = rowNamed(people, QStringLiteral("Ellen")).value(QStringLiteral("id")).toString();
    const QString samId = rowNamed(people, QStringLiteral("Sam")).value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(ellenId.isEmpty());

    auto clock = plan->store().makeClock();
    samen::PlanEditor editor(plan->store(), *clock, plan->store().setting(QStringLiteral("planId")), plan->memberId());
    auto ring = editor.setField(ellenId, QStringLiteral("ring"), QStringLiteral("inner"));
    REQUIRE(ring);
    REQUIRE(plan->store().applyLocal(ring->ops));
    auto until = editor.setField(samId, QStringLiteral("until"), plan->today().addDays(-1).toString(Qt::ISODate));
    REQUIRE(until);
    REQUIRE(plan->store().applyLocal(until->ops));
    plan->refresh();

    CHECK(rowNamed(people, QStringLiteral("Ellen")).value(QStringLiteral("ring")) == QLatin1String("inner"));
    CHECK(rowNamed(people, QStringLiteral("Sam")).isEmpty());
    CHECK(people.rowCount() == 3);
}

TEST_CASE("A member whose end date is today or earlier helped before: not on the rings nor a step owner, but listed with their period", "[people]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(QStringLiteral("people-test-3")));
    samen::app::PlanController *plan = session.plan();
    plan->setToday(QDate(2026, 11, 29));
    PeopleModel people;
    people.setPlan(plan);
    const QString samId = rowNamed(people, QStringLiteral("Sam")).value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(samId.isEmpty());

    // Removed today: NetworkMirror sets `until` to the removal day.
    auto clock = plan->store().makeClock();
    samen::PlanEditor editor(plan->store(), *clock, plan->store().setting(QStringLiteral("planId")), plan->memberId());
    auto since = editor.setField(samId, QStringLiteral("since"), QStringLiteral("2026-03-01"));
    REQUIRE(since);
    REQUIRE(plan->store().applyLocal(since->ops));
    auto until = editor.setField(samId, QStringLiteral("until"), QStringLiteral("2026-11-29"));
    REQUIRE(until);
    REQUIRE(plan->store().applyLocal(until->ops));
    plan->refresh();

    CHECK(rowNamed(people, QStringLiteral("Sam")).isEmpty());
    CHECK(people.rowCount() == 3);
    REQUIRE(people.former().size() == 1);
    const QVariantMap former = people.former().first().toMap();
    CHECK(former.value(QStringLiteral("name")).toString() == QStringLiteral("Sam"));
    CHECK(former.value(QStringLiteral("period")).toString() == QStringLiteral("1 March 2026 – 29 November 2026"));
    CHECK(former.value(QStringLiteral("description")).toString().contains(QStringLiteral("helped")));
    // Not offered as a step owner.
    for (int i = 0; i < plan->members()->rowCount(); ++i)
        CHECK(plan->members()->get(i).value(QStringLiteral("id")) != samId);
    // The one rule: the day before the end date, still current.
    const QJsonObject sam { { QStringLiteral("until"), QStringLiteral("2026-11-29") } };
    CHECK(samen::PlanView::isCurrentMember(sam, QDate(2026, 11, 28)));
    CHECK_FALSE(samen::PlanView::isCurrentMember(sam, QDate(2026, 11, 29)));
    CHECK_FALSE(samen::PlanView::isCurrentMember(sam, QDate(2026, 12, 1)));
    CHECK(samen::PlanView::isCurrentMember(QJsonObject {}, QDate(2026, 12, 1)));
}
