// RowListModel::setRows: the signals a view sees when the rows change, and what the
// model holds afterwards.
#include "models/rowlistmodel.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <algorithm>
#include <random>

using samen::app::RowListModel;

namespace {

class Rows : public RowListModel
{
public:
    Rows()
        : RowListModel({ QStringLiteral("id"), QStringLiteral("title") })
    {
    }
    using RowListModel::setRows;
};

QVariantMap row(const QString &id, const QString &title)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("title"), title } };
}

QList<QVariantMap> contents(const Rows &model)
{
    QList<QVariantMap> out;
    for (int i = 0; i < model.rowCount(); ++i)
        out << model.get(i);
    return out;
}

/** A view's copy of the rows, kept only from the model's signals (as a ListView keeps its delegates). */
struct Shadow {
    QList<QVariantMap> rows;
    int inserted = 0, removed = 0, moved = 0, insertSignals = 0, removeSignals = 0;

    explicit Shadow(Rows &model)
        : rows(contents(model))
    {
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, [this, &model](const QModelIndex &, int first, int last) {
            for (int i = first; i <= last; ++i)
                rows.insert(i, model.get(i));
            inserted += last - first + 1;
            ++insertSignals;
        });
        QObject::connect(&model, &QAbstractItemModel::rowsRemoved, [this](const QModelIndex &, int first, int last) {
            rows.remove(first, last - first + 1);
            removed += last - first + 1;
            ++removeSignals;
        });
        QObject::connect(&model, &QAbstractItemModel::rowsMoved, [this](const QModelIndex &, int start, int end, const QModelIndex &, int dest) {
            REQUIRE(start == end);
            rows.move(start, dest > start ? dest - 1 : dest);
            ++moved;
        });
        QObject::connect(&model, &QAbstractItemModel::dataChanged, [this, &model](const QModelIndex &from, const QModelIndex &to) {
            for (int i = from.row(); i <= to.row(); ++i)
                rows[i] = model.get(i);
        });
    }
};

} // namespace

TEST_CASE("a list filled from empty reports one insert of all its rows, not one per row", "[models]")
{
    Rows model;
    Shadow view(model);
    QList<QVariantMap> rows;
    for (int i = 0; i < 2000; ++i)
        rows << row(QStringLiteral("id-%1").arg(i), QStringLiteral("Goal %1").arg(i));
    model.setRows(rows);
    REQUIRE(view.insertSignals == 1);
    REQUIRE(view.inserted == 2000);
    REQUIRE(contents(model) == rows);
    REQUIRE(view.rows == rows);
    REQUIRE(model.indexOf(QStringLiteral("id-1999")) == 1999);
}

TEST_CASE("changing the rows keeps each row that stays (moved or updated, never removed and added again) and ends with exactly the new rows", "[models]")
{
    std::mt19937 rng(18);
    for (int round = 0; round < 200; ++round) {
        Rows model;
        QList<QVariantMap> before;
        const int n = std::uniform_int_distribution<int>(0, 40)(rng);
        for (int i = 0; i < n; ++i)
            before << row(QStringLiteral("id-%1").arg(i), QStringLiteral("t"));
        model.setRows(before);
        Shadow view(model);
        // Drop some, add some, shuffle, retitle some.
        QList<QVariantMap> after;
        for (const QVariantMap &r : std::as_const(before)) {
            if (std::uniform_int_distribution<int>(0, 3)(rng) > 0)
                after << row(r.value(QStringLiteral("id")).toString(),
                             std::uniform_int_distribution<int>(0, 4)(rng) == 0 ? QStringLiteral("u") : QStringLiteral("t"));
        }
        const int kept = static_cast<int>(after.size());
        const int added = std::uniform_int_distribution<int>(0, 10)(rng);
        for (int i = 0; i < added; ++i)
            after << row(QStringLiteral("new-%1").arg(i), QStringLiteral("t"));
        if (round % 3 == 0)
            std::shuffle(after.begin(), after.end(), rng);
        else if (round % 3 == 1 && after.size() > 2)
            std::rotate(after.begin(), after.begin() + 1, after.end()); // the first row moves to the end
        model.setRows(after);
        REQUIRE(contents(model) == after);
        REQUIRE(view.rows == after);
        REQUIRE(view.removed == n - kept);
        REQUIRE(view.inserted == added);
        for (int i = 0; i < after.size(); ++i)
            REQUIRE(model.indexOf(after[i].value(QStringLiteral("id")).toString()) == i);
    }
}
