#include "ui/appinfo.h"

#include "core/versions.h"

namespace samen::app {

AppInfo::AppInfo(QObject *parent)
    : QObject(parent)
{
}

QString AppInfo::version() const
{
    return versions().samen;
}

} // namespace samen::app
