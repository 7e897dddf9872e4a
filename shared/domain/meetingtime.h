#pragma once

#include "core/result.h"

#include <QDateTime>

namespace samen {

/**
 * When a meeting may be planned and when it may be marked held (issue 13), one rule for the
 * device's editor and the case service: a meeting is planned ahead, so its start may not lie
 * before the moment it is planned; it is marked held (or recorded as held afterwards) only once
 * it has started, so its start may not lie after that moment. "The moment" is the clock of the
 * operation that plans or records it (its HLC wall time, which the service bounds from above by
 * its own clock plus the allowed skew): a device that planned a meeting offline for later that
 * day is not refused because it synced after the meeting began. The margin is the clock skew
 * the caller allows: the service's maxClockSkewMs, the device kDeviceMarginMs.
 */
namespace meetingtime {

/** The device's margin: one minute, as a time picker shows whole minutes (10:05 chosen at 10:05:40 is now). */
inline constexpr qint64 kDeviceMarginMs = 60 * 1000;

/** Ok, or Validation in plain words when a meeting planned at nowMs (UTC ms) would start more than marginMs before it. */
Status checkPlanned(const QDateTime &start, qint64 nowMs, qint64 marginMs);
/** Ok, or Validation in plain words when a meeting marked held at nowMs starts more than marginMs after it. */
Status checkHeld(const QDateTime &start, qint64 nowMs, qint64 marginMs);

} // namespace meetingtime
} // namespace samen
