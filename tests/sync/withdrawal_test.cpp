// Withdrawal against the real samen-service over real TLS: when the plan's owner
// takes a domain's read grant away, or removes the member, the member's device
// deletes what it may no longer read, and a marker from the withdrawn data is found
// nowhere in its files: not in the encrypted bytes, not in the decrypted pages of
// the database (free pages and slack included), not in its WAL.
#include "withdrawalscenario.h"

#include "store/deviceaccess.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/evp.h>

using namespace samen;
using namespace samen::test;

TEST_CASE("The scan of a member's files finds a marker in the decrypted pages while the data is there, and never in the encrypted bytes", "[sync][withdrawal]")
{
    Scenario s;
    for (const bool open : { true, false }) {
        INFO("store open: " << open);
        if (!open)
            s.closeFriend();
        const FileScan scan(s.friendDir.path());
        CHECK(scan.decrypted.contains("CREATE TABLE entities")); // the decryption is right
        CHECK(scan.decrypted.contains(kMarker)); // so an absence in the tests below means the data is gone
        CHECK_FALSE(scan.raw.contains(kMarker));
    }
}

TEST_CASE("After the owner withdraws a domain's read grant, the member's next sync deletes that domain and no copy is left in its files", "[sync][withdrawal]")
{
    Scenario s;
    QStringList notices;
    QObject guard;
    QObject::connect(s.friendDevice->client.get(), &SyncClient::accessWithdrawn, &guard, [&](const QString &m) { notices << m; });

    s.removeGrant(QStringLiteral("housing"));
    const auto round = s.friendDevice->sync();
    INFO((round ? QString() : round.error().message).toStdString());
    REQUIRE(round);

    PlanStore &store = *s.friendDevice->store;
    CHECK_FALSE(store.entity(s.housingGoal));
    CHECK_FALSE(store.entity(s.housingStep));
    CHECK(store.history(s.housingGoal).isEmpty());
    CHECK(store.history(s.housingStep).isEmpty());
    CHECK_FALSE(store.receivedDomainKeys(s.planId).contains(QStringLiteral("housing")));
    // What the friend may still read stays.
    REQUIRE(store.entity(s.workGoal));
    CHECK(store.entity(s.workGoal)->value(QStringLiteral("title")).toString() == QString::fromLatin1(kKeptTitle));
    const QString expected = QStringLiteral("\u2068Robin\u2069 has withdrawn your access to Housing. That part of the plan is no longer on this device.");
    CHECK(notices == QStringList { expected });
    CHECK(s.friendDevice->client->withdrawalNotice() == expected);

    // A later sync brings nothing of the domain back, and tells nothing new.
    REQUIRE(s.friendDevice->sync());
    CHECK_FALSE(store.entity(s.housingGoal));
    CHECK(notices.size() == 1);

    // While the app still runs (store open: its WAL in use) and after it closed.
    for (const bool open : { true, false }) {
        INFO("store open: " << open);
        if (!open)
            s.closeFriend();
        const FileScan scan(s.friendDir.path());
        if (!open)
            CHECK(scan.walSize == 0); // while open, the WAL holds only what was written after the purge
        CHECK_FALSE(scan.raw.contains(kMarker));
        CHECK(scan.decrypted.contains(kKeptTitle)); // the pages were decrypted
        CHECK_FALSE(scan.decrypted.contains(kMarker));
        CHECK_FALSE(scan.decrypted.contains("Call the housing office"));
    }

    // The owner's own copy is untouched.
    CHECK(s.citizen->store->entity(s.housingGoal));
}

TEST_CASE("After the owner removes a member, the member's next sync deletes the whole plan and no copy is left in its files", "[sync][withdrawal]")
{
    Scenario s;
    REQUIRE(s.citizen->call("DELETE", QStringLiteral("/v1/plans/%1/members/%2").arg(s.planId, s.friendMemberId)));

    const auto round = s.friendDevice->sync();
    REQUIRE_FALSE(round);
    CHECK(round.error().code == ErrorCode::Permission);
    CHECK(round.error().message == QStringLiteral("\u2068Robin\u2069 has removed you from the plan. The plan is no longer on this device."));
    PlanStore &store = *s.friendDevice->store;
    CHECK(store.operationCount() == 0);
    CHECK(store.planIds().isEmpty());
    CHECK(store.entities(s.planId, QStringLiteral("goal")).isEmpty());
    CHECK(store.setting(QStringLiteral("planId")).isEmpty());
    CHECK(s.friendDevice->client->withdrawalNotice().contains(QStringLiteral("removed you")));

    for (const bool open : { true, false }) {
        INFO("store open: " << open);
        if (!open)
            s.closeFriend();
        const FileScan scan(s.friendDir.path());
        if (!open)
            CHECK(scan.walSize == 0); // while open, the WAL holds only what was written after the purge
        CHECK(scan.decrypted.contains("CREATE TABLE entities"));
        CHECK_FALSE(scan.raw.contains(kMarker));
        CHECK_FALSE(scan.decrypted.contains(kMarker));
        CHECK_FALSE(scan.decrypted.contains(kKeptTitle));
    }
}

