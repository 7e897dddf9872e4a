#include "sync/hlcclock.h"

#include <QDateTime>

namespace samen {

namespace {
// The text form has six counter digits; past that, borrow the next millisecond.
constexpr quint32 kMaxCounter = 999999;

/** Time order without the node: the node only breaks ties between equal times. */
bool earlier(const Hlc &a, const Hlc &b)
{
    return a.wallMs < b.wallMs || (a.wallMs == b.wallMs && a.counter < b.counter);
}
} // namespace

HlcClock::HlcClock(QString node, WallClock wallMs, Floor floor)
    : m_node(std::move(node))
    , m_wallMs(wallMs ? std::move(wallMs) : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_floor(std::move(floor))
{
    m_last.node = m_node;
}

HlcClock::FloorReadOnce::FloorReadOnce(HlcClock &clock)
    : m_clock(clock)
    , m_floor(std::move(clock.m_floor))
{
    if (m_floor)
        m_clock.m_floor = [floor = m_floor()] { return floor; };
}

HlcClock::FloorReadOnce::~FloorReadOnce()
{
    m_clock.m_floor = std::move(m_floor);
}

Hlc HlcClock::now()
{
    if (m_floor) {
        const Hlc floor = m_floor();
        if (earlier(floor, m_floorSeen)) {
            // The floor only goes down when changes refused for their clock left it
            // (PlanStore::clockFloor): values issued from them must not be issued again.
            m_last.wallMs = floor.wallMs;
            m_last.counter = floor.counter;
        } else {
            observe(floor);
        }
        m_floorSeen = floor;
    }
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
    if (earlier(m_last, remote)) {
        m_last.wallMs = remote.wallMs;
        m_last.counter = remote.counter;
    }
}

} // namespace samen
