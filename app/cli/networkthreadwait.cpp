#include "cli/networkthreadwait.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QThread>

namespace samen::cli {

namespace {

Q_LOGGING_CATEGORY(lcCliExit, "samen.cli.exit")

// QThread names its OS thread after its objectName; Linux keeps the first 15 bytes.
constexpr char kNetworkThreadName[] = "QNetworkAccessM";

bool networkThreadRunning()
{
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == kNetworkThreadName)
            return true;
    }
    return false;
}

} // namespace

bool waitForNetworkThreads(int limitMs)
{
#ifdef Q_OS_LINUX
    QDeadlineTimer deadline(limitMs);
    QElapsedTimer waited;
    waited.start();
    while (networkThreadRunning()) {
        if (deadline.hasExpired()) {
            qCWarning(lcCliExit) << "Qt's network thread still runs after" << waited.elapsed() << "ms";
            return false;
        }
        QThread::msleep(20);
    }
    if (waited.elapsed() >= 20)
        qCInfo(lcCliExit) << "waited" << waited.elapsed() << "ms for Qt's network thread to end";
#else
    Q_UNUSED(limitMs);
#endif
    return true;
}

} // namespace samen::cli
