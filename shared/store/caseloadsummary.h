#pragma once

#include "store/planstore.h"

#include <QDateTime>
#include <QJsonObject>

namespace samen {

/**
 * One plan's row on a professional's caseload, worked out from the plan's store after
 * a sync round (and kept in device.db, so the caseload needs no plan opened).
 */
class CaseloadSummary
{
public:
    /**
     * The row: { "planId", "citizen" (the citizen's name; "" before the plan arrived),
     * "role", "organisation" (the professional's own, from their member entry; until the
     * owner's device has synced it, from whom the invitation was for, kept at the join),
     * "domains": [{ "key", "label", "access": "read"|"write" }] (the grants this device
     * last heard, DeviceAccess; in the citizen's priority order), "nextMeeting":
     * { "at" (ISO date-time, UTC), "title" } | null, "meetingsAhead": [{ "at", "title" }] (at most
     * kMeetingsKept, soonest first), "reviewDates": ["yyyy-MM-dd"], "agreementsDue" (open agreements
     * whose evaluation is within TeamView::kReviewDays), "agreementsOverdue" (of those,
     * evaluation before today), "stepsForMe": [{ "title", "due" }] (open steps whose
     * owner is this professional), "withdrawn" (bool, set by CaseloadSync when a row that named domains comes to name none:
     * the citizen withdrew all access, the professional is still a member), "refused" (int: changes made on this device that the service did not
     * accept, one per item), "lastChange" (ISO date-time, UTC, of the newest
     * change the device has seen; "" when none), "waiting" (bool: not let in yet),
     * "attention" (int, higher first; see attention()) }.
     */
    static QJsonObject of(const PlanStore &store, const QDateTime &now);
    /** The row's "refused": the items (goals, steps, ...) with a change made here that the service did not accept. */
    static int refusedItems(const PlanStore &store);
    /** How many items (goals, steps, ...) changes are of: how people count changes (one goal's four fields: one). */
    static int itemCount(const QList<OutboxEntry> &changes);
    /**
     * The row's figures that depend on the date, worked out for `now` from the dates the row
     * keeps (review 4, R4-26: a row is as old as its plan's last change, and a quiet plan's
     * agreement that becomes due must be counted): "agreementsDue" and "agreementsOverdue"
     * from "reviewDates" (the evaluation dates of the open agreements this device holds,
     * sorted), "nextMeeting" (the first of "meetingsAhead", the planned meetings at or after
     * the round, that is not past: null when none), "attention", and "stepsForMe" sorted
     * soonest due first (those without a date last, then by title). The caseload page and
     * samen-cli caseload call it whenever they show rows. A row kept before these dates
     * were (no "reviewDates") is returned as it is.
     */
    static QJsonObject asOf(QJsonObject row, const QDateTime &now);
    /** Every row asOf `now`, most needing attention first (the stored order otherwise: then by name). */
    static QList<QJsonObject> asOf(QList<QJsonObject> rows, const QDateTime &now);
    /** How many planned meetings a row keeps ("meetingsAhead"), so the next one is known after one has passed. */
    static constexpr int kMeetingsKept = 5;
    /** The row of a plan added to the caseload before it arrived: the citizen's name as far as known, nothing shared yet. */
    static QJsonObject beforeArrival(const QString &citizen, bool waiting);
    /**
     * What needs attention first, as one number (higher first): anything overdue before anything
     * else (overdue: evaluations of agreements and steps of mine past their date, 1,000,000 each),
     * then the soonest date still to come (daysToSoonest: days from today to the first step of mine
     * due or agreement to evaluate, 0 = today, -1 = none; 1,000 × (999 - days)), then the rest
     * (10 per agreement due and open step of mine, 5 for a meeting within 7 days). The bands never
     * overlap, so undated steps never outrank an overdue one (review 6, #2). (The order on the
     * caseload page; BRIEF.md M9: "sorted by what needs attention".)
     */
    static int attention(int overdue, int daysToSoonest, int dueAgreements, int openSteps, bool meetingSoon);
};

} // namespace samen
