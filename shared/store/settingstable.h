#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <utility>

namespace samen {

class Database;

/**
 * The `settings (key TEXT PRIMARY KEY, value TEXT)` table that a plan store (samen.db) and a professional's
 * device store (device.db) both keep: one place for reading and writing it.
 */
namespace settingstable {

/** The value for `key`, or "" when it is not set (or the read failed: the Database logs it). */
QString get(Database &db, const QString &key);
/** Sets (inserts or replaces) one value. */
Status set(Database &db, const QString &key, const QString &value);
/** Sets several values in one transaction: all or none. */
Status setAll(Database &db, const QList<std::pair<QString, QString>> &settings);

} // namespace settingstable
} // namespace samen
