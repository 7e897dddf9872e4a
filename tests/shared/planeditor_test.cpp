#include "qtcatch.h"

#include "domain/frameworks.h"
#include "domain/planeditor.h"
#include "domain/schema.h"
#include "sync/hlcclock.h"
#include "sync/planstate.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <random>

using namespace samen;

namespace {

// 2026-03-10T09:00:00Z
constexpr qint64 kStart = 1'773'133'200'000;

/** A plan made by createPlan, in memory, with an editor for its owner. */
struct Fixture {
    qint64 wall = kStart;
    HlcClock clock { QStringLiteral("dev1"), [this] { return wall; } };
    PlanState state;
    QString planId;
    QString ownerId;
    std::unique_ptr<PlanEditor> editor;

    explicit Fixture(const QString &framework = QStringLiteral("default"))
    {
        auto edit = PlanEditor::createPlan(clock, QStringLiteral("Mijn plan"), framework, QStringLiteral("Anna"));
        REQUIRE(edit.ok());
        planId = edit->entityId;
        ownerId = PlanEditor::ownerMemberIdOf(edit.value());
        state.apply(edit->ops);
        editor = std::make_unique<PlanEditor>(state, clock, planId, ownerId);
    }

    /** Applies a successful edit and returns it. */
    Edit apply(const Result<Edit> &edit)
    {
        INFO((edit.ok() ? QString() : edit.error().message).toStdString());
        REQUIRE(edit.ok());
        for (const Operation &op : edit->ops) {
            INFO(op.entityType.toStdString() << "." << op.field.toStdString());
            REQUIRE(validateField(op.entityType, op.field, op.value).ok());
            REQUIRE(op.planId == planId);
        }
        state.apply(edit->ops);
        return edit.value();
    }

    QStringList domainOrder() const
    {
        QList<QJsonObject> domains = state.entities(planId, QStringLiteral("domain"));
        std::sort(domains.begin(), domains.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QStringLiteral("sortKey")).toString() < b.value(QStringLiteral("sortKey")).toString();
        });
        QStringList keys;
        for (const QJsonObject &d : domains)
            keys.append(d.value(QStringLiteral("key")).toString());
        return keys;
    }

    QList<QJsonObject> timeline(const QString &kind) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &t : state.entities(planId, QStringLiteral("timeline"))) {
            if (t.value(QStringLiteral("kind")).toString() == kind)
                out.append(t);
        }
        return out;
    }

    QString addGoal(const QString &title = QStringLiteral("A place of my own"))
    {
        return apply(editor->addGoal(QStringLiteral("housing"), title, QStringLiteral("I want rest"), QDate(2026, 6, 1))).entityId;
    }
};

QStringList defaultKeys(const QString &framework = QStringLiteral("default"))
{
    QStringList keys;
    for (const LifeDomain &d : frameworkDomains(framework))
        keys.append(d.key);
    return keys;
}

void requireValidation(const Result<Edit> &edit, const QString &message = {})
{
    REQUIRE_FALSE(edit.ok());
    REQUIRE(edit.error().code == ErrorCode::Validation);
    REQUIRE_FALSE(edit.error().message.isEmpty());
    if (!message.isEmpty())
        REQUIRE(edit.error().message == message);
}

} // namespace

