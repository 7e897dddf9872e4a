#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace samen::service {

/** Where the service database key came from, and the 32 raw bytes. */
struct ServiceKey {
    QByteArray raw;
    QString source; ///< "file", "environment", "data-dir" or "generated"
    QString path; ///< the file, for "file", "data-dir" and "generated"
};

/** How a key may be found: only in development may it live in the data folder. */
struct KeyRules {
    bool devMode = false; ///< --dev-tls: DIR/service-db.key may be used, and a key file inside the data folder is allowed
    bool mayGenerate = false; ///< in devMode, write a new DIR/service-db.key when there is none (the service; never an admin command)
};

/**
 * Finds the service database key: --db-key-file, then SAMEN_SERVICE_DB_KEY
 * (64 hex characters each), then (devMode only) DIR/service-db.key from an
 * earlier dev run; with mayGenerate a new random key is written there with
 * mode 0600.
 * Outside devMode a key file inside dataDir (itself, through a symlink, or in a
 * sub-folder) is refused with ErrorCode::Usage: a copy or backup of the folder
 * would hold the key beside the data it protects (issue 19, item 4); so is a
 * development key left in the folder when no other key is given.
 */
/**
 * Refuses a secret key file (database key, audit signing key, TLS private key) that users other
 * than the file's owner may read or write (any group/other bit, symlinks followed), as OpenSSH
 * refuses an unprotected private key: ErrorCode::Usage naming the file, what it is and
 * "chmod 600". A file that cannot be read is left to the loader's own error.
 */
Status checkKeyFileMode(const QString &path, const QString &what);

/** True when file (symlinks resolved as far as they exist) is folder itself or lies under it. */
bool isInsideFolder(const QString &file, const QString &folder);

Result<ServiceKey> loadServiceKey(const QString &keyFile, const QString &dataDir, const KeyRules &rules);

} // namespace samen::service
