#pragma once

// A random plan, seeded, written straight into a store as operations: every entity type that a
// FHIR export holds (invitations aside: they are not exported), every field with a valid value
// (random within its kind, length and allowed values), references to live entities of the right
// type. For the FHIR export tests: whatever a plan may hold must export to a valid Bundle and
// round-trip.
#include "domain/frameworks.h"
#include "store/planstore.h"
#include "sync/fractionalindex.h"
#include "sync/hlcclock.h"
#include "sync/uuid7.h"

#include <QDate>
#include <QJsonArray>
#include <QRandomGenerator>

namespace samen::test {

class RandomPlan
{
public:
    explicit RandomPlan(quint32 seed)
        : m_random(seed)
        , m_clock(QStringLiteral("random"))
    {
    }

    /** Writes one plan into store; returns its id. */
    QString writeInto(PlanStore &store)
    {
        const QStringList frameworks = frameworkKeys();
        const QString framework = frameworks.at(pick(frameworks.size()));
        m_planId = newUuid7();
        set(QStringLiteral("plan"), m_planId, QStringLiteral("name"), text(80));
        if (chance())
            set(QStringLiteral("plan"), m_planId, QStringLiteral("story"), freeText());
        set(QStringLiteral("plan"), m_planId, QStringLiteral("framework"), framework);
        set(QStringLiteral("plan"), m_planId, QStringLiteral("createdAt"), dateTime());
        for (const LifeDomain &d : frameworkDomains(framework))
            m_domainKeys.append(d.key);
        const QStringList keys = keysBetween(QString(), QString(), int(m_domainKeys.size()));
        QStringList order = m_domainKeys;
        std::shuffle(order.begin(), order.end(), m_random);
        for (int i = 0; i < order.size(); ++i) {
            const QString id = entity(QStringLiteral("domain"), m_domainIds);
            set(QStringLiteral("domain"), id, QStringLiteral("key"), order.at(i));
            set(QStringLiteral("domain"), id, QStringLiteral("sortKey"), keys.at(i));
            m_all.append(id);
        }
        const int people = 1 + pick(5);
        for (int i = 0; i < people; ++i) {
            const QString id = entity(QStringLiteral("member"), m_members);
            const QString kind = i == 0 ? QStringLiteral("citizen") : (chance() ? QStringLiteral("network") : QStringLiteral("professional"));
            set(QStringLiteral("member"), id, QStringLiteral("kind"), kind);
            set(QStringLiteral("member"), id, QStringLiteral("name"), text(40));
            if (kind == QLatin1String("network"))
                maybe(QStringLiteral("member"), id, QStringLiteral("relation"),
                      oneOf({ "partner", "family", "friend", "neighbour", "employer", "volunteer", "other" }));
            if (kind == QLatin1String("professional")) {
                maybe(QStringLiteral("member"), id, QStringLiteral("organisation"), oneOf({ "Welzijn Oost", "UWV", "Gemeente", "Schuldhulp" }));
                maybe(QStringLiteral("member"), id, QStringLiteral("role"), text(60));
            }
            maybe(QStringLiteral("member"), id, QStringLiteral("domains"), domainList());
            maybe(QStringLiteral("member"), id, QStringLiteral("contact"), text(100));
            maybe(QStringLiteral("member"), id, QStringLiteral("phone"), QStringLiteral("+31 6 %1").arg(10000000 + pick(89999999)));
            maybe(QStringLiteral("member"), id, QStringLiteral("email"), QStringLiteral("p%1@example.org").arg(pick(1000)));
            set(QStringLiteral("member"), id, QStringLiteral("since"), date(-400));
            if (i > 0 && chance())
                set(QStringLiteral("member"), id, QStringLiteral("until"), date(30));
            maybe(QStringLiteral("member"), id, QStringLiteral("coordinator"), i == 0);
            maybe(QStringLiteral("member"), id, QStringLiteral("ring"), oneOf({ "inner", "middle", "outer" }));
            maybe(QStringLiteral("member"), id, QStringLiteral("note"), freeText());
            if (i > 0) {
                for (const QString &key : m_domainKeys.mid(0, pick(4))) {
                    const QString grant = entity(QStringLiteral("grant"), m_grants);
                    set(QStringLiteral("grant"), grant, QStringLiteral("memberId"), id);
                    set(QStringLiteral("grant"), grant, QStringLiteral("domainKey"), key);
                    set(QStringLiteral("grant"), grant, QStringLiteral("access"), oneOf({ "read", "write", "none" }));
                    maybe(QStringLiteral("grant"), grant, QStringLiteral("purpose"), text(100));
                    maybe(QStringLiteral("grant"), grant, QStringLiteral("until"), date(200));
                }
            }
        }
        for (int i = pick(6); i > 0; --i) {
            const QString id = entity(QStringLiteral("assessment"), m_assessments);
            set(QStringLiteral("assessment"), id, QStringLiteral("domainKey"), domainKey());
            set(QStringLiteral("assessment"), id, QStringLiteral("score"), 1 + pick(10));
            maybe(QStringLiteral("assessment"), id, QStringLiteral("note"), freeText());
            set(QStringLiteral("assessment"), id, QStringLiteral("date"), date(-300));
        }
        const int goalCount = pick(5);
        const QStringList goalKeys = goalCount ? keysBetween(QString(), QString(), goalCount) : QStringList();
        for (int i = 0; i < goalCount; ++i) {
            const QString goal = entity(QStringLiteral("goal"), m_goals);
            set(QStringLiteral("goal"), goal, QStringLiteral("domainKey"), domainKey());
            set(QStringLiteral("goal"), goal, QStringLiteral("title"), text(200));
            maybe(QStringLiteral("goal"), goal, QStringLiteral("why"), freeText());
            set(QStringLiteral("goal"), goal, QStringLiteral("status"), oneOf({ "open", "in-progress", "done", "paused" }));
            maybe(QStringLiteral("goal"), goal, QStringLiteral("due"), date(300));
            maybe(QStringLiteral("goal"), goal, QStringLiteral("helperIds"), QJsonArray { m_members.at(pick(m_members.size())) });
            set(QStringLiteral("goal"), goal, QStringLiteral("sortKey"), goalKeys.at(i));
            const int steps = pick(4);
            const QStringList stepKeys = steps ? keysBetween(QString(), QString(), steps) : QStringList();
            for (int s = 0; s < steps; ++s) {
                const QString step = entity(QStringLiteral("step"), m_steps);
                set(QStringLiteral("step"), step, QStringLiteral("goalId"), goal);
                set(QStringLiteral("step"), step, QStringLiteral("title"), text(200));
                maybe(QStringLiteral("step"), step, QStringLiteral("ownerId"), m_members.at(pick(m_members.size())));
                maybe(QStringLiteral("step"), step, QStringLiteral("due"), date(100));
                const bool done = chance();
                set(QStringLiteral("step"), step, QStringLiteral("done"), done);
                if (done)
                    set(QStringLiteral("step"), step, QStringLiteral("doneAt"), dateTime());
                set(QStringLiteral("step"), step, QStringLiteral("sortKey"), stepKeys.at(s));
            }
        }
        for (int i = pick(3); i > 0; --i) {
            const QString id = entity(QStringLiteral("meeting"), m_meetings);
            set(QStringLiteral("meeting"), id, QStringLiteral("title"), text(200));
            set(QStringLiteral("meeting"), id, QStringLiteral("at"), dateTime());
            set(QStringLiteral("meeting"), id, QStringLiteral("minutes"), 5 + pick(596));
            maybe(QStringLiteral("meeting"), id, QStringLiteral("place"), text(100));
            maybe(QStringLiteral("meeting"), id, QStringLiteral("videoLink"), QStringLiteral("https://meet.example.org/%1").arg(pick(100000)));
            set(QStringLiteral("meeting"), id, QStringLiteral("participantIds"), QJsonArray { m_members.first(), m_members.last() });
            maybe(QStringLiteral("meeting"), id, QStringLiteral("agendaDomains"), domainList());
            maybe(QStringLiteral("meeting"), id, QStringLiteral("agendaPoints"), QJsonArray { text(200), text(50) });
            maybe(QStringLiteral("meeting"), id, QStringLiteral("notes"), freeText());
            set(QStringLiteral("meeting"), id, QStringLiteral("status"), oneOf({ "planned", "held", "cancelled" }));
        }
        for (int i = pick(4); i > 0; --i) {
            const QString id = entity(QStringLiteral("agreement"), m_agreements);
            if (!m_meetings.isEmpty())
                maybe(QStringLiteral("agreement"), id, QStringLiteral("meetingId"), m_meetings.at(pick(m_meetings.size())));
            set(QStringLiteral("agreement"), id, QStringLiteral("what"), text(500));
            maybe(QStringLiteral("agreement"), id, QStringLiteral("whoId"), m_members.at(pick(m_members.size())));
            maybe(QStringLiteral("agreement"), id, QStringLiteral("by"), date(100));
            set(QStringLiteral("agreement"), id, QStringLiteral("domainKey"), domainKey());
            maybe(QStringLiteral("agreement"), id, QStringLiteral("evaluationDate"), date(60));
            set(QStringLiteral("agreement"), id, QStringLiteral("status"), oneOf({ "open", "done", "dropped" }));
            maybe(QStringLiteral("agreement"), id, QStringLiteral("evaluation"), freeText());
        }
        for (int i = pick(6); i > 0; --i) {
            const QString id = entity(QStringLiteral("timeline"), m_timeline);
            set(QStringLiteral("timeline"), id, QStringLiteral("kind"),
                oneOf({ "plan-created", "step-done", "goal-done", "assessment", "member-added", "note" }));
            maybe(QStringLiteral("timeline"), id, QStringLiteral("text"), text(300));
            set(QStringLiteral("timeline"), id, QStringLiteral("at"), dateTime());
            maybe(QStringLiteral("timeline"), id, QStringLiteral("refId"), m_all.at(pick(m_all.size())));
        }
        for (Operation &op : m_ops)
            op.authorMemberId = m_members.first();
        const Status stored = store.applyLocal(m_ops);
        return stored ? m_planId : QString();
    }

private:
    int pick(qsizetype n) { return n > 0 ? int(m_random.bounded(quint32(n))) : 0; }
    bool chance() { return m_random.bounded(2u) == 1; }
    QString oneOf(std::initializer_list<const char *> values) { return QString::fromUtf8(*(values.begin() + pick(qsizetype(values.size())))); }
    QString text(int max)
    {
        static const QStringList words { QStringLiteral("Huur"), QStringLiteral("betalen"), QStringLiteral("café ☕"), QStringLiteral("سارة"),
                                         QStringLiteral("日本"), QStringLiteral("Zoë"),     QStringLiteral("schuld"), QStringLiteral("🙂"),
                                         QStringLiteral("werk"), QStringLiteral("«quoted»") };
        QString t = words.at(pick(words.size()));
        while (t.size() < max / 2 && chance())
            t += QLatin1Char(' ') + words.at(pick(words.size()));
        return t.left(max).trimmed();
    }
    QString freeText() { return text(60) + QStringLiteral("\n") + text(60); }
    QString date(int span)
    {
        const int days = span < 0 ? -pick(-span) : pick(span);
        return QDate(2026, 6, 1).addDays(days).toString(Qt::ISODate);
    }
    QString dateTime() { return QDate(2026, 1, 1).addDays(pick(300)).startOfDay(Qt::UTC).addSecs(pick(86400)).toString(Qt::ISODate); }
    QString domainKey() { return m_domainKeys.at(pick(m_domainKeys.size())); }
    QJsonArray domainList()
    {
        QJsonArray list;
        for (const QString &k : m_domainKeys.mid(pick(m_domainKeys.size()), 1 + pick(2)))
            list.append(k);
        return list;
    }
    QString entity(const QString &type, QStringList &list)
    {
        const QString id = newUuid7();
        list.append(id);
        if (type != QLatin1String("grant"))
            m_all.append(id);
        return id;
    }
    void set(const QString &type, const QString &id, const QString &field, const QJsonValue &value)
    {
        Operation op;
        op.opId = newUuid7();
        op.planId = m_planId;
        op.entityType = type;
        op.entityId = id;
        op.field = field;
        op.value = value;
        op.hlc = m_clock.now();
        m_ops.append(op);
    }
    void maybe(const QString &type, const QString &id, const QString &field, const QJsonValue &value)
    {
        if (chance())
            set(type, id, field, value);
    }

    QRandomGenerator m_random;
    HlcClock m_clock;
    QString m_planId;
    QStringList m_domainKeys, m_domainIds, m_members, m_grants, m_assessments, m_goals, m_steps, m_meetings, m_agreements, m_timeline, m_all;
    QList<Operation> m_ops;
};

} // namespace samen::test
