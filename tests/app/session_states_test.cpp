// The app's Session in the states that used to be dead ends: a damaged plan file (at
// unlock: repair or start over; or found by the page check after the plan shows) and a
// plan file without a plan (start a new plan in it).
#include "store/pagecheck.h"
#include "store/planstore.h"
#include "testdir.h"
#include "ui/plancontroller.h"
#include "ui/session.h"
#include "waitfor.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

using samen::Database;
using samen::DatabaseKey;
using samen::PlanStore;
using samen::app::Session;
using samen::test::flipByte;
using samen::test::readRaw;
using samen::test::TestDir;

namespace {

const QString kPass = QStringLiteral("tess-plan-1");

/** Flips a byte in the page of the entities table (what the plan is shown from). */
void damageEntities(const QString &dataDir)
{
    qint64 root = 0;
    {
        auto store = PlanStore::open(dataDir, DatabaseKey::passphrase(kPass));
        REQUIRE(store.ok());
        root = store.value()->database().scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'entities'")).value();
    }
    REQUIRE(root > 1);
    QFile f(PlanStore::databasePath(dataDir));
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek((root - 1) * 4096 + 300));
    char c = 0;
    REQUIRE(f.getChar(&c));
    REQUIRE(f.seek((root - 1) * 4096 + 300));
    REQUIRE(f.putChar(static_cast<char>(c ^ 0x01)));
}

/** Adds a table that nothing in the app reads or writes, and flips a byte in its page. */
void damageUntouched(const QString &dataDir)
{
    qint64 root = 0;
    {
        auto store = PlanStore::open(dataDir, DatabaseKey::passphrase(kPass));
        REQUIRE(store.ok());
        Database &db = store.value()->database();
        REQUIRE(db.exec(QStringLiteral("CREATE TABLE untouched (x TEXT); INSERT INTO untouched VALUES ('kept apart')")).ok());
        root = db.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'untouched'")).value();
    }
    REQUIRE(root > 1);
    REQUIRE(flipByte(PlanStore::databasePath(dataDir), (root - 1) * 4096 + 300));
}

using samen::test::waitFor;

QStringList keptFolders(const QString &dataDir)
{
    return QDir(dataDir).entryList({ QStringLiteral("damaged-*") }, QDir::Dirs);
}

} // namespace

TEST_CASE("A damaged plan file at unlock shows the damaged state, and repair brings back what can be read", "[session][damage]")
{
    TestDir dir;
    {
        Session first(dir.path(), false);
        REQUIRE(first.createPlan(QStringLiteral("Tess"), QStringLiteral("default"), kPass));
        REQUIRE(first.plan()->setStory(QStringLiteral("Written before the damage")));
        first.lock();
    }
    damageEntities(dir.path());
    const QByteArray damaged = readRaw(PlanStore::databasePath(dir.path()));

    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en")); // what is said is checked below
    CHECK(session.state() == Session::State::Locked);
    CHECK_FALSE(session.unlock(kPass));
    CHECK(session.state() == Session::State::Damaged);
    CHECK(session.plan() == nullptr);
    CHECK_FALSE(session.needsPassphrase()); // the key just typed is held for the repair
    CHECK(readRaw(PlanStore::databasePath(dir.path())) == damaged);

    REQUIRE(session.repair(QString()));
    CHECK(session.state() == Session::State::Unlocked);
    REQUIRE(session.plan() != nullptr);
    CHECK(session.plan()->name() == QLatin1String("Tess"));
    CHECK(session.plan()->story() == QLatin1String("Written before the damage"));
    const QStringList kept = keptFolders(dir.path());
    REQUIRE(kept.size() == 1);
    CHECK(readRaw(PlanStore::databasePath(QDir(dir.path()).filePath(kept.first()))) == damaged);
    // What the repair did is said once the plan shows (before: nothing), until dismissed.
    CHECK(session.repairNotice().startsWith(QStringLiteral("Your plan file was repaired. The damaged file is kept on this device.")));
    session.dismissRepairNotice();
    CHECK(session.repairNotice().isEmpty());
}

TEST_CASE("When nothing of a plan that never connected can be read, repair offers to start a plan, not a join that never comes", "[session][damage]")
{
    TestDir dir;
    {
        Session first(dir.path(), false);
        REQUIRE(first.createPlan(QStringLiteral("Tess"), QStringLiteral("default"), kPass));
        first.lock();
    }
    const QString path = PlanStore::databasePath(dir.path());
    for (qint64 page = 1; page < QFileInfo(path).size() / 4096; ++page) // every page but the first
        REQUIRE(flipByte(path, page * 4096 + 1000));
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    CHECK_FALSE(session.unlock(kPass));
    REQUIRE(session.state() == Session::State::Damaged);
    CHECK_FALSE(session.repair(QString()));
    // Before: a plan id without its plan, shown as a request to join that waits for the owner.
    CHECK(session.state() == Session::State::NoPlan);
    CHECK(session.stateMessage().startsWith(QStringLiteral("Samen made a new plan file and kept the damaged one.")));
    REQUIRE(session.startPlanHere(QStringLiteral("Tess"), QStringLiteral("default"), QString()));
    REQUIRE(session.plan() != nullptr);
    CHECK(session.plan()->name() == QLatin1String("Tess"));
    CHECK(keptFolders(dir.path()).size() == 1);
}

