#pragma once
// Robin's demo plan connected to a real service over TLS, driven through samen-cli as a process:
// shared by the CLI tests of the people around the citizen (networkcli_test, peoplecli_test).
#include "cliprocess.h"
#include "synctestsupport.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

namespace samen::test {

inline CliRun cli(const TestDir &dir, const QStringList &args)
{
    CliRun run = runCli(dir.path(), args);
    INFO((QStringLiteral("samen-cli ") + args.join(QLatin1Char(' ')) + QStringLiteral("\nstdout: ") + QString::fromUtf8(run.out) + QStringLiteral("\nstderr: ")
          + QString::fromUtf8(run.err))
             .toStdString());
    return run;
}

/** The id of the plan's member with this name (plan show --json). */
inline QString memberId(const TestDir &dir, const QString &name)
{
    const CliRun shown = runCli(dir.path(), { QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("show") });
    REQUIRE(shown.exitCode == 0);
    for (const QJsonValue &m : shown.object().value(QStringLiteral("members")).toArray()) {
        if (m[QStringLiteral("name")].toString() == name)
            return m[QStringLiteral("id")].toString();
    }
    return {};
}

/** Robin's demo plan, connected to the service. */
struct RobinOnline {
    TestDir serviceDir, robin;
    ServiceProcess service { serviceDir.path() };
    QString cert;
    RobinOnline()
    {
        REQUIRE(service.start());
        cert = serviceDir.file(QStringLiteral("dev-tls-cert.pem"));
        REQUIRE(runCli(robin.path(), { QStringLiteral("demo") }).exitCode == 0);
        const CliRun connected = runCli(robin.path(),
                                        { QStringLiteral("connect"), QStringLiteral("--service"), QStringLiteral("https://127.0.0.1:%1").arg(service.port()),
                                          QStringLiteral("--ca-file"), cert, QStringLiteral("--pin-sha256"), service.pin() });
        INFO(connected.err.constData());
        REQUIRE(connected.exitCode == 0);
    }
    /** Invites a member of the demo plan by name; returns the invitation as JSON. */
    QJsonObject invite(const QString &name, const QString &kind, const QStringList &grants, const QStringList &extra = {})
    {
        QStringList args {
            QStringLiteral("--json"), QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"), kind, QStringLiteral("--member"), name
        };
        for (const QString &g : grants)
            args << QStringLiteral("--grant") << g;
        const CliRun made = cli(robin, args + extra);
        REQUIRE(made.exitCode == 0);
        return made.object();
    }
};

} // namespace samen::test
