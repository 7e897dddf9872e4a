#include "store/storefiles.h"

#include "store/saltcopy.h"

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

} // namespace samen::storefiles