TEST_CASE("creating a plan makes the plan, its owner as coordinator, the framework's domains in order and a timeline entry", "[editor]")
{
    for (const QString &framework : frameworkKeys()) {
        Fixture f(framework);
        const auto plan = f.state.entity(f.planId);
        REQUIRE(plan->value(QStringLiteral("type")).toString() == QStringLiteral("plan"));
        REQUIRE(plan->value(QStringLiteral("name")).toString() == QStringLiteral("Mijn plan"));
        REQUIRE(plan->value(QStringLiteral("framework")).toString() == framework);
        REQUIRE(plan->value(QStringLiteral("createdAt")).toString() == QStringLiteral("2026-03-10T09:00:00Z"));
        const auto owner = f.state.entity(f.ownerId);
        REQUIRE(owner.has_value());
        REQUIRE(owner->value(QStringLiteral("kind")).toString() == QStringLiteral("citizen"));
        REQUIRE(owner->value(QStringLiteral("name")).toString() == QStringLiteral("Anna"));
        REQUIRE(owner->value(QStringLiteral("coordinator")).toBool());
        REQUIRE(owner->value(QStringLiteral("since")).toString() == QDateTime::fromMSecsSinceEpoch(kStart).date().toString(Qt::ISODate));
        REQUIRE(f.state.entities(f.planId, QStringLiteral("member")).size() == 1);
        REQUIRE(f.domainOrder() == defaultKeys(framework));
        REQUIRE(f.timeline(QStringLiteral("plan-created")).size() == 1);
        for (const QString &id : f.state.entities(f.planId, QStringLiteral("domain")).first().keys())
            REQUIRE_FALSE(id.isEmpty());
        // Every operation is valid, by the owner, in this plan.
        for (const QJsonObject &d : f.state.entities(f.planId, QStringLiteral("domain")))
            REQUIRE(f.state.history(d.value(QStringLiteral("id")).toString(), QStringLiteral("key")).first().authorMemberId == f.ownerId);
    }
}

TEST_CASE("creating a plan with a bad name or framework fails with a plain message", "[editor]")
{
    HlcClock clock(QStringLiteral("dev1"));
    requireValidation(PlanEditor::createPlan(clock, QStringLiteral("  "), QStringLiteral("default"), QStringLiteral("Anna")),
                      QStringLiteral("Write the name. It cannot be empty."));
    requireValidation(PlanEditor::createPlan(clock, QStringLiteral("Plan"), QStringLiteral("astrology"), QStringLiteral("Anna")));
    requireValidation(PlanEditor::createPlan(clock, QStringLiteral("Plan"), QStringLiteral("default"), QString()));
    REQUIRE(PlanEditor::ownerMemberIdOf(Edit {}).isEmpty());
}

TEST_CASE("prioritize puts the named domains first and keeps the others in their order", "[editor]")
{
    Fixture f;
    f.apply(f.editor->prioritize({ QStringLiteral("mental-health"), QStringLiteral("money") }));
    QStringList expected = defaultKeys();
    expected.removeAll(QStringLiteral("mental-health"));
    expected.removeAll(QStringLiteral("money"));
    expected.prepend(QStringLiteral("money"));
    expected.prepend(QStringLiteral("mental-health"));
    REQUIRE(f.domainOrder() == expected);
    requireValidation(f.editor->prioritize({ QStringLiteral("money"), QStringLiteral("money") }));
    requireValidation(f.editor->prioritize({ QStringLiteral("astrology") }), QStringLiteral("Choose one of the life domains of this plan."));
    // Asking for the order it already has changes nothing.
    REQUIRE(f.editor->prioritize(expected)->ops.isEmpty());
}

TEST_CASE("moving a domain is one operation on that domain", "[editor]")
{
    Fixture f;
    const Edit edit = f.apply(f.editor->moveDomain(QStringLiteral("money"), -1));
    REQUIRE(edit.ops.size() == 1);
    REQUIRE(edit.ops.first().field == QStringLiteral("sortKey"));
    REQUIRE(f.state.entity(edit.entityId)->value(QStringLiteral("key")).toString() == QStringLiteral("money"));
    REQUIRE(f.domainOrder().mid(0, 2) == QStringList { QStringLiteral("money"), QStringLiteral("housing") });
    requireValidation(f.editor->moveDomain(QStringLiteral("money"), -1), QStringLiteral("This life domain is already at the top."));
    requireValidation(f.editor->moveDomain(QStringLiteral("daily-functioning"), +1));
    requireValidation(f.editor->moveDomain(QStringLiteral("nope"), +1));

    // Many random moves: always one op, and the order matches a plain list doing the same moves.
    std::mt19937 rng(99);
    QStringList model = f.domainOrder();
    for (int i = 0; i < 300; ++i) {
        const auto from = std::uniform_int_distribution<qsizetype>(0, model.size() - 1)(rng);
        const int delta = std::uniform_int_distribution<int>(0, 1)(rng) ? 1 : -1;
        if (from + delta < 0 || from + delta >= model.size())
            continue;
        const Edit move = f.apply(f.editor->moveDomain(model[from], delta));
        REQUIRE(move.ops.size() == 1);
        model.move(from, from + delta);
        REQUIRE(f.domainOrder() == model);
    }
}

