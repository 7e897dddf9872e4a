#pragma once

#include <QString>

#include <functional>

namespace samen::service {

/** Hooks the API calls after a committed change, so connected devices hear about it (see LiveHub). */
struct LiveEvents {
    std::function<void(const QString &planId, qint64 seq)> planAdvanced;
    std::function<void(const QString &planId, const QString &memberId)> accessChanged;
    std::function<void(const QString &deviceId)> deviceRevoked;

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
    void revoked(const QString &deviceId) const
    {
        if (deviceRevoked)
            deviceRevoked(deviceId);
    }
};

} // namespace samen::service
