#include "ui/pagecheckwatch.h"

#include "store/pagecheck.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QTimer>

namespace samen::app {

PageCheckWatch::PageCheckWatch(const std::shared_ptr<PageCheck> &check, QObject *parent)
    : QObject(parent)
    , m_check(check)
{
    // Called on the check's thread: handed to this object's thread. Removed (under the check's
    // lock) before this object goes, so it never reaches a deleted object.
    check->setOnFinished([this](bool intact) {
        QMetaObject::invokeMethod(
            this, [this, intact] { Q_EMIT finished(intact); }, Qt::QueuedConnection);
    });
}

PageCheckWatch::~PageCheckWatch()
{
    if (auto check = m_check.lock())
        check->setOnFinished({});
}

void PageCheckWatch::startAfterFirstFrame()
{
    // At the next turn of the event loop the window that shows the plan exists (the app's, or the
    // one the QML engine is loading now); its next frame is the plan's first, or close to it.
    QTimer::singleShot(0, this, &PageCheckWatch::waitForFrame);
}

void PageCheckWatch::waitForFrame()
{
    QQuickWindow *window = nullptr;
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        for (QWindow *w : QGuiApplication::topLevelWindows()) {
            if ((window = qobject_cast<QQuickWindow *>(w)) && window->isVisible())
                break;
            window = nullptr;
        }
    }
    if (!window) {
        begin();
        return;
    }
    // frameSwapped may come from the render thread: queued to this object's thread.
    m_frame = connect(window, &QQuickWindow::frameSwapped, this, &PageCheckWatch::begin, Qt::QueuedConnection);
    QTimer::singleShot(kLongestWaitMs, this, &PageCheckWatch::begin);
    window->update();
}

void PageCheckWatch::begin()
{
    disconnect(m_frame);
    if (auto check = m_check.lock())
        check->start(); // does nothing when it has started (a write may have started it)
}

} // namespace samen::app
