#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace samen::service {

/** Hooks the API calls after a committed change, so connected devices hear about it (see LiveHub). */
struct LiveEvents {
    std::function<void(const QString &planId, qint64 seq)> planAdvanced;
    std::function<void(const QString &planId, const QString &memberId)> accessChanged;
    std::function<void(const QString &deviceId)> deviceRevoked;
    std::function<void(const QString &planId, const QStringList &accountIds)> planErased;

    void advanced(const QString &planId, qint64 seq) const
    {
        if (planAdvanced)
            planAdvanced(planId, seq);
    }
    void changed(const QString &planId, const QString &memberId) const
    {
        if (accessChanged)
            accessChanged(planId, memberId);
    }
    /** The plan is gone (its members are no longer in the store): the accounts that were in it are told by id. */
    void erased(const QString &planId, const QStringList &accountIds) const
    {
        if (planErased)
            planErased(planId, accountIds);
    }
    void revoked(const QString &deviceId) const
    {
        if (deviceRevoked)
            deviceRevoked(deviceId);
    }
};

} // namespace samen::service
