#include "store/storeerrors.h"

#include "store/storelog.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace samen::storeerrors {

Error wrongKey()
{
    return { ErrorCode::WrongKey, QCoreApplication::translate("samen", "The passphrase or key is wrong.") };
}

Error damaged()
{
    return { ErrorCode::Damaged, QCoreApplication::translate("samen", "This plan file is damaged or incomplete.") };
}

Error notSamen()
{
    return { ErrorCode::NotSamen, QCoreApplication::translate("samen", "This file is not a Samen plan.") };
}

Error fromSqlite(sqlite3 *db, int rc)
{
    const int primary = rc & 0xff;
    qCWarning(lcStore) << "sqlite error" << rc << (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    switch (primary) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return damaged();
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return { ErrorCode::Io, QCoreApplication::translate("samen", "The plan file is in use by another program. Close it and try again.") };
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_NOLFS:
        return { ErrorCode::Io,
                 QCoreApplication::translate("samen",
                                             "The plan file could not be read or written. Check that the disk "
                                             "is not full and that Samen may use its folder.") };
    default:
        return { ErrorCode::Internal, QCoreApplication::translate("samen", "Something went wrong in the plan store.") };
    }
}

} // namespace samen::storeerrors
