#include "runtime/auditkey.h"

#include <QDir>
#include <QFile>

namespace samen::service {

Result<SigningKey> loadAuditKey(const QString &keyFile, const QString &dataDir, const KeyRules &rules)
{
    if (!keyFile.isEmpty()) {
        // Whoever holds the data and this key could sign a rewritten log: never both in one copy of the folder.
        if (!rules.devMode && isInsideFolder(keyFile, dataDir))
            return Result<SigningKey>::fail(
                ErrorCode::Usage,
                QStringLiteral("the audit signing key %1 is inside the data folder %2: a copy of the folder could then sign a "
                               "rewritten access log; keep it outside (e.g. /etc/samen/audit-head-key.pem, readable by the service's user only) and give "
                               "--audit-key-file FILE; a key in the data folder is only for development (--dev-tls)")
                    .arg(keyFile, dataDir));
        if (Status mode = checkKeyFileMode(keyFile, QStringLiteral("audit signing key")); !mode)
            return mode.error();
        return SigningKey::load(keyFile);
    }
    const QString devPath = QDir(dataDir).filePath(QStringLiteral("audit-head-key.pem"));
    if (!rules.devMode)
        return Result<SigningKey>::fail(ErrorCode::Usage,
                                        QStringLiteral("no audit signing key: give --audit-key-file FILE, an Ed25519 key kept outside the data "
                                                       "folder (make one with: openssl genpkey -algorithm ed25519 -out FILE)"));
    if (QFile::exists(devPath))
        return SigningKey::load(devPath);
    if (!rules.mayGenerate)
        return Result<SigningKey>::fail(ErrorCode::NotFound, QStringLiteral("no audit signing key in %1").arg(dataDir));
    if (!QDir().mkpath(dataDir))
        return Result<SigningKey>::fail(ErrorCode::Io, QStringLiteral("cannot create the data directory %1").arg(dataDir));
    return SigningKey::generate(devPath);
}

} // namespace samen::service
