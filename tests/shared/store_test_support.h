#pragma once

#include "store/database.h"
#include "sync/operation.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace samen::test {

/** Builds operations for store tests: fixed plan, readable ids, explicit clocks. */
inline Operation makeOp(const QString &opId, const QString &entityType, const QString &entityId, const QString &field, const QJsonValue &value, qint64 wallMs,
                        const QString &author = QStringLiteral("alice"), const QStringList &base = {}, const QString &planId = QStringLiteral("plan-1"))
{
    Operation op;
    op.opId = opId;
    op.planId = planId;
    op.entityType = entityType;
    op.entityId = entityId;
    op.field = field;
    op.value = value;
    op.hlc = Hlc { wallMs, 0, author == QStringLiteral("alice") ? QStringLiteral("devA") : QStringLiteral("devB") };
    op.authorMemberId = author;
    op.base = base;
    return op;
}

/** A fixed 32-byte raw key, different per seed. */
inline DatabaseKey testRawKey(char seed = 1)
{
    QByteArray bytes(32, '\0');
    for (int i = 0; i < 32; ++i)
        bytes[i] = static_cast<char>(seed * 31 + i * 7);
    return DatabaseKey::raw(bytes);
}

inline QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

/** count goals' titles from index from, each about 210 characters: a store of many pages (the damage and page-check tests). */
inline QList<Operation> bigGoalOps(int from, int count)
{
    QList<Operation> ops;
    for (int i = from; i < from + count; ++i)
        ops.append(makeOp(QStringLiteral("op-%1").arg(i), QStringLiteral("goal"), QStringLiteral("goal-%1").arg(i), QStringLiteral("title"),
                          QStringLiteral("Goal %1 %2").arg(i).arg(QString(200, QLatin1Char('x'))), 1000 + i));
    return ops;
}

} // namespace samen::test
