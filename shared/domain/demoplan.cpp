#include "domain/demoplan.h"

#include "domain/planeditor.h"
#include "sync/hlcclock.h"
#include "sync/planstate.h"

#include <QCoreApplication>

namespace samen {

namespace {

/** Applies each edit to the in-memory state as it goes, so later edits can refer to earlier ones. */
class DemoBuilder
{
public:
    explicit DemoBuilder(PlanState &state)
        : m_state(state)
    {
    }
    Result<QString> take(const Result<Edit> &edit)
    {
        if (!edit)
            return edit.error();
        m_state.apply(edit->ops);
        m_ops += edit->ops;
        return edit->entityId;
    }
    QList<Operation> ops() const { return m_ops; }

private:
    PlanState &m_state;
    QList<Operation> m_ops;
};

#define SAMEN_DEMO_TRY(var, expr)                                                                                                                              \
    auto var = (expr);                                                                                                                                         \
    if (!var)                                                                                                                                                  \
        return var.error();

} // namespace

Result<DemoPlan> buildDemoPlan(HlcClock &clock, const QDate &today, int extraGoals)
{
    PlanState state;
    DemoBuilder b(state);
    SAMEN_DEMO_TRY(planId, b.take(PlanEditor::createPlan(clock, QStringLiteral("Robin"), QStringLiteral("default"), QStringLiteral("Robin"))))
    QString ownerId;
    for (const QJsonObject &m : state.entities(planId.value(), QStringLiteral("member")))
        ownerId = m.value(QStringLiteral("id")).toString();
    PlanEditor ed(state, clock, planId.value(), ownerId);

    SAMEN_DEMO_TRY(
        story,
        b.take(ed.setStory(QCoreApplication::translate("demo",
                                                       "I am Robin, 30. I have debts, and the stress puts a strain on my relationship. At work I cannot focus. "
                                                       "I went to a welfare organisation for help; an adviser from the benefits agency is also involved. "
                                                       "I want one plan, so I do not have to tell my story again."))))
    SAMEN_DEMO_TRY(order, b.take(ed.prioritize({ QStringLiteral("money"), QStringLiteral("social"), QStringLiteral("work"), QStringLiteral("mental-health") })))

    MemberInput andre { QStringLiteral("professional"),
                        QStringLiteral("André"),
                        {},
                        QCoreApplication::translate("demo", "Welfare organisation"),
                        QCoreApplication::translate("demo", "social worker"),
                        // The life domains scripts/run (and scripts/demo-lib.sh) invite him for: what he works on is
                        // the same before and after he is let in (TeamView takes his grants once he has them).
                        { QStringLiteral("money"), QStringLiteral("work"), QStringLiteral("housing") },
                        {},
                        {},
                        QStringLiteral("06-41234567"),
                        QStringLiteral("andre@welzijn.example") };
    SAMEN_DEMO_TRY(andreId, b.take(ed.addMember(andre)))
    MemberInput adviser { QStringLiteral("professional"),
                          QStringLiteral("Samira"),
                          {},
                          QCoreApplication::translate("demo", "Benefits agency"),
                          QCoreApplication::translate("demo", "benefits adviser"),
                          { QStringLiteral("money") },
                          {},
                          {},
                          QStringLiteral("0800-1234"),
                          QStringLiteral("samira@socialedienst.example") };
    SAMEN_DEMO_TRY(adviserId, b.take(ed.addMember(adviser)))
    MemberInput ellen { QStringLiteral("network"), QStringLiteral("Ellen"), QStringLiteral("employer"), {}, {}, { QStringLiteral("work") }, {}, {}, {}, {} };
    SAMEN_DEMO_TRY(ellenId, b.take(ed.addMember(ellen)))
    MemberInput friendInput {
        QStringLiteral("network"), QStringLiteral("Sam"), QStringLiteral("friend"), {}, {}, { QStringLiteral("social") }, {}, {}, {}, {}
    };
    SAMEN_DEMO_TRY(friendId, b.take(ed.addMember(friendInput)))
    // They helped before the plan was written down in Samen: since before the last meeting they took part in.
    SAMEN_DEMO_TRY(andreSince, b.take(ed.setField(andreId.value(), QStringLiteral("since"), today.addDays(-120).toString(Qt::ISODate))))
    SAMEN_DEMO_TRY(adviserSince, b.take(ed.setField(adviserId.value(), QStringLiteral("since"), today.addDays(-60).toString(Qt::ISODate))))
    SAMEN_DEMO_TRY(ellenSince, b.take(ed.setField(ellenId.value(), QStringLiteral("since"), today.addDays(-400).toString(Qt::ISODate))))
    SAMEN_DEMO_TRY(handover,
                   b.take(ed.setCoordinator(andreId.value(),
                                            QCoreApplication::translate("demo", "André plans our meeting every 6 weeks and keeps an eye on the whole plan."))))
    // Robin wrote the plan down when André started helping and handed him the overview a month later. Made today as it
    // is, the history said "Robin: from today until today" (review 3, finding 22): the plan's start and the handover are
    // dated like the rest of the demo's past.
    const auto dayAt = [](const QDate &day) { return QDateTime(day, QTime(10, 0)).toUTC().toString(Qt::ISODate); };
    SAMEN_DEMO_TRY(planStart, b.take(ed.setField(planId.value(), QStringLiteral("createdAt"), dayAt(today.addDays(-120)))))
    for (const QJsonObject &t : state.entities(planId.value(), QStringLiteral("timeline"))) {
        if (t.value(QStringLiteral("kind")).toString() == QLatin1String("coordinator-handover")) {
            SAMEN_DEMO_TRY(handedOver, b.take(ed.setField(t.value(QStringLiteral("id")).toString(), QStringLiteral("at"), dayAt(today.addDays(-90)))))
        }
    }

    const QDate before = today.addDays(-42);
    const QList<std::tuple<const char *, int, int, const char *>> scores {
        { "money", 2, 4, QT_TRANSLATE_NOOP("demo", "The letters keep coming. Now there is a payment plan.") },
        { "social", 4, 5, QT_TRANSLATE_NOOP("demo", "We argue less since we talk about the money.") },
        { "work", 4, 6, QT_TRANSLATE_NOOP("demo", "Ellen gave me quieter hours.") },
        { "mental-health", 3, 5, QT_TRANSLATE_NOOP("demo", "I sleep a bit better.") },
        { "housing", 7, 7, QT_TRANSLATE_NOOP("demo", "The house is fine.") },
        { "physical-health", 6, 6, "" },
        { "meaning", 5, 6, "" },
        { "daily-functioning", 6, 7, "" },
    };
    for (const auto &[key, then, now, note] : scores) {
        SAMEN_DEMO_TRY(a1, b.take(ed.assess(QString::fromLatin1(key), then, QString(), before)))
        SAMEN_DEMO_TRY(a2, b.take(ed.assess(QString::fromLatin1(key), now, *note ? QCoreApplication::translate("demo", note) : QString(), today)))
    }

    SAMEN_DEMO_TRY(debtGoal,
                   b.take(ed.addGoal(QStringLiteral("money"), QCoreApplication::translate("demo", "One overview of all my debts"),
                                     QCoreApplication::translate("demo", "So I know where I stand and can sleep again."), today.addDays(30))))
    SAMEN_DEMO_TRY(s1,
                   b.take(ed.addStep(debtGoal.value(), QCoreApplication::translate("demo", "Collect all letters in one folder"), ownerId, today.addDays(-10))))
    SAMEN_DEMO_TRY(s1done, b.take(ed.completeStep(s1.value())))
    SAMEN_DEMO_TRY(
        s2, b.take(ed.addStep(debtGoal.value(), QCoreApplication::translate("demo", "Go through the folder with André"), andreId.value(), today.addDays(7))))
    SAMEN_DEMO_TRY(s3,
                   b.take(ed.addStep(debtGoal.value(), QCoreApplication::translate("demo", "Check my benefit is right"), adviserId.value(), today.addDays(14))))
    SAMEN_DEMO_TRY(relGoal,
                   b.take(ed.addGoal(QStringLiteral("social"), QCoreApplication::translate("demo", "Talk about money without fighting"),
                                     QCoreApplication::translate("demo", "My relationship matters more than the debts."), std::nullopt)))
    SAMEN_DEMO_TRY(s4,
                   b.take(ed.addStep(relGoal.value(), QCoreApplication::translate("demo", "Plan a weekly money talk, 20 minutes"), ownerId, today.addDays(3))))
    SAMEN_DEMO_TRY(workGoal,
                   b.take(ed.addGoal(QStringLiteral("work"), QCoreApplication::translate("demo", "Keep my job while things settle"),
                                     QCoreApplication::translate("demo", "Work gives me rhythm and income."), today.addDays(90))))
    SAMEN_DEMO_TRY(
        s5, b.take(ed.addStep(workGoal.value(), QCoreApplication::translate("demo", "Agree quieter hours with Ellen"), ellenId.value(), today.addDays(-5))))
    SAMEN_DEMO_TRY(s5done, b.take(ed.completeStep(s5.value())))

    // The last joint meeting with André, three weeks ago, and what was agreed there (issue 13).
    const QDateTime lastAt(today.addDays(-21), QTime(10, 0));
    SAMEN_DEMO_TRY(last,
                   b.take(ed.recordHeldMeeting(MeetingInput { QCoreApplication::translate("demo", "Joint meeting"),
                                                              lastAt,
                                                              60,
                                                              QCoreApplication::translate("demo", "Welfare organisation, Stationsstraat 12"),
                                                              {},
                                                              { andreId.value(), adviserId.value(), ellenId.value() },
                                                              { QStringLiteral("money"), QStringLiteral("social"), QStringLiteral("work") },
                                                              { QCoreApplication::translate("demo", "The letter from the tax office") } },
                                               QCoreApplication::translate("demo",
                                                                           "Robin has an overview of the debts now. Work is calmer with the "
                                                                           "quieter hours. Next time: the payment plan and the benefit."))))
    SAMEN_DEMO_TRY(agreement1,
                   b.take(ed.addAgreement(AgreementInput { last.value(), QCoreApplication::translate("demo", "Keep Robin's quieter hours for two more months"),
                                                           ellenId.value(), today.addDays(14), QStringLiteral("work"), today.addDays(10) })))
    SAMEN_DEMO_TRY(
        agreement2,
        b.take(ed.addAgreement(AgreementInput { last.value(), QCoreApplication::translate("demo", "Check whether Robin can get a benefit supplement"),
                                                adviserId.value(), today.addDays(7), QStringLiteral("money"), today.addDays(21) })))
    SAMEN_DEMO_TRY(agreement3,
                   b.take(ed.addAgreement(AgreementInput { last.value(), QCoreApplication::translate("demo", "Talk about money with my partner every week"),
                                                           ownerId, std::nullopt, QStringLiteral("social"), today.addDays(21) })))
    // The next one, three weeks ahead, with Robin's top three life domains on the agenda.
    SAMEN_DEMO_TRY(next,
                   b.take(ed.planMeeting(MeetingInput { QCoreApplication::translate("demo", "Next joint meeting"),
                                                        QDateTime(today.addDays(21), QTime(10, 0)),
                                                        60,
                                                        QCoreApplication::translate("demo", "Welfare organisation, Stationsstraat 12"),
                                                        {},
                                                        { andreId.value(), adviserId.value() },
                                                        { QStringLiteral("money"), QStringLiteral("social"), QStringLiteral("work") },
                                                        {} })))

    static const QStringList keys {
        QStringLiteral("money"),   QStringLiteral("social"),          QStringLiteral("work"),    QStringLiteral("mental-health"),
        QStringLiteral("housing"), QStringLiteral("physical-health"), QStringLiteral("meaning"), QStringLiteral("daily-functioning")
    };
    for (int i = 0; i < extraGoals; ++i) {
        SAMEN_DEMO_TRY(
            g, b.take(ed.addGoal(keys[i % keys.size()], QStringLiteral("Goal %1").arg(i + 1), QStringLiteral("Why goal %1 matters").arg(i + 1), std::nullopt)))
        SAMEN_DEMO_TRY(st, b.take(ed.addStep(g.value(), QStringLiteral("First step for goal %1").arg(i + 1), ownerId, today.addDays(i % 30))))
    }
    return DemoPlan { planId.value(), ownerId, b.ops() };
}

} // namespace samen
