// Who a step may be given to, and who may tick it off (review 4, R4-13 and R4-18): the
// shared StepRule as PlanEditor and WriteRule use it, on an in-memory plan with a
// professional's member record and grants as the owner's device holds them. Also the
// name search of the caseload with invisible characters (R4-17).
#include "qtcatch.h"

#include "domain/memberaccess.h"
#include "domain/namesearch.h"
#include "domain/planeditor.h"
#include "domain/steprule.h"
#include "domain/writerule.h"
#include "sync/hlcclock.h"
#include "sync/planstate.h"
#include "sync/uuid7.h"

using namespace samen;

namespace {

/** Robin's plan with a work goal and Samira, a professional who may read money only. */
struct Plan {
    qint64 wall = 1'773'133'200'000;
    HlcClock clock { QStringLiteral("dev1"), [this] { return wall; } };
    PlanState state;
    QString planId, ownerId, workGoal, moneyGoal, samira, sam;

    Plan()
    {
        auto made = PlanEditor::createPlan(clock, QStringLiteral("Plan"), QStringLiteral("default"), QStringLiteral("Robin"));
        REQUIRE(made.ok());
        planId = made->entityId;
        ownerId = PlanEditor::ownerMemberIdOf(made.value());
        state.apply(made->ops);
        workGoal = apply(editor().addGoal(QStringLiteral("work"), QStringLiteral("Keep my job"), {}, {}));
        moneyGoal = apply(editor().addGoal(QStringLiteral("money"), QStringLiteral("Pay the arrears"), {}, {}));
        MemberInput pro;
        pro.kind = QStringLiteral("professional");
        pro.name = QStringLiteral("Samira");
        samira = apply(editor().addMember(pro));
        MemberInput contact;
        contact.kind = QStringLiteral("network");
        contact.name = QStringLiteral("Sam");
        contact.relation = QStringLiteral("friend");
        sam = apply(editor().addMember(contact));
        grant(samira, QStringLiteral("money"), QStringLiteral("read"));
    }
    PlanEditor editor() { return PlanEditor(state, clock, planId, ownerId); }
    PlanEditor editorOf(const QString &memberId) { return PlanEditor(state, clock, planId, memberId); }
    QString apply(const Result<Edit> &edit)
    {
        REQUIRE(edit.ok());
        state.apply(edit->ops);
        return edit->entityId;
    }
    void grant(const QString &memberId, const QString &domain, const QString &access)
    {
        apply(
            editor().createEntity(QStringLiteral("grant"), newUuid7(),
                                  { { QStringLiteral("memberId"), memberId }, { QStringLiteral("domainKey"), domain }, { QStringLiteral("access"), access } }));
    }
    MemberAccess samiraAccess() const
    {
        MemberAccess a = MemberAccess::member();
        a.grant(QStringLiteral("money"), QStringLiteral("read"));
        a.setMemberId(samira);
        return a;
    }
};

} // namespace

TEST_CASE("A step is not given to someone who cannot see its life domain, and the refusal names both ways on", "[access][step]")
{
    Plan p;
    const auto refused = p.editor().addStep(p.workGoal, QStringLiteral("Call HR"), p.samira, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Permission);
    CHECK(refused.error().reason == QLatin1String(StepRule::kUnreachable));
    CHECK(refused.error().message
          == QStringLiteral("Samira cannot see Work and daytime activities: share Work and daytime activities with Samira first, or give the step to "
                            "someone else."));

    // Where she may read, to the owner, to a contact without access (no device to reach), or to nobody: made.
    CHECK(p.editor().addStep(p.moneyGoal, QStringLiteral("Send the letter"), p.samira, {}).ok());
    CHECK(p.editor().addStep(p.workGoal, QStringLiteral("Talk to my manager"), p.ownerId, {}).ok());
    CHECK(p.editor().addStep(p.workGoal, QStringLiteral("Ask Sam"), p.sam, {}).ok());
    CHECK(p.editor().addStep(p.workGoal, QStringLiteral("Someday"), QString(), {}).ok());

    // Changing who does a step is checked the same way; a step already hers keeps her when its title changes.
    const QString mine = p.apply(p.editor().addStep(p.workGoal, QStringLiteral("Mine first"), p.ownerId, {}));
    const auto moved = p.editor().editStep(mine, QStringLiteral("Mine first"), p.samira, {});
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().reason == QLatin1String(StepRule::kUnreachable));

    // Once work is shared with her, the same step is hers to do.
    p.grant(p.samira, QStringLiteral("work"), QStringLiteral("read"));
    CHECK(p.editor().addStep(p.workGoal, QStringLiteral("Call HR"), p.samira, {}).ok());
    CHECK(p.editor().editStep(mine, QStringLiteral("Mine first"), p.samira, {}).ok());
}

TEST_CASE("A grant that has ended does not count as seeing the life domain", "[access][step]")
{
    Plan p;
    p.apply(p.editor().createEntity(QStringLiteral("grant"), newUuid7(),
                                    { { QStringLiteral("memberId"), p.samira },
                                      { QStringLiteral("domainKey"), QStringLiteral("work") },
                                      { QStringLiteral("access"), QStringLiteral("read") },
                                      { QStringLiteral("until"), QStringLiteral("2020-01-31") } }));
    CHECK_FALSE(p.editor().addStep(p.workGoal, QStringLiteral("Call HR"), p.samira, {}).ok());
}

