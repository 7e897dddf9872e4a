#include "store/goalsummary.h"

#include "store/planstore.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace samen {

namespace {

/** A text field of an entity's stored document, or "" when it is missing or not text (as QJsonValue::toString). */
QString textField(const char *field)
{
    return QStringLiteral("CASE json_type(doc, '$.%1') WHEN 'text' THEN json_extract(doc, '$.%1') ELSE '' END").arg(QLatin1String(field));
}

struct Row {
    QString sortKey, id;
    QString a; ///< a goal's domainKey, a step's goalId
    QString title, due; ///< a step's
    bool done = false;
};

/** In PlanView::sorted's order: by sort key (as text, "" when it is not text) and id, which are unique. */
void sortAsPlanView(std::vector<Row> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const Row &x, const Row &y) { return std::tie(x.sortKey, x.id) < std::tie(y.sortKey, y.id); });
}

} // namespace

QHash<QString, DomainGoals> summarizeGoals(PlanStore &store, const QString &planId)
{
    // One pass over the table in its own order (NOT INDEXED), goals and steps together: they share its pages, so
    // each page is read and decrypted once (type by type through the index, each was read twice: issue 18).
    const QString sql = QStringLiteral("SELECT type = 'step', coalesce(sort_key, ''), id, "
                                       "CASE type WHEN 'step' THEN %1 ELSE %2 END, "
                                       "CASE type WHEN 'step' THEN %3 ELSE '' END, CASE type WHEN 'step' THEN %4 ELSE '' END, "
                                       "type = 'step' AND json_type(doc, '$.done') = 'true' "
                                       "FROM entities NOT INDEXED WHERE plan_id = ?1 AND type IN ('goal', 'step') AND deleted = 0")
                            .arg(textField("goalId"), textField("domainKey"), textField("title"), textField("due"));
    std::vector<Row> goals;
    std::vector<Row> steps;
    (void)store.database().forEachRow(sql, { planId }, [&](const Statement &q) {
        (q.integer(0) != 0 ? steps : goals).push_back({ q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.integer(6) != 0 });
    });
    sortAsPlanView(goals);
    sortAsPlanView(steps);
    // Of each goal's steps not done (in the steps' order): the one due first; undated ones only when none is dated.
    struct Next {
        QString title, due;
        bool any = false;
    };
    QHash<QString, Next> nextByGoal;
    for (const Row &step : steps) {
        if (step.done)
            continue;
        Next &next = nextByGoal[step.a];
        if (!next.any || (!step.due.isEmpty() && (next.due.isEmpty() || step.due < next.due)))
            next = { step.title, step.due, true };
    }
    QHash<QString, DomainGoals> out;
    QHash<QString, bool> found; // domains whose next step is known: the first goal with one gives it
    for (const Row &goal : goals) {
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
