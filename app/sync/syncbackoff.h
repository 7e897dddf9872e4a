#pragma once

#include <QtGlobal>

#include <functional>

namespace samen {

/** Exponential backoff with full jitter ("decorrelated" from the attempt count), capped, honouring Retry-After. */
class SyncBackoff
{
public:
    SyncBackoff(int baseMs = 1000, int maxMs = 5 * 60 * 1000);

    /** The wait before the next attempt: random in [base*2^n / 2, base*2^n], capped; at least retryAfterMs when given. */
    int nextDelayMs(int retryAfterMs = 0);
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }
    /** For tests: a source of random numbers in [0, 1). */
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

private:
    int m_baseMs;
    int m_maxMs;
    int m_failures = 0;
    std::function<double()> m_random;
};

} // namespace samen
