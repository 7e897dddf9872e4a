#pragma once

#include "serviceprocess.h"
#include "ui/people/connectcontroller.h"
#include "ui/plancontroller.h"
#include "ui/syncstatus.h"
#include "waitfor.h"

#include <catch2/catch.hpp>

namespace samen::test {

/**
 * Connects an open plan to the service the way a person does on the Connect page: checks the
 * address with the service's check code, connects as "Robin's phone", and waits for the first
 * sync. Fails the test (REQUIRE) at the first step that does not end as it should.
 */
inline void connectAsRobin(app::PlanController *plan, const ServiceProcess &service)
{
    app::ConnectController connect;
    connect.setPlan(plan);
    connect.check(QStringLiteral("127.0.0.1:%1").arg(service.port()), service.pin());
    REQUIRE(waitFor([&] { return connect.state() != QLatin1String("checking"); }));
    REQUIRE(connect.state() == QLatin1String("checked"));
    connect.connectService(QStringLiteral("Robin's phone"), false);
    REQUIRE(waitFor([&] { return connect.state() != QLatin1String("connecting"); }));
    INFO(connect.message().toStdString() << " " << connect.detail().toStdString());
    REQUIRE(connect.state() == QLatin1String("connected"));
    REQUIRE(waitFor([&] { return plan->sync()->state() == QLatin1String("synced"); }));
}

} // namespace samen::test
