// The name a device is enrolled under (shown in the account's device list) follows
// the one-line rules of names (TextHygiene) on the device itself: samen-cli connect and
// join refuse a bad one with exit 3, in the person's language, before a store is
// connected or anything is sent; the service checks the same rules again.
#include "cliprocess.h"
#include "synctestsupport.h"
#include "testdir.h"

#include <catch2/catch.hpp>

using namespace samen;
using namespace samen::test;

namespace {

CliRun cli(const TestDir &dir, const QStringList &args, int expectedExit = 0)
{
    const CliRun run = runCli(dir.path(), args);
    INFO("samen-cli " << args.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.constData());
    CHECK(run.exitCode == expectedExit);
    return run;
}

int devicesAtService(const TestDir &serviceDir)
{
    QByteArray text;
    REQUIRE(serviceAdmin(serviceDir.path(), { QStringLiteral("list") }, &text) == 0);
    const auto m = QRegularExpression(QStringLiteral("Devices \\((\\d+)\\)")).match(QString::fromUtf8(text));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

} // namespace

TEST_CASE("A device name that breaks the one-line rules is refused on the device, in the person's language, before anything is sent", "[sync][cli][device]")
{
    TestDir serviceDir, owner, joiner;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    cli(owner, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Robin") });
    const auto cp = [](char32_t c) { return QString::fromUcs4(&c, 1); };
    const QStringList badNames { QStringLiteral("Robin") + cp(0x202E) + QStringLiteral("enohp"), cp(0x2066) + QStringLiteral("laptop") + cp(0x2069),
                                 QStringLiteral("two\nlines"), cp(0x200B) + cp(0x200B), QString(81, QLatin1Char('x')) };
    for (const QString &name : badNames) {
        INFO(name.toStdString());
        const CliRun run = cli(owner, QStringList { QStringLiteral("connect") } + service.cliArgs() + QStringList { QStringLiteral("--device-name"), name }, 3);
        CHECK(run.err.contains("device name"));
    }
    const CliRun dutch = runCli(owner.path(),
                                QStringList { QStringLiteral("--language"), QStringLiteral("nl") } + QStringList { QStringLiteral("connect") }
                                    + service.cliArgs() + QStringList { QStringLiteral("--device-name"), badNames.first() });
    CHECK(dutch.exitCode == 3);
    CHECK(dutch.err.contains("apparaatnaam"));
    CHECK(devicesAtService(serviceDir) == 0);
    // Nothing half-done: the device is not connected, and a good name then works.
    CHECK(cli(owner, { QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status") })
              .object()
              .value(QStringLiteral("service"))
              .toString()
              .isEmpty());
    cli(owner,
        QStringList { QStringLiteral("connect") } + service.cliArgs() + QStringList { QStringLiteral("--device-name"), QStringLiteral("Robin's phone") });
    CHECK(devicesAtService(serviceDir) == 1);

    // join checks the name the same way (SyncClient::connectService), before it enrols or redeems anything.
    const QString code
        = cli(owner,
              { QStringLiteral("--json"), QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"), QStringLiteral("network"),
                QStringLiteral("--name"), QStringLiteral("Sam"), QStringLiteral("--grant"), QStringLiteral("money:read") })
              .object()
              .value(QStringLiteral("code"))
              .toString();
    QStringList join = QStringList { QStringLiteral("join") } + service.cliArgs();
    join.insert(1, code);
    const CliRun joined = cli(joiner, join + QStringList { QStringLiteral("--device-name"), badNames.first() }, 3);
    CHECK(joined.err.contains("device name"));
    CHECK(devicesAtService(serviceDir) == 1);
    cli(joiner, join + QStringList { QStringLiteral("--device-name"), QStringLiteral("Sam's phone") });
    CHECK(devicesAtService(serviceDir) == 2);
}
