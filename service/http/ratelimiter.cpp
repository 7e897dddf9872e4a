#include "http/ratelimiter.h"

#include <cmath>

namespace samen::service {

RateLimiter::RateLimiter(int perMinute)
    : m_perMinute(perMinute)
{
}

int RateLimiter::take(const QString &key, qint64 nowMs)
{
    if (m_perMinute <= 0)
        return 0;
    sweep(nowMs);
    const double perMs = m_perMinute / 60000.0;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket { static_cast<double>(m_perMinute), nowMs });
    Bucket &b = it.value();
    b.tokens = std::min<double>(m_perMinute, b.tokens + static_cast<double>(nowMs - b.lastMs) * perMs);
    b.lastMs = nowMs;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    return std::max(1, static_cast<int>(std::ceil((1.0 - b.tokens) / perMs / 1000.0)));
}

void RateLimiter::sweep(qint64 nowMs)
{
    // Full buckets carry no information: drop them once a minute so memory stays bounded by active clients.
    if (nowMs - m_lastSweepMs < 60000)
        return;
    m_lastSweepMs = nowMs;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (nowMs - it->lastMs >= 60000)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace samen::service
