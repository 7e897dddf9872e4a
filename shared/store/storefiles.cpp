#include "store/storefiles.h"

#include "store/saltcopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace samen::storefiles {

QStringList of(const QString &path)
{
    return { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal"), saltcopy::pathFor(path) };
}

QStringList remove(const QString &path)
{
    QStringList left;
    for (const QString &file : of(path)) {
        if (QFile::exists(file) && !QFile::remove(file))
            left << QFileInfo(file).fileName();
    }
    return left;
}

bool makeOwnerOnlyFolder(const QString &dir)
{
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    const QString target = QDir::cleanPath(QDir(dir).absolutePath());
    // The missing folders, the deepest first; made from the top down, each with its mode from the start (QDir::mkpath
    // would give each the umask's, 0755 mostly: the trial after stop 36 found a professional's folders so).
    QStringList missing;
    for (QString at = target; !QFileInfo::exists(at); at = QFileInfo(at).path()) {
        missing.prepend(at);
        if (QFileInfo(at).path() == at)
            break;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder, ownerOnly) && !QFileInfo(folder).isDir())
            return false;
    }
    if (!QFileInfo(target).isDir())
        return false;
    QFile::setPermissions(target, ownerOnly); // may fail for another user's folder: the files stay 0600
    return true;
}

} // namespace samen::storefiles
