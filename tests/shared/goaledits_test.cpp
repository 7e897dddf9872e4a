#include "qtcatch.h"

#include "domain/editundo.h"
#include "domain/goalprogress.h"
#include "domain/planeditor.h"
#include "domain/schema.h"
#include "sync/hlcclock.h"
#include "sync/planstate.h"

#include <QJsonDocument>

using namespace samen;

namespace {

// 2026-03-10T09:00:00Z
constexpr qint64 kStart = 1'773'133'200'000;

/** A plan in memory with one goal of two steps, and an editor for its owner (issue 17). */
struct GoalWorld {
    qint64 wall = kStart;
    HlcClock clock { QStringLiteral("dev1"), [this] { return wall; } };
    PlanState state;
    QString planId;
    QString ownerId;
    std::unique_ptr<PlanEditor> editor;
    QString goal;
    QString step1;
    QString step2;

    GoalWorld()
    {
        auto made = PlanEditor::createPlan(clock, QStringLiteral("Mijn plan"), QStringLiteral("default"), QStringLiteral("Anna"));
        REQUIRE(made.ok());
        planId = made->entityId;
        ownerId = PlanEditor::ownerMemberIdOf(made.value());
        state.apply(made->ops);
        editor = std::make_unique<PlanEditor>(state, clock, planId, ownerId);
        goal = apply(editor->addGoal(QStringLiteral("housing"), QStringLiteral("A place of my own"), QStringLiteral("I want rest"), QDate(2026, 6, 1)));
        step1 = apply(editor->addStep(goal, QStringLiteral("Call the housing office"), ownerId, QDate(2026, 4, 1)));
        step2 = apply(editor->addStep(goal, QStringLiteral("Fill in the form"), {}, std::nullopt));
    }

    /** Applies a successful edit (every operation valid) a minute later and returns its entity id. */
    QString apply(const Result<Edit> &edit)
    {
        INFO((edit.ok() ? QString() : edit.error().message).toStdString());
        REQUIRE(edit.ok());
        for (const Operation &op : edit->ops)
            REQUIRE(validateField(op.entityType, op.field, op.value).ok());
        wall += 60'000;
        state.apply(edit->ops);
        return edit->entityId;
    }

    /** Captures the undo, then applies the edit. */
    EditUndo applyUndoable(const Result<Edit> &edit)
    {
        REQUIRE(edit.ok());
        EditUndo undo = EditUndo::capture(state, edit.value(), QStringLiteral("label"));
        apply(edit);
        return undo;
    }

    /** What a person sees of an entity: its fields without nulls, a false tombstone or the merge's bookkeeping. */
    QString shown(const QString &id) const
    {
        QJsonObject doc = state.entity(id).value_or(QJsonObject());
        for (const QString &key : doc.keys()) {
            if (doc.value(key).isNull() || (key == kTombstoneField && !doc.value(key).toBool()))
                doc.remove(key);
        }
        return QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact));
    }

    bool live(const QString &id) const { return !state.entity(id)->value(kTombstoneField).toBool(); }

    int stepDoneEntries() const
    {
        int n = 0;
        for (const QJsonObject &t : state.entities(planId, QStringLiteral("timeline")))
            n += t.value(QStringLiteral("kind")).toString() == QLatin1String("step-done") ? 1 : 0;
        return n;
    }
};

} // namespace

TEST_CASE("editing a goal changes only the fields that differ, and undo restores exactly what was there", "[editor][undo]")
{
    GoalWorld w;
    const QString before = w.shown(w.goal);
    const EditUndo undo = w.applyUndoable(w.editor->editGoal(w.goal, QStringLiteral("A flat of my own"), QString(), std::nullopt));
    const auto doc = w.state.entity(w.goal);
    REQUIRE(doc->value(QStringLiteral("title")).toString() == QStringLiteral("A flat of my own"));
    REQUIRE(doc->value(QStringLiteral("why")).isNull());
    REQUIRE(doc->value(QStringLiteral("due")).isNull());
    REQUIRE(w.shown(w.goal) != before);

    auto back = undo.undo(w.state, *w.editor);
    REQUIRE(back.ok());
    REQUIRE(back->ops.size() == 3); // a new operation per field, nothing removed from the log
    w.apply(back);
    REQUIRE(w.shown(w.goal) == before);
    // Undone once, there is nothing left to undo.
    REQUIRE_FALSE(undo.undo(w.state, *w.editor).ok());

    // Nothing differs: no operations, no error.
    auto same = w.editor->editGoal(w.goal, QStringLiteral("A place of my own"), QStringLiteral("I want rest"), QDate(2026, 6, 1));
    REQUIRE(same.ok());
    REQUIRE(same->ops.isEmpty());
    // A goal needs a title: refused, nothing made.
    auto empty = w.editor->editGoal(w.goal, QStringLiteral("  "), QString(), std::nullopt);
    REQUIRE_FALSE(empty.ok());
    REQUIRE(empty.error().code == ErrorCode::Validation);
}

