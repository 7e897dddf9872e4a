#pragma once

#include <QString>

namespace samen::cli {

/**
 * The folders a command is about to make for a data folder (the folder itself and any missing parents, as
 * QDir::mkpath makes them), so a command that fails can leave the disk as it found it: removeIfEmpty() takes away
 * those of them that are empty again, deepest first. A folder that was there before is never touched.
 */
class MadeFolders
{
public:
    MadeFolders() = default;
    /** Notes which of dataDir and its parents do not exist yet (none: nothing to take away later). */
    explicit MadeFolders(const QString &dataDir);
    /** Removes dataDir and its parents up to the first one noted as missing, each only while it is empty. */
    void removeIfEmpty() const;

private:
    QString m_dataDir; ///< absolute
    QString m_topMade; ///< the highest folder that was missing; empty when dataDir existed
};

} // namespace samen::cli
