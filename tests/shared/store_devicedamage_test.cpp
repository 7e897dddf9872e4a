// A professional's damaged device.db is said as damage of the caseload file, wherever the
// damaged page is: never read as a caseload without plans or a device never connected
// (new-user trial after stop 32: a byte flipped past the first page read as "your
// caseload holds no plan yet"). Real SQLCipher files.
#include "store/caseloadfolder.h"
#include "store/devicestore.h"
#include "store_test_support.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QJsonObject>

using namespace samen;
using samen::test::flipByte;
using samen::test::readRaw;
using samen::test::sha256;
using samen::test::TestDir;

namespace {

constexpr qint64 kPage = 4096;

/** A closed device.db with its identity and a caseload of 60 plans: several pages. */
void writeDevice(const QString &dir)
{
    auto device = DeviceStore::create(dir, test::testRawKey());
    REQUIRE(device.ok());
    REQUIRE(device.value()->setSetting(QStringLiteral("sync.deviceId"), QStringLiteral("device-1")).ok());
    for (int i = 0; i < 60; ++i) {
        const QJsonObject row { { QStringLiteral("citizen"), QStringLiteral("Citizen %1").arg(i) },
                                { QStringLiteral("attention"), i % 3 },
                                { QStringLiteral("summary"), QString(200, QLatin1Char('x')) } };
        REQUIRE(device.value()->addPlan(QStringLiteral("plan-%1").arg(i), row).ok());
    }
}

} // namespace

TEST_CASE("A byte flipped in any page of device.db makes the caseload damaged, never empty", "[store][damage][caseload]")
{
    TestDir dir;
    writeDevice(dir.path());
    const QString path = DeviceStore::databasePath(dir.path());
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal"))); // all pages in the file itself
    const qint64 pages = QFileInfo(path).size() / kPage;
    REQUIRE(pages >= 5);
    const qint64 page = GENERATE_COPY(qint64(0), qint64(1), pages / 2, pages - 1); // zero-based
    INFO("page " << page + 1 << " of " << pages);
    REQUIRE(flipByte(path, page * kPage + 100));
    const QByteArray before = sha256(readRaw(path));

    auto device = DeviceStore::open(dir.path(), test::testRawKey());
    REQUIRE_FALSE(device.ok());
    CHECK(device.error().code == ErrorCode::Damaged);

    auto folder = CaseloadFolder::open(dir.path(), test::testRawKey());
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().code == ErrorCode::Damaged);
    // The caseload file by name, and the way back that works: plans come back at the new device's first sync.
    CHECK(folder.error().message.contains(QStringLiteral("caseload file (device.db")));
    CHECK(folder.error().message.contains(QStringLiteral("first sync")));
    CHECK_FALSE(folder.error().message.contains(QStringLiteral("invite you again")));
    CHECK(sha256(readRaw(path)) == before); // nothing written
}

TEST_CASE("An intact device.db opens with its whole caseload", "[store][caseload]")
{
    TestDir dir;
    writeDevice(dir.path());
    auto device = DeviceStore::open(dir.path(), test::testRawKey());
    REQUIRE(device.ok());
    CHECK(device.value()->planIds().size() == 60);
    CHECK(device.value()->setting(QStringLiteral("sync.deviceId")) == QStringLiteral("device-1"));
}
