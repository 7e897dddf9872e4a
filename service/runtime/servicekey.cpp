#include "runtime/servicekey.h"

#include "security/crypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

/** The path with symlinks resolved as far as it exists (a file not yet made keeps its absolute, cleaned path). */
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

const QString kKeyAdvice = QStringLiteral("keep the key outside it (e.g. /etc/samen/service-db.key, readable by the service's user only) and give "
                                          "--db-key-file FILE or set SAMEN_SERVICE_DB_KEY; a key in the data folder is only for development (--dev-tls)");

} // namespace

Status checkKeyFileMode(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    constexpr auto others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & others)
        return Status::fail(ErrorCode::Usage,
                            QStringLiteral("the %1 %2 can be read or changed by other users of this machine: make it readable by the service's "
                                           "user only (chmod 600 %2)")
                                .arg(what, path));
    return {};
}

bool isInsideFolder(const QString &file, const QString &folder)
{
    const QString dir = resolved(folder);
    const QString path = resolved(file);
    return path == dir || path.startsWith(dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/'));
}

Result<ServiceKey> loadServiceKey(const QString &keyFile, const QString &dataDir, const KeyRules &rules)
{
    if (!keyFile.isEmpty()) {
        if (!rules.devMode && isInsideFolder(keyFile, dataDir))
            return Result<ServiceKey>::fail(ErrorCode::Usage,
                                            QStringLiteral("the database key file %1 is inside the data folder %2: a copy or backup of the folder "
                                                           "would hold the key beside the data it protects; %3")
                                                .arg(keyFile, dataDir, kKeyAdvice));
        if (Status mode = checkKeyFileMode(keyFile, QStringLiteral("database key file")); !mode)
            return mode.error();
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
    if (!rules.devMode) {
        if (QFile::exists(devPath))
            return Result<ServiceKey>::fail(ErrorCode::Usage,
                                            QStringLiteral("no database key given, and the data folder %1 holds a development key (service-db.key), "
                                                           "which is not used outside development; %2")
                                                .arg(dataDir, kKeyAdvice));
        return Result<ServiceKey>::fail(ErrorCode::Usage,
                                        QStringLiteral("no database key: give --db-key-file FILE or set SAMEN_SERVICE_DB_KEY (64 hex characters), the key the "
                                                       "service runs with (make one with: openssl rand -hex 32 > FILE, readable by the service's user "
                                                       "only, outside the data folder). For development, start the service once with --dev-tls: it makes "
                                                       "a key in the data folder, which admin commands with --dev-tls then use"));
    }
    if (QFile::exists(devPath)) {
        auto raw = readKeyFile(devPath);
        if (!raw)
            return raw.error();
        return ServiceKey { raw.value(), QStringLiteral("data-dir"), devPath };
    }
    if (!rules.mayGenerate) // an admin command before the service ever ran here: the next step is to start it (review 6, #8)
        return Result<ServiceKey>::fail(ErrorCode::Usage,
                                        QStringLiteral("no database key in %1 yet: start the service once with --dev-tls and this --data-dir (it "
                                                       "makes the key there, service-db.key), then run this admin command again; or give "
                                                       "--db-key-file FILE or set SAMEN_SERVICE_DB_KEY (64 hex characters)")
                                            .arg(dataDir));
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
