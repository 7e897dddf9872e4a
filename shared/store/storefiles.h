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
/**
 * Makes the folder dir and every missing parent of it, each the owner's alone (0700), as a store's folder must be: its
 * files are 0600 (Database), and nobody else may list or add to it. A folder that exists already is made 0700 only when
 * it is dir itself (a parent that was there is left as it is). False when a folder could not be made; when an existing
 * dir cannot be made owner-only (another user's folder) it stays as it is and true is returned.
 */
bool makeOwnerOnlyFolder(const QString &dir);

} // namespace samen::storefiles