TEST_CASE("A damaged salt is repaired in the app with nothing lost, and the app says so until the plan is locked", "[session][damage]")
{
    TestDir dir;
    {
        Session first(dir.path(), false);
        REQUIRE(first.createPlan(QStringLiteral("Tess"), QStringLiteral("default"), kPass));
        REQUIRE(first.plan()->setStory(QStringLiteral("Written before the damage")));
        first.lock();
    }
    REQUIRE(flipByte(PlanStore::databasePath(dir.path()), 5)); // inside SQLCipher's salt, the file's first 16 bytes
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("nl")); // and in Dutch
    CHECK_FALSE(session.unlock(kPass));
    REQUIRE(session.state() == Session::State::Damaged);
    REQUIRE(session.repair(QString()));
    REQUIRE(session.plan() != nullptr);
    CHECK(session.plan()->story() == QLatin1String("Written before the damage"));
    CHECK(session.repairNotice()
          == QStringLiteral("Alleen het begin van je planbestand was beschadigd. Het is teruggezet vanuit de kopie, en er is niets verloren."));
    session.lock();
    CHECK(session.repairNotice().isEmpty());
}

TEST_CASE("A damaged page found after the plan shows closes it as damaged, and nothing was written", "[session][damage]")
{
    TestDir dir;
    {
        Session first(dir.path(), false);
        REQUIRE(first.createPlan(QStringLiteral("Tess"), QStringLiteral("default"), kPass));
        REQUIRE(first.plan()->setStory(QStringLiteral("Written before the damage")));
        first.lock();
    }
    damageUntouched(dir.path());
    const QByteArray damaged = readRaw(PlanStore::databasePath(dir.path()));

    // The plan shows at once: its pages are checked after that (the first frame), on a thread of their own.
    Session session(dir.path(), false);
    REQUIRE(session.unlock(kPass));
    CHECK(session.state() == Session::State::Unlocked);
    REQUIRE(session.plan() != nullptr);
    CHECK(session.plan()->story() == QLatin1String("Written before the damage"));
    // A change made before the check ended waits for it and is refused.
    CHECK_FALSE(session.plan()->setStory(QStringLiteral("Written before the check ended")));

    REQUIRE(waitFor([&] { return session.state() == Session::State::Damaged; }, 10000));
    CHECK(session.plan() == nullptr);
    CHECK(readRaw(PlanStore::databasePath(dir.path())) == damaged);
    CHECK(readRaw(PlanStore::databasePath(dir.path()) + QStringLiteral("-wal")).isEmpty());
}

TEST_CASE("A plan whose pages are intact stays open after the check, and changes are saved", "[session][damage]")
{
    TestDir dir;
    {
        Session first(dir.path(), false);
        REQUIRE(first.createPlan(QStringLiteral("Tess"), QStringLiteral("default"), kPass));
        first.lock();
    }
    Session session(dir.path(), false);
    REQUIRE(session.unlock(kPass));
    REQUIRE(session.plan() != nullptr);
    std::shared_ptr<samen::PageCheck> check = session.plan()->store().pendingPageCheck();
    REQUIRE(check);
    REQUIRE(waitFor([&] { return check->state() == samen::PageCheck::State::Passed; }, 10000));
    QCoreApplication::processEvents();
    CHECK(session.state() == Session::State::Unlocked);
    REQUIRE(session.plan()->setStory(QStringLiteral("Written after the check")));
    session.lock();
    REQUIRE(waitFor([&] { return session.plan() == nullptr; }, 1000));
    REQUIRE(session.unlock(kPass));
    CHECK(session.plan()->story() == QLatin1String("Written after the check"));
}

TEST_CASE("An empty plan file is damaged, not a new plan, and starting over keeps it aside", "[session][damage]")
{
    TestDir dir;
    {
        QFile empty(PlanStore::databasePath(dir.path()));
        REQUIRE(empty.open(QIODevice::WriteOnly));
    }
    Session session(dir.path(), false);
    CHECK(session.state() == Session::State::Locked);
    CHECK_FALSE(session.unlock(kPass));
    CHECK(session.state() == Session::State::Damaged);
    CHECK(QFileInfo(PlanStore::databasePath(dir.path())).size() == 0);

    REQUIRE(session.startOver());
    CHECK(session.state() == Session::State::Welcome);
    CHECK_FALSE(PlanStore::exists(dir.path()));
    CHECK(keptFolders(dir.path()).size() == 1);
    REQUIRE(session.createPlan(QStringLiteral("Tess"), QStringLiteral("default"), kPass));
    CHECK(session.state() == Session::State::Unlocked);
}

TEST_CASE("A plan file without a plan says why, and a new plan can be started in it", "[session][deadend]")
{
    TestDir dir;
    {
        auto store = PlanStore::create(dir.path(), DatabaseKey::passphrase(kPass));
        REQUIRE(store.ok());
        REQUIRE(store.value()->setSetting(QStringLiteral("sync.withdrawalNotice"), QStringLiteral("Robin has removed you from the plan.")));
    }
    Session session(dir.path(), false);
    CHECK_FALSE(session.unlock(kPass));
    CHECK(session.state() == Session::State::NoPlan);
    CHECK(session.stateMessage() == QLatin1String("Robin has removed you from the plan."));
    CHECK(session.error().isEmpty());

    CHECK_FALSE(session.startPlanHere(QString(), QStringLiteral("default"), QString()));
    CHECK_FALSE(session.error().isEmpty());
    REQUIRE(session.startPlanHere(QStringLiteral("Sam"), QStringLiteral("default"), QString()));
    CHECK(session.state() == Session::State::Unlocked);
    CHECK(session.plan()->name() == QLatin1String("Sam"));
    session.lock();
    REQUIRE(session.unlock(kPass));
    CHECK(session.plan()->name() == QLatin1String("Sam"));
}
