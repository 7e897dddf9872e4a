// A member who joined and waits to be let in, against the real samen-service over real
// TLS: the device's sync says it waits (no error, nothing purged), a declined join is
// told as not accepted (not as a removal), and a join in a folder that held a plan
// before (declined, then joined again) drops the old notice.
#include "synctestsupport.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace samen;
using namespace samen::test;

namespace {

QString invite(Device &citizen, const QString &planId)
{
    const auto invitation = citizen.call(
        "POST", QStringLiteral("/v1/plans/%1/invitations").arg(planId),
        { { QStringLiteral("kind"), QStringLiteral("network") },
          { QStringLiteral("grants"),
            QJsonArray { QJsonObject { { QStringLiteral("domainKey"), QStringLiteral("work") }, { QStringLiteral("access"), QStringLiteral("read") } } } } });
    REQUIRE(invitation);
    return invitation->value(QStringLiteral("code")).toString();
}

/** Robin's connected plan with a goal in work, and a friend's connected device with no plan yet, on one service. */
struct JoinWorld {
    TestDir serviceDir, citizenDir, friendDir;
    ServiceProcess service { serviceDir.path() };
    Device citizen { citizenDir.path(), QStringLiteral("citizen1") };
    Device friendDevice { friendDir.path(), QStringLiteral("friend1") };
    QString planId;

    JoinWorld()
    {
        REQUIRE(service.start());
        const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
        const SyncTrust trust = trustOf(serviceDir.path(), service.pin());
        planId = citizen.makePlan(QStringLiteral("Robin"));
        citizen.edit(citizen.editor().addGoal(QStringLiteral("work"), QStringLiteral("Keep my job"), {}, {}));
        REQUIRE(citizen.connect(url, trust, QStringLiteral("phone")));
        REQUIRE(citizen.sync());
        REQUIRE(friendDevice.connect(url, trust, QStringLiteral("phone")));
    }
};

} // namespace

TEST_CASE("A member waiting to be let in syncs to \"waiting\", not an error, a declined join is told so, and a new join clears the old notice",
          "[sync][people]")
{
    JoinWorld w;
    Device &citizen = w.citizen;
    Device &friendDevice = w.friendDevice;
    const QString planId = w.planId;
    auto join = [&] {
        const QString code = invite(citizen, planId);
        const auto joined = await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { friendDevice.client->joinPlan(code, d); });
        REQUIRE(joined);
        return joined->value(QStringLiteral("memberId")).toString();
    };

    // Joined, declined: the next sync says the request to join was not accepted, which is not a removal (they were never in).
    const QString first = join();
    REQUIRE(citizen.call("DELETE", QStringLiteral("/v1/plans/%1/members/%2").arg(planId, first)));
    CHECK_FALSE(friendDevice.sync());
    const QString notice = friendDevice.client->withdrawalNotice();
    CHECK(notice.startsWith(QStringLiteral("The plan's owner did not accept your request to join the plan.")));
    CHECK_FALSE(notice.contains(QStringLiteral("removed")));
    REQUIRE(friendDevice.store->setting(QStringLiteral("planId")).isEmpty());
    CHECK(friendDevice.store->setting(QStringLiteral("join.waiting")).isEmpty());

    // Joined again in the same folder: the old notice no longer holds; the join waits.
    const QString second = join();
    CHECK(friendDevice.client->withdrawalNotice().isEmpty());
    CHECK(friendDevice.store->setting(QStringLiteral("join.waiting")) == QLatin1String("1"));

    // Its sync is a wait: said as one, no error kept, the plan (id) stays.
    const auto waiting = friendDevice.sync();
    REQUIRE_FALSE(waiting);
    CHECK(waiting.error().message == QStringLiteral("Waiting for the owner of the plan to let you in."));
    CHECK(friendDevice.client->state() == SyncClient::State::Pending);
    CHECK(friendDevice.client->lastError().isEmpty());
    CHECK(friendDevice.client->statusText() == QStringLiteral("Waiting for the owner of the plan to let you in."));
    CHECK(friendDevice.store->setting(QStringLiteral("planId")) == planId);

    // Let in: the next sync is an ordinary one.
    REQUIRE(citizen.call("POST", QStringLiteral("/v1/plans/%1/members/%2/confirm").arg(planId, second)));
    REQUIRE(friendDevice.sync());
    CHECK(friendDevice.client->state() != SyncClient::State::Pending);
}

TEST_CASE("A newly joined device never says \"synced\" before the plan is on it, it says what it waits for", "[sync][people]")
{
    JoinWorld w;
    Device &citizen = w.citizen;
    Device &friendDevice = w.friendDevice;
    const QString planId = w.planId;
    const QString code = invite(citizen, planId);
    const auto joined = await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { friendDevice.client->joinPlan(code, d); });
    REQUIRE(joined);
    const QString memberId = joined->value(QStringLiteral("memberId")).toString();
    // Joined, no round yet: the wait, not "Everything is synced."
    CHECK(friendDevice.client->statusText() == QStringLiteral("Waiting for the owner of the plan to let you in."));

    // Let in, and the first round brought the plan: now it is synced.
    REQUIRE(citizen.call("POST", QStringLiteral("/v1/plans/%1/members/%2/confirm").arg(planId, memberId)));
    REQUIRE(friendDevice.sync());
    CHECK(friendDevice.store->entity(planId));
    CHECK(friendDevice.client->statusText() == QStringLiteral("Everything is synced."));

    // Every domain withdrawn: the plan leaves the device; the status says nothing is shared, never "synced".
    REQUIRE(citizen.call(
        "PUT", QStringLiteral("/v1/plans/%1/members/%2/access").arg(planId, memberId),
        { { QStringLiteral("grants"),
            QJsonArray { QJsonObject { { QStringLiteral("domainKey"), QStringLiteral("work") }, { QStringLiteral("access"), QStringLiteral("none") } } } } }));
    (void)friendDevice.sync();
    REQUIRE_FALSE(friendDevice.store->entity(planId));
    (void)friendDevice.sync();
    CHECK(friendDevice.client->statusText() == QStringLiteral("You are in the plan, but nothing of it is shared with you yet."));
}