TEST_CASE("deleting a goal deletes its steps with it, and undo brings the goal and exactly those steps back", "[editor][undo]")
{
    GoalWorld w;
    w.apply(w.editor->remove(w.step2)); // deleted before: stays deleted after the undo
    const QString goalBefore = w.shown(w.goal);
    const QString stepBefore = w.shown(w.step1);
    const EditUndo undo = w.applyUndoable(w.editor->removeGoal(w.goal));
    REQUIRE_FALSE(w.live(w.goal));
    REQUIRE_FALSE(w.live(w.step1));
    REQUIRE(w.state.entities(w.planId, QStringLiteral("step")).isEmpty());
    REQUIRE_FALSE(w.editor->removeGoal(w.goal).ok());

    w.apply(undo.undo(w.state, *w.editor));
    REQUIRE(w.live(w.goal));
    REQUIRE(w.live(w.step1));
    REQUIRE_FALSE(w.live(w.step2));
    REQUIRE(w.shown(w.goal) == goalBefore);
    REQUIRE(w.shown(w.step1) == stepBefore);
}

TEST_CASE("editing and deleting a step can be undone", "[editor][undo]")
{
    GoalWorld w;
    const QString before = w.shown(w.step1);
    const EditUndo edited = w.applyUndoable(w.editor->editStep(w.step1, QStringLiteral("Phone the office"), QString(), QDate(2026, 5, 2)));
    REQUIRE(w.state.entity(w.step1)->value(QStringLiteral("ownerId")).isNull());
    REQUIRE(w.state.entity(w.step1)->value(QStringLiteral("due")).toString() == QStringLiteral("2026-05-02"));
    w.apply(edited.undo(w.state, *w.editor));
    REQUIRE(w.shown(w.step1) == before);

    const EditUndo removed = w.applyUndoable(w.editor->remove(w.step1));
    REQUIRE_FALSE(w.live(w.step1));
    w.apply(removed.undo(w.state, *w.editor));
    REQUIRE(w.live(w.step1));
    REQUIRE(w.shown(w.step1) == before);
}

TEST_CASE("a ticked step can be unticked: not done, no done time, and its small success leaves the timeline", "[editor]")
{
    GoalWorld w;
    const QString before = w.shown(w.step1);
    w.apply(w.editor->completeStep(w.step1));
    REQUIRE(w.stepDoneEntries() == 1);
    const EditUndo undo = w.applyUndoable(w.editor->uncompleteStep(w.step1));
    const auto doc = w.state.entity(w.step1);
    REQUIRE_FALSE(doc->value(QStringLiteral("done")).toBool());
    REQUIRE(doc->value(QStringLiteral("doneAt")).isNull());
    REQUIRE(w.stepDoneEntries() == 0);
    REQUIRE(w.shown(w.step1) == before);
    REQUIRE_FALSE(w.editor->uncompleteStep(w.step1).ok()); // not done: nothing to untick
    // Ticking it again works, and undoing the untick brings the tick and its entry back.
    w.apply(undo.undo(w.state, *w.editor));
    REQUIRE(w.state.entity(w.step1)->value(QStringLiteral("done")).toBool());
    REQUIRE(w.stepDoneEntries() == 1);
}

TEST_CASE("a goal whose steps are all done offers done and does not say not started", "[editor][words]")
{
    using namespace goalprogress;
    REQUIRE(word(QStringLiteral("open"), 0, 2) == QStringLiteral("Not started"));
    REQUIRE_FALSE(offersDone(QStringLiteral("open"), 0, 2));
    REQUIRE(word(QStringLiteral("open"), 1, 1) == QStringLiteral("Busy with it"));
    REQUIRE_FALSE(offersDone(QStringLiteral("open"), 1, 1));
    REQUIRE(word(QStringLiteral("open"), 2, 0) == QStringLiteral("All steps done"));
    REQUIRE(offersDone(QStringLiteral("open"), 2, 0));
    REQUIRE(offersDone(QStringLiteral("in-progress"), 2, 0));
    REQUIRE(word(QStringLiteral("done"), 2, 0) == QStringLiteral("Done"));
    REQUIRE_FALSE(offersDone(QStringLiteral("done"), 2, 0));
    REQUIRE(word(QStringLiteral("paused"), 2, 0) == QStringLiteral("On hold"));
    REQUIRE_FALSE(offersDone(QStringLiteral("paused"), 2, 0));
    // No steps: nothing to offer.
    REQUIRE(word(QStringLiteral("open"), 0, 0) == QStringLiteral("Not started"));
    REQUIRE_FALSE(offersDone(QStringLiteral("open"), 0, 0));
}
