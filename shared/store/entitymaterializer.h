#pragma once

#include "core/result.h"
#include "store/database.h"
#include "store/operationchains.h"
#include "sync/operation.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace samen {

/**
 * Keeps the materialised state of an entity (its document and the heads of
 * every field, both in its entities row) equal to mergeField over its stored
 * operations. Runs inside the caller's transaction; used by PlanStore on apply
 * and by migrations.
 */
class EntityMaterializer
{
public:
    /** Per field, the operations just inserted in this transaction; an empty list means "merge the whole history again". */
    using NewOps = QHash<QString, QList<Operation>>;

    explicit EntityMaterializer(Database &db);

    /**
     * An entity's document as readers see it: the stored fields plus id, type and
     * planId, which the row keeps in its columns only (entityColumns()), so each
     * write of the row carries them once.
     */
    static QJsonObject document(QByteArrayView stored, QByteArrayView id, QByteArrayView type, QByteArrayView planId);
    /** The document keys that are columns of the entities row, not part of the stored doc. */
    static const QStringList &entityColumns();

    /**
     * Merges the given fields of one entity and rewrites its document.
     * Last-writer-wins fields with new operations compare only the stored
     * winner with the new operations (the winner is a maximum, so this equals
     * a full merge, and a busy field costs no more than a quiet one);
     * free-text fields are merged from their whole history, because a late
     * operation may be named as replaced by one already stored. chains: where
     * this transaction put the new operations (their pos, the tails it moved),
     * which the row keeps: heads as positions, tails (OperationChains).
     */
    Status refresh(const QString &entityId, const QString &entityType, const QString &planId, const NewOps &fields, const OperationChains *chains = nullptr);
    /** Re-merges every field of every entity in the store (migrations). */
    Status refreshAll();

private:
    /**
     * The stored winner of a last-writer-wins field (at pos, the last of its heads) as far as
     * mergeField compares it: opId, clock, author and the value the document shows. Empty
     * when no such operation is stored; the whole operation when the document lacks the field.
     */
    Result<std::optional<Operation>> storedWinner(qint64 pos, const QJsonObject &doc, const QString &field);

    Database &m_db;
};

} // namespace samen
