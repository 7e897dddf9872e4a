// The app's sync status line (SyncStatus) says what is true: paused syncing (the screenshot
// tour) keeps a connected plan's state instead of "only on this device", and a join that waits
// for the owner says it waits, whatever the device held before (review 2, finding 18).
#include "connectedplan.h"
#include "testdir.h"
#include "ui/session.h"

#include "domain/memberaccess.h"
#include "store/deviceaccess.h"
#include "store/planstore.h"

#include <catch2/catch.hpp>

using samen::app::Session;
using samen::test::TestDir;

TEST_CASE("Paused syncing keeps a connected plan's state, and a join waiting for the owner is shown as waiting", "[app][sync]")
{
    TestDir dir, serviceDir;
    samen::test::ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(QStringLiteral("status-test-1")));
    samen::test::connectAsRobin(session.plan(), service);
    auto *sync = session.plan()->sync();

    sync->stopSyncing();
    CHECK(sync->state() == QStringLiteral("synced"));
    sync->changeMade(); // no round while paused: still the state of the last one
    CHECK(sync->state() == QStringLiteral("synced"));

    // What JoinFlow leaves on a device whose join waits: no access yet, and the wait marked.
    samen::PlanStore &store = session.plan()->store();
    REQUIRE(samen::DeviceAccess::saveMember(store, samen::MemberAccess::member()));
    REQUIRE(store.setSettings({ { QStringLiteral("join.waiting"), QStringLiteral("1") }, { QStringLiteral("join.from"), QStringLiteral("Robin") } }));
    session.plan()->refresh();
    CHECK(sync->state() == QStringLiteral("pending"));

    // Syncing again picks up where it was.
    REQUIRE(store.setSettings({ { QStringLiteral("join.waiting"), QString() } }));
    sync->startSyncing();
    CHECK(sync->state() != QStringLiteral("local"));
}
