#pragma once

#include "core/result.h"

#include <QString>

#include <functional>

class QObject;

namespace samen {

/**
 * Erases the plan from this device (docs/security.md, "Erasing a plan"): the SQLCipher
 * database with its -wal, -shm and -journal files, the damaged copies repair and
 * start-over kept aside (damaged-* folders), the keymode file, and the plan's key in
 * the OS key store. The store must be closed first. Shared by the app and samen-cli.
 */
class PlanEraser
{
public:
    using Done = std::function<void(const Status &)>;

    /**
     * Deletes the plan's files in dataDir; nothing else in the folder is touched. Io naming
     * what could not be deleted (the rest is still deleted).
     */
    static Status removeFiles(const QString &dataDir);
    /**
     * removeFiles, then (when the plan was locked by the key store) its key there. done runs
     * later on context's thread; Io when a file stayed, or when the key could not be removed
     * (the files are gone then, so the key opens nothing).
     */
    static void erase(const QString &dataDir, QObject *context, Done done);
    /** The same, waiting for the key store (samen-cli; never from the GUI thread). */
    static Status eraseSync(const QString &dataDir);
};

} // namespace samen
