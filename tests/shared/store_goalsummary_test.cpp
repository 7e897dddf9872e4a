// summarizeGoals (issue 18: the home's domain cards without building every goal and step)
// gives what counting over PlanView::goals gives: goals per domain and the next step.
#include "store/goalsummary.h"
#include "store/planstore.h"
#include "store/planview.h"
#include "store_test_support.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

using namespace samen;
using samen::test::makeOp;
using samen::test::TestDir;

namespace {

/** The home's figures the way they were counted before: over PlanView::goals, in its order. */
QHash<QString, DomainGoals> countedOverGoals(const PlanView &view)
{
    QHash<QString, DomainGoals> out;
    QSet<QString> known;
    for (const QJsonValue &g : view.goals()) {
        const QJsonObject goal = g.toObject();
        const QString key = goal.value(QStringLiteral("domainKey")).toString();
        ++out[key].goals;
        if (known.contains(key))
            continue;
        QJsonObject best;
        for (const QJsonValue &v : goal.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("done")).toBool())
                continue;
            const QString due = s.value(QStringLiteral("due")).toString();
            if (best.isEmpty()
                || (!due.isEmpty() && (best.value(QStringLiteral("due")).toString().isEmpty() || due < best.value(QStringLiteral("due")).toString())))
                best = s;
        }
        if (!best.isEmpty()) {
            out[key].nextStep = best.value(QStringLiteral("title")).toString();
            known.insert(key);
        }
    }
    return out;
}

} // namespace

TEST_CASE("summarizeGoals counts goals and finds the next step per domain as PlanView::goals does", "[store][goals]")
{
    TestDir dir;
    auto store = PlanStore::create(dir.path(), test::testRawKey());
    REQUIRE(store.ok());
    QList<Operation> ops;
    int n = 0;
    qint64 clock = 1000;
    const auto set = [&](const QString &type, const QString &id, const QString &field, const QJsonValue &value) {
        ops.append(makeOp(QStringLiteral("op-%1").arg(++n), type, id, field, value, ++clock));
    };
    // Three domains; goals out of id order by sort key, one without a sort key, one deleted later.
    const QStringList domains { QStringLiteral("home"), QStringLiteral("work"), QStringLiteral("health") };
    for (int g = 0; g < 24; ++g) {
        const QString id = QStringLiteral("goal-%1").arg(g, 2, 10, QLatin1Char('0'));
        set(QStringLiteral("goal"), id, QStringLiteral("domainKey"), domains.at(g % 3));
        set(QStringLiteral("goal"), id, QStringLiteral("title"), QStringLiteral("Goal %1").arg(g));
        if (g % 5 != 0)
            set(QStringLiteral("goal"), id, QStringLiteral("sortKey"), QStringLiteral("k%1").arg(99 - g));
        // Steps: none, all done, open ones with and without dates, a due date that is not text.
        for (int s = 0; s < g % 4; ++s) {
            const QString step = QStringLiteral("%1-step-%2").arg(id).arg(s);
            set(QStringLiteral("step"), step, QStringLiteral("goalId"), id);
            set(QStringLiteral("step"), step, QStringLiteral("title"), QStringLiteral("Step %1 of goal %2").arg(s).arg(g));
            set(QStringLiteral("step"), step, QStringLiteral("sortKey"), QStringLiteral("s%1").arg(9 - s));
            if (g % 7 == 1 || (g + s) % 3 == 0)
                set(QStringLiteral("step"), step, QStringLiteral("done"), true);
            if ((g + s) % 2 == 0)
                set(QStringLiteral("step"), step, QStringLiteral("due"), QStringLiteral("2027-0%1-1%2").arg(1 + (g + s) % 9).arg(s));
            if (g == 22 && s == 0)
                set(QStringLiteral("step"), step, QStringLiteral("due"), 20270101);
            if (g == 21 && s == 0)
                set(QStringLiteral("step"), step, QStringLiteral("done"), 1); // not true: open
        }
    }
    set(QStringLiteral("goal"), QStringLiteral("goal-03"), QString(kTombstoneField), true);
    REQUIRE(store.value()->applyLocal(ops).ok());

    const PlanView view(*store.value(), QStringLiteral("plan-1"));
    const QHash<QString, DomainGoals> expected = countedOverGoals(view);
    const QHash<QString, DomainGoals> summary = summarizeGoals(*store.value(), QStringLiteral("plan-1"));
    REQUIRE(expected.size() == 3);
    REQUIRE(summary.size() == expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        INFO("domain " << it.key().toStdString());
        REQUIRE(summary.contains(it.key()));
        CHECK(summary.value(it.key()).goals == it->goals);
        CHECK(summary.value(it.key()).nextStep.toStdString() == it->nextStep.toStdString());
    }
    int total = 0;
    for (const DomainGoals &d : summary)
        total += d.goals;
    CHECK(total == view.goals().size());
}
