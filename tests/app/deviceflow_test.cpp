// A person's next device, through the app's own types and the real samen-service over
// TLS: the first device makes the plan, connects and shows a one-time code (Devices);
// the second device, on its first run, uses the link and ends up with the same plan
// after its first sync. A used code (and a code of the wrong kind) gives a plain
// sentence and leaves nothing half made: the device is at the first-run page again.
#include "connectedplan.h"
#include "models/planmodels.h"
#include "network/invitationlink.h"
#include "security/keystore.h"
#include "serviceprocess.h"
#include "store/planstore.h"
#include "testdir.h"
#include "ui/people/connectcontroller.h"
#include "ui/people/deviceflow.h"
#include "ui/people/devicelistmodel.h"
#include "ui/plancontroller.h"
#include "ui/session.h"
#include "ui/syncstatus.h"
#include "waitfor.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

using namespace samen::app;
using samen::test::ServiceProcess;
using samen::test::TestDir;

namespace {

using samen::test::waitFor;

bool settled(const DeviceFlow &flow, const Session &session)
{
    return flow.state() == QLatin1String("failed") || session.state() == Session::State::Unlocked;
}

} // namespace

TEST_CASE("The next device takes up the plan with its first device's link, and a used code leaves the first-run page as it was", "[people][device]")
{
    TestDir serviceDir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());

    // Device 1: Robin's plan, connected, and a code for the next device.
    TestDir firstDir;
    Session first(firstDir.path(), false);
    first.setLanguage(QStringLiteral("en"));
    REQUIRE(first.createDemoPlan(QStringLiteral("robin-device-1")));
    PlanController *plan = first.plan();
    samen::test::connectAsRobin(plan, service);

    DeviceListModel devices;
    devices.setPlan(plan);
    devices.addDevice();
    REQUIRE(waitFor([&] { return !devices.loading(); }));
    INFO(devices.error().toStdString());
    REQUIRE_FALSE(devices.nextCode().isEmpty());
    const QString link = devices.nextLink();
    const auto parsed = samen::InvitationLink::parseDevice(link);
    REQUIRE(parsed);
    CHECK(parsed->code() == devices.nextCode());
    CHECK(parsed->pin() == service.pin());
    // A device link is not an invitation, and the other way round.
    CHECK_FALSE(samen::InvitationLink::parse(link));
    CHECK_FALSE(samen::InvitationLink::parseDevice(QString(link).replace(QStringLiteral("samen://device"), QStringLiteral("samen://join"))));

    // Device 2, first run: the link, a passphrase; the plan loads and opens.
    TestDir secondDir;
    Session second(secondDir.path(), false);
    second.setLanguage(QStringLiteral("en"));
    REQUIRE(second.state() == Session::State::Welcome);
    DeviceFlow flow;
    flow.setSession(&second);
    CHECK(flow.needsNewPassphrase());
    flow.addDevice(link, {}, {}, QStringLiteral("second-device-1"), false);
    REQUIRE(waitFor([&] { return settled(flow, second); }));
    INFO(flow.message().toStdString());
    REQUIRE(second.state() == Session::State::Unlocked);
    PlanController *copy = second.plan();
    REQUIRE(copy);
    CHECK(copy->store().setting(QStringLiteral("planId")) == plan->store().setting(QStringLiteral("planId")));
    CHECK(copy->memberId() == plan->memberId());
    CHECK(copy->isOwner());
    CHECK_FALSE(copy->name().isEmpty());
    CHECK(copy->name() == plan->name());
    CHECK(copy->story() == plan->story());
    CHECK(copy->domains()->rowCount() == plan->domains()->rowCount());
    CHECK(copy->domain(QStringLiteral("social")).value(QStringLiteral("label")) == plan->domain(QStringLiteral("social")).value(QStringLiteral("label")));

    // Device 3 with the same (now used) code: plain words, nothing left behind.
    TestDir thirdDir;
    Session third(thirdDir.path(), false);
    third.setLanguage(QStringLiteral("en"));
    DeviceFlow again;
    again.setSession(&third);
    again.addDevice(link, {}, {}, QStringLiteral("third-device-1"), false);
    REQUIRE(waitFor([&] { return settled(again, third); }));
    CHECK(again.state() == QLatin1String("failed"));
    CHECK(again.message().contains(QStringLiteral("expired or been used")));
    CHECK(third.state() == Session::State::Welcome);
    CHECK_FALSE(samen::PlanStore::exists(thirdDir.path()));
    CHECK_FALSE(QFile::exists(samen::PlanStore::databasePath(thirdDir.path()) + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(samen::KeyStore::modeFilePath(thirdDir.path())));
    CHECK(again.needsNewPassphrase()); // the form is as on first run

    // A check code that does not match the service: refused before anything is sent.
    DeviceFlow wrongPin;
    wrongPin.setSession(&third);
    wrongPin.addDevice(parsed->code(), QStringLiteral("127.0.0.1:%1").arg(service.port()), QString(64, QLatin1Char('a')), QStringLiteral("third-device-1"),
                       false);
    REQUIRE(waitFor([&] { return settled(wrongPin, third); }));
    CHECK(wrongPin.message().contains(QStringLiteral("check code of this service is not the one")));
    CHECK(third.state() == Session::State::Welcome);
    CHECK_FALSE(samen::PlanStore::exists(thirdDir.path()));
}
