#include "store/devicestore.h"
#include "store/planstore.h"
#include "store_test_support.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <sqlite3.h>

using namespace samen;
using samen::test::makeOp;
using samen::test::readRaw;
using samen::test::sha256;
using samen::test::TestDir;

namespace {

const QString kMarker = QStringLiteral("ROBIN-MARKER-7731");

/**
 * Hashes of the files that hold data: what a failed open must not change. The
 * WAL counts as "-" when absent or empty (an empty WAL changes no data); the
 * -shm index is left out: it holds no data and every reader updates its marks.
 */
QStringList fileState(const QString &dir)
{
    QStringList state;
    const QString db = PlanStore::databasePath(dir);
    for (const QString &path : { db, db + QStringLiteral("-wal"), db + QStringLiteral("-journal") }) {
        const QByteArray bytes = readRaw(path);
        state.append(bytes.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(sha256(bytes)));
    }
    return state;
}

QList<Operation> markedOps()
{
    QList<Operation> ops;
    for (int i = 0; i < 50; ++i)
        ops.append(makeOp(QStringLiteral("op-%1").arg(i), QStringLiteral("goal"), QStringLiteral("goal-%1").arg(i), QStringLiteral("why"),
                          QStringLiteral("Robin wants %1 %2").arg(kMarker).arg(i), 1000 + i, QStringLiteral("alice")));
    ops.append(makeOp(QStringLiteral("op-m"), QStringLiteral("member"), kMarker, QStringLiteral("name"), kMarker, 5000));
    return ops;
}

void writeMarkedStore(const QString &dir, const DatabaseKey &key)
{
    auto store = PlanStore::create(dir, key);
    REQUIRE(store.ok());
    REQUIRE(store.value()->applyLocal(markedOps()).ok());
    REQUIRE(store.value()->setSetting(QStringLiteral("note"), kMarker).ok());
}

/** Every file of the store (db, -wal, -shm) is free of the marker and of SQLite's plain header. */
void checkNoPlaintext(const QString &dir)
{
    const QString db = PlanStore::databasePath(dir);
    for (const QString &path : { db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm") }) {
        const QByteArray bytes = readRaw(path);
        INFO(path.toStdString() << " (" << bytes.size() << " bytes)");
        CHECK_FALSE(bytes.contains(kMarker.toUtf8()));
        CHECK_FALSE(bytes.contains(QByteArrayLiteral("SQLite format 3")));
    }
}

ErrorCode openError(const QString &dir, const DatabaseKey &key)
{
    auto store = PlanStore::open(dir, key);
    REQUIRE_FALSE(store.ok());
    CHECK_FALSE(store.error().message.isEmpty());
    return store.error().code;
}

} // namespace

TEST_CASE("No plan content or plain SQLite header reaches the disk, with the raw key or a passphrase", "[store]")
{
    const bool usePassphrase = GENERATE(false, true);
    const DatabaseKey key = usePassphrase ? DatabaseKey::passphrase(QStringLiteral("it's a \"quoted\" secret")) : test::testRawKey();
    TestDir dir;
    SECTION("while the store is open and the WAL holds the data")
    {
        auto store = PlanStore::create(dir.path(), key);
        REQUIRE(store.ok());
        REQUIRE(store.value()->applyLocal(markedOps()).ok());
        CHECK(QFileInfo(PlanStore::databasePath(dir.path()) + QStringLiteral("-wal")).size() > 0);
        checkNoPlaintext(dir.path());
    }
    SECTION("after a checkpoint")
    {
        auto store = PlanStore::create(dir.path(), key);
        REQUIRE(store.ok());
        REQUIRE(store.value()->applyLocal(markedOps()).ok());
        REQUIRE(store.value()->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        checkNoPlaintext(dir.path());
    }
    SECTION("after closing")
    {
        writeMarkedStore(dir.path(), key);
        checkNoPlaintext(dir.path());
        auto store = PlanStore::open(dir.path(), key);
        REQUIRE(store.ok());
        CHECK(store.value()->entity(kMarker).has_value());
    }
}

TEST_CASE("The plaintext check can fail: an unencrypted store shows the marker", "[store]")
{
    TestDir dir;
    writeMarkedStore(dir.path(), DatabaseKey::none());
    const QByteArray bytes = readRaw(PlanStore::databasePath(dir.path()));
    CHECK(bytes.startsWith(QByteArrayLiteral("SQLite format 3")));
    CHECK(bytes.contains(kMarker.toUtf8()));
}

TEST_CASE("A wrong passphrase or raw key is refused and leaves the files byte-identical", "[store]")
{
    TestDir dir;
    SECTION("passphrase")
    {
        writeMarkedStore(dir.path(), DatabaseKey::passphrase(QStringLiteral("correct horse")));
        const QStringList before = fileState(dir.path());
        auto store = PlanStore::open(dir.path(), DatabaseKey::passphrase(QStringLiteral("correct horse!")));
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().code == ErrorCode::WrongKey);
        CHECK(store.error().message == QStringLiteral("The passphrase or key is wrong."));
        CHECK(fileState(dir.path()) == before);
        CHECK(PlanStore::open(dir.path(), DatabaseKey::passphrase(QStringLiteral("correct horse"))).ok());
    }
    SECTION("raw key, with committed data still in the WAL of an open store")
    {
        auto open = PlanStore::create(dir.path(), test::testRawKey(1));
        REQUIRE(open.ok());
        REQUIRE(open.value()->applyLocal(markedOps()).ok());
        const QStringList before = fileState(dir.path());
        CHECK(before[1] != QStringLiteral("-"));
        CHECK(openError(dir.path(), test::testRawKey(2)) == ErrorCode::WrongKey);
        CHECK(openError(dir.path(), DatabaseKey::passphrase(QStringLiteral("guess"))) == ErrorCode::WrongKey);
        CHECK(fileState(dir.path()) == before);
    }
    SECTION("an encrypted store opened without a key")
    {
        writeMarkedStore(dir.path(), test::testRawKey());
        const QStringList before = fileState(dir.path());
        CHECK(openError(dir.path(), DatabaseKey::none()) == ErrorCode::WrongKey);
        CHECK(fileState(dir.path()) == before);
    }
}

TEST_CASE("Truncated or garbage files are reported as damaged and left untouched", "[store]")
{
    TestDir dir;
    const QString path = PlanStore::databasePath(dir.path());
    writeMarkedStore(dir.path(), test::testRawKey());
    const QByteArray good = readRaw(path);
    REQUIRE(good.size() >= 8192);

    const QByteArray content = GENERATE_COPY(good.left(good.size() - 100), good.left(1000), good.left(4097),
                                             QByteArrayLiteral("hello, this is not a database\n"), QByteArray(5000, 'x'));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
    const QStringList before = fileState(dir.path());
    auto store = PlanStore::open(dir.path(), test::testRawKey());
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == ErrorCode::Damaged);
    CHECK(fileState(dir.path()) == before);
}

