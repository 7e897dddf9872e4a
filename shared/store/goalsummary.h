#pragma once

#include <QHash>
#include <QString>

namespace samen {

class PlanStore;

/**
 * What the plan's home shows of each life domain's goals: how many goals, and the
 * title of the next step (PlanView::goals's order: the first goal of the domain, in
 * the goals' order, that has a step not done; of its steps not done, the one due
 * first, an undated one only when none is dated). The same as counting over
 * PlanView::goals, without building every goal and step as JSON: each row is read
 * with only the fields it needs (issue 18: the home's first screen before the rest).
 * Cost: one pass over the plan's goals and one over its steps, O(n).
 */
struct DomainGoals {
    int goals = 0;
    QString nextStep; ///< empty when no goal of the domain has a step not done
};

/** The summary above for every domain key that has goals (a key no domain has included). Empty on a damaged store (health()). */
QHash<QString, DomainGoals> summarizeGoals(PlanStore &store, const QString &planId);

} // namespace samen
