// The real caseload behind the app (DeviceCaseloadSource over a CaseloadFolder: device.db
// and one encrypted store per plan): its rows in the app's words, a plan opened from it
// showing the sync state the caseload's rounds left (never "only on this device": the
// service is named in device.db, not in the plan's store), and erasing one plan's copy
// from the device, which leaves device.db and the other plans as they were.
#include "testdir.h"

#include "domain/demoplan.h"
#include "store/caseloadfolder.h"
#include "store/caseloadsummary.h"
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
#include <QPointer>
#include <QUuid>

using namespace samen;
using samen::app::CaseloadController;
using samen::app::DeviceCaseloadSource;
using samen::test::TestDir;

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
