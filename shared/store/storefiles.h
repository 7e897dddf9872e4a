#pragma once

#include <QString>
#include <QStringList>

namespace samen::storefiles {

/**
 * Every file of the database at path, the main file first: its journals (-wal, -shm, -journal) and its salt's copy
 * (-salt, saltcopy). For deleting, moving aside and erasing a store as a whole, in one place.
 */
QStringList of(const QString &path);
/** Deletes every one of of(path) that exists; the names of those that could not be deleted. */
QStringList remove(const QString &path);

} // namespace samen::storefiles
