#include "cli/madefolders.h"

#include <QDir>
#include <QFileInfo>

namespace samen::cli {

MadeFolders::MadeFolders(const QString &dataDir)
    : m_dataDir(QDir::cleanPath(QFileInfo(dataDir).absoluteFilePath()))
{
    for (QString dir = m_dataDir; !QFileInfo::exists(dir); dir = QFileInfo(dir).path()) {
        m_topMade = dir;
        if (QFileInfo(dir).path() == dir) // the root
            break;
    }
}

void MadeFolders::removeIfEmpty() const
{
    if (m_topMade.isEmpty())
        return;
    for (QString dir = m_dataDir;; dir = QFileInfo(dir).path()) {
        if (!QDir().rmdir(dir) || dir == m_topMade) // rmdir takes only an empty folder
            return;
    }
}

} // namespace samen::cli
