#include "sync/pushbatch.h"

#include "store/planstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace samen {

PushBatch PushBatch::take(const QList<OutboxEntry> &entries, qint64 maxBodyBytes, int maxOps)
{
    static const QByteArray head = QByteArrayLiteral("{\"ops\":[");
    static const QByteArray tail = QByteArrayLiteral("]}");
    PushBatch batch;
    QByteArray body = head;
    for (const OutboxEntry &e : entries) {
        if (batch.opIds.size() >= maxOps)
            break;
        // One operation as [op] in compact JSON, without the brackets: the bytes it adds.
        QByteArray op = QJsonDocument(QJsonArray { e.op.toJson() }).toJson(QJsonDocument::Compact);
        op = op.mid(1, op.size() - 2);
        const qint64 grown = body.size() + (batch.opIds.isEmpty() ? 0 : 1) + op.size() + tail.size();
        if (grown > maxBodyBytes) {
            if (batch.opIds.isEmpty())
                batch.tooLarge = e.op.opId;
            break;
        }
        if (!batch.opIds.isEmpty())
            body += ',';
        body += op;
        batch.opIds.append(e.op.opId);
    }
    if (!batch.opIds.isEmpty())
        batch.body = body + tail;
    return batch;
}

} // namespace samen
