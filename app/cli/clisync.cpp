#include "cli/clisync.h"

#include <QCoreApplication>

#include <cstdio>

namespace samen::cli {

void sayStillWaiting()
{
    static bool said = false; // one line per run, however many requests a command makes
    if (said)
        return;
    said = true;
    const QString line = QCoreApplication::translate("samen",
                                                     "Still busy with the service after %1 seconds. If it does not answer, Samen keeps trying for "
                                                     "a while. To stop, press Ctrl+C: nothing on this device is lost.")
                             .arg(kStillWaitingMs / 1000);
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

} // namespace samen::cli
