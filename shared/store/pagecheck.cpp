#include "store/pagecheck.h"

#include "store/storelog.h"

#include <sqlite3.h>

#include <utility>

namespace samen {

PageCheck::PageCheck(QString path, DatabaseKey key)
    : m_path(std::move(path))
    , m_key(std::move(key))
{
    m_key.secret.detach(); // a copy of its own, wiped here
}

PageCheck::~PageCheck()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    m_key.secret.fill('\0');
}

void PageCheck::start()
{
    std::lock_guard lock(m_mutex);
    if (m_state != State::Waiting)
        return;
    m_state = State::Running;
    m_thread = std::thread([this] { run(); });
}

bool PageCheck::wait()
{
    start();
    std::unique_lock lock(m_mutex);
    m_ended.wait(lock, [this] { return m_state != State::Running; });
    return m_state == State::Passed;
}

PageCheck::State PageCheck::state() const
{
    std::lock_guard lock(m_mutex);
    return m_state;
}

void PageCheck::setOnFinished(std::function<void(bool)> onFinished)
{
    std::lock_guard lock(m_callbackMutex);
    m_onFinished = std::move(onFinished);
}

int PageCheck::stopRequested(void *check)
{
    return static_cast<PageCheck *>(check)->m_stop ? 1 : 0;
}

void PageCheck::run()
{
    State result = State::Failed;
    {
        // A connection of its own that never writes (query_only, no checkpoint on close): the same
        // check as at open, on the file as committed (the owner's writes wait for this check).
        auto db = Database::openDamaged(m_path, m_key);
        m_key.secret.fill('\0');
        if (db) {
            sqlite3_progress_handler(db.value()->handle(), 1000, &PageCheck::stopRequested, this);
            const bool intact = db.value()->checkPages().ok();
            result = m_stop ? State::Stopped : intact ? State::Passed : State::Failed;
        } else {
            qCWarning(lcStore) << "page check: the file could not be opened again";
        }
    }
    if (result == State::Failed)
        qCWarning(lcStore) << "page check: the file is damaged";
    {
        std::lock_guard lock(m_mutex);
        m_state = result;
    }
    m_ended.notify_all();
    if (result == State::Stopped)
        return;
    std::lock_guard lock(m_callbackMutex);
    if (m_onFinished)
        m_onFinished(result == State::Passed);
}

} // namespace samen
