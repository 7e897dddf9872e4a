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
