#include "ui/stepreach.h"

#include "domain/steprule.h"
#include "store/planstore.h"
#include "ui/plancontroller.h"

namespace samen::app {

StepReach::StepReach(QObject *parent)
    : QObject(parent)
{
}

QString StepReach::note(PlanController *plan, const QString &goalId, const QString &memberId) const
{
    if (!plan || goalId.isEmpty() || memberId.isEmpty())
        return {};
    const auto goal = plan->store().entity(goalId);
    if (!goal)
        return {};
    const Status reach = StepRule::checkReach(plan->store(), plan->planId(), memberId, goal->value(QStringLiteral("domainKey")).toString(), plan->today());
    return reach ? QString() : reach.error().message;
}

} // namespace samen::app
