#include "runtime/servicekey.h"

#include "security/crypto.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace samen::service {

namespace {

Result<QByteArray> fromHex(const QByteArray &text, const QString &where)
{
    const QByteArray trimmed = text.trimmed();
    static const QByteArray hexDigits = QByteArrayLiteral("0123456789abcdefABCDEF");
    bool hex = trimmed.size() == 64;
    for (const char c : trimmed)
        hex = hex && hexDigits.contains(c);
    if (!hex)
        return Result<QByteArray>::fail(ErrorCode::Usage, QStringLiteral("%1 must hold exactly 64 hex characters (a 256-bit key)").arg(where));
    return QByteArray::fromHex(trimmed);
}

Result<QByteArray> readKeyFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::fail(ErrorCode::Io, QStringLiteral("cannot read the database key file %1: %2").arg(path, f.errorString()));
    return fromHex(f.read(200), path);
}

} // namespace

Result<ServiceKey> loadServiceKey(const QString &keyFile, const QString &dataDir, bool mayGenerate)
{
    if (!keyFile.isEmpty()) {
        auto raw = readKeyFile(keyFile);
        if (!raw)
            return raw.error();
        return ServiceKey { raw.value(), QStringLiteral("file"), keyFile };
    }
    const QByteArray env = qgetenv("SAMEN_SERVICE_DB_KEY");
    if (!env.isEmpty()) {
        auto raw = fromHex(env, QStringLiteral("SAMEN_SERVICE_DB_KEY"));
        if (!raw)
            return raw.error();
        return ServiceKey { raw.value(), QStringLiteral("environment"), QString() };
    }
    const QString devPath = QDir(dataDir).filePath(QStringLiteral("service-db.key"));
    if (QFile::exists(devPath)) {
        auto raw = readKeyFile(devPath);
        if (!raw)
            return raw.error();
        return ServiceKey { raw.value(), QStringLiteral("data-dir"), devPath };
    }
    if (!mayGenerate)
        return Result<ServiceKey>::fail(ErrorCode::Usage,
                                        QStringLiteral("no database key: give --db-key-file FILE or set SAMEN_SERVICE_DB_KEY (64 hex characters)"));
    const QByteArray raw = Crypto::randomBytes(32);
    if (raw.size() != 32 || !QDir().mkpath(dataDir))
        return Result<ServiceKey>::fail(ErrorCode::Io, QStringLiteral("cannot create a database key in %1").arg(dataDir));
    QSaveFile f(devPath);
    if (!f.open(QIODevice::WriteOnly))
        return Result<ServiceKey>::fail(ErrorCode::Io, QStringLiteral("cannot write %1").arg(devPath));
    // Owner-only before any byte of the key is written.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(raw.toHex() + '\n') != 65 || !f.commit())
        return Result<ServiceKey>::fail(ErrorCode::Io, QStringLiteral("cannot write %1").arg(devPath));
    QFile::setPermissions(devPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return ServiceKey { raw, QStringLiteral("generated"), devPath };
}

} // namespace samen::service
