#pragma once

#include "core/result.h"
#include "store/database.h"
#include "sync/operation.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariantList>

namespace samen {

/** Reads and writes rows of the store's `ops` table, so the row format lives in one place. */
class OperationTable
{
public:
    /** The columns read() expects, in order, for "SELECT <kColumns> FROM ops ...". */
    static QString columns();
    /**
     * Inserts one operation after prev (the pos of the last operation on its entity's field, 0 for
     * none: OperationChains). Result: the new row's pos, or 0 when its opId was already stored
     * (nothing changes then).
     */
    static Result<qint64> insert(Database &db, const Operation &op, bool local, qint64 prev);
    /** All operations matching a WHERE clause over ops (arguments bound to ?1, ?2, ...). */
    static Result<QList<Operation>> select(Database &db, const QString &where, const QVariantList &args);
    /** Every operation on an entity (all fields, or one field), in no particular order; found by its chains (OperationChains). */
    static Result<QList<Operation>> ofEntity(Database &db, const QString &entityId, const QString &field = {});
    /**
     * The integer that ops.entity_key held for an entity in schema versions 4 and 5:
     * FNV-1a (32 bits) over the id's UTF-8, folded to a signed 16-bit number. Stored in
     * those files (the tests write such files): never change it.
     */
    static qint64 entityKey(const QString &entityId);
    /** The operation in the current row, starting at column first. */
    static Operation read(const Statement &st, int first = 0);
    /** The same from the nine columns' texts in that order (op_id ... base), as read from a page (StoreSalvage). */
    static Operation fromTexts(const QStringList &texts);

    /** A JSON value (scalar, array or object) as JSON text; undefined becomes null. */
    static QString encodeValue(const QJsonValue &value);
    static QJsonValue decodeValue(const QString &text);
    static QString encodeList(const QStringList &list);
    static QStringList decodeList(const QString &text);
};

} // namespace samen
