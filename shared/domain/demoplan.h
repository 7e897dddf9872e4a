#pragma once

#include "core/result.h"
#include "sync/operation.h"

#include <QDate>
#include <QList>

namespace samen {

class HlcClock;

/** A demo plan and who owns it. */
struct DemoPlan {
    QString planId;
    QString ownerMemberId;
    QList<Operation> ops;
};

/**
 * Robin's plan from the research (brief §4): debts straining the relationship,
 * a welfare worker (André) who organises joint meetings, a benefits adviser,
 * employer Ellen and a friend; two rounds of self-assessment so the progress
 * picture has a before and after; the last joint meeting (three weeks ago, held,
 * with notes and three agreements: Ellen in work, the benefits adviser in money,
 * Robin in social; one evaluation due within 10 days) and the next one three weeks
 * ahead with Robin's top three life domains on the agenda. extraGoals adds generated goals with steps
 * (for benchmarks of large plans). Dates are relative to today.
 */
Result<DemoPlan> buildDemoPlan(HlcClock &clock, const QDate &today, int extraGoals = 0);

} // namespace samen
