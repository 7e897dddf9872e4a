#pragma once

#include "storage/servicestore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>

namespace samen::service {

/**
 * The meeting time rule (shared/domain/meetingtime.h) at the service, for one push: an
 * operation that sets a meeting's start ("at") or status may not leave a planned meeting
 * starting before the operation's own time, nor a held one starting after it (both with the
 * service's clock skew as margin). The start and status it judges by are the meeting's after
 * the push: the push's last value of the field, else the stored winner (last writer wins).
 * The operation's time is its HLC wall time, which SyncApi refuses beyond the service's clock
 * plus the skew: a meeting planned offline before it began is not refused for syncing late.
 */
class MeetingTimeCheck
{
public:
    /** Reads the push's meeting starts and statuses and, when it has any, the stored ones. */
    static Result<MeetingTimeCheck> load(ServiceStore &store, const QString &planId, const QJsonArray &ops);
    /** Why one pushed operation breaks the rule (plain words), "" when it does not or is no meeting start or status. */
    QString refusal(const QJsonValue &op, qint64 skewMs) const;

private:
    QHash<QString, QString> m_at; ///< meeting id -> its start (ISO 8601) after the push
    QHash<QString, QString> m_status; ///< meeting id -> its status after the push
};

} // namespace samen::service
