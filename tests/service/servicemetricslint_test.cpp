// /metrics of the real service, after traffic of every kind, passes Prometheus's own
// linter (`promtool check metrics`, Debian package prometheus, installed by scripts/setup).
#include "planworld.h"

#include <catch2/catch.hpp>

#include <QStandardPaths>

using namespace samen::test;

TEST_CASE("The service's /metrics passes promtool check metrics after traffic of every kind", "[service][metrics]")
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    INFO("promtool is in Debian's prometheus package; scripts/setup installs it");
    REQUIRE_FALSE(promtool.isEmpty());
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    // Answers of several routes and statuses: accepted, refused, unknown, malformed.
    REQUIRE(world.push(world.owner, world.goal(world.owner.memberId, QStringLiteral("housing"), newUuid(), QStringLiteral("A home"))).status == 200);
    REQUIRE(api.get(world.plan(QStringLiteral("/ops")), world.friendReader.device.token).status == 200);
    REQUIRE(api.get(world.plan(QStringLiteral("/audit")), world.professional.device.token).status == 403);
    REQUIRE(api.get(QStringLiteral("/v1/nothing-here")).status == 404);
    REQUIRE(api.send("POST", QStringLiteral("/v1/auth/challenge"), QByteArrayLiteral("{not json")).status == 400);

    const Reply metrics = api.get(QStringLiteral("/metrics"));
    REQUIRE(metrics.status == 200);
    REQUIRE(metrics.body.contains("samen_http_requests_total{"));
    QProcess lint;
    lint.setProcessChannelMode(QProcess::MergedChannels);
    lint.start(promtool, { QStringLiteral("check"), QStringLiteral("metrics") });
    REQUIRE(lint.waitForStarted(10000));
    lint.write(metrics.body);
    lint.closeWriteChannel();
    REQUIRE(lint.waitForFinished(30000));
    const QByteArray problems = lint.readAll();
    INFO("promtool says: " << problems.constData() << "\nmetrics:\n" << metrics.body.constData());
    CHECK(lint.exitStatus() == QProcess::NormalExit);
    CHECK(lint.exitCode() == 0);
    CHECK(problems.trimmed().isEmpty());
}
