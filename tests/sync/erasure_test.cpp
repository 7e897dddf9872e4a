// Erasing a plan (issue 15) against the real samen-service over real TLS: the owner's
// device erases it at the service with a signed proof; a member's device deletes its
// copy at its next sync (or at once when it listens live) with a plain notice, leaving
// no copy in its files; samen-cli erase as a process asks twice, erases the device's
// files and the plan at the service, and the owner's other device deletes it too.
#include "cliinput.h"
#include "withdrawalscenario.h"

#include "sync/planerasure.h"

#include <QDir>

using namespace samen;
using namespace samen::test;

namespace {

Result<PlanErasure::Outcome> eraseAtService(Device &owner)
{
    return await<PlanErasure::Outcome>(
        [&](std::function<void(const Result<PlanErasure::Outcome> &)> d) { PlanErasure::eraseAtService(*owner.client, *owner.store, d); });
}

/** Copies every file of a data folder (a second device of the same account, holding the same device key). */
void copyFolder(const QString &from, const QString &to)
{
    for (const QString &name : QDir(from).entryList(QDir::Files))
        REQUIRE(QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)));
}

} // namespace

TEST_CASE("After the owner erases the plan at the service, a member's next sync deletes it with a plain notice and no copy is left in its files",
          "[sync][erase]")
{
    Scenario s;
    QStringList notices;
    QObject guard;
    QObject::connect(s.friendDevice->client.get(), &SyncClient::accessWithdrawn, &guard, [&](const QString &m) { notices << m; });

    // A member's device does not even ask (the service refuses it too: tests/service/serviceerase_test.cpp).
    const auto refused = eraseAtService(*s.friendDevice);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Permission);
    REQUIRE(s.friendDevice->sync());
    REQUIRE(s.friendDevice->store->entity(s.housingGoal));

    const auto erased = eraseAtService(*s.citizen);
    INFO((erased ? QString() : erased.error().message).toStdString());
    REQUIRE(erased);
    CHECK(erased.value() == PlanErasure::Outcome::Erased);

    const auto round = s.friendDevice->sync();
    REQUIRE_FALSE(round);
    const QString expected = QStringLiteral("\u2068Robin\u2069 has erased the plan. It is no longer on this device.");
    CHECK(round.error().message == expected);
    CHECK(notices.contains(expected));
    PlanStore &store = *s.friendDevice->store;
    CHECK(store.operationCount() == 0);
    CHECK(store.planIds().isEmpty());
    CHECK(store.setting(QStringLiteral("planId")).isEmpty());

    s.closeFriend();
    const FileScan scan(s.friendDir.path());
    CHECK(scan.walSize == 0);
    CHECK(scan.decrypted.contains("CREATE TABLE entities")); // the pages were decrypted
    CHECK_FALSE(scan.decrypted.contains(kMarker));
    CHECK_FALSE(scan.decrypted.contains(kKeptTitle));
}

TEST_CASE("A member's device that listens live deletes an erased plan without being asked to sync", "[sync][erase]")
{
    Scenario s;
    s.friendDevice->client->start(600000);
    REQUIRE(waitFor([&] { return s.friendDevice->client->isLive() && s.friendDevice->client->state() == SyncClient::State::Synced; }));
    REQUIRE(eraseAtService(*s.citizen));
    CHECK(waitFor([&] { return s.friendDevice->store->setting(QStringLiteral("planId")).isEmpty(); }));
    CHECK(s.friendDevice->store->operationCount() == 0);
}

