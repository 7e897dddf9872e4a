// The caseload page when the service cannot be reached (review 6 of issue 14, #6), on the app's CaseloadController
// over a real caseload folder and the real samen-service over TLS, stopped and started again: the page says it is
// offline, calmly and with when it was last up to date; "Try again" reconnects at once, also while a round sleeps in
// the backoff's wait of minutes; and without a press the caseload is back within seconds of the service (the live
// channel's quick sign-in), not after that wait.
#include "robinonline.h"
#include "waitfor.h"

#include "store/caseloadfolder.h"
#include "sync/caseloadsync.h"
#include "ui/caseload/caseloadcontroller.h"
#include "ui/caseload/caseloadreach.h"
#include "ui/caseload/devicecaseloadsource.h"

#include <QElapsedTimer>
#include <QFile>

using namespace samen;
using namespace samen::test;

namespace {

/** A professional's device enrolled through samen-cli, its caseload in the app, the first round ended. */
struct OfflineCaseload {
    RobinOnline w;
    TestDir proDir;
    app::DeviceCaseloadSource *device = nullptr;
    std::unique_ptr<app::CaseloadController> caseload;

    OfflineCaseload()
    {
        const CliRun connected = cli(proDir,
                                     QStringList { QStringLiteral("connect") } + w.service.cliArgs()
                                         + QStringList { QStringLiteral("--enrol-code"), professionalEnrolmentCode(w.serviceDir.path()) });
        REQUIRE(connected.exitCode == 0);
        auto folder = CaseloadFolder::open(proDir.path(), DatabaseKey::passphrase(kPassphrase));
        REQUIRE(folder);
        auto source = std::make_unique<app::DeviceCaseloadSource>(std::move(folder).value());
        device = source.get();
        caseload = std::make_unique<app::CaseloadController>(std::move(source));
        REQUIRE(waitFor([&] { return !device->sync().isSyncing() && CaseloadSync::lastRoundAt(*device->identity()).isValid(); }, 30000));
    }
    app::CaseloadReach &reach() { return *caseload->reach(); }

    /** The service stops; a round finds it gone (quickly), then the backoff's waits are those of minutes without it. */
    void goOffline()
    {
        w.service.stop();
        device->sync().setBackoff(20, 50);
        reach().tryAgain();
        REQUIRE(waitFor([&] { return reach().offline() && !reach().trying(); }, 30000));
        device->sync().setBackoff(240000, 300000); // 2 to 5 minutes, as after a while without the service
        device->sync().requestSync();
        REQUIRE(waitFor([&] { return device->sync().isSyncing() && device->sync().waitingRetries() > 0; }, 15000)); // asleep in a wait
    }
};

} // namespace

TEST_CASE("Caseload offline: the page says so calmly, and Try again reconnects at once", "[sync][caseload][app][review6]")
{
    OfflineCaseload c;
    CHECK_FALSE(c.reach().offline());
    CHECK(c.reach().sentence().isEmpty());

    c.goOffline();
    const QString said = c.reach().sentence();
    INFO(said.toStdString());
    CHECK(said.startsWith(QStringLiteral("No connection to the service. What you do here is kept, and is sent as soon as there is a connection again.")));
    CHECK(said.contains(QStringLiteral("Last up to date: today at ")));

    REQUIRE(c.w.service.start());
    QElapsedTimer clock;
    clock.start();
    c.reach().tryAgain();
    CHECK(c.reach().trying());
    // At once: the round's wait of 240 s or more is cut short, its retry sent in the next turns of the event loop
    // (the live channel's own retries, every 5-20 s, do the same, so the bound is short).
    CHECK(waitFor([&] { return c.device->sync().waitingRetries() == 0; }, 3000));
    // Then back: a sign-in and a round, whose time is the machine's (CI runs this under ASan on a machine busy
    // building: over 5 s there, 3.9 s in the dev build), so the bound is a minute, still far from the 240 s wait.
    REQUIRE(waitFor([&] { return !c.reach().offline(); }, 120000));
    INFO("back after " << clock.elapsed() << " ms");
    CHECK(clock.elapsed() < 60000);
    REQUIRE(waitFor([&] { return !c.reach().trying(); }, 10000));
    CHECK(c.reach().sentence().isEmpty());
}

TEST_CASE("Caseload offline: back within seconds of the service without a press, not after the backoff", "[sync][caseload][app][review6]")
{
    OfflineCaseload c;
    c.goOffline();
    REQUIRE(c.w.service.start());
    QElapsedTimer clock;
    clock.start();
    // Well before the backoff's 240 s: the live channel's sign-in retries every 5-20 s (a generous bound for ASan).
    REQUIRE(waitFor([&] { return !c.reach().offline(); }, 150000));
    INFO("back after " << clock.elapsed() << " ms");
    CHECK(clock.elapsed() < 120000);
}
