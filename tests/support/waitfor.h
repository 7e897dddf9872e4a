#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace samen::test {

/** Runs the event loop until done() holds or timeoutMs (milliseconds) passed; done()'s last answer. */
inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

/**
 * Like waitFor, but done() is asked again after every event, not every 20 ms: for benchmarks,
 * whose figures must not include a wait for the next tick. Objects given to deleteLater() at
 * the top level stay until an event loop runs (waitFor runs one).
 * processEvents with a maxTime is no substitute: it drops WaitForMoreEvents and returns as soon
 * as nothing is pending, so a loop around it polls without pause and takes a whole core (the
 * service benchmark's client took 64 % of the CPU samples that way, from the service it measured).
 */
inline bool waitForEvents(const std::function<bool()> &done, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake; // asks done() again when no event comes (deadlines, the timeout)
    wake.start(10);
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    return done();
}

} // namespace samen::test