TEST_CASE("an assessment records domain, score, note and date, and a bad score makes no operations", "[editor]")
{
    Fixture f;
    const Edit e = f.apply(f.editor->assess(QStringLiteral("money"), 4, QStringLiteral("Bills pile up"), QDate(2026, 3, 10)));
    const auto doc = f.state.entity(e.entityId);
    REQUIRE(doc->value(QStringLiteral("score")).toInt() == 4);
    REQUIRE(doc->value(QStringLiteral("date")).toString() == QStringLiteral("2026-03-10"));
    REQUIRE(doc->value(QStringLiteral("note")).toString() == QStringLiteral("Bills pile up"));
    requireValidation(f.editor->assess(QStringLiteral("money"), 11, {}, QDate(2026, 3, 10)), QStringLiteral("The score must be a whole number from 1 to 10."));
    requireValidation(f.editor->assess(QStringLiteral("astrology"), 5, {}, QDate(2026, 3, 10)));
    requireValidation(f.editor->assess(QStringLiteral("money"), 5, {}, QDate()));
}

TEST_CASE("a goal needs a domain of this plan and a title", "[editor]")
{
    Fixture f;
    const auto before = f.state.operationCount();
    requireValidation(f.editor->addGoal(QStringLiteral("astrology"), QStringLiteral("Stars"), {}, std::nullopt),
                      QStringLiteral("Choose one of the life domains of this plan."));
    requireValidation(f.editor->addGoal(QStringLiteral("housing"), QStringLiteral(" "), {}, std::nullopt),
                      QStringLiteral("Write the title. It cannot be empty."));
    REQUIRE(f.state.operationCount() == before);
    const QString first = f.addGoal(QStringLiteral("First"));
    const QString second = f.addGoal(QStringLiteral("Second"));
    const auto g1 = f.state.entity(first);
    const auto g2 = f.state.entity(second);
    REQUIRE(g1->value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    REQUIRE(g1->value(QStringLiteral("why")).toString() == QStringLiteral("I want rest"));
    REQUIRE(g1->value(QStringLiteral("due")).toString() == QStringLiteral("2026-06-01"));
    REQUIRE(g1->value(QStringLiteral("sortKey")).toString() < g2->value(QStringLiteral("sortKey")).toString());
}

TEST_CASE("goal status changes are validated, and reaching done shows on the timeline", "[editor]")
{
    Fixture f;
    const QString goal = f.addGoal();
    requireValidation(f.editor->setGoalStatus(goal, QStringLiteral("finished")));
    f.apply(f.editor->setGoalStatus(goal, QStringLiteral("in-progress")));
    REQUIRE(f.timeline(QStringLiteral("goal-done")).isEmpty());
    f.apply(f.editor->setGoalStatus(goal, QStringLiteral("done")));
    REQUIRE(f.timeline(QStringLiteral("goal-done")).size() == 1);
    REQUIRE(f.timeline(QStringLiteral("goal-done")).first().value(QStringLiteral("text")).toString() == QStringLiteral("A place of my own"));
}

TEST_CASE("a step belongs to an existing goal and its owner is a member of this plan", "[editor]")
{
    Fixture f;
    const QString goal = f.addGoal();
    requireValidation(f.editor->addStep(QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057"), QStringLiteral("Call"), {}, std::nullopt),
                      QStringLiteral("Choose a goal of this plan."));
    requireValidation(f.editor->addStep(goal, QStringLiteral("Call"), goal, std::nullopt), QStringLiteral("Choose a person who is a member of this plan."));
    const Edit step = f.apply(f.editor->addStep(goal, QStringLiteral("Call the housing office"), f.ownerId, QDate(2026, 3, 20)));
    REQUIRE(f.state.entity(step.entityId)->value(QStringLiteral("ownerId")).toString() == f.ownerId);
    REQUIRE_FALSE(f.state.entity(step.entityId)->value(QStringLiteral("done")).toBool());
    f.apply(f.editor->remove(goal));
    requireValidation(f.editor->addStep(goal, QStringLiteral("Too late"), {}, std::nullopt));
}

TEST_CASE("completing a step marks it done and celebrates it on the timeline", "[editor]")
{
    Fixture f;
    const QString goal = f.addGoal();
    const QString step = f.apply(f.editor->addStep(goal, QStringLiteral("Call the housing office"), {}, std::nullopt)).entityId;
    f.wall += 60'000;
    const Edit done = f.apply(f.editor->completeStep(step));
    REQUIRE(done.entityId == step);
    const auto doc = f.state.entity(step);
    REQUIRE(doc->value(QStringLiteral("done")).toBool());
    REQUIRE(doc->value(QStringLiteral("doneAt")).toString() == QStringLiteral("2026-03-10T09:01:00Z"));
    const auto entries = f.timeline(QStringLiteral("step-done"));
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.first().value(QStringLiteral("text")).toString() == QStringLiteral("Call the housing office"));
    REQUIRE(entries.first().value(QStringLiteral("refId")).toString() == step);
    requireValidation(f.editor->completeStep(step), QStringLiteral("This step is already done."));
    requireValidation(f.editor->completeStep(goal));
}

TEST_CASE("members are placed in the rings by kind and relation", "[editor]")
{
    Fixture f;
    const QString sister
        = f.apply(f.editor->addMember({ QStringLiteral("network"), QStringLiteral("Els"), QStringLiteral("family"), {}, {}, {}, {} })).entityId;
    const QString boss
        = f.apply(f.editor->addMember({ QStringLiteral("network"), QStringLiteral("Kees"), QStringLiteral("employer"), {}, {}, {}, {} })).entityId;
    const QString worker = f.apply(f.editor->addMember({ QStringLiteral("professional"),
                                                         QStringLiteral("Fatima"),
                                                         {},
                                                         QStringLiteral("Sociaal team"),
                                                         QStringLiteral("social-team worker"),
                                                         { QStringLiteral("housing"), QStringLiteral("money") },
                                                         QStringLiteral("06-12345678") }))
                               .entityId;
    REQUIRE(f.state.entity(sister)->value(QStringLiteral("ring")).toString() == QStringLiteral("inner"));
    REQUIRE(f.state.entity(boss)->value(QStringLiteral("ring")).toString() == QStringLiteral("middle"));
    REQUIRE(f.state.entity(worker)->value(QStringLiteral("ring")).toString() == QStringLiteral("outer"));
    REQUIRE(f.state.entity(worker)->value(QStringLiteral("domains")).toArray().size() == 2);
    REQUIRE(f.timeline(QStringLiteral("member-added")).size() == 3);
    requireValidation(f.editor->addMember({ QStringLiteral("citizen"), QStringLiteral("Bob"), {}, {}, {}, {}, {} }));
    requireValidation(f.editor->addMember({ QStringLiteral("professional"), QStringLiteral("Bob"), {}, {}, {}, { QStringLiteral("astrology") }, {} }));
    requireValidation(f.editor->addMember({ QStringLiteral("network"), QString(), {}, {}, {}, {}, {} }));
}

TEST_CASE("handing over the coordinator role is explicit, needs a note and is logged", "[editor]")
{
    Fixture f;
    const QString worker = f.apply(f.editor->addMember({ QStringLiteral("professional"), QStringLiteral("Fatima"), {}, {}, {}, {}, {} })).entityId;
    requireValidation(f.editor->setCoordinator(worker, QStringLiteral("  ")));
    requireValidation(f.editor->setCoordinator(f.ownerId, QStringLiteral("Back to me")), QStringLiteral("This person is already the coordinator."));
    const Edit handover = f.apply(f.editor->setCoordinator(worker, QStringLiteral("Fatima takes over while I am in hospital")));
    REQUIRE_FALSE(f.state.entity(f.ownerId)->value(QStringLiteral("coordinator")).toBool());
    REQUIRE(f.state.entity(worker)->value(QStringLiteral("coordinator")).toBool());
    const auto entries = f.timeline(QStringLiteral("coordinator-handover"));
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.first().value(QStringLiteral("text")).toString() == QStringLiteral("Fatima takes over while I am in hospital"));
    int coordinators = 0;
    for (const QJsonObject &m : f.state.entities(f.planId, QStringLiteral("member")))
        coordinators += m.value(QStringLiteral("coordinator")).toBool() ? 1 : 0;
    REQUIRE(coordinators == 1);
    requireValidation(f.editor->remove(worker), QStringLiteral("This person is the coordinator. Choose another coordinator first."));
    // The flag cannot be set around the logged handover.
    requireValidation(f.editor->setField(f.ownerId, QStringLiteral("coordinator"), true));
}

