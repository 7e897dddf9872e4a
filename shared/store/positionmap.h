#pragma once

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>

namespace samen::positionmap {

/** Field name -> positions of operations in `ops` (their pos), in the order kept. */
using Map = QMap<QString, QList<qint64>>;

/**
 * Reads the JSON object of an entities row's `heads` ({"field": [pos, ...]}) or `tails`
 * ({"field": pos}; one position each). The compact text encode() and SQLite's JSON
 * functions write is read directly (Qt's JSON parser was a tenth of storing an edit);
 * any other valid JSON through QJsonDocument. Entries that are not positions (> 0) are
 * left out; text that is not a JSON object gives an empty map.
 */
Map decode(QByteArrayView json);
/** Compact JSON text, keys in order: {"f":[1,2]}. Empty lists are written as such. */
QString encode(const Map &map);
/** Compact JSON text of one position per field, keys in order: {"f":1}. */
QString encode(const QMap<QString, qint64> &map);

/**
 * Heads as an entities row keeps them (data-model.md, schema 6): a field whose one head is its last operation
 * (its tail, the usual case: no conflict, and nothing older arrived after it) is left out of `heads`, which made
 * every row, rewritten by each edit, shorter. The heads of field: stored, else its tail; empty without operations.
 */
QList<qint64> headsOf(const Map &stored, const QMap<QString, qint64> &tails, const QString &field);
/** The heads to store: those of each field that are not just its tail. */
Map withoutTails(const Map &heads, const QMap<QString, qint64> &tails);

} // namespace samen::positionmap
