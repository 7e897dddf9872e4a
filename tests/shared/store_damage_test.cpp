// A damaged store is reported as damaged, never read as an empty plan, never written
// through and never replaced: byte flips in the first, a middle and the last page, in
// the WAL, an empty file and a file cut short, on real SQLCipher files.
#include "store/planstore.h"
#include "store_test_support.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace samen;
using samen::test::bigGoalOps;
using samen::test::flipByte;
using samen::test::makeOp;
using samen::test::readRaw;
using samen::test::sha256;
using samen::test::TestDir;

namespace {

constexpr qint64 kPage = 4096;
constexpr qint64 kWalHeader = 32;
constexpr qint64 kFrameHeader = 24;

/** A closed store of many pages (every entity spans several tables and indexes). */
void writeStore(const QString &dir)
{
    auto store = PlanStore::create(dir, test::testRawKey());
    REQUIRE(store.ok());
    REQUIRE(store.value()->applyLocal(bigGoalOps(0, 300)).ok());
    REQUIRE(store.value()->setSetting(QStringLiteral("planId"), QStringLiteral("plan-1")).ok());
}

void copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
}

} // namespace

TEST_CASE("A byte flipped in the first, a middle or the last page makes the store damaged, not a wrong key and not an empty plan", "[store][damage]")
{
    TestDir dir;
    writeStore(dir.path());
    const QString path = PlanStore::databasePath(dir.path());
    const qint64 pages = QFileInfo(path).size() / kPage;
    REQUIRE(pages >= 20);
    const qint64 page = GENERATE_COPY(qint64(0), pages / 2, pages - 1); // zero-based
    INFO("page " << page + 1 << " of " << pages);
    REQUIRE(flipByte(path, page * kPage + 100));
    const QByteArray before = sha256(readRaw(path));

    auto store = PlanStore::open(dir.path(), test::testRawKey());
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == ErrorCode::Damaged);
    CHECK(sha256(readRaw(path)) == before);
    CHECK(QFileInfo::exists(path));
    // A wrong key is still told apart from damage.
    auto wrong = PlanStore::open(dir.path(), test::testRawKey(9));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::WrongKey);
}

TEST_CASE("A page damaged while the store is open makes every read report damage and every write fail", "[store][damage]")
{
    TestDir dir;
    writeStore(dir.path());
    const QString path = PlanStore::databasePath(dir.path());
    auto store = PlanStore::open(dir.path(), test::testRawKey());
    REQUIRE(store.ok());
    REQUIRE(store.value()->health().ok());
    // Every page but the first (already read) gets a flipped byte behind the store's back.
    const qint64 pages = QFileInfo(path).size() / kPage;
    for (qint64 p = 1; p < pages; ++p)
        REQUIRE(flipByte(path, p * kPage + 100));
    const QByteArray before = sha256(readRaw(path));

    // The reads answer what they could read (nothing) but the store knows it is damaged.
    CHECK(store.value()->entities(QStringLiteral("plan-1"), QStringLiteral("goal")).isEmpty());
    REQUIRE_FALSE(store.value()->health().ok());
    CHECK(store.value()->health().error().code == ErrorCode::Damaged);
    // Nothing is written through: not an edit, not a setting, not a sync mark.
    const Status edit = store.value()->applyLocal(bigGoalOps(1000, 1));
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.error().code == ErrorCode::Damaged);
    const Status setting = store.value()->setSetting(QStringLiteral("note"), QStringLiteral("x"));
    REQUIRE_FALSE(setting.ok());
    CHECK(setting.error().code == ErrorCode::Damaged);
    CHECK(store.value()->markPushed({ QStringLiteral("op-1") }).error().code == ErrorCode::Damaged);
    store.value().reset();
    CHECK(sha256(readRaw(path)) == before);
}

TEST_CASE("An empty or cut-short file is damaged and is never replaced by a new store", "[store][damage]")
{
    TestDir dir;
    writeStore(dir.path());
    const QString path = PlanStore::databasePath(dir.path());
    const qint64 size = QFileInfo(path).size();
    const qint64 keep = GENERATE_COPY(qint64(0), size - kPage, size / 2, kPage);
    INFO("kept " << keep << " of " << size << " bytes");
    REQUIRE(QFile::resize(path, keep));

    auto store = PlanStore::open(dir.path(), test::testRawKey());
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == ErrorCode::Damaged);
    CHECK(QFileInfo(path).size() == keep);
    // Making a new store over it is refused too: the damaged file stays for a rebuild.
    auto made = PlanStore::create(dir.path(), test::testRawKey());
    REQUIRE_FALSE(made.ok());
    CHECK(QFileInfo(path).size() == keep);
}