TEST_CASE("two concurrent story edits become a conflict a person resolves, and history keeps all three", "[editor][merge]")
{
    Fixture f;
    // Two devices each hold a copy of the plan and edit offline.
    PlanState phone = f.state;
    PlanState laptop = f.state;
    qint64 wall2 = kStart;
    HlcClock laptopClock(QStringLiteral("dev2"), [&] { return wall2; });
    const Edit a = PlanEditor(phone, f.clock, f.planId, f.ownerId).setStory(QStringLiteral("I lost my job in May.")).value();
    const Edit b = PlanEditor(laptop, laptopClock, f.planId, f.ownerId).setStory(QStringLiteral("Since May I have no work.")).value();
    REQUIRE(a.ops.first().base == b.ops.first().base);
    f.state.apply(b.ops);
    f.state.apply(a.ops);
    const auto conflict = f.state.fieldState(f.planId, QStringLiteral("story"));
    REQUIRE(conflict->inConflict());
    QStringList values;
    for (const Operation &h : conflict->heads)
        values.append(h.value.toString());
    values.sort();
    REQUIRE(values == QStringList { QStringLiteral("I lost my job in May."), QStringLiteral("Since May I have no work.") });
    requireValidation(f.editor->resolveConflict(f.planId, QStringLiteral("name"), QStringLiteral("x")));
    const Edit resolved = f.apply(f.editor->resolveConflict(f.planId, QStringLiteral("story"), QStringLiteral("I lost my job in May and have no work since.")));
    REQUIRE(resolved.ops.first().base.size() == 2);
    const auto after = f.state.fieldState(f.planId, QStringLiteral("story"));
    REQUIRE_FALSE(after->inConflict());
    REQUIRE(after->winner.value.toString() == QStringLiteral("I lost my job in May and have no work since."));
    REQUIRE(f.state.history(f.planId, QStringLiteral("story")).size() == 3);
    // A later, sequential edit simply replaces the resolved value.
    f.apply(f.editor->setStory(QStringLiteral("New story")));
    REQUIRE_FALSE(f.state.fieldState(f.planId, QStringLiteral("story"))->inConflict());
}