TEST_CASE("A member's device that listens live deletes a withdrawn domain without being asked to sync", "[sync][withdrawal]")
{
    Scenario s;
    s.friendDevice->client->start(600000);
    REQUIRE(waitFor([&] { return s.friendDevice->client->isLive() && s.friendDevice->client->state() == SyncClient::State::Synced; }));

    s.removeGrant(QStringLiteral("housing"));
    CHECK(waitFor([&] { return !s.friendDevice->store->entity(s.housingGoal).has_value(); }));
    CHECK(s.friendDevice->client->withdrawalNotice().contains(QStringLiteral("Housing")));
    CHECK(s.friendDevice->store->entity(s.workGoal));
    s.friendDevice->client->stop();
}

TEST_CASE("The owner's device is never purged, whatever grants it holds", "[sync][withdrawal]")
{
    Scenario s;
    s.removeGrant(QStringLiteral("housing"));
    REQUIRE(s.citizen->sync());
    CHECK(s.citizen->store->entity(s.housingGoal));
    CHECK(s.citizen->store->setting(QStringLiteral("sync.role")) == QStringLiteral("owner"));
    CHECK(s.citizen->client->withdrawalNotice().isEmpty());
}

TEST_CASE("A member's own accepted goal in a domain whose grant is withdrawn is deleted too, a refused one in a read-only domain is kept", "[sync][withdrawal]")
{
    Scenario s;
    REQUIRE(s.citizen->call("POST", QStringLiteral("/v1/plans/%1/grants").arg(s.planId),
                            { { QStringLiteral("memberId"), s.friendMemberId },
                              { QStringLiteral("domainKey"), QStringLiteral("money") },
                              { QStringLiteral("access"), QStringLiteral("write") } }));
    REQUIRE(s.friendDevice->sync()); // the newly granted domain arrives with the round's history fetch
    REQUIRE(s.friendDevice->store->receivedDomainKeys(s.planId).contains(QStringLiteral("money")));
    const QString own = s.friendDevice->edit(s.friendDevice->editor().addGoal(QStringLiteral("money"), QStringLiteral("Pay the rent arrears"), {}, {}));
    const QString refused = s.friendDevice->edit(s.friendDevice->editor().addGoal(QStringLiteral("work"), QStringLiteral("Not mine to add"), {}, {}));
    const auto pushed = s.friendDevice->sync();
    REQUIRE(pushed);
    REQUIRE(pushed->refused > 0);

    s.removeGrant(QStringLiteral("money"));
    REQUIRE(s.friendDevice->sync());
    CHECK_FALSE(s.friendDevice->store->entity(own));
    CHECK(s.friendDevice->store->history(own).isEmpty());
    CHECK(s.friendDevice->store->entity(refused)); // the user decides about refused changes
    CHECK_FALSE(s.friendDevice->store->rejected().isEmpty());
    CHECK(s.friendDevice->store->entity(s.housingGoal));
    CHECK(s.friendDevice->client->withdrawalNotice().contains(QStringLiteral("access to Money and debts")));
}

TEST_CASE("A member's device that listens live deletes the whole plan when the member is removed, and stops syncing", "[sync][withdrawal]")
{
    Scenario s;
    QStringList notices;
    QObject guard;
    QObject::connect(s.friendDevice->client.get(), &SyncClient::accessWithdrawn, &guard, [&](const QString &m) { notices << m; });
    s.friendDevice->client->start(600000);
    REQUIRE(waitFor([&] { return s.friendDevice->client->isLive() && s.friendDevice->client->state() == SyncClient::State::Synced; }));

    REQUIRE(s.citizen->call("DELETE", QStringLiteral("/v1/plans/%1/members/%2").arg(s.planId, s.friendMemberId)));
    REQUIRE(waitFor([&] { return s.friendDevice->store->operationCount() == 0; }));
    CHECK(notices == QStringList { QStringLiteral("\u2068Robin\u2069 has removed you from the plan. The plan is no longer on this device.") });
    CHECK_FALSE(s.friendDevice->client->isLive());
    CHECK(s.friendDevice->client->state() == SyncClient::State::Error);
    CHECK(s.friendDevice->client->statusText().contains(QStringLiteral("removed you from the plan")));
}

