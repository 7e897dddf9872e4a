#pragma once

#include "core/result.h"

#include <QJsonValue>
#include <QString>

namespace samen {

/**
 * Fields that record when something already happened (an assessment's date, when a
 * step was done, a timeline entry's time, when the plan was made) cannot lie in the
 * future: such a value from a device whose date is wrong would otherwise stay "the
 * latest" on every device and make later changes look older. Checked by the device's
 * editor and by the service against its own clock, with a margin for time zones
 * (dates, one day) and clock skew (times, maxAheadMs).
 */
namespace pasttime {

/** True for the fields above: assessment.date, step.doneAt, timeline.at, plan.createdAt. */
bool applies(const QString &entityType, const QString &field);
/**
 * Validation with a plain message when value lies further ahead of nowMs (UTC, ms
 * since the epoch) than the margin; ok for other fields and for values that are not
 * dates (validateField judges those).
 */
Status check(const QString &entityType, const QString &field, const QJsonValue &value, qint64 nowMs, qint64 maxAheadMs);

} // namespace pasttime
} // namespace samen