TEST_CASE("restoring an earlier value makes a new operation with that value", "[editor]")
{
    Fixture f;
    const QString goal = f.addGoal(QStringLiteral("Old title"));
    f.apply(f.editor->setField(goal, QStringLiteral("title"), QStringLiteral("New title")));
    const Operation earlier = f.state.history(goal, QStringLiteral("title")).first();
    REQUIRE(earlier.value.toString() == QStringLiteral("Old title"));
    const Edit restored = f.apply(f.editor->restore(goal, QStringLiteral("title"), earlier));
    REQUIRE(restored.ops.size() == 1);
    REQUIRE(restored.ops.first().value == earlier.value);
    REQUIRE(restored.ops.first().opId != earlier.opId);
    REQUIRE(f.state.entity(goal)->value(QStringLiteral("title")).toString() == QStringLiteral("Old title"));
    REQUIRE(f.state.history(goal, QStringLiteral("title")).size() == 3);
    requireValidation(f.editor->restore(goal, QStringLiteral("why"), earlier));
    // The value shown already: refused, and the history does not grow by a copy (trial after stop 38).
    requireValidation(f.editor->restore(goal, QStringLiteral("title"), earlier), QStringLiteral("This is already the value of title. Nothing was changed."));
    REQUIRE(f.state.history(goal, QStringLiteral("title")).size() == 3);
}