TEST_CASE("Withdrawing a domain deletes its timeline entries and its place in the order, and withdrawing the last one leaves no plan data at all",
          "[sync][withdrawal]")
{
    Scenario s;
    s.addEveryKind();
    {
        const FileScan scan(s.friendDir.path());
        for (const QByteArray &marker : kHousingKinds + kPlanKinds + kWorkKinds) {
            INFO("before: " << marker.constData());
            CHECK(scan.decrypted.contains(marker)); // every kind reached the member, so an absence below is a deletion
        }
    }
    PlanStore &store = *s.friendDevice->store;

    // One domain withdrawn: everything about it goes, timeline entry and order included; the plan-level data stays.
    s.removeGrant(QStringLiteral("housing"));
    REQUIRE(s.friendDevice->sync());
    CHECK_FALSE(store.entity(s.housingEntry));
    CHECK(store.history(s.housingEntry).isEmpty());
    CHECK(store.entity(s.planId).value_or(QJsonObject()).value(QStringLiteral("story")).toString() == QStringLiteral("Story-marker-5521"));
    {
        const FileScan scan(s.friendDir.path()); // database and WAL, the store open
        for (const QByteArray &marker : kHousingKinds) {
            INFO("withdrawn: " << marker.constData());
            CHECK_FALSE(scan.decrypted.contains(marker));
        }
        for (const QByteArray &marker : kPlanKinds + kWorkKinds) {
            INFO("kept: " << marker.constData());
            CHECK(scan.decrypted.contains(marker));
        }
    }
    const auto pulled = s.friendDevice->call("GET", QStringLiteral("/v1/plans/%1/ops?after=0").arg(s.planId));
    REQUIRE(pulled);
    CHECK(QJsonDocument(pulled.value()).toJson().contains("Story-marker-5521")); // the service's rule is the device's

    // The last domain withdrawn: the member holds nothing of the plan, and is told so in plain words.
    s.removeGrant(QStringLiteral("work"));
    const auto round = s.friendDevice->sync();
    INFO((round ? QString() : round.error().message).toStdString());
    REQUIRE(round);
    CHECK(store.operationCount() == 0);
    CHECK(store.entities(s.planId, QStringLiteral("member")).isEmpty());
    CHECK_FALSE(store.entity(s.planId));
    CHECK(store.setting(QStringLiteral("planId")) == s.planId); // still a member: access may come back
    CHECK(s.friendDevice->client->withdrawalNotice().startsWith(
        QStringLiteral("\u2068Robin\u2069 has withdrawn all your access. The plan is no longer on this device.")));
    const auto nothing = s.friendDevice->call("GET", QStringLiteral("/v1/plans/%1/ops?after=0").arg(s.planId));
    REQUIRE(nothing);
    CHECK(nothing->value(QStringLiteral("ops")).toArray().isEmpty());
    for (const bool open : { true, false }) {
        INFO("store open: " << open);
        if (!open)
            s.closeFriend();
        const FileScan scan(s.friendDir.path());
        if (!open)
            CHECK(scan.walSize == 0);
        CHECK(scan.decrypted.contains("CREATE TABLE entities"));
        for (const QByteArray &marker : kHousingKinds + kPlanKinds + kWorkKinds) {
            INFO("after the last withdrawal: " << marker.constData());
            CHECK_FALSE(scan.decrypted.contains(marker));
            CHECK_FALSE(scan.raw.contains(marker));
        }
    }
    // samen-cli says so and what to do, rather than showing an empty plan.
    const CliRun shown = runCli(s.friendDir.path(), { QStringLiteral("plan"), QStringLiteral("show") }, kPassphrase);
    CHECK(shown.exitCode == 1);
    CHECK(shown.err.contains("You cannot see any part of this plan at the moment"));
}

TEST_CASE("A member whose every domain was withdrawn gets the plan back, history included, when a domain is granted again", "[sync][withdrawal]")
{
    Scenario s;
    s.addEveryKind();
    s.removeGrant(QStringLiteral("housing"));
    s.removeGrant(QStringLiteral("work"));
    REQUIRE(s.friendDevice->sync());
    REQUIRE(s.friendDevice->store->operationCount() == 0);
    REQUIRE_FALSE(s.friendDevice->client->withdrawalNotice().isEmpty());

    REQUIRE(s.citizen->call("POST", QStringLiteral("/v1/plans/%1/grants").arg(s.planId),
                            { { QStringLiteral("memberId"), s.friendMemberId },
                              { QStringLiteral("domainKey"), QStringLiteral("work") },
                              { QStringLiteral("access"), QStringLiteral("read") } }));
    REQUIRE(s.friendDevice->sync());
    PlanStore &store = *s.friendDevice->store;
    REQUIRE(store.entity(s.workGoal));
    CHECK(store.entity(s.planId).value_or(QJsonObject()).value(QStringLiteral("story")).toString() == QStringLiteral("Story-marker-5521"));
    CHECK(store.history(s.planId, QStringLiteral("name")).size() == 2); // the earlier name too: the history is whole
    CHECK_FALSE(store.entity(s.housingGoal));
    CHECK_FALSE(store.entity(s.housingEntry));
    CHECK(DeviceAccess::load(store).canRead(QStringLiteral("work")));
    CHECK_FALSE(DeviceAccess::load(store).canWrite(QStringLiteral("work")));
    // "All your access was withdrawn" no longer holds once a part is shared again.
    CHECK(s.friendDevice->client->withdrawalNotice().isEmpty());
}
