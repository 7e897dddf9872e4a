#include "store/goalsummary.h"

#include "store/planstore.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace samen {

namespace {

/** A text field of an entity's stored document, or "" when it is missing or not text (as QJsonValue::toString). */
QString textField(const char *field)
{
    return QStringLiteral("CASE json_type(doc, '$.%1') WHEN 'text' THEN json_extract(doc, '$.%1') ELSE '' END").arg(QLatin1String(field));
}

struct Row {
    QString sortKey, id, a, b, c;
    bool done = false;
};

/**
 * The live entities of one type with three text fields (and `done` for steps), in
 * PlanView::sorted's order: the store's (sort_key, id), re-sorted as it does only when
 * that is not the order of (sort key as text, id).
 */
std::vector<Row> rows(PlanStore &store, const QString &planId, const QString &type, const char *a, const char *b, const char *c)
{
    std::vector<Row> out;
    const QString sql = QStringLiteral("SELECT coalesce(sort_key, ''), id, %1, %2, %3, json_type(doc, '$.done') = 'true' FROM entities "
                                       "WHERE plan_id = ?1 AND type = ?2 AND deleted = 0 ORDER BY sort_key, id")
                            .arg(textField(a), textField(b), textField(c));
    (void)store.database().forEachRow(sql, { planId, type }, [&out](const Statement &q) {
        out.push_back({ q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.integer(5) != 0 });
    });
    const auto before = [](const Row &x, const Row &y) { return std::pair(x.sortKey, x.id) < std::pair(y.sortKey, y.id); };
    if (!std::is_sorted(out.begin(), out.end(), before))
        std::stable_sort(out.begin(), out.end(), before);
    return out;
}

} // namespace

QHash<QString, DomainGoals> summarizeGoals(PlanStore &store, const QString &planId)
{
    // Of each goal's steps not done (in the steps' order): the one due first; undated ones only when none is dated.
    struct Next {
        QString title, due;
        bool any = false;
    };
    QHash<QString, Next> nextByGoal;
    for (const Row &step : rows(store, planId, QStringLiteral("step"), "goalId", "title", "due")) {
        if (step.done)
            continue;
        Next &next = nextByGoal[step.a];
        if (!next.any || (!step.c.isEmpty() && (next.due.isEmpty() || step.c < next.due)))
            next = { step.b, step.c, true };
    }
    QHash<QString, DomainGoals> out;
    QHash<QString, bool> found; // domains whose next step is known: the first goal with one gives it
    for (const Row &goal : rows(store, planId, QStringLiteral("goal"), "domainKey", "title", "due")) {
        DomainGoals &d = out[goal.a];
        ++d.goals;
        if (found.value(goal.a))
            continue;
        if (const auto next = nextByGoal.constFind(goal.id); next != nextByGoal.cend()) {
            d.nextStep = next->title;
            found.insert(goal.a, true);
        }
    }
    if (!store.health())
        return {};
    return out;
}

} // namespace samen
