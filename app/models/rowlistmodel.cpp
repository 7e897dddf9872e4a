#include "models/rowlistmodel.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace samen::app {

namespace {
QString idOf(const QVariantMap &row)
{
    return row.value(QStringLiteral("id")).toString();
}

/**
 * Which of the old rows are still waiting to be placed, counted by position (a
 * Fenwick tree): how many wait before a given old row is its distance from the
 * first unplaced row, in O(log n) instead of a scan.
 */
class Waiting
{
public:
    explicit Waiting(int n)
        : m_tree(static_cast<size_t>(n) + 1, 0)
    {
        for (int i = 1; i <= n; ++i) {
            m_tree[static_cast<size_t>(i)] += 1;
            if (const int parent = i + (i & -i); parent <= n)
                m_tree[static_cast<size_t>(parent)] += m_tree[static_cast<size_t>(i)];
        }
    }
    /** Old rows still waiting before old position p. */
    int before(int p) const
    {
        int sum = 0;
        for (int i = p; i > 0; i -= i & -i)
            sum += m_tree[static_cast<size_t>(i)];
        return sum;
    }
    void take(int p)
    {
        for (int i = p + 1; i < static_cast<int>(m_tree.size()); i += i & -i)
            m_tree[static_cast<size_t>(i)] -= 1;
    }

private:
    std::vector<int> m_tree;
};
} // namespace

RowListModel::RowListModel(QStringList roles, QObject *parent)
    : QAbstractListModel(parent)
    , m_roles(std::move(roles))
{
}

int RowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RowListModel::data(const QModelIndex &index, int role) const
{
    const int column = role - (Qt::UserRole + 1);
    if (!index.isValid() || index.row() >= m_rows.size() || column < 0 || column >= m_roles.size())
        return {};
    return m_rows[index.row()].value(m_roles[column]);
}

QHash<int, QByteArray> RowListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, m_roles[i].toUtf8());
    return names;
}

QVariantMap RowListModel::get(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows[index] : QVariantMap();
}

int RowListModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (idOf(m_rows[i]) == id)
            return i;
    }
    return -1;
}

// Linear in the rows (n log n with moves): a plan of thousands of items fills its
// lists at start, and a scan per row (indexOf) made that quadratic (issue 18).
void RowListModel::setRows(const QList<QVariantMap> &rows)
{
    const int before = static_cast<int>(m_rows.size());
    if (m_rows.isEmpty()) {
        // The first fill: one insert, so a view lays out once instead of once per row.
        if (!rows.isEmpty()) {
            beginInsertRows({}, 0, static_cast<int>(rows.size()) - 1);
            m_rows = rows;
            endInsertRows();
            Q_EMIT countChanged();
        }
        return;
    }
    QStringList newIds;
    newIds.reserve(rows.size());
    QSet<QString> wanted;
    for (const QVariantMap &r : rows) {
        newIds.append(idOf(r));
        wanted.insert(newIds.constLast());
    }
    // 1. Remove rows that are gone, from the bottom up, a run of neighbours at a time.
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
        if (wanted.contains(idOf(m_rows[i])))
            continue;
        int first = i;
        while (first > 0 && !wanted.contains(idOf(m_rows[first - 1])))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first;
    }
    // 2. Walk the new order: keep, move up, or insert; then update changed data. The
    //    rows above i are placed; from i down are the old rows not yet placed, in their
    //    old order, so an old row's index is i plus the unplaced old rows before it.
    const int oldCount = static_cast<int>(m_rows.size());
    QStringList oldIds;
    oldIds.reserve(oldCount);
    QHash<QString, QList<int>> oldAt; // id -> old positions not yet placed, first first
    for (int p = 0; p < oldCount; ++p) {
        oldIds.append(idOf(m_rows[p]));
        oldAt[oldIds.constLast()].append(p);
    }
    Waiting waiting(oldCount);
    std::vector<bool> placed(static_cast<size_t>(oldCount), false);
    int head = 0; // the first old row not yet placed (at index i)
    QSet<QString> seen; // ids of the new rows above i
    auto skipPlaced = [&] {
        while (head < oldCount && placed[static_cast<size_t>(head)])
            ++head;
    };
    auto place = [&](int p) {
        placed[static_cast<size_t>(p)] = true;
        waiting.take(p);
        oldAt[oldIds[p]].removeOne(p);
        skipPlaced();
    };
    // A run of changed rows is reported at once; rows above i no longer move.
    int changedFrom = -1;
    int changedTo = -1;
    auto flushChanged = [&] {
        if (changedFrom >= 0)
            Q_EMIT dataChanged(index(changedFrom), index(changedTo));
        changedFrom = changedTo = -1;
    };
    // Where row i of the new order is now: -1 to insert it (as the old indexOf scan decided).
    auto oldPositionOf = [&](int i) {
        const QString &id = newIds[i];
        if (head < oldCount && oldIds[head] == id)
            return head;
        if (seen.contains(id))
            return -1;
        const auto it = oldAt.constFind(id);
        return it == oldAt.constEnd() || it->isEmpty() ? -1 : it->constFirst();
    };
    for (int i = 0; i < rows.size(); ++i) {
        const int p = oldPositionOf(i);
        if (p < 0) {
            int last = i; // insert this row and the new ones right after it at once
            seen.insert(newIds[i]);
            while (last + 1 < rows.size() && oldPositionOf(last + 1) < 0)
                seen.insert(newIds[++last]);
            beginInsertRows({}, i, last);
            m_rows.insert(i, last - i + 1, QVariantMap());
            for (int k = i; k <= last; ++k)
                m_rows[k] = rows[k];
            endInsertRows();
            i = last;
            continue;
        }
        if (p != head) {
            const int j = i + waiting.before(p);
            beginMoveRows({}, j, j, {}, i);
            m_rows.move(j, i);
            endMoveRows();
        }
        place(p);
        seen.insert(newIds[i]);
        if (m_rows[i] != rows[i]) {
            m_rows[i] = rows[i];
            if (changedTo != i - 1)
                flushChanged();
            if (changedFrom < 0)
                changedFrom = i;
            changedTo = i;
        }
    }
    flushChanged();
    if (before != m_rows.size())
        Q_EMIT countChanged();
}

} // namespace samen::app