TEST_CASE("restoring a step's done or a goal's status brings the values that belong with it", "[editor]")
{
    Fixture f;
    const QString goal = f.addGoal();
    const QString step = f.apply(f.editor->addStep(goal, QStringLiteral("Call the housing office"), {}, std::nullopt)).entityId;
    const Operation open = f.state.history(step, QStringLiteral("done")).first();
    f.apply(f.editor->completeStep(step));
    REQUIRE(f.timeline(QStringLiteral("step-done")).size() == 1);
    const Operation ticked = f.state.history(step, QStringLiteral("done")).last();
    // Back to not done: the time it was done and its line on the timeline go, as when the owner unticks it.
    f.apply(f.editor->restore(step, QStringLiteral("done"), open));
    REQUIRE_FALSE(f.state.entity(step)->value(QStringLiteral("done")).toBool());
    REQUIRE(f.state.entity(step)->value(QStringLiteral("doneAt")).isNull());
    REQUIRE(f.timeline(QStringLiteral("step-done")).isEmpty());
    // Done again: a time and a timeline line, as when it is ticked off.
    f.wall += 60'000;
    f.apply(f.editor->restore(step, QStringLiteral("done"), ticked));
    REQUIRE(f.state.entity(step)->value(QStringLiteral("done")).toBool());
    REQUIRE(f.state.entity(step)->value(QStringLiteral("doneAt")).toString().startsWith(QStringLiteral("20")));
    REQUIRE(f.timeline(QStringLiteral("step-done")).size() == 1);
    // The time alone is not brought back: a step done with no time (trial after stop 38).
    requireValidation(f.editor->restore(step, QStringLiteral("doneAt"), f.state.history(step, QStringLiteral("doneAt")).first()));
    // A goal's status restored to done reaches the timeline as setting it does.
    f.apply(f.editor->setGoalStatus(goal, QStringLiteral("done")));
    const Operation done = f.state.history(goal, QStringLiteral("status")).last();
    f.apply(f.editor->setGoalStatus(goal, QStringLiteral("open")));
    f.apply(f.editor->restore(goal, QStringLiteral("status"), done));
    REQUIRE(f.state.entity(goal)->value(QStringLiteral("status")).toString() == QStringLiteral("done"));
    REQUIRE(f.timeline(QStringLiteral("goal-done")).size() == 2);
}

