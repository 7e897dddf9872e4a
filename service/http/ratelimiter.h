#pragma once

#include <QHash>
#include <QString>

namespace samen::service {

/**
 * Token buckets per key ("address:..." or "device:..."): each key may make
 * perMinute requests a minute, in bursts up to perMinute. In memory only: a
 * restart forgets the buckets, several instances each keep their own.
 */
class RateLimiter
{
public:
    explicit RateLimiter(int perMinute);

    /** Takes one token; returns 0 when allowed, else the seconds to wait before retrying. */
    int take(const QString &key, qint64 nowMs);
    int perMinute() const { return m_perMinute; }

private:
    struct Bucket {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    void sweep(qint64 nowMs);

    int m_perMinute;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

} // namespace samen::service
