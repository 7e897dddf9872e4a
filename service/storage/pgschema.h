#pragma once

#include "core/result.h"

namespace samen::service {

class PgConnection;

/**
 * The PostgreSQL store's schema and its versioned migrations, recorded in the table
 * schema_version (one row). Version 1 holds what SQLCipher schema 6 holds, plus
 * plans.last_seq (the per-plan sequence counter) and challenges.id (insertion order).
 * Several instances may start at once: migrating runs in one transaction under an
 * advisory lock, so one migrates and the others find the schema current.
 */
class PgSchema
{
public:
    static constexpr int kVersion = 7;

    /** Brings the database to kVersion; TooNew when a newer samen-service made it. */
    static Status migrate(PgConnection &db);
    /** The recorded version; 0 for an empty database. */
    static Result<int> version(PgConnection &db);
};

} // namespace samen::service
