#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <utility>

namespace samen {

/**
 * Settings kept in an encrypted file as key → text: a plan's store (PlanStore) or a
 * professional's device file (DeviceStore). The sync client's sign-in (SyncHttp,
 * DeviceKey) reads the device's identity through this, wherever it is kept.
 */
class SettingStore
{
public:
    virtual ~SettingStore() = default;
    /** The value, or "" when the key was never set. */
    virtual QString setting(const QString &key) const = 0;
    virtual Status setSetting(const QString &key, const QString &value) = 0;
    /** Several settings that belong together, in one transaction. */
    virtual Status setSettings(const QList<std::pair<QString, QString>> &settings) = 0;
};

} // namespace samen
