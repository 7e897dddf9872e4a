// Joining a plan in the app on a professional's device (review 5 of issue 14, findings 1 and 4): the app's
// CaseloadController over the real caseload folder (made by samen-cli connect --enrol-code) and the real samen-service
// over TLS; the app follows the same rule as samen-cli join (CaseloadJoin) and says the service's refusals as precisely.
#include "robinonline.h"
#include "waitfor.h"

#include "store/caseloadfolder.h"
#include "sync/caseloadsync.h"
#include "ui/caseload/caseloadcontroller.h"
#include "ui/caseload/caseloadmodel.h"
#include "ui/caseload/devicecaseloadsource.h"

#include <QElapsedTimer>
#include <QFile>

using namespace samen;
using namespace samen::test;

namespace {

/** A professional's device in its own folder, enrolled with the administrator's code through samen-cli. */
void enrolled(TestDir &dir, RobinOnline &w)
{
    const CliRun connected = cli(dir,
                                 QStringList { QStringLiteral("connect") } + w.service.cliArgs()
                                     + QStringList { QStringLiteral("--enrol-code"), professionalEnrolmentCode(w.serviceDir.path()) });
    REQUIRE(connected.exitCode == 0);
    REQUIRE(QFile::exists(dir.file(QStringLiteral("device.db"))));
}

/** The app's caseload on that folder: joins `link` and answers the error it shows ("" when it joined). */
QString joinInApp(app::CaseloadController &caseload, const QString &link)
{
    caseload.join(link);
    REQUIRE(waitFor([&] { return !caseload.joining(); }, 60000));
    return caseload.error();
}

} // namespace

TEST_CASE("App caseload join: a family invitation is refused in the CLI's words, and a used one is said to be used", "[sync][caseload][app][review5]")
{
    RobinOnline w;
    TestDir proDir, otherDir;
    enrolled(proDir, w);
    auto folder = CaseloadFolder::open(proDir.path(), DatabaseKey::passphrase(kPassphrase));
    REQUIRE(folder);
    app::CaseloadController caseload(std::make_unique<app::DeviceCaseloadSource>(std::move(folder).value()));

    // #1: an invitation for someone in Robin's own circle: refused with the sentence samen-cli says, and nothing changes.
    const QString family = w.invite(QStringLiteral("Sam"), QStringLiteral("network"), { QStringLiteral("social:read") },
                                    { QStringLiteral("--relation"), QStringLiteral("friend") })
                               .value(QStringLiteral("link"))
                               .toString();
    const QString refused = joinInApp(caseload, family);
    INFO(refused.toStdString());
    CHECK(refused.contains(QStringLiteral("is for someone in their own circle (\u2068Sam\u2069), not for a professional")));
    CHECK(refused.contains(QStringLiteral("ask for an invitation for a professional")));
    CHECK(caseload.plans()->rowCount() == 0);
    CHECK_FALSE(cli(w.robin, { QStringLiteral("member"), QStringLiteral("list") }).out.contains("Waiting to be let in"));
    // The invitation was not used: a person's device still takes it up.
    TestDir person;
    CHECK(cli(person, { QStringLiteral("join"), family, QStringLiteral("--ca-file"), w.cert, QStringLiteral("--name"), QStringLiteral("Sam") }).exitCode == 0);

    // #4: a professional's invitation another device used already: the precise reason, not "check what you entered".
    const QString link
        = w.invite(QStringLiteral("André"), QStringLiteral("professional"), { QStringLiteral("money:read") }).value(QStringLiteral("link")).toString();
    enrolled(otherDir, w);
    REQUIRE(cli(otherDir, { QStringLiteral("join"), link }).exitCode == 0);
    const QString used = joinInApp(caseload, link);
    INFO(used.toStdString());
    CHECK(used == QStringLiteral("This invitation was already used, withdrawn, or has expired. Ask for a new one."));
    CHECK(caseload.plans()->rowCount() == 0);

    // A good one joins, and a second invitation of the same plan is said to be one of a plan in the caseload already.
    const QString good
        = w.invite(QStringLiteral("Ellen"), QStringLiteral("professional"), { QStringLiteral("work:read") }).value(QStringLiteral("link")).toString();
    CHECK(joinInApp(caseload, good).isEmpty());
    CHECK(caseload.plans()->rowCount() == 1);
    const QString again
        = w.invite(QStringLiteral("Samira"), QStringLiteral("professional"), { QStringLiteral("work:read") }).value(QStringLiteral("link")).toString();
    CHECK(joinInApp(caseload, again).contains(QStringLiteral("plan already: it is in your caseload")));
    CHECK(caseload.plans()->rowCount() == 1);
}

TEST_CASE("App caseload join: gives up within seconds when the service is down, and Cancel stops it", "[sync][caseload][app][review6]")
{
    RobinOnline w;
    TestDir proDir;
    enrolled(proDir, w);
    auto folder = CaseloadFolder::open(proDir.path(), DatabaseKey::passphrase(kPassphrase));
    REQUIRE(folder);
    auto source = std::make_unique<app::DeviceCaseloadSource>(std::move(folder).value());
    app::DeviceCaseloadSource &device = *source;
    app::CaseloadController caseload(std::move(source));
    const QString link
        = w.invite(QStringLiteral("Ellen"), QStringLiteral("professional"), { QStringLiteral("work:read") }).value(QStringLiteral("link")).toString();
    REQUIRE(waitFor([&] { return !device.sync().isSyncing(); }, 30000)); // signed in, the first round ended
    w.service.stop();
    // The waits the rounds' backoff reaches after some minutes without the service (review 6, #1: 2 to 5+ minutes).
    device.sync().setBackoff(60000, 300000);

    QElapsedTimer clock;
    clock.start();
    caseload.join(link);
    CHECK(caseload.joining());
    // Well before the backoff's 60 s wait (a generous bound: CI runs this under ASan on a busy machine).
    REQUIRE(waitFor([&] { return !caseload.joining(); }, 50000));
    INFO("gave up after " << clock.elapsed() << " ms: " << caseload.error().toStdString());
    CHECK(clock.elapsed() < 40000);
    CHECK(caseload.error() == QStringLiteral("Could not reach the service. Check the internet connection and try again."));
    CHECK(caseload.plans()->rowCount() == 0);

    // Cancel while it runs: it stops at once, says nothing, and the late answer says nothing either.
    caseload.clearError();
    caseload.join(link);
    REQUIRE(caseload.joining());
    caseload.cancelJoin();
    CHECK_FALSE(caseload.joining());
    CHECK(caseload.error().isEmpty());
    waitFor([] { return false; }, 4000);
    CHECK(caseload.error().isEmpty());
    CHECK_FALSE(caseload.joining());
}
