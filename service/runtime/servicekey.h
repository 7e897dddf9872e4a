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

/**
 * Finds the service database key: --db-key-file, then SAMEN_SERVICE_DB_KEY
 * (64 hex characters each), then DIR/service-db.key from an earlier dev run;
 * with mayGenerate (--dev-tls) a new random key is written there with mode 0600.
 */
Result<ServiceKey> loadServiceKey(const QString &keyFile, const QString &dataDir, bool mayGenerate);

} // namespace samen::service
