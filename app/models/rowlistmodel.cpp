#include "models/rowlistmodel.h"

#include <QSet>

namespace samen::app {

namespace {
QString idOf(const QVariantMap &row)
{
    return row.value(QStringLiteral("id")).toString();
}
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

void RowListModel::setRows(const QList<QVariantMap> &rows)
{
    const int before = static_cast<int>(m_rows.size());
    QSet<QString> wanted;
    for (const QVariantMap &r : rows)
        wanted.insert(idOf(r));
    // 1. Remove rows that are gone, from the bottom up.
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
        if (!wanted.contains(idOf(m_rows[i]))) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    // 2. Walk the new order: keep, move up, or insert; then update changed data.
    for (int i = 0; i < rows.size(); ++i) {
        const QString id = idOf(rows[i]);
        if (i < m_rows.size() && idOf(m_rows[i]) == id) {
            // already in place
        } else if (const int j = indexOf(id); j > i) {
            beginMoveRows({}, j, j, {}, i);
            m_rows.move(j, i);
            endMoveRows();
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, rows[i]);
            endInsertRows();
            continue;
        }
        if (m_rows[i] != rows[i]) {
            m_rows[i] = rows[i];
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
    if (before != m_rows.size())
        Q_EMIT countChanged();
}

} // namespace samen::app