TEST_CASE("Plain SQLite files and other programs' databases are not Samen plans", "[store]")
{
    TestDir dir;
    const QString path = PlanStore::databasePath(dir.path());
    SECTION("an unencrypted Samen store opened with a key")
    {
        writeMarkedStore(dir.path(), DatabaseKey::none());
        const QStringList before = fileState(dir.path());
        CHECK(openError(dir.path(), test::testRawKey()) == ErrorCode::NotSamen);
        CHECK(fileState(dir.path()) == before);
    }
    SECTION("a plain SQLite file of another program")
    {
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
        REQUIRE(sqlite3_exec(raw, "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
        const QStringList before = fileState(dir.path());
        CHECK(openError(dir.path(), test::testRawKey()) == ErrorCode::NotSamen);
        CHECK(openError(dir.path(), DatabaseKey::none()) == ErrorCode::NotSamen);
        CHECK(fileState(dir.path()) == before);
    }
    SECTION("an encrypted database with another application id")
    {
        auto db = Database::open(path, test::testRawKey(), true);
        REQUIRE(db.ok());
        REQUIRE(db.value()->exec(QStringLiteral("PRAGMA application_id = 1234; CREATE TABLE ops (x)")).ok());
        db.value().reset();
        const QStringList before = fileState(dir.path());
        CHECK(openError(dir.path(), test::testRawKey()) == ErrorCode::NotSamen);
        CHECK(fileState(dir.path()) == before);
    }
    SECTION("an encrypted database with Samen's id but without its tables")
    {
        auto db = Database::open(path, test::testRawKey(), true);
        REQUIRE(db.ok());
        REQUIRE(db.value()
                    ->exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = 2; CREATE TABLE notes (x)").arg(PlanStore::kApplicationId))
                    .ok());
        db.value().reset();
        const QStringList before = fileState(dir.path());
        CHECK(openError(dir.path(), test::testRawKey()) == ErrorCode::NotSamen);
        CHECK(fileState(dir.path()) == before);
    }
}

TEST_CASE("A store written by a newer Samen is refused as too new", "[store]")
{
    TestDir dir;
    writeMarkedStore(dir.path(), test::testRawKey());
    {
        auto db = Database::open(PlanStore::databasePath(dir.path()), test::testRawKey(), false);
        REQUIRE(db.ok());
        REQUIRE(db.value()->exec(QStringLiteral("PRAGMA user_version = %1").arg(PlanStore::kSchemaVersion + 1)).ok());
    }
    const QStringList before = fileState(dir.path());
    auto store = PlanStore::open(dir.path(), test::testRawKey());
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == ErrorCode::TooNew);
    CHECK(store.error().message == QStringLiteral("This plan was saved by a newer version of Samen. Update Samen to open it."));
    CHECK(fileState(dir.path()) == before);
}

TEST_CASE("Opening a folder without a store reports NotFound and creates nothing", "[store]")
{
    TestDir dir;
    CHECK_FALSE(PlanStore::exists(dir.path()));
    CHECK(openError(dir.path(), test::testRawKey()) == ErrorCode::NotFound);
    CHECK_FALSE(QFileInfo::exists(PlanStore::databasePath(dir.path())));
}

TEST_CASE("Bad keys are refused before touching the file", "[store]")
{
    TestDir dir;
    CHECK(PlanStore::create(dir.path(), DatabaseKey::passphrase(QString())).error().code == ErrorCode::Validation);
    CHECK(PlanStore::create(dir.path(), DatabaseKey::raw(QByteArray(16, 'k'))).error().code == ErrorCode::Usage);
    CHECK(QFileInfo(PlanStore::databasePath(dir.path())).size() == 0);
}

TEST_CASE("After changing the key only the new key opens the store", "[store]")
{
    TestDir dir;
    SECTION("passphrase to passphrase")
    {
        writeMarkedStore(dir.path(), DatabaseKey::passphrase(QStringLiteral("old one")));
        {
            auto store = PlanStore::open(dir.path(), DatabaseKey::passphrase(QStringLiteral("old one")));
            REQUIRE(store.ok());
            REQUIRE(store.value()->changeKey(DatabaseKey::passphrase(QStringLiteral("new one"))).ok());
            // The open store keeps working under the new key.
            REQUIRE(store.value()->setSetting(QStringLiteral("after"), QStringLiteral("rekey")).ok());
        }
        CHECK(openError(dir.path(), DatabaseKey::passphrase(QStringLiteral("old one"))) == ErrorCode::WrongKey);
        auto store = PlanStore::open(dir.path(), DatabaseKey::passphrase(QStringLiteral("new one")));
        REQUIRE(store.ok());
        CHECK(store.value()->operationCount() == markedOps().size());
        CHECK(store.value()->setting(QStringLiteral("after")) == QStringLiteral("rekey"));
    }
    SECTION("raw key rotation, then from a raw key to a passphrase")
    {
        writeMarkedStore(dir.path(), test::testRawKey(1));
        {
            auto store = PlanStore::open(dir.path(), test::testRawKey(1));
            REQUIRE(store.ok());
            REQUIRE(store.value()->changeKey(test::testRawKey(2)).ok());
        }
        CHECK(openError(dir.path(), test::testRawKey(1)) == ErrorCode::WrongKey);
        {
            auto store = PlanStore::open(dir.path(), test::testRawKey(2));
            REQUIRE(store.ok());
            CHECK(store.value()->entity(kMarker).has_value());
            REQUIRE(store.value()->changeKey(DatabaseKey::passphrase(QStringLiteral("typed"))).ok());
            CHECK(store.value()->changeKey(DatabaseKey::none()).error().code == ErrorCode::Usage);
        }
        CHECK(openError(dir.path(), test::testRawKey(2)) == ErrorCode::WrongKey);
        CHECK(PlanStore::open(dir.path(), DatabaseKey::passphrase(QStringLiteral("typed"))).ok());
        checkNoPlaintext(dir.path());
    }
}

namespace {

/** Whether SQLCipher opens FILE with PASSPHRASE stretched by ITERATIONS rounds of its KDF (a connection of its own). */
bool opensWithIterations(const QString &file, const QByteArray &passphrase, int iterations)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_key_v2(db, "main", passphrase.constData(), static_cast<int>(passphrase.size())) == SQLITE_OK
        && sqlite3_exec(db, QByteArray("PRAGMA kdf_iter = " + QByteArray::number(iterations)).constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    ok = ok && sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

TEST_CASE("A passphrase is stretched by SQLCipher 4's 256,000 KDF iterations, and a test's lowered count cannot weaken a file made "
          "without it",
          "[store]")
{
    const QByteArray kName = QByteArrayLiteral("SAMEN_TEST_KDF_ITERATIONS");
    const QByteArray before = qgetenv(kName.constData());
    const bool wasSet = qEnvironmentVariableIsSet(kName.constData());
    auto restore = qScopeGuard([&] {
        if (wasSet)
            qputenv(kName.constData(), before);
        else
            qunsetenv(kName.constData());
    });
    const QByteArray passphrase = QByteArrayLiteral("a long enough passphrase");
    TestDir full;
    TestDir lowered;

    qunsetenv(kName.constData());
    writeMarkedStore(full.path(), DatabaseKey::passphrase(QString::fromUtf8(passphrase)));
    CHECK(opensWithIterations(PlanStore::databasePath(full.path()), passphrase, 256000));
    CHECK_FALSE(opensWithIterations(PlanStore::databasePath(full.path()), passphrase, 2));

    qputenv(kName.constData(), "2");
    writeMarkedStore(lowered.path(), DatabaseKey::passphrase(QString::fromUtf8(passphrase)));
    CHECK(opensWithIterations(PlanStore::databasePath(lowered.path()), passphrase, 2));
    // Set, it does not open the file made without it: the derived key differs.
    CHECK(openError(full.path(), DatabaseKey::passphrase(QString::fromUtf8(passphrase))) == ErrorCode::WrongKey);
    // Out of range it is ignored.
    qputenv(kName.constData(), "0");
    CHECK(PlanStore::open(full.path(), DatabaseKey::passphrase(QString::fromUtf8(passphrase))).ok());

    qunsetenv(kName.constData());
    CHECK(openError(lowered.path(), DatabaseKey::passphrase(QString::fromUtf8(passphrase))) == ErrorCode::WrongKey);
    CHECK(PlanStore::open(full.path(), DatabaseKey::passphrase(QString::fromUtf8(passphrase))).ok());
}

TEST_CASE("A store's folder and every folder made for it are the owner's alone, for a person's plan and a professional's device", "[store][files]")
{
    TestDir dir;
    constexpr auto others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const auto ownerOnly = [&](const QString &folder) {
        INFO(folder.toStdString());
        CHECK(QFileInfo(folder).isDir());
        CHECK((QFileInfo(folder).permissions() & others) == 0);
    };
    // Before: QDir::mkpath made each missing folder by the umask (0755 here), and only the last was narrowed; a
    // professional's device folder was not narrowed at all (trial after stop 36).
    const QString person = dir.file(QStringLiteral("a/b/person"));
    REQUIRE(PlanStore::create(person, test::testRawKey()));
    ownerOnly(person);
    ownerOnly(dir.file(QStringLiteral("a/b")));
    ownerOnly(dir.file(QStringLiteral("a")));
    const QString pro = dir.file(QStringLiteral("c/pro"));
    REQUIRE(DeviceStore::create(pro, test::testRawKey()));
    ownerOnly(pro);
    ownerOnly(dir.file(QStringLiteral("c")));
    // A caseload's plan goes in a folder of its own under plans/: both made owner-only.
    REQUIRE(PlanStore::create(pro + QStringLiteral("/plans/p1"), test::testRawKey(2)));
    ownerOnly(pro + QStringLiteral("/plans"));
    ownerOnly(pro + QStringLiteral("/plans/p1"));
    // A folder that was there already is left as it was, but for the store's own.
    REQUIRE(QFile::setPermissions(dir.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    REQUIRE(PlanStore::create(dir.file(QStringLiteral("d")), test::testRawKey(3)));
    ownerOnly(dir.file(QStringLiteral("d")));
    CHECK(QFileInfo(dir.path()).permissions().testFlag(QFileDevice::ReadGroup));
}
