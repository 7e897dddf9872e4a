#pragma once

#include <QJsonObject>
#include <QString>

namespace samen {

/**
 * How far a goal is, from its status and its steps, in people's words (context "samen"), so
 * the app and samen-cli agree: a goal whose steps are all done does not say "Not started".
 */
namespace goalprogress {

/**
 * "Done" and "On hold" as statuswords::goal; an open or busy goal with every step done
 * (at least one) is "All steps done"; an open goal with a step done is "Busy with it";
 * otherwise statuswords::goal(status).
 */
QString word(const QString &status, int doneSteps, int openSteps);
/** word() for a goal as PlanView::goals gives it: its "status" and its "steps" with their "done". */
QString word(const QJsonObject &goalWithSteps);
/** True when the goal is not done or on hold and all of its steps (at least one) are done: offer "done". */
bool offersDone(const QString &status, int doneSteps, int openSteps);

} // namespace goalprogress
} // namespace samen
