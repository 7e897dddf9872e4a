#pragma once

class QCoreApplication;

namespace samen::service {

/** Parses the command line, starts the service (or runs an admin command) and runs the event loop. */
int serviceMain(QCoreApplication &app);

} // namespace samen::service
