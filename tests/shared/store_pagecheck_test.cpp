// A page check left for later (PlanStore::PageCheckTiming::Later, issue 18): it still finds
// a byte flipped on disk, on its own connection, and no write lands before it has passed.
// Real SQLCipher files.
#include "store/pagecheck.h"
#include "store/planstore.h"
#include "store_test_support.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <atomic>

using namespace samen;
using samen::test::bigGoalOps;
using samen::test::flipByte;
using samen::test::makeOp;
using samen::test::readRaw;
using samen::test::sha256;
using samen::test::TestDir;

namespace {

constexpr qint64 kPage = 4096;

/**
 * A closed store of many pages: 300 goals, a table that no read or write of the store's own
 * touches (one page: its root), and free pages at the end of the file (a dropped table).
 * Returns the untouched table's page (zero-based).
 */
qint64 writeStore(const QString &dir)
{
    auto store = PlanStore::create(dir, test::testRawKey());
    REQUIRE(store.ok());
    REQUIRE(store.value()->applyLocal(bigGoalOps(0, 300)).ok());
    REQUIRE(store.value()->setSetting(QStringLiteral("planId"), QStringLiteral("plan-1")).ok());
    Database &db = store.value()->database();
    REQUIRE(db.exec(QStringLiteral("CREATE TABLE untouched (x TEXT); INSERT INTO untouched VALUES ('kept apart')")).ok());
    REQUIRE(db.exec(QStringLiteral("CREATE TABLE dropped (x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) "
                                   "INSERT INTO dropped SELECT randomblob(3000) FROM n; DROP TABLE dropped"))
                .ok());
    auto root = db.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'untouched'"));
    REQUIRE(root.ok());
    REQUIRE(db.scalar(QStringLiteral("PRAGMA freelist_count")).value() >= 30);
    return root.value() - 1;
}

/** What is on disk of a store: its file and its WAL (empty when there is none). */
QByteArray onDisk(const QString &dir)
{
    const QString path = PlanStore::databasePath(dir);
    return sha256(readRaw(path) + "|" + readRaw(path + QStringLiteral("-wal")));
}

} // namespace

TEST_CASE("A page check left for later finds a byte flipped in a page no read touches, and nothing is written", "[store][damage][pagecheck]")
{
    TestDir dir;
    const qint64 untouched = writeStore(dir.path());
    const QString path = PlanStore::databasePath(dir.path());
    const qint64 pages = QFileInfo(path).size() / kPage;
    // The untouched table's page, and the last page of the file (a free page).
    const bool last = GENERATE(false, true);
    const qint64 page = last ? pages - 1 : untouched;
    INFO("page " << page + 1 << " of " << pages);
    REQUIRE(flipByte(path, page * kPage + 100));
    const QByteArray before = onDisk(dir.path());

    // The check at open finds it.
    auto atOpen = PlanStore::open(dir.path(), test::testRawKey());
    REQUIRE_FALSE(atOpen.ok());
    CHECK(atOpen.error().code == ErrorCode::Damaged);

    // Left for later, the store opens and reads; the first write waits for the check, which fails.
    auto store = PlanStore::open(dir.path(), test::testRawKey(), PlanStore::PageCheckTiming::Later);
    REQUIRE(store.ok());
    std::shared_ptr<PageCheck> check = store.value()->pendingPageCheck();
    REQUIRE(check);
    CHECK(check->state() == PageCheck::State::Waiting);
    CHECK(store.value()->setting(QStringLiteral("planId")) == QLatin1String("plan-1"));
    CHECK(store.value()->health().ok());

    auto written = store.value()->applyLocal(bigGoalOps(1000, 1));
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == ErrorCode::Damaged);
    CHECK(check->state() == PageCheck::State::Failed);
    REQUIRE_FALSE(store.value()->health().ok());
    CHECK(store.value()->health().error().code == ErrorCode::Damaged);
    CHECK_FALSE(store.value()->setSetting(QStringLiteral("planId"), QStringLiteral("plan-2")).ok());
    store.value().reset();
    CHECK(onDisk(dir.path()) == before);
}

TEST_CASE("A page check left for later that fails on its own makes the store damaged before any write", "[store][damage][pagecheck]")
{
    TestDir dir;
    const qint64 untouched = writeStore(dir.path());
    const QString path = PlanStore::databasePath(dir.path());
    REQUIRE(flipByte(path, untouched * kPage + 100));
    const QByteArray before = onDisk(dir.path());

    auto store = PlanStore::open(dir.path(), test::testRawKey(), PlanStore::PageCheckTiming::Later);
    REQUIRE(store.ok());
    std::shared_ptr<PageCheck> check = store.value()->pendingPageCheck();
    REQUIRE(check);
    std::atomic<bool> reported { true };
    std::atomic<int> calls { 0 };
    check->setOnFinished([&](bool intact) {
        reported = intact;
        ++calls;
    });
    check->start();
    CHECK_FALSE(check->wait());
    // The callback follows the end of wait() on the check's thread.
    for (int i = 0; i < 500 && calls == 0; ++i)
        QThread::msleep(10);
    CHECK(calls == 1);
    CHECK_FALSE(reported);
    CHECK_FALSE(store.value()->health().ok());
    CHECK_FALSE(store.value()->applyLocal(bigGoalOps(1000, 1)).ok());
    store.value().reset();
    CHECK(onDisk(dir.path()) == before);
}

TEST_CASE("A write on a store whose page check is left for later lands only after the check passed", "[store][pagecheck]")
{
    TestDir dir;
    writeStore(dir.path());
    auto store = PlanStore::open(dir.path(), test::testRawKey(), PlanStore::PageCheckTiming::Later);
    REQUIRE(store.ok());
    std::shared_ptr<PageCheck> check = store.value()->pendingPageCheck();
    REQUIRE(check);
    CHECK(check->state() == PageCheck::State::Waiting);

    REQUIRE(store.value()->applyLocal(bigGoalOps(1000, 1)).ok());
    CHECK(check->state() == PageCheck::State::Passed);
    CHECK_FALSE(store.value()->pendingPageCheck()); // later writes no longer wait
    REQUIRE(store.value()->applyLocal(bigGoalOps(1001, 1)).ok());
    CHECK(store.value()->health().ok());
    store.value().reset();
    check.reset();

    // Both writes were saved.
    auto again = PlanStore::open(dir.path(), test::testRawKey());
    REQUIRE(again.ok());
    CHECK(again.value()->entity(QStringLiteral("goal-1001")).has_value());
    CHECK(again.value()->entity(QStringLiteral("goal-1000")).has_value());
}

TEST_CASE("A store closed while its page check runs stops the check and writes nothing", "[store][pagecheck]")
{
    TestDir dir;
    writeStore(dir.path());
    const QByteArray before = onDisk(dir.path());
    {
        auto store = PlanStore::open(dir.path(), test::testRawKey(), PlanStore::PageCheckTiming::Later);
        REQUIRE(store.ok());
        store.value()->pendingPageCheck()->start();
    } // closes the store: the check's thread is stopped and joined, no crash, no leak (ASan)
    auto again = PlanStore::open(dir.path(), test::testRawKey());
    REQUIRE(again.ok());
    again.value().reset();
    CHECK(onDisk(dir.path()) == before);
}
