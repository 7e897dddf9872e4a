#include "sync/syncbackoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace samen {

SyncBackoff::SyncBackoff(int baseMs, int maxMs)
    : m_baseMs(baseMs)
    , m_maxMs(maxMs)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

int SyncBackoff::nextDelayMs(int retryAfterMs)
{
    const double ceiling = std::min<double>(m_maxMs, m_baseMs * std::pow(2.0, std::min(m_failures, 30)));
    ++m_failures;
    // Half fixed, half random: spreads many devices that failed at the same moment.
    const int delay = static_cast<int>(ceiling / 2 + m_random() * ceiling / 2);
    return std::max(delay, std::min(retryAfterMs, m_maxMs));
}

} // namespace samen
