// The real caseload behind the app (DeviceCaseloadSource over a CaseloadFolder: device.db
// and one encrypted store per plan): its rows in the app's words, a plan opened from it
// showing the sync state the caseload's rounds left (never "only on this device": the
// service is named in device.db, not in the plan's store), and erasing one plan's copy
// from the device, which leaves device.db and the other plans as they were.
#include "cliprocess.h"
#include "faketime.h"
#include "testdir.h"
#include "waitfor.h"

#include "domain/demoplan.h"
#include "store/caseloadfolder.h"
#include "store/caseloadsummary.h"
#include "sync/caseloadsync.h"
#include "sync/devicekey.h"
#include "sync/hlcclock.h"
#include "ui/caseload/caseloadcontroller.h"
#include "ui/caseload/caseloadmodel.h"
#include "ui/caseload/devicecaseloadsource.h"
#include "ui/plancontroller.h"
#include "ui/syncstatus.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QPointer>
#include <QTcpServer>
#include <QUuid>

using namespace samen;
using samen::app::CaseloadController;
using samen::app::DeviceCaseloadSource;
using samen::test::CliRun;
using samen::test::runCli;
using samen::test::TestDir;
using samen::test::waitFor;

namespace {

const DatabaseKey kDeviceKey = DatabaseKey::passphrase(QStringLiteral("correct horse 42"));

/** Adds Robin's demo plan to the folder as a joined member's copy that has synced once; returns its id. */
QString addSyncedPlan(CaseloadFolder &folder, const QString &citizen)
{
    HlcClock clock(QUuid::createUuid().toString(QUuid::Id128).right(12));
    const auto demo = buildDemoPlan(clock, QDate::currentDate());
    REQUIRE(demo);
    auto store = folder.addPlan(demo->planId, QJsonObject { { QStringLiteral("citizen"), citizen } });
    REQUIRE(store);
    REQUIRE(store.value()->applyRemote(demo->ops)); // as a round brings it: nothing waits to be sent
    REQUIRE(store.value()->setSettings({ { QStringLiteral("planId"), demo->planId },
                                         { QStringLiteral("memberId"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                                         { QStringLiteral("sync.serviceMemberId"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                                         { QStringLiteral("sync.role"), QStringLiteral("member") },
                                         { QStringLiteral("sync.lastSyncedAt"), QString::number(QDateTime::currentMSecsSinceEpoch()) } }));
    QJsonObject row = CaseloadSummary::of(*store.value(), QDateTime::currentDateTimeUtc());
    row.insert(QStringLiteral("citizen"), citizen);
    REQUIRE(folder.device().saveRow(demo->planId, row));
    return demo->planId;
}

} // namespace

TEST_CASE("A plan opened from the real caseload shows the caseload's sync state, and erasing its copy leaves the rest", "[caseload]")
{
    TestDir dir;
    QString robin, sam;
    {
        auto folder = CaseloadFolder::create(dir.path(), kDeviceKey);
        REQUIRE(folder);
        // The service is named in device.db only (not enrolled here: no round starts in this test).
        REQUIRE(folder.value()->device().setSetting(QStringLiteral("sync.service"), QStringLiteral("https://127.0.0.1:9")));
        robin = addSyncedPlan(*folder.value(), QStringLiteral("Robin"));
        sam = addSyncedPlan(*folder.value(), QStringLiteral("Sam"));
    }
    auto folder = CaseloadFolder::open(dir.path(), kDeviceKey);
    REQUIRE(folder);
    CaseloadController caseload(std::make_unique<DeviceCaseloadSource>(std::move(folder).value()));
    REQUIRE(caseload.plans()->total() == 2);

    REQUIRE(caseload.openPlan(robin));
    REQUIRE(caseload.currentPlan());
    // The caseload's rounds keep it in step: the last one ended well, so it reads as synced (before: "local").
    CHECK(caseload.currentPlan()->sync()->state() == QStringLiteral("synced"));
    CHECK(caseload.currentName() == QStringLiteral("Robin"));

    // Erasing Robin's copy: the plan closes, its folder and key go; Sam's plan and device.db stay.
    QPointer<samen::app::PlanController> open = caseload.currentPlan();
    const QString robinDir = dir.path() + QStringLiteral("/plans/") + robin;
    REQUIRE(QDir(robinDir).exists());
    caseload.eraseFromDevice(robin, QStringLiteral("Your copy of the plan is erased from this device. The plan itself stays with its owner."));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(open.isNull());
    CHECK_FALSE(QDir(robinDir).exists());
    CHECK(caseload.error().isEmpty());
    CHECK(caseload.plans()->total() == 1);
    CHECK(caseload.notice().contains(QStringLiteral("stays with its owner")));
    CHECK(QFile::exists(dir.path() + QStringLiteral("/device.db")));
    REQUIRE(caseload.openPlan(sam));
    CHECK(caseload.currentPlan()->sync()->state() == QStringLiteral("synced"));
}

TEST_CASE("An open caseload plan's status line says the service cannot be reached when the caseload's rounds fail, not that all is up to date",
          "[caseload][review3]")
{
    // Review 3, #17: the service down, the plan said "Everything is up to date." (its own last round had ended well;
    // the caseload's round that failed never reached its status line).
    TestDir dir;
    QString robin;
    quint16 closedPort = 0;
    {
        QTcpServer probe; // a port nobody listens on: the service is down
        REQUIRE(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    {
        auto folder = CaseloadFolder::create(dir.path(), kDeviceKey);
        REQUIRE(folder);
        DeviceStore &device = folder.value()->device();
        REQUIRE(device.setSettings({ { QStringLiteral("sync.service"), QStringLiteral("https://127.0.0.1:%1").arg(closedPort) },
                                     { QStringLiteral("sync.deviceId"), QUuid::createUuid().toString(QUuid::WithoutBraces) } }));
        REQUIRE(DeviceKey::loadOrCreate(device)); // enrolled: the source starts its rounds at once
        robin = addSyncedPlan(*folder.value(), QStringLiteral("Robin"));
    }
    auto folder = CaseloadFolder::open(dir.path(), kDeviceKey);
    REQUIRE(folder);
    CaseloadFolder &opened = *folder.value();
    CaseloadController caseload(std::make_unique<DeviceCaseloadSource>(std::move(folder).value()));
    REQUIRE(caseload.openPlan(robin));
    samen::app::SyncStatus *status = caseload.currentPlan()->sync();
    CHECK(status->state() == QStringLiteral("synced")); // its last round ended well; no round of the caseload has ended yet

    // The caseload's first round tries the service (three attempts), then gives up: the open plan says so.
    REQUIRE(waitFor([&] { return CaseloadSync::offlineSince(opened.device()).isValid(); }, 60000));
    REQUIRE(waitFor([&] { return status->state() == QStringLiteral("offline"); }));
    CHECK(status->offlineSince().isValid());
    CHECK(status->offlineSince() <= QDateTime::currentDateTime());
}

TEST_CASE("A caseload row read by the app counts an overdue agreement once and works out overdue steps on the day it is shown", "[caseload][review4]")
{
    // Review 4, R4-6: the card said "2 agreements" for one overdue agreement (the row's agreementsDue counts it already).
    const QDate today = QDate::currentDate();
    const QJsonObject row {
        { QStringLiteral("planId"), QStringLiteral("p1") },
        { QStringLiteral("citizen"), QStringLiteral("Robin") },
        { QStringLiteral("agreementsDue"), 1 },
        { QStringLiteral("agreementsOverdue"), 1 },
        { QStringLiteral("stepsForMe"),
          QJsonArray { QJsonObject { { QStringLiteral("title"), QStringLiteral("Call") }, { QStringLiteral("due"), today.addDays(-3).toString(Qt::ISODate) } },
                       QJsonObject { { QStringLiteral("title"), QStringLiteral("Write") }, { QStringLiteral("due"), today.addDays(4).toString(Qt::ISODate) } },
                       QJsonObject { { QStringLiteral("title"), QStringLiteral("Ask") }, { QStringLiteral("due"), QString() } } } },
        { QStringLiteral("joined"), QStringLiteral("2026-11-02") },
        { QStringLiteral("refused"), 2 }
    };
    const samen::app::CaseloadItem item = DeviceCaseloadSource::item(row);
    CHECK(item.agreementsDue == 1);
    CHECK(item.agreementsOverdue == 1);
    CHECK(item.stepsAssigned == 3);
    CHECK(item.stepsOverdue == 1); // worked out today: the row may be days old
    CHECK(item.firstStepDue == today.addDays(-3));
    CHECK(item.joined == QDate(2026, 11, 2));
    CHECK(item.refused == 2);
    samen::app::CaseloadModel model;
    model.setItems({ item });
    const QString agreements = model.get(0).value(QStringLiteral("agreementsText")).toString();
    CHECK(agreements.startsWith(QStringLiteral("1 ")));
    CHECK(agreements.endsWith(QStringLiteral(", 1 overdue")));

    // Review 4, R4-21: a plan still waiting to be let in says so on its card.
    QJsonObject waiting = row;
    waiting.insert(QStringLiteral("waiting"), true);
    model.setItems({ DeviceCaseloadSource::item(waiting) });
    CHECK(model.get(0).value(QStringLiteral("accessNoteText")).toString() == QStringLiteral("Waiting for Robin to let you in."));
}

TEST_CASE("A caseload row's figures that depend on the date are worked out when shown, with no round in between", "[caseload][review4]")
{
    // Review 4, R4-26: the counts were those of the plan's last round, so a quiet citizen's agreement that became due
    // was never counted. Robin's demo plan has open agreements to look back on in 10, 21 and 21 days.
    TestDir dir;
    QString robin;
    {
        auto folder = CaseloadFolder::create(dir.path(), DatabaseKey::passphrase(QStringLiteral("correct horse 42")));
        REQUIRE(folder);
        robin = addSyncedPlan(*folder.value(), QStringLiteral("Robin"));
    }
    QJsonObject row;
    {
        auto folder = CaseloadFolder::open(dir.path(), DatabaseKey::passphrase(QStringLiteral("correct horse 42")));
        REQUIRE(folder);
        row = folder.value()->device().row(robin);
    }
    const QDateTime now = QDateTime::currentDateTime();
    const auto today = DeviceCaseloadSource::item(row, now);
    CHECK(today.agreementsDue == 1);
    CHECK(today.agreementsOverdue == 0);
    const auto inEightDays = DeviceCaseloadSource::item(row, now.addDays(8));
    CHECK(inEightDays.agreementsDue == 3);
    CHECK(inEightDays.agreementsOverdue == 0);
    CHECK(inEightDays.attention > today.attention);
    const auto inAMonth = DeviceCaseloadSource::item(row, now.addDays(30));
    CHECK(inAMonth.agreementsDue == 3);
    CHECK(inAMonth.agreementsOverdue == 3);
    // A planned meeting that has passed is no longer "next".
    if (today.nextMeeting.isValid())
        CHECK((!inAMonth.nextMeeting.isValid() || inAMonth.nextMeeting > now.addDays(30)));

    // samen-cli caseload the same, its clock moved on with libfaketime: no round, the figures of that day.
    const auto caseload = [&](const QString &offset) {
        const CliRun run = runCli(dir.path(), { QStringLiteral("--json"), QStringLiteral("caseload") }, QStringLiteral("correct horse 42"),
                                  offset.isEmpty() ? QProcessEnvironment() : samen::test::fakeTime(offset));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.object().value(QStringLiteral("plans")).toArray().first().toObject();
    };
    CHECK(caseload(QString()).value(QStringLiteral("agreementsDue")).toInt() == 1);
    const QJsonObject later = caseload(QStringLiteral("+8d"));
    CHECK(later.value(QStringLiteral("agreementsDue")).toInt() == 3);
    CHECK(later.value(QStringLiteral("agreementsOverdue")).toInt() == 0);
    CHECK(caseload(QStringLiteral("+30d")).value(QStringLiteral("agreementsOverdue")).toInt() == 3);
}
