#pragma once

#include "storage/pgconnection.h"
#include "storage/servicestore.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace samen::service {

/**
 * What a PostgreSQL transaction appended (operations and entity records), held in memory and
 * written at once by flush(): per plan one read of the touched fields' states (MaterialisedField),
 * then multi-row statements for the operations, the current flags they clear, the new states and
 * the entity records. A push of 100 operations is then about six round trips to the server
 * instead of about five per operation (issue 16: PostgreSQL within 2x of SQLCipher).
 *
 * PgServiceStore flushes before any other statement and before COMMIT, so every read of the
 * database sees what was appended; opById() and entity() answer from here first (op(), entity()),
 * so a push's own checks do not flush. A failed flush leaves the transaction to be rolled back.
 */
class PgWriteBuffer
{
public:
    /** Runs one statement with $1.. parameters (PgConnection::exec). */
    using Exec = std::function<Result<PgRows>(const QString &sql, const QVariantList &values)>;

    /** An accepted operation of planId, op.seq set (ascending within a plan), received at receivedMs (ms since the epoch). */
    void addOp(const QString &planId, const StoredOp &op, qint64 receivedMs);
    /** An entity's record from its first accepted operation; a second record of the same id is ignored (ON CONFLICT DO NOTHING). */
    void addEntity(const QString &planId, const QString &entityId, const EntityRecord &entity);
    /** The buffered operation of planId with this opId, if any. */
    std::optional<StoredOp> op(const QString &planId, const QString &opId) const;
    /** The buffered record of entityId in planId, if any. */
    std::optional<EntityRecord> entity(const QString &planId, const QString &entityId) const;
    bool isEmpty() const { return m_ops.isEmpty() && m_entities.isEmpty(); }

    /** Writes everything through exec and empties the buffer (also when a statement fails: its error is returned). */
    Status flush(const Exec &exec);
    void clear();

private:
    struct PendingOp {
        QString planId;
        StoredOp op;
        qint64 receivedMs = 0;
        bool current = true;
    };
    struct PendingEntity {
        QString planId;
        QString entityId;
        EntityRecord record;
    };
    /** The operations of one plan (indexes into m_ops), folded into their fields' states and written. */
    Status flushPlan(const QString &planId, const QList<qsizetype> &ops, const Exec &exec);

    QList<PendingOp> m_ops;
    QHash<QPair<QString, QString>, qsizetype> m_opIndex; ///< (plan id, op id) -> index in m_ops
    QList<PendingEntity> m_entities;
    QHash<QPair<QString, QString>, qsizetype> m_entityIndex; ///< (plan id, entity id) -> index in m_entities
};

} // namespace samen::service
