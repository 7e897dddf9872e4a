#include "cli/stopsignal.h"

#include <QEventLoop>
#include <QTimer>

#include <csignal>

namespace samen::cli {

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;

extern "C" void requestStop(int)
{
    g_stopRequested = 1;
}

} // namespace

void runUntilStopped(const std::function<void()> &started, const std::function<bool()> &stopWhen)
{
    g_stopRequested = 0;
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (g_stopRequested || (stopWhen && stopWhen()))
            loop.quit();
    });
    poll.start(100);
    started();
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

} // namespace samen::cli