TEST_CASE("Someone given a step ticks it off where they may only read, and nothing else of it", "[access][step]")
{
    Plan p;
    const QString hers = p.apply(p.editor().addStep(p.moneyGoal, QStringLiteral("Send the letter"), p.samira, {}));
    const QString robins = p.apply(p.editor().addStep(p.moneyGoal, QStringLiteral("Sign the letter"), p.ownerId, {}));
    const MemberAccess samira = p.samiraAccess();

    // Ticking her own step: its done mark, its time and the small success on the timeline.
    const auto tick = p.editorOf(p.samira).completeStep(hers);
    REQUIRE(tick.ok());
    CHECK(WriteRule::check(p.state, samira, tick->ops).ok());

    // Not its title, not Robin's step, not without her id, not where she cannot read.
    CHECK_FALSE(WriteRule::check(p.state, samira, p.editorOf(p.samira).editStep(hers, QStringLiteral("Other"), p.samira, {})->ops).ok());
    CHECK_FALSE(WriteRule::check(p.state, samira, p.editorOf(p.samira).completeStep(robins)->ops).ok());
    MemberAccess anonymous = samira;
    anonymous.setMemberId(QString());
    CHECK_FALSE(WriteRule::check(p.state, anonymous, tick->ops).ok());
    CHECK_FALSE(StepRule::mayTick(samira, QStringLiteral("done"), QStringLiteral("work"), p.samira));
    CHECK(StepRule::mayTick(samira, QStringLiteral("done"), QStringLiteral("money"), p.samira));
    CHECK_FALSE(StepRule::mayTick(samira, QStringLiteral("title"), QStringLiteral("money"), p.samira));
    // A step-done entry about her step is the only timeline entry she adds there.
    QList<Operation> note = tick->ops;
    for (Operation &op : note) {
        if (op.entityType == QLatin1String("timeline") && op.field == QLatin1String("kind"))
            op.value = QStringLiteral("note");
    }
    CHECK_FALSE(WriteRule::check(p.state, samira, note).ok());
}

TEST_CASE("Someone given a step unticks it where they may only read: a new 'not done after all' entry, the owner's entries stay", "[access][step]")
{
    Plan p;
    const QString hers = p.apply(p.editor().addStep(p.moneyGoal, QStringLiteral("Send the letter"), p.samira, {}));
    const MemberAccess samira = p.samiraAccess();
    const auto tick = p.editorOf(p.samira).completeStep(hers);
    REQUIRE(WriteRule::check(p.state, samira, tick->ops).ok());
    p.state.apply(tick->ops);
    const auto entries = [&](const char *kind) {
        int n = 0;
        for (const QJsonObject &t : p.state.entities(p.planId, QStringLiteral("timeline")))
            n += t.value(QStringLiteral("kind")).toString() == QLatin1String(kind) && t.value(QStringLiteral("refId")).toString() == hers ? 1 : 0;
        return n;
    };
    REQUIRE(entries("step-done") == 1);

    // Ticked by mistake: she unticks it; the "step done" entry stays (an entry that exists is the owner's), a new one says so.
    const auto untick = p.editorOf(p.samira).uncompleteStep(hers);
    REQUIRE(untick.ok());
    const Status allowed = WriteRule::check(p.state, samira, untick->ops);
    INFO((allowed ? QString() : allowed.error().message).toStdString());
    CHECK(allowed.ok());
    p.state.apply(untick->ops);
    CHECK_FALSE(p.state.entity(hers)->value(QStringLiteral("done")).toBool());
    CHECK(p.state.entity(hers)->value(QStringLiteral("doneAt")).toString().isEmpty());
    CHECK(entries("step-done") == 1);
    CHECK(entries("step-reopened") == 1);
    // Not on a step given to someone else, and she deletes no entry.
    const QString robins = p.apply(p.editor().addStep(p.moneyGoal, QStringLiteral("Sign the letter"), p.ownerId, {}));
    p.apply(p.editor().completeStep(robins));
    CHECK_FALSE(WriteRule::check(p.state, samira, p.editorOf(p.samira).uncompleteStep(robins)->ops).ok());

    // The owner's untick takes their small success off the timeline, as before.
    p.apply(p.editorOf(p.samira).completeStep(hers));
    REQUIRE(entries("step-done") == 2);
    p.apply(p.editor().uncompleteStep(hers));
    CHECK(entries("step-done") == 0);
    CHECK(entries("step-reopened") == 1);
}

TEST_CASE("The caseload's name search ignores what cannot be seen, on both sides", "[caseload][search]")
{
    const QString zwsp = QString(QChar(0x200B));
    const QString shy = QString(QChar(0x00AD));
    const QString rlm = QString(QChar(0x200F));
    CHECK(namesearch::contains(QStringLiteral("Zo") + zwsp + QStringLiteral("ë de Vries"), QStringLiteral("zoe")));
    CHECK(namesearch::contains(QStringLiteral("Jan") + shy + QStringLiteral("sen"), QStringLiteral("Jansen")));
    CHECK(namesearch::contains(rlm + QStringLiteral("Robin") + rlm, QStringLiteral("robin")));
    CHECK(namesearch::contains(QStringLiteral("Robin"), QStringLiteral("Ro") + zwsp + QStringLiteral("bin")));
    CHECK(namesearch::contains(QStringLiteral("Zoë de Vries"), QStringLiteral("zoë") + QString(QChar(0x00A0)) + QStringLiteral("de")));
    CHECK(namesearch::folded(QStringLiteral("Zo") + zwsp + QStringLiteral("ë")) == namesearch::folded(QStringLiteral("ZOE")));
    CHECK_FALSE(namesearch::contains(QStringLiteral("Robin"), QStringLiteral("Rob in")));
}
