#include "core/paths.h"

#include <QDir>
#include <QStandardPaths>

namespace samen {

QString defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("samen"));
}

} // namespace samen