TEST_CASE("A byte flipped in the WAL is damage, not a silent loss of the changes after it", "[store][damage]")
{
    TestDir live;
    TestDir copy;
    auto store = PlanStore::create(live.path(), test::testRawKey());
    REQUIRE(store.ok());
    REQUIRE(store.value()->applyLocal(bigGoalOps(0, 100)).ok());
    REQUIRE(store.value()->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    // Three more saves live only in the WAL while the store is open.
    for (int batch = 0; batch < 3; ++batch)
        REQUIRE(store.value()->applyLocal(bigGoalOps(100 + batch * 10, 10)).ok());
    const QString from = PlanStore::databasePath(live.path());
    const QString to = PlanStore::databasePath(copy.path());
    const qint64 walSize = QFileInfo(from + QStringLiteral("-wal")).size();
    REQUIRE(walSize > kWalHeader + 4 * (kPage + kFrameHeader));

    SECTION("intact, the copy holds every save")
    {
        copyFile(from, to);
        copyFile(from + QStringLiteral("-wal"), to + QStringLiteral("-wal"));
        auto opened = PlanStore::open(copy.path(), test::testRawKey());
        REQUIRE(opened.ok());
        CHECK(opened.value()->operationCount() == 130);
    }
    SECTION("a flip in the first frame's page, the WAL header or a frame header")
    {
        const qint64 offset = GENERATE(kWalHeader + kFrameHeader + 100, qint64(12), kWalHeader + 8);
        INFO("offset " << offset);
        copyFile(from, to);
        copyFile(from + QStringLiteral("-wal"), to + QStringLiteral("-wal"));
        REQUIRE(flipByte(to + QStringLiteral("-wal"), offset));
        const QByteArray before = sha256(readRaw(to)) + sha256(readRaw(to + QStringLiteral("-wal")));
        auto opened = PlanStore::open(copy.path(), test::testRawKey());
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::Damaged);
        CHECK(sha256(readRaw(to)) + sha256(readRaw(to + QStringLiteral("-wal"))) == before);
    }
    SECTION("a flip in a frame's page with the WAL index kept: the page's HMAC fails when read")
    {
        copyFile(from, to);
        copyFile(from + QStringLiteral("-wal"), to + QStringLiteral("-wal"));
        copyFile(from + QStringLiteral("-shm"), to + QStringLiteral("-shm"));
        REQUIRE(flipByte(to + QStringLiteral("-wal"), kWalHeader + kFrameHeader + 100));
        auto opened = PlanStore::open(copy.path(), test::testRawKey());
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::Damaged);
    }
}

TEST_CASE("A journal left without its plan file is kept aside, never overwritten by a new store", "[store][damage]")
{
    TestDir dir;
    const QString path = PlanStore::databasePath(dir.path());
    QByteArray journal;
    {
        auto store = PlanStore::create(dir.path(), test::testRawKey());
        REQUIRE(store.ok());
        // Saved changes that still live in the WAL only (checkpoints off: see Database::open).
        REQUIRE(store.value()->applyLocal(bigGoalOps(0, 20)).ok());
        journal = readRaw(path + QStringLiteral("-wal"));
        REQUIRE(journal.size() > 0);
        REQUIRE(QFile::remove(path)); // the plan file is lost while its journal stays
    }
    {
        // Closing may have folded the WAL into the (now deleted) file: the journal as it was before.
        QFile wal(path + QStringLiteral("-wal"));
        REQUIRE(wal.open(QIODevice::WriteOnly));
        REQUIRE(wal.write(journal) == journal.size());
    }
    auto fresh = PlanStore::create(dir.path(), test::testRawKey());
    REQUIRE(fresh.ok());
    const QStringList kept = QDir(dir.path()).entryList({ QStringLiteral("damaged-*") }, QDir::Dirs);
    REQUIRE(kept.size() == 1);
    CHECK(readRaw(QDir(dir.file(kept.first())).filePath(QStringLiteral("samen.db-wal"))) == journal);
}
