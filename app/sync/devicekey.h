#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace samen {

class SettingStore;

/**
 * This device's Ed25519 key pair for signing in to the case service. The private key
 * lives only inside an encrypted store (a setting: the plan store, or a professional's device.db), never in a plain file.
 */
class DeviceKey
{
public:
    /** Loads the key from the store, making and saving a new one on first use. */
    static Result<DeviceKey> loadOrCreate(SettingStore &store);

    /** The raw 32-byte public key, base64, as the service's /v1/enrol expects it. */
    QString publicKeyBase64() const;
    /** Signs a message; empty on failure. */
    QByteArray sign(const QByteArray &message) const;

private:
    QByteArray m_private; ///< 32-byte raw Ed25519 private key
};

} // namespace samen
