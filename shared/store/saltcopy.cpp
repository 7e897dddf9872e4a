#include "store/saltcopy.h"

#include "store/database.h"
#include "store/storelog.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <unistd.h>

namespace samen::saltcopy {

namespace {

constexpr qint64 kSaltBytes = 16; // SQLCipher's FILE_HEADER_SZ

QByteArray readHead(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(kSaltBytes) : QByteArray();
}

} // namespace

QString pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral("-salt");
}

void keep(Database &db)
{
    QString hex;
    (void)db.forEachRow(QStringLiteral("PRAGMA cipher_salt"), {}, [&hex](const Statement &row) { hex = row.text(0); });
    const QByteArray salt = QByteArray::fromHex(hex.toLatin1());
    if (salt.size() != kSaltBytes || readHead(pathFor(db.path())) == salt)
        return;
    QSaveFile copy(pathFor(db.path()));
    if (!copy.open(QIODevice::WriteOnly) || !copy.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || copy.write(salt) != kSaltBytes
        || !copy.commit())
        qCWarning(lcStore) << "the salt's copy could not be written";
}

bool differs(const QString &databasePath)
{
    const QByteArray kept = readHead(pathFor(databasePath));
    return kept.size() == kSaltBytes && readHead(databasePath).size() == kSaltBytes && readHead(databasePath) != kept;
}

Status restore(const QString &databasePath)
{
    const QByteArray kept = readHead(pathFor(databasePath));
    if (kept.size() != kSaltBytes)
        return Status::fail(ErrorCode::NotFound, QCoreApplication::translate("samen", "There is no copy of the plan file's salt to restore."));
    QFile file(databasePath);
    if (!file.open(QIODevice::ReadWrite) || file.write(kept) != kSaltBytes || !file.flush() || ::fsync(file.handle()) != 0)
        return Status::fail(ErrorCode::Io, QCoreApplication::translate("samen", "The plan file could not be written. Nothing was changed."));
    qCInfo(lcStore) << "the file's salt was written back from its copy";
    return {};
}

} // namespace samen::saltcopy