TEST_CASE("generic edits validate the field, the value and what it points to", "[editor]")
{
    Fixture f;
    const QString goal = f.addGoal();
    requireValidation(f.editor->setField(goal, QStringLiteral("colour"), QStringLiteral("red")));
    requireValidation(f.editor->setField(goal, QStringLiteral("due"), QStringLiteral("2026-02-30")));
    requireValidation(f.editor->setField(goal, QStringLiteral("domainKey"), QStringLiteral("astrology")));
    requireValidation(f.editor->setField(goal, QStringLiteral("helperIds"), QJsonArray { goal }));
    f.apply(f.editor->setField(goal, QStringLiteral("helperIds"), QJsonArray { f.ownerId }));
    requireValidation(f.editor->setField(QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057"), QStringLiteral("title"), QStringLiteral("x")));
    requireValidation(f.editor->remove(f.planId));
    f.apply(f.editor->remove(goal));
    REQUIRE(f.state.entities(f.planId, QStringLiteral("goal")).isEmpty());
    requireValidation(f.editor->setField(goal, QStringLiteral("title"), QStringLiteral("x")), QStringLiteral("This item was deleted. Bring it back first."));
    requireValidation(f.editor->remove(goal));
    // Bringing it back is a tombstone set to false.
    f.apply(f.editor->setField(goal, QString(kTombstoneField), false));
    REQUIRE(f.state.entities(f.planId, QStringLiteral("goal")).size() == 1);
}

TEST_CASE("an editor for another plan cannot touch this plan's items", "[editor]")
{
    Fixture f;
    const QString goal = f.addGoal();
    PlanEditor other(f.state, f.clock, QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057"), f.ownerId);
    requireValidation(other.setField(goal, QStringLiteral("title"), QStringLiteral("x")));
    requireValidation(other.addGoal(QStringLiteral("housing"), QStringLiteral("x"), {}, std::nullopt));
    requireValidation(other.completeStep(goal));
}

TEST_CASE("concurrent moves into the same gap keep both items, and the next move re-keys the list", "[editor][merge]")
{
    Fixture f;
    PlanState phone = f.state;
    PlanState laptop = f.state;
    // The laptop edits a second later; its clock must be past the plan's creation or its move would lose.
    qint64 wall2 = kStart + 1000;
    HlcClock laptopClock(QStringLiteral("dev2"), [&] { return wall2; });
    // Both devices move a different domain to second place: same neighbours, so the same new key.
    const Edit a = PlanEditor(phone, f.clock, f.planId, f.ownerId).moveDomain(QStringLiteral("work"), -1).value();
    const Edit b = PlanEditor(laptop, laptopClock, f.planId, f.ownerId).moveDomain(QStringLiteral("mental-health"), -3).value();
    REQUIRE(a.ops.first().value == b.ops.first().value);
    f.state.apply(a.ops);
    f.state.apply(b.ops);
    REQUIRE(f.state.latestHlc() == b.ops.last().hlc);
    f.clock.observe(f.state.latestHlc()); // as sync does for every operation it receives
    const QStringList merged = f.domainOrder();
    REQUIRE(merged.first() == QStringLiteral("housing"));
    REQUIRE(QSet<QString>(merged.begin() + 1, merged.begin() + 3) == QSet<QString> { QStringLiteral("work"), QStringLiteral("mental-health") });
    REQUIRE(merged.size() == 8);
    // Moving the fourth item up lands between the two equal keys: no single key fits, so every domain gets a fresh one.
    QList<QJsonObject> domains = f.state.entities(f.planId, QStringLiteral("domain"));
    std::sort(domains.begin(), domains.end(), [](const QJsonObject &x, const QJsonObject &y) {
        const QString kx = x.value(QStringLiteral("sortKey")).toString();
        const QString ky = y.value(QStringLiteral("sortKey")).toString();
        return kx != ky ? kx < ky : x.value(QStringLiteral("id")).toString() < y.value(QStringLiteral("id")).toString();
    });
    QStringList model;
    for (const QJsonObject &d : domains)
        model.append(d.value(QStringLiteral("key")).toString());
    REQUIRE(model[3] == QStringLiteral("money"));
    const Edit rekey = f.apply(f.editor->moveDomain(QStringLiteral("money"), -1));
    REQUIRE(rekey.ops.size() > 1);
    model.move(3, 2);
    REQUIRE(f.domainOrder() == model);
    QSet<QString> keys;
    for (const QJsonObject &d : f.state.entities(f.planId, QStringLiteral("domain")))
        keys.insert(d.value(QStringLiteral("sortKey")).toString());
    REQUIRE(keys.size() == 8);
}

TEST_CASE("a name that only looks like another member's (letters from another alphabet) is refused in words that say so", "[editor][names]")
{
    Fixture f;
    MemberInput lea;
    lea.kind = QStringLiteral("network");
    lea.name = QStringLiteral("Lea");
    f.apply(f.editor->addMember(lea));
    MemberInput alike = lea;
    alike.name = QStringLiteral("L\u0435a"); // a Cyrillic е
    requireValidation(f.editor->addMember(alike),
                      QStringLiteral("\u2068L\u0435a\u2069 looks the same as the name of someone in this plan, \u2068Lea\u2069, though some letters "
                                     "differ (from another alphabet, for example). Add something to tell them apart, such as a surname."));
    alike.name = QStringLiteral("Leah");
    f.apply(f.editor->addMember(alike));
}

TEST_CASE("names are unique per plan: a member or a new name that another live member has (any case) is refused, a deleted member's name is free",
          "[editor][names]")
{
    Fixture f;
    MemberInput sam;
    sam.kind = QStringLiteral("network");
    sam.name = QStringLiteral("Sam");
    const QString samId = f.apply(f.editor->addMember(sam)).entityId;
    MemberInput again = sam;
    again.name = QStringLiteral("anna"); // the owner's name, in another case
    requireValidation(f.editor->addMember(again),
                      QStringLiteral("Someone in this plan is already called \u2068anna\u2069. Add something to tell them apart, such as a surname."));
    again.name = QStringLiteral("SAM");
    requireValidation(f.editor->addMember(again));
    requireValidation(f.editor->setField(samId, QStringLiteral("name"), QStringLiteral("Anna")));
    // Renaming to one's own name in another case is no clash; a deleted member's name may be taken again.
    f.apply(f.editor->setField(samId, QStringLiteral("name"), QStringLiteral("SAM")));
    f.apply(f.editor->remove(samId));
    CHECK_FALSE(f.apply(f.editor->addMember(sam)).entityId.isEmpty());
}
