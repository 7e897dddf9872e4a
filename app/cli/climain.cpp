#include "cli/climain.h"

#include "core/versions.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace samen::cli {

namespace {

int version(bool json)
{
    const Versions v = versions();
    QTextStream out(stdout);
    if (json) {
        out << QJsonDocument(QJsonObject { { QStringLiteral("samen"), v.samen },
                                           { QStringLiteral("qt"), v.qt },
                                           { QStringLiteral("sqlcipher"), v.sqlcipher },
                                           { QStringLiteral("sqlite"), v.sqlite },
                                           { QStringLiteral("cryptoProvider"), v.cryptoProvider } })
                   .toJson(QJsonDocument::Compact)
            << "\n";
    } else {
        out << "Samen " << v.samen << "\n"
            << "Qt " << v.qt << "\n"
            << "SQLCipher " << v.sqlcipher << " (crypto: " << v.cryptoProvider << ")\n"
            << "SQLite " << v.sqlite << "\n";
    }
    return ExitOk;
}

} // namespace

int cliMain(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    bool json = false;
    if (!args.isEmpty() && args.first() == QLatin1String("--json")) {
        json = true;
        args.removeFirst();
    }
    if (!args.isEmpty() && args.first() == QLatin1String("version"))
        return version(json);
    QTextStream(stderr) << "Usage: samen-cli [--data-dir DIR] [--json] COMMAND ...\nCommands: version\n";
    return ExitUsage;
}

} // namespace samen::cli