TEST_CASE("samen-cli erase asks twice, then erases the plan on this device and at the service, and the owner's other device deletes it at its next sync",
          "[sync][erase][cli]")
{
    TestDir serviceDir, dir, otherDevice;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    REQUIRE(runCli(dir.path(), { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Robin") }).exitCode == 0);
    REQUIRE(runCli(dir.path(),
                   { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("housing"), QString::fromLatin1(kMarker) })
                .exitCode
            == 0);
    const CliRun connected
        = runCli(dir.path(),
                 { QStringLiteral("connect"), QStringLiteral("--service"), QStringLiteral("https://127.0.0.1:%1").arg(service.port()),
                   QStringLiteral("--ca-file"), serviceDir.file(QStringLiteral("dev-tls-cert.pem")), QStringLiteral("--pin-sha256"), service.pin() });
    INFO(connected.err.constData());
    REQUIRE(connected.exitCode == 0);
    REQUIRE(runCli(dir.path(), { QStringLiteral("sync") }).exitCode == 0);
    copyFolder(dir.path(), otherDevice.path());

    // Saying no at either question erases nothing; the first question offers the export.
    const CliRun no = runCliInput(dir.path(), { QStringLiteral("erase") }, "no\n");
    CHECK(no.exitCode != 0);
    CHECK(no.err.contains(no.suggested("export --fhir FILE")));
    CHECK(no.err.contains("Nothing was erased."));
    const CliRun notTheWord = runCliInput(dir.path(), { QStringLiteral("erase") }, "yes\nok\n");
    CHECK(notTheWord.exitCode != 0);
    REQUIRE(QFile::exists(PlanStore::databasePath(dir.path())));
    REQUIRE(runCli(dir.path(), { QStringLiteral("sync") }).exitCode == 0);

    const CliRun erased = runCliInput(dir.path(), { QStringLiteral("--json"), QStringLiteral("erase") }, "yes\nerase\n");
    INFO(erased.err.constData());
    REQUIRE(erased.exitCode == 0);
    CHECK(erased.object().value(QStringLiteral("erasedOnDevice")).toBool());
    CHECK(erased.object().value(QStringLiteral("service")).toString() == QStringLiteral("erased"));
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    INFO(left.join(QLatin1Char(' ')).toStdString());
    CHECK(left.isEmpty());

    // The same account's other device: the service says the plan was erased; it deletes its copy and says why.
    const CliRun other = runCli(otherDevice.path(), { QStringLiteral("sync") });
    CHECK(other.exitCode != 0);
    CHECK(other.err.contains("You erased this plan on another device."));
    auto store = PlanStore::open(otherDevice.path(), DatabaseKey::passphrase(kPassphrase));
    REQUIRE(store);
    CHECK(store.value()->operationCount() == 0);

    // Erasing again: there is nothing here.
    CHECK(runCli(dir.path(), { QStringLiteral("erase"), QStringLiteral("--yes") }).exitCode != 0);
}

TEST_CASE("samen-cli erase --yes of a plan never sent to a service needs no network and says it is gone everywhere", "[sync][erase][cli]")
{
    TestDir dir;
    REQUIRE(runCli(dir.path(), { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Robin") }).exitCode == 0);
    const CliRun erased = runCli(dir.path(), { QStringLiteral("erase"), QStringLiteral("--yes") });
    INFO(erased.err.constData());
    REQUIRE(erased.exitCode == 0);
    CHECK(erased.out.contains("It was never sent to a service, so it is gone everywhere."));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    // A new plan can be made in the same folder.
    CHECK(runCli(dir.path(), { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Robin") }).exitCode == 0);
}

TEST_CASE("samen-cli erase of a connected plan whose service cannot be reached erases nothing, unless asked for this device only", "[sync][erase][cli]")
{
    TestDir serviceDir, dir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    REQUIRE(runCli(dir.path(), { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Robin") }).exitCode == 0);
    REQUIRE(runCli(dir.path(),
                   { QStringLiteral("connect"), QStringLiteral("--service"), QStringLiteral("https://127.0.0.1:%1").arg(service.port()),
                     QStringLiteral("--ca-file"), serviceDir.file(QStringLiteral("dev-tls-cert.pem")), QStringLiteral("--pin-sha256"), service.pin() })
                .exitCode
            == 0);
    service.stop();
    const CliRun offline = runCli(dir.path(), { QStringLiteral("erase"), QStringLiteral("--yes") });
    CHECK(offline.exitCode == 1);
    CHECK(offline.err.contains("nothing was erased"));
    CHECK(offline.err.contains("--this-device-only"));
    CHECK_FALSE(offline.err.contains("QString::arg")); // trial after stop 36: a Qt warning before the sentence
    CHECK(offline.err.contains("The service could not be reached."));
    REQUIRE(QFile::exists(PlanStore::databasePath(dir.path())));

    const CliRun here
        = runCli(dir.path(), { QStringLiteral("--json"), QStringLiteral("erase"), QStringLiteral("--yes"), QStringLiteral("--this-device-only") });
    INFO(here.err.constData());
    REQUIRE(here.exitCode == 0);
    CHECK(here.object().value(QStringLiteral("service")).toString() == QStringLiteral("kept"));
    CHECK_FALSE(QFile::exists(PlanStore::databasePath(dir.path())));
}
