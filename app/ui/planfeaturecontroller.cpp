#include "ui/planfeaturecontroller.h"

#include "ui/plancontroller.h"

namespace samen::app {

PlanFeatureController::PlanFeatureController(QObject *parent)
    : QObject(parent)
{
}

void PlanFeatureController::setPlan(PlanController *plan)
{
    if (!PlanController::follow(this, m_plan, plan, [this] { reload(); }))
        return;
    Q_EMIT planChanged();
    reload();
}

} // namespace samen::app
