#include "sync/hlcclock.h"

#include <QDateTime>

namespace samen {

namespace {
// The text form has six counter digits; past that, borrow the next millisecond.
constexpr quint32 kMaxCounter = 999999;
} // namespace

HlcClock::HlcClock(QString node, WallClock wallMs)
    : m_node(std::move(node))
    , m_wallMs(wallMs ? std::move(wallMs) : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
    m_last.node = m_node;
}

Hlc HlcClock::now()
{
    const qint64 wall = m_wallMs();
    if (wall > m_last.wallMs) {
        m_last.wallMs = wall;
        m_last.counter = 0;
    } else if (m_last.counter >= kMaxCounter) {
        // A stuck or backwards wall clock must never make time go backwards.
        ++m_last.wallMs;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    m_last.node = m_node;
    return m_last;
}

void HlcClock::observe(const Hlc &remote)
{
    // Only wall and counter matter: now() always moves past the stored value.
    if (remote.wallMs > m_last.wallMs || (remote.wallMs == m_last.wallMs && remote.counter > m_last.counter)) {
        m_last.wallMs = remote.wallMs;
        m_last.counter = remote.counter;
    }
}

} // namespace samen
