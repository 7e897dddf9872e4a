// samen-cli on damaged plan files and in every state of a device without a plan:
// real SQLCipher files, the real binary; each state names its next step.
#include "cliprocess.h"
#include "testdir.h"

#include "store/planstore.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace samen;
using namespace samen::test;

namespace {

constexpr qint64 kPage = 4096;
const QString kPass = QStringLiteral("correct horse 42");

QString dbPath(const TestDir &dir)
{
    return QDir(dir.path()).filePath(QStringLiteral("samen.db"));
}

QByteArray hashOf(const QString &path)
{
    return QCryptographicHash::hash(readRaw(path), QCryptographicHash::Sha256);
}

CliRun cli(const TestDir &dir, const QStringList &args)
{
    return runCli(dir.path(), args);
}

/** The damaged answer: exit 5, the plain sentence and its next step, nothing reported done. */
void checkDamaged(const CliRun &run)
{
    INFO(run.err.constData());
    CHECK(run.exitCode == 5);
    CHECK(run.err.contains("damaged"));
    CHECK(run.err.contains(run.suggested("repair")));
    CHECK_FALSE(run.out.contains("saved"));
    CHECK_FALSE(run.out.contains("Plan:"));
}

} // namespace

TEST_CASE("A byte flipped in the first, a middle or the last page: every command exits 5 as damaged and nothing is written", "[cli][damage]")
{
    TestDir dir;
    REQUIRE(cli(dir, { QStringLiteral("demo"), QStringLiteral("--extra-goals"), QStringLiteral("30") }).exitCode == 0);
    const qint64 pages = QFileInfo(dbPath(dir)).size() / kPage;
    REQUIRE(pages >= 20);
    const qint64 page = GENERATE_COPY(qint64(0), pages / 2, pages - 1);
    INFO("page " << page + 1 << " of " << pages);
    REQUIRE(flipByte(dbPath(dir), page * kPage + 200));
    const QByteArray before = hashOf(dbPath(dir));

    checkDamaged(cli(dir, { QStringLiteral("plan"), QStringLiteral("show") }));
    checkDamaged(cli(dir, { QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("show") }));
    checkDamaged(cli(dir, { QStringLiteral("story"), QStringLiteral("set"), QStringLiteral("A new story") }));
    checkDamaged(cli(dir, { QStringLiteral("goal"), QStringLiteral("list") }));
    // Not "There is already a plan", not a new empty plan: the same next step.
    checkDamaged(cli(dir, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Tess") }));
    CHECK(hashOf(dbPath(dir)) == before);
}

TEST_CASE("repair of a plan that never connected keeps its goals when any one page is damaged, and empties the folder when none can be read", "[cli][damage]")
{
    TestDir dir;
    REQUIRE(cli(dir, { QStringLiteral("demo") }).exitCode == 0);
    const QByteArray goals = cli(dir, { QStringLiteral("goal"), QStringLiteral("list") }).out;
    const qint64 pages = QFileInfo(dbPath(dir)).size() / kPage;
    // Pages 3 to 5 of a new demo plan hold the operations' root and index pages: before, repair kept none of its changes.
    for (qint64 page = 2; page <= 6; ++page) {
        TestDir copy;
        for (const QString &name : { QStringLiteral("samen.db"), QStringLiteral("samen.db-salt") })
            REQUIRE(QFile::copy(QDir(dir.path()).filePath(name), QDir(copy.path()).filePath(name)));
        REQUIRE(flipByte(dbPath(copy), (page - 1) * kPage + 1000));
        INFO("page " << page);
        REQUIRE(runCli(copy.path(), { QStringLiteral("repair") }).exitCode == 0);
        const CliRun listed = runCli(copy.path(), { QStringLiteral("goal"), QStringLiteral("list") });
        CHECK(listed.exitCode == 0);
        CHECK(listed.out.count("\n") * 10 >= goals.count("\n") * 8); // nearly all, and never "you asked to join this plan"
        CHECK_FALSE(listed.err.contains("asked to join"));
    }
    // Every page but the first damaged: nothing of the plan can be read, and it was never at a service.
    for (qint64 page = 2; page <= pages; ++page)
        REQUIRE(flipByte(dbPath(dir), (page - 1) * kPage + 1000));
    const CliRun repaired = cli(dir, { QStringLiteral("repair") });
    INFO(repaired.out.constData() << repaired.err.constData());
    CHECK(repaired.exitCode == 0);
    CHECK(repaired.out.contains("Nothing of your plan could be read from the damaged file"));
    CHECK(repaired.out.contains(repaired.suggested("init --name NAME")));
    CHECK_FALSE(QFileInfo::exists(dbPath(dir))); // before: a file with only the plan's id, "you asked to join this plan", and init refused
    CHECK(cli(dir, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Tess") }).exitCode == 0);
    CHECK(QDir(dir.path()).entryList({ QStringLiteral("damaged-*") }, QDir::Dirs).size() == 1); // the damaged file is kept
}

TEST_CASE("A byte flipped in the salt reads as damaged, not as a wrong passphrase, and repair writes it back with nothing lost", "[cli][damage]")
{
    TestDir dir;
    REQUIRE(cli(dir, { QStringLiteral("demo") }).exitCode == 0);
    const QString salt = dbPath(dir) + QStringLiteral("-salt");
    REQUIRE(readRaw(salt) == readRaw(dbPath(dir)).left(16)); // kept at every open with the key
    const QByteArray goals = cli(dir, { QStringLiteral("goal"), QStringLiteral("list") }).out;
    REQUIRE_FALSE(goals.isEmpty());
    // Intact, repair has nothing to do: an answer, exit 0, as on a professional's device (trial after stop 36: exit 1).
    const QByteArray intact = hashOf(dbPath(dir));
    const CliRun nothing = cli(dir, { QStringLiteral("repair") });
    CHECK(nothing.exitCode == 0);
    CHECK(nothing.out.contains("Your plan file can be read: there is nothing to repair."));
    CHECK(hashOf(dbPath(dir)) == intact);

    // SQLCipher's salt is the file's first 16 bytes: every page then fails, as under a wrong passphrase (exit 4 before).
    const qint64 offset = GENERATE(qint64(0), qint64(15));
    REQUIRE(flipByte(dbPath(dir), offset));
    checkDamaged(cli(dir, { QStringLiteral("goal"), QStringLiteral("list") }));
    checkDamaged(runCli(dir.path(), { QStringLiteral("plan"), QStringLiteral("show") }, QStringLiteral("another passphrase")));
    // repair under a wrong passphrase rebuilds nothing (before: a new, empty store under that passphrase).
    const QByteArray damagedFile = hashOf(dbPath(dir));
    const CliRun wrong = runCli(dir.path(), { QStringLiteral("repair") }, QStringLiteral("another passphrase"));
    CHECK(wrong.exitCode == 4);
    CHECK(hashOf(dbPath(dir)) == damagedFile);
    CHECK(QDir(dir.path()).entryList({ QStringLiteral("damaged-*") }, QDir::Dirs).isEmpty());

    const CliRun repaired = cli(dir, { QStringLiteral("repair") });
    INFO(repaired.err.constData());
    REQUIRE(repaired.exitCode == 0);
    CHECK(repaired.out.contains("nothing was lost"));
    CHECK(cli(dir, { QStringLiteral("goal"), QStringLiteral("list") }).out == goals);
    const QStringList kept = QDir(dir.path()).entryList({ QStringLiteral("damaged-*") }, QDir::Dirs);
    REQUIRE(kept.size() == 1);
    CHECK(QFile::exists(QDir(dir.path()).filePath(kept.first() + QStringLiteral("/samen.db.as-found"))));

    // A wrong passphrase on the whole file still says so.
    CHECK(runCli(dir.path(), { QStringLiteral("goal"), QStringLiteral("list") }, QStringLiteral("another passphrase")).exitCode == 4);
}

TEST_CASE("A damaged copy of the salt heals at the next open, and a file without one still opens", "[cli][damage]")
{
    TestDir dir;
    REQUIRE(cli(dir, { QStringLiteral("demo") }).exitCode == 0);
    const QString salt = dbPath(dir) + QStringLiteral("-salt");
    REQUIRE(flipByte(salt, 3));
    CHECK(cli(dir, { QStringLiteral("goal"), QStringLiteral("list") }).exitCode == 0);
    CHECK(readRaw(salt) == readRaw(dbPath(dir)).left(16));
    REQUIRE(QFile::remove(salt)); // as a file of an older Samen
    CHECK(cli(dir, { QStringLiteral("goal"), QStringLiteral("list") }).exitCode == 0);
    CHECK(readRaw(salt) == readRaw(dbPath(dir)).left(16));
    CHECK((QFileInfo(salt).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
}

TEST_CASE("An empty or cut-short samen.db exits 5 and is never replaced by a new empty store", "[cli][damage]")
{
    TestDir dir;
    REQUIRE(cli(dir, { QStringLiteral("demo") }).exitCode == 0);
    const qint64 size = QFileInfo(dbPath(dir)).size();
    const qint64 keep = GENERATE_COPY(qint64(0), size - kPage);
    REQUIRE(QFile::resize(dbPath(dir), keep));

    checkDamaged(cli(dir, { QStringLiteral("plan"), QStringLiteral("show") }));
    checkDamaged(cli(dir, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Tess") }));
    CHECK(QFileInfo(dbPath(dir)).size() == keep);
}

TEST_CASE("A byte flipped in the WAL exits 5 instead of silently dropping the saves after it", "[cli][damage]")
{
    TestDir live, copy;
    REQUIRE(cli(live, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Tess") }).exitCode == 0);
    QByteArray wal;
    {
        // While this connection is open, samen-cli's saves stay in the WAL when it exits.
        auto holder = PlanStore::open(live.path(), DatabaseKey::passphrase(kPass));
        REQUIRE(holder.ok());
        REQUIRE(holder.value()->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        for (const char *story : { "First story", "Second story", "Third story" })
            REQUIRE(cli(live, { QStringLiteral("story"), QStringLiteral("set"), QString::fromLatin1(story) }).exitCode == 0);
        REQUIRE(QFile::copy(dbPath(live), dbPath(copy)));
        wal = readRaw(dbPath(live) + QStringLiteral("-wal"));
    }
    REQUIRE(wal.size() > 32 + 4 * (kPage + 24));
    QFile out(dbPath(copy) + QStringLiteral("-wal"));
    REQUIRE(out.open(QIODevice::WriteOnly));
    wal[32 + 24 + 300] = static_cast<char>(wal[32 + 24 + 300] ^ 0x01); // the first frame's page
    out.write(wal);
    out.close();

    checkDamaged(cli(copy, { QStringLiteral("plan"), QStringLiteral("show") }));
    checkDamaged(cli(copy, { QStringLiteral("story"), QStringLiteral("set"), QStringLiteral("Fourth story") }));
}

TEST_CASE("Without a plan, plan show names the next steps and init makes the plan in the same folder", "[cli][deadend]")
{
    TestDir dir;
    SECTION("no plan file")
    {
        const CliRun show = cli(dir, { QStringLiteral("plan"), QStringLiteral("show") });
        CHECK(show.exitCode == 1);
        CHECK(show.err.contains(show.suggested("init --name NAME")));
        CHECK(show.err.contains(show.suggested("join CODE")));
    }
    SECTION("a plan file that holds no plan")
    {
        {
            auto made = PlanStore::create(dir.path(), DatabaseKey::passphrase(kPass));
            REQUIRE(made.ok());
        }
        const CliRun show = cli(dir, { QStringLiteral("plan"), QStringLiteral("show") });
        CHECK(show.exitCode == 1);
        CHECK(show.err.contains("holds no plan"));
        CHECK(show.err.contains(show.suggested("init --name NAME")));
        CHECK(show.err.contains(show.suggested("join CODE")));
    }
    SECTION("a plan file left by a removal from a plan")
    {
        {
            auto made = PlanStore::create(dir.path(), DatabaseKey::passphrase(kPass));
            REQUIRE(made.ok());
            REQUIRE(made.value()->setSettings({ { QStringLiteral("sync.service"), QStringLiteral("https://127.0.0.1:1") },
                                                { QStringLiteral("sync.withdrawalNotice"), QStringLiteral("Robin has removed you from the plan.") } }));
        }
        const CliRun show = cli(dir, { QStringLiteral("plan"), QStringLiteral("show") });
        CHECK(show.exitCode == 1);
        CHECK(show.err.contains("Robin has removed you from the plan."));
        CHECK(show.err.contains(show.suggested("init --name NAME")));
    }
    const CliRun init = cli(dir, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Tess") });
    INFO(init.err.constData());
    REQUIRE(init.exitCode == 0);
    const CliRun show = cli(dir, { QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(show.exitCode == 0);
    CHECK(QString::fromUtf8(show.out).contains(QStringLiteral("Plan: \u2068Tess\u2069")));
    CHECK_FALSE(show.err.contains("removed"));
    // Now there is a plan: a second init is refused and says so.
    const CliRun again = cli(dir, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Other") });
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("already a plan"));
}
