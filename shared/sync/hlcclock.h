#pragma once

#include "sync/hlc.h"

#include <functional>

namespace samen {

/** Issues monotonic hybrid logical clock values for one node; time source injectable for tests. */
class HlcClock
{
public:
    using WallClock = std::function<qint64()>;
    explicit HlcClock(QString node, WallClock wallMs = {});

    /** A new timestamp, greater than every one issued or observed before. */
    Hlc now();
    /** Takes a remote timestamp into account (so later local edits sort after it). */
    void observe(const Hlc &remote);
    const QString &node() const { return m_node; }

private:
    QString m_node;
    WallClock m_wallMs;
    Hlc m_last;
};

} // namespace samen
