#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>
#include <QVariantMap>

namespace samen::app {

/**
 * A list model of rows keyed by "id", with roles named once. setRows() diffs the
 * new rows against the current ones and emits exact remove/move/insert/dataChanged
 * signals, so views keep their scroll position and focus while the plan changes.
 * Subclasses name their base fully qualified (`public samen::app::RowListModel`): Qt 6.4's
 * qmltyperegistrar does not resolve an unqualified base class inside a namespace, and qmllint
 * then knows none of the base's properties (count, plan).
 */
class RowListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    explicit RowListModel(QStringList roles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The row at index as a map (role name → value); empty when out of range. */
    Q_INVOKABLE QVariantMap get(int index) const;
    /** Index of the row with this id, or -1. */
    Q_INVOKABLE int indexOf(const QString &id) const;

Q_SIGNALS:
    void countChanged();

protected:
    void setRows(const QList<QVariantMap> &rows);

private:
    QStringList m_roles;
    QList<QVariantMap> m_rows;
};

} // namespace samen::app
