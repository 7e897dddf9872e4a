#pragma once

#include "store/database.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace samen {

/**
 * Database::checkPages of one file, run later on a thread and a connection of its own
 * (issue 18: a large plan shows before every page of its file has been read). The
 * connection that opened the file waits for it before any write (Database::deferPageCheck).
 * Thread-safe: start, wait, state and setOnFinished may be called from any thread.
 * Holds a copy of the key until the check has opened its connection (then wiped), or until
 * it is destroyed. Destroying it stops a running check and waits for its thread (a few ms).
 */
class PageCheck
{
public:
    enum class State {
        Waiting, ///< not started
        Running,
        Passed, ///< every page was read and is intact
        Failed, ///< a page failed (or the file could not be opened again): damaged
        Stopped, ///< stopped by the destructor: nothing is known
    };

    PageCheck(QString path, DatabaseKey key);
    ~PageCheck();
    PageCheck(const PageCheck &) = delete;
    PageCheck &operator=(const PageCheck &) = delete;

    /** Starts the check on its own thread; does nothing when it has started already. */
    void start();
    /** Starts the check if needed and blocks until it ends: true when it passed. */
    bool wait();
    State state() const;
    /**
     * Called once, on the check's thread, when it has passed (true) or failed (false);
     * not when it was stopped. Empty to remove: on return it is no longer being called.
     */
    void setOnFinished(std::function<void(bool intact)> onFinished);

private:
    void run();
    /** SQLite's progress handler: non-zero stops the running statement (the destructor's stop). */
    static int stopRequested(void *check);

    const QString m_path;
    DatabaseKey m_key;
    mutable std::mutex m_mutex;
    std::condition_variable m_ended;
    State m_state = State::Waiting;
    std::atomic<bool> m_stop { false };
    std::thread m_thread;
    std::mutex m_callbackMutex;
    std::function<void(bool)> m_onFinished;
};

} // namespace samen
