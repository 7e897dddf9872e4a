#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace samen {

class StateReader;

/**
 * Checks that values pointing at other things (a goal, a member, a life domain)
 * point at live items of one plan, so an edit never links to something that is
 * gone or belongs to another plan. Cheap to make: the plan id is implicitly shared.
 */
class ReferenceChecker
{
public:
    ReferenceChecker(const StateReader &state, QString planId);

    /** The entity when it exists in this plan, is not deleted, and (if type is given) has that type. */
    std::optional<QJsonObject> liveEntity(const QString &entityId, const QString &type = {}) const;
    /** Validation error when a reference, domain key or list of them in this field points outside the plan. */
    Status check(const QString &entityType, const QString &field, const QJsonValue &value) const;

private:
    const StateReader &m_state;
    QString m_planId;
};

} // namespace samen
