#pragma once

#include "core/result.h"
#include "ui/caseload/caseloaditem.h"

#include <QList>
#include <QString>

#include <memory>

namespace samen {
class PlanStore;
}

namespace samen::app {

/**
 * Where a professional's caseload comes from: the rows of the caseload (cheap, no
 * plan store opened) and each plan's own encrypted store, opened on demand. The
 * app's CaseloadController works only through this, so it does not know how the
 * device keeps its plans (device.db and one store per plan, see docs/architecture.md).
 * Threading rule: used on the UI thread only.
 */
class CaseloadSource
{
public:
    virtual ~CaseloadSource() = default;
    /** Every plan this professional is a member of, in no particular order. */
    virtual QList<CaseloadItem> items() = 0;
    /** Opens the plan's store (its planId and memberId are in its settings); a plain error when it cannot. */
    virtual Result<std::unique_ptr<PlanStore>> openPlan(const QString &planId) = 0;
    /**
     * Plans taken off this device since the last call (the professional was removed from
     * them: the store and row are gone), as the citizens' names; empty when none.
     */
    virtual QStringList takeRemoved() { return {}; }
};

} // namespace samen::app
