#include "domain/meetingtime.h"

#include <QCoreApplication>

namespace samen::meetingtime {

Status checkPlanned(const QDateTime &start, qint64 nowMs, qint64 marginMs)
{
    if (!start.isValid() || start.toMSecsSinceEpoch() >= nowMs - marginMs)
        return {};
    return Status::fail(ErrorCode::Validation,
                        QCoreApplication::translate("samen",
                                                    "This time has already passed: a meeting is planned for a time still to come. "
                                                    "To write down a meeting that already took place, record it as held."));
}

Status checkHeld(const QDateTime &start, qint64 nowMs, qint64 marginMs)
{
    if (!start.isValid() || start.toMSecsSinceEpoch() <= nowMs + marginMs)
        return {};
    return Status::fail(ErrorCode::Validation,
                        QCoreApplication::translate("samen",
                                                    "This meeting has not started yet, so it cannot be marked as held. "
                                                    "Do that once it has taken place."));
}

} // namespace samen::meetingtime
