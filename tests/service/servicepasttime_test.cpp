// What already happened cannot be dated in the future (shared/domain/pasttime.*): a device
// with a wrong date cannot make its assessment "the latest" on every device.
#include "planworld.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDateTime>

using namespace samen::test;

namespace {
/** An assessment of housing by the owner on date; returns whether the service refused its date. */
bool dateRefused(PlanWorld &world, const QDate &date)
{
    const QString id = newUuid();
    const QJsonObject dated = makeOp(world.planId, world.owner.memberId, QStringLiteral("assessment"), id, QStringLiteral("date"), date.toString(Qt::ISODate));
    const QJsonArray ops { makeOp(world.planId, world.owner.memberId, QStringLiteral("assessment"), id, QStringLiteral("domainKey"), QStringLiteral("housing")),
                           makeOp(world.planId, world.owner.memberId, QStringLiteral("assessment"), id, QStringLiteral("score"), 5), dated };
    const Reply r = world.push(world.owner, ops);
    REQUIRE(r.status == 200);
    for (const QJsonValue &rej : r.json.value(QStringLiteral("rejected")).toArray()) {
        if (rej[QStringLiteral("opId")].toString() == dated.value(QStringLiteral("opId")).toString()) {
            CHECK(rej[QStringLiteral("code")].toString() == QStringLiteral("invalid"));
            return true;
        }
    }
    return false;
}
} // namespace

TEST_CASE("An assessment dated more than a day ahead of the service is refused, today and tomorrow are not", "[service]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    CHECK_FALSE(dateRefused(world, today));
    CHECK_FALSE(dateRefused(world, today.addDays(1))); // the person may be a time zone ahead
    CHECK(dateRefused(world, today.addDays(2)));
    CHECK(dateRefused(world, today.addYears(1)));
    CHECK_FALSE(dateRefused(world, today.addDays(-30)));
}
