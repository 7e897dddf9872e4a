#pragma once

#include <QObject>

#include <memory>

namespace samen {
class PageCheck;
}

namespace samen::app {

/**
 * Starts a plan store's deferred page check (PlanStore::PageCheckTiming::Later) after the
 * app's next frame, so a large plan shows before every page of its file has been read
 * (issue 18), and reports its end on this object's thread. The check runs on a thread and a
 * connection of its own; writes wait for it meanwhile (Database::deferPageCheck).
 */
class PageCheckWatch : public QObject
{
    Q_OBJECT

public:
    PageCheckWatch(const std::shared_ptr<PageCheck> &check, QObject *parent);
    ~PageCheckWatch() override;

    /**
     * Starts the check after the next frame of the app's visible window; at the next turn of the
     * event loop when there is no window (tools, tests), and after kLongestWaitMs at the latest.
     */
    void startAfterFirstFrame();

Q_SIGNALS:
    /** The check ended: every page intact (true), or a page failed (false: the store is damaged). */
    void finished(bool intact);

private:
    /** The longest wait for a frame (a hidden window draws none): then the check starts anyway. */
    static constexpr int kLongestWaitMs = 1000;

    void waitForFrame();
    void begin();

    std::weak_ptr<PageCheck> m_check;
    QMetaObject::Connection m_frame;
};

} // namespace samen::app
