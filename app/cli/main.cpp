// samen-cli: a headless client on the same core and data directory as the app.
#include "cli/climain.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("samen-cli"));
    return samen::cli::cliMain(argc, argv);
}
