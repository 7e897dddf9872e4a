#pragma once

#include "sync/hlc.h"

#include <functional>

namespace samen {

/** Issues monotonic hybrid logical clock values for one node; time source and floor injectable. */
class HlcClock
{
public:
    using WallClock = std::function<qint64()>;
    /**
     * The greatest clock value this node must stay above: for a device, the
     * high-water mark its store keeps of every operation it holds (see
     * PlanStore::clockFloor). Read before every value issued, so nothing that was
     * stored (by this clock, by sync, in another process) can be forgotten.
     */
    using Floor = std::function<Hlc()>;
    explicit HlcClock(QString node, WallClock wallMs = {}, Floor floor = {});

    /**
     * While one lives, the clock reads its floor once (at construction) instead of before
     * every value: for many values made together while nothing is stored, such as the
     * operations of an import, which are all made before any is stored (reading the
     * store's setting for each was a fifth of reading a FHIR Bundle). The clock's own
     * floor comes back when it goes. Use on the stack, around code that stores nothing.
     */
    class FloorReadOnce
    {
    public:
        explicit FloorReadOnce(HlcClock &clock);
        ~FloorReadOnce();
        FloorReadOnce(const FloorReadOnce &) = delete;
        FloorReadOnce &operator=(const FloorReadOnce &) = delete;

    private:
        HlcClock &m_clock;
        Floor m_floor;
    };

    /** A new timestamp, greater than every one issued or observed before and than the floor. */
    Hlc now();
    /** Takes a remote timestamp into account (so later local edits sort after it). */
    void observe(const Hlc &remote);
    const QString &node() const { return m_node; }

private:
    QString m_node;
    WallClock m_wallMs;
    Floor m_floor;
    Hlc m_last;
    Hlc m_floorSeen; ///< the floor as last read
};

} // namespace samen
