#include "store/operationchains.h"

#include "store/operationtable.h"
#include "store/positionmap.h"
#include "store/storeerrors.h"
#include "store/storelog.h"

namespace samen {

namespace {

// Follows prev from tail, handing each row (its operation's columns, then prev) to onRow.
// A link must go back (prev < pos): a damaged or edited file cannot make the walk loop.
Status follow(Database &db, qint64 tail, const QString &columns, const std::function<void(const Statement &, qint64)> &onRow)
{
    auto st = db.prepare(QStringLiteral("SELECT %1, prev FROM ops WHERE pos = ?1").arg(columns));
    if (!st)
        return st.error();
    const int prevColumn = static_cast<int>(columns.count(QLatin1Char(',')) + 1);
    for (qint64 pos = tail; pos > 0;) {
        auto row = st.value()->bind({ pos }).step();
        if (!row)
            return row.error();
        if (!row.value()) {
            qCWarning(lcStore) << "an operation chain names a row that is not there";
            st.value()->reset();
            return storeerrors::damaged();
        }
        const Statement &q = *st.value();
        onRow(q, pos);
        const qint64 prev = q.isNull(prevColumn) ? 0 : q.integer(prevColumn);
        st.value()->reset();
        if (prev >= pos) {
            qCWarning(lcStore) << "an operation chain does not go back";
            return storeerrors::damaged();
        }
        pos = prev;
    }
    return {};
}

} // namespace

OperationChains::OperationChains(Database &db)
    : m_db(db)
{
}

Result<qint64> OperationChains::tail(const QString &entityId, const QString &field)
{
    auto it = m_current.find(entityId);
    if (it == m_current.end()) {
        auto tails = stored(m_db, entityId);
        if (!tails)
            return tails.error();
        it = m_current.insert(entityId, tails.value());
    }
    return it->value(field, 0);
}

void OperationChains::advance(const QString &entityId, const QString &field, const QString &opId, qint64 pos)
{
    m_placed.insert(opId, pos);
    m_current[entityId].insert(field, pos);
    m_moved[entityId].insert(field, pos);
}

Result<OperationChains::Tails> OperationChains::stored(Database &db, const QString &entityId)
{
    auto st = db.prepare(QStringLiteral("SELECT tails FROM entities WHERE id = ?1"));
    if (!st)
        return st.error();
    auto row = st.value()->bind({ entityId }).step();
    if (!row)
        return row.error();
    Tails tails = row.value() ? decode(st.value()->blob(0)) : Tails {};
    st.value()->reset();
    return tails;
}

Result<QList<Operation>> OperationChains::walk(Database &db, qint64 tail, QHash<QString, qint64> *positions)
{
    QList<Operation> ops;
    const auto onRow = [&](const Statement &q, qint64 pos) {
        ops.append(OperationTable::read(q));
        if (positions)
            positions->insert(ops.last().opId, pos);
    };
    if (Status s = follow(db, tail, OperationTable::columns(), onRow); !s)
        return s.error();
    return ops;
}

Result<QList<qint64>> OperationChains::positions(Database &db, qint64 tail)
{
    QList<qint64> found;
    if (Status s = follow(db, tail, QStringLiteral("pos"), [&](const Statement &, qint64 pos) { found.append(pos); }); !s)
        return s.error();
    return found;
}

OperationChains::Tails OperationChains::decode(QByteArrayView json)
{
    Tails tails;
    const positionmap::Map map = positionmap::decode(json);
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        tails.insert(it.key(), it.value().first());
    return tails;
}

QString OperationChains::encode(const Tails &tails)
{
    return positionmap::encode(tails);
}

const OperationChains::Tails *OperationChains::current(const QString &entityId) const
{
    const auto it = m_current.constFind(entityId);
    return it == m_current.constEnd() ? nullptr : &it.value();
}

} // namespace samen
