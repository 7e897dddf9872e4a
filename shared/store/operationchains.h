#pragma once

#include "core/result.h"
#include "store/database.h"
#include "sync/operation.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace samen {

/**
 * How a field's operations are found (schema 6): each row of `ops` keeps in `prev` the
 * `pos` (INTEGER PRIMARY KEY, so VACUUM keeps it) of the operation stored before it on
 * the same entity and field, NULL for the first; the entity's row keeps in `tails` the
 * `pos` of the last one per field, as a JSON object {"field": pos}. A field's history is
 * read by following `prev` from its tail, newest first. The row's `heads` name operations
 * by their pos too ({"field": [pos, ...]}, winner last), not by their 36-character ids.
 *
 * There is no index of operations by entity: each edit added an entry on a random leaf
 * of it, 35 of the 89 pages one batch of 100 edits wrote, each encrypted and signed
 * (docs/data-model.md, "Performance"). The tails ride in the entity's row, which every
 * edit rewrites anyway.
 *
 * One OperationChains lives for one write transaction (PlanStore::apply): it reads an
 * entity's stored tails at its first operation and keeps those the batch moved on.
 */
class OperationChains
{
public:
    /** Tails of one entity: field -> pos of its last operation. */
    using Tails = QMap<QString, qint64>;

    explicit OperationChains(Database &db);

    /** The pos of the last operation on entityId's field (0 when none): the next one's prev. Errors: the store's. */
    Result<qint64> tail(const QString &entityId, const QString &field);
    /** The operation opId, stored at pos, is now the last one on entityId's field. */
    void advance(const QString &entityId, const QString &field, const QString &opId, qint64 pos);
    /** Only the tails this transaction moved, per field (what EntityMaterializer::refresh writes). */
    Tails moved(const QString &entityId) const { return m_moved.value(entityId); }
    /** The pos of an operation this transaction stored (advance), 0 for any other. */
    qint64 placed(const QString &opId) const { return m_placed.value(opId); }

    /** The tails stored in entityId's row (empty when it has none). Errors: the store's. */
    static Result<Tails> stored(Database &db, const QString &entityId);
    /**
     * Every operation on one field, newest first, from the pos of its last one (0: none); with
     * positions, each one's pos by its opId too. Errors: the store's, or damaged when a link is
     * missing or does not go back.
     */
    static Result<QList<Operation>> walk(Database &db, qint64 tail, QHash<QString, qint64> *positions = nullptr);
    /** The pos of every operation on one field, newest first (as walk, without reading the operations). */
    static Result<QList<qint64>> positions(Database &db, qint64 tail);

    /** The text of an entities row's tails and back (positionmap). */
    static Tails decode(QByteArrayView json);
    static QString encode(const Tails &tails);
    /** The tails of an entity this transaction has read: the stored ones with its moves (nullptr: not read). */
    const Tails *current(const QString &entityId) const;

private:
    Database &m_db;
    QHash<QString, Tails> m_current; ///< per entity read so far: stored tails with this transaction's moves
    QHash<QString, Tails> m_moved;
    QHash<QString, qint64> m_placed; ///< opId -> pos of the operations this transaction stored
};

} // namespace samen
