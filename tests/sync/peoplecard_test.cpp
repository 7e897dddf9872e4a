// The app's "waiting to be let in" card (PeopleController) when a registered professional's account used a family
// invitation (review 3, #26): Robin's app through its own controllers, the real samen-service over TLS, and the
// professional joining with samen-cli as a process.
#include "../app/connectedplan.h"
#include "synctestsupport.h"
#include "testdir.h"
#include "ui/people/invitecontroller.h"
#include "ui/people/peoplecontroller.h"
#include "ui/plancontroller.h"
#include "ui/session.h"
#include "waitfor.h"

#include <catch2/catch.hpp>

using namespace samen;
using namespace samen::app;
using namespace samen::test;

TEST_CASE("The app's waiting card says when the account that used a family invitation is a registered professional's", "[sync][people][caseload]")
{
    TestDir serviceDir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    TestDir robinDir;
    Session robin(robinDir.path(), false);
    robin.setLanguage(QStringLiteral("en"));
    REQUIRE(robin.createDemoPlan(QStringLiteral("robin-card-1")));
    PlanController *plan = robin.plan();
    connectAsRobin(plan, service);
    InviteController invite;
    invite.setPlan(plan);
    invite.invite({ { QStringLiteral("kind"), QStringLiteral("network") },
                    { QStringLiteral("name"), QStringLiteral("Oma Riet") },
                    { QStringLiteral("relation"), QStringLiteral("family") },
                    { QStringLiteral("grants"), QVariantMap { { QStringLiteral("social"), QStringLiteral("read") } } } });
    REQUIRE(waitFor([&] { return invite.state() != QLatin1String("sending"); }));
    REQUIRE(invite.state() == QLatin1String("made"));

    // An account the operator registered as a professional ("Andre" of "Wijkteam") uses the family invitation.
    redeemAsProfessionalAccount(service, serviceDir.path(), invite.link(), QStringLiteral("Oma Riet"));

    PeopleController people;
    people.setPlan(plan);
    people.refresh();
    REQUIRE(waitFor([&] { return !people.loading() && !people.pendingJoins().isEmpty(); }));
    const QVariantMap card = people.pendingJoins().first().toMap();
    INFO(card.value(QStringLiteral("description")).toString().toStdString());
    CHECK(card.value(QStringLiteral("registered")).toBool());
    CHECK(card.value(QStringLiteral("description"))
              .toString()
              .contains(QStringLiteral("This account is a professional's: registered with the service as \u2068Andre\u2069 of \u2068Wijkteam\u2069.")));
}
