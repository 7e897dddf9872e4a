#include "core/versions.h"

#include <sqlite3.h>

namespace samen {

namespace {
QString pragmaText(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    QString out;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return out;
}
} // namespace

Versions versions()
{
    Versions v;
    v.samen = QStringLiteral(SAMEN_VERSION);
    v.qt = QString::fromLatin1(qVersion());
    v.sqlite = QString::fromLatin1(sqlite3_libversion());
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK) {
        // cipher_provider is only reported once a key is set on the connection.
        sqlite3_exec(db, "PRAGMA key = 'version-probe'", nullptr, nullptr, nullptr);
        v.sqlcipher = pragmaText(db, "PRAGMA cipher_version");
        v.cryptoProvider = pragmaText(db, "PRAGMA cipher_provider");
    }
    sqlite3_close(db);
    return v;
}

} // namespace samen
