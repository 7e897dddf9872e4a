#pragma once

#include "core/result.h"

struct sqlite3;

namespace samen::storeerrors {

// The store's errors in plain words; SQLite's own text goes to the log only.
Error wrongKey();
Error damaged();
Error notSamen();
/** Maps an SQLite result code (db may be null) to an error people can act on. */
Error fromSqlite(sqlite3 *db, int rc);

} // namespace samen::storeerrors
