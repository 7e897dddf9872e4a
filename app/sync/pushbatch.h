#pragma once

#include "sync/pushlimits.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace samen {

struct OutboxEntry;

/**
 * The body of one push: the outbox's next operations, oldest first, as many as fit
 * in the service's body limit in their real encoded bytes and within its operation
 * count (docs/sync-protocol.md, "Push limits"). Never split by count alone: 110
 * saves of a 10,000-character story make a backlog over 1 MiB.
 */
struct PushBatch {
    QByteArray body; ///< {"ops":[...]}, exactly the bytes sent; empty when nothing fits
    QStringList opIds; ///< the operations in body, in order
    QString tooLarge; ///< the first waiting operation when it alone is over the body limit

    /** Fills a batch from entries (oldest first) under maxBodyBytes and maxOps. */
    static PushBatch take(const QList<OutboxEntry> &entries, qint64 maxBodyBytes, int maxOps);
};

} // namespace samen
