// samen-cli on a device whose clock was wrong: a change made after another one
// wins over it, whatever the wall clock did in between (docs/sync-protocol.md, "Clocks").
#include "cliprocess.h"
#include "faketime.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace samen::test;

namespace {

QStringList domainOrder(const TestDir &dir)
{
    QStringList keys;
    for (const QJsonValue &d : runCli(dir.path(), { QStringLiteral("--json"), QStringLiteral("domain"), QStringLiteral("list") }).json().array())
        keys << d.toObject().value(QStringLiteral("key")).toString();
    return keys;
}

} // namespace

TEST_CASE("After an edit made with the clock ten minutes fast, the next edit of the same field wins once the clock is right", "[cli][clock]")
{
    TestDir dir;
    REQUIRE(runCli(dir.path(), { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Tess") }).exitCode == 0);
    const CliRun fast = runCli(dir.path(), { QStringLiteral("domain"), QStringLiteral("prioritize"), QStringLiteral("money") },
                               QStringLiteral("correct horse 42"), fakeTime(QStringLiteral("+10m")));
    INFO(fast.err.constData());
    REQUIRE(fast.exitCode == 0);
    REQUIRE(domainOrder(dir).first() == QStringLiteral("money"));

    // The clock is right again: each later edit is the one that shows.
    REQUIRE(runCli(dir.path(), { QStringLiteral("domain"), QStringLiteral("prioritize"), QStringLiteral("social") }).exitCode == 0);
    CHECK(domainOrder(dir).first() == QStringLiteral("social"));
    // Even with the clock an hour behind.
    REQUIRE(runCli(dir.path(), { QStringLiteral("domain"), QStringLiteral("prioritize"), QStringLiteral("housing") }, QStringLiteral("correct horse 42"),
                   fakeTime(QStringLiteral("-1h")))
                .exitCode
            == 0);
    CHECK(domainOrder(dir).first() == QStringLiteral("housing"));
    REQUIRE(runCli(dir.path(), { QStringLiteral("domain"), QStringLiteral("prioritize"), QStringLiteral("work") }).exitCode == 0);
    CHECK(domainOrder(dir).first() == QStringLiteral("work"));
}
