// samen-cli: a headless client on the same core and data directory as the app.
#include "cli/climain.h"
#include "cli/networkthreadwait.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("samen-cli"));
    // What a person reads on the terminal are the CLI's own sentences, in their language; the developer log
    // (English, "samen.store: ...") is only written when asked for: SAMEN_LOG=1, or Qt's QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("SAMEN_LOG") && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("samen.*=false"));
    const int exitCode = samen::cli::cliMain(argc, argv);
    // Qt's HTTP thread may still be ending its TLS connections (see the function's docstring).
    samen::cli::waitForNetworkThreads(30000);
    return exitCode;
}
