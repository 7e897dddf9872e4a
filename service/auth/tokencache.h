#pragma once

#include "storage/servicestore.h"

#include <QHash>

#include <functional>

namespace samen::service {

/**
 * Bearer tokens this instance has already looked up, so a signed-in request needs no
 * database round trip (issue 18). An entry holds the active device and the token's expiry;
 * it is used only while a freshness mark stays the same, and dropped as soon as the
 * device is revoked:
 *
 * | revoked by | how the cache learns it |
 * | --- | --- |
 * | this instance (DELETE /v1/devices/{id}) | forgetDevice() before the answer |
 * | another process on SQLCipher (`admin revoke`) | the mark (PRAGMA data_version) changed: cleared before the request is checked |
 * | another instance or `admin revoke` on PostgreSQL | its LISTEN notice "revoked" (sent on commit): forgetDevice() |
 * | anyone, while this instance's LISTEN connection is down | the mark is -1: nothing is cached or used; a new connection gives a new mark |
 *
 * An entry also expires kMaxAgeMs after it was looked up (a LISTEN connection that died
 * without the instance noticing cannot keep a revoked token alive longer), and with its token.
 * At most kMaxEntries entries (then the cache starts again empty).
 */
class TokenCache
{
public:
    static constexpr qsizetype kMaxEntries = 100000;
    static constexpr qint64 kMaxAgeMs = 30 * 1000;

    /** The device of a cached, unexpired token; nullopt when the token must be looked up. */
    std::optional<DeviceRecord> find(const QByteArray &tokenHash, qint64 nowMs) const;
    void insert(const QByteArray &tokenHash, const DeviceRecord &device, qint64 tokenExpiresMs, qint64 nowMs);
    /** Drops every token of the device (it was revoked). */
    void forgetDevice(const QString &deviceId);
    /** Compares mark with the one of the cached entries: clears them when it differs; false when mark is negative (nothing may be cached). */
    bool trust(qint64 mark);
    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry {
        DeviceRecord device;
        qint64 expiresMs = 0; ///< the earlier of the token's expiry and the lookup + kMaxAgeMs
    };
    QHash<QByteArray, Entry> m_entries;
    qint64 m_mark = -1;
};

} // namespace samen::service
