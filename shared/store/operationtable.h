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
    /** Inserts one operation; Result false when its opId was already stored (nothing changes then). */
    static Result<bool> insert(Database &db, const Operation &op, bool local);
    /** All operations matching a WHERE clause over ops (arguments bound to ?1, ?2, ...). */
    static Result<QList<Operation>> select(Database &db, const QString &where, const QVariantList &args);
    /** Every operation on an entity (all fields, or one field), in no particular order; found through entityKey's index. */
    static Result<QList<Operation>> ofEntity(Database &db, const QString &entityId, const QString &field = {});
    /**
     * The integer that ops.entity_key holds for an entity: FNV-1a (32 bits) over
     * the id's UTF-8, folded to a signed 16-bit number, so each entry of the index
     * on it takes two bytes. Stored in files: never change it. Several ids share
     * a key, so queries also compare entity_id.
     */
    static qint64 entityKey(const QString &entityId);
    /** The operation in the current row, starting at column first. */
    static Operation read(const Statement &st, int first = 0);

    /** A JSON value (scalar, array or object) as JSON text; undefined becomes null. */
    static QString encodeValue(const QJsonValue &value);
    static QJsonValue decodeValue(const QString &text);
    static QString encodeList(const QStringList &list);
    static QStringList decodeList(const QString &text);
};

} // namespace samen
