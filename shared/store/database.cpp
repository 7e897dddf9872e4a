#include "store/database.h"

#include "store/pagecheck.h"
#include "store/saltcopy.h"
#include "store/storeerrors.h"
#include "store/storelog.h"
#include "store/walcheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>

#include <optional>
#include <utility>

#include <openssl/crypto.h>
#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

namespace samen {

namespace {

using storeerrors::damaged;
using storeerrors::fromSqlite;
using storeerrors::notSamen;
using storeerrors::wrongKey;

// SQLCipher 4's default page size. Samen never changes it, so every intact
// encrypted Samen file is a whole number of these pages.
constexpr qint64 kCipherPageSize = 4096;
constexpr int kBusyTimeoutMs = 5000;
const QByteArray kPlainHeader = QByteArrayLiteral("SQLite format 3\0");

/**
 * The bytes SQLCipher takes as a key (sqlite3_key_v2, sqlite3_rekey_v2). The caller wipes them.
 * Raw keys become SQLCipher's blob form `x'<64 hex digits>'` (no KDF); a passphrase is its
 * UTF-8 bytes, which SQLCipher runs through its default KDF (the same key as `PRAGMA key =
 * 'passphrase'`, so files keyed that way by earlier versions open). Handed over directly,
 * never as SQL text, so no copy of the key passes through SQLite's parser and heap.
 */
Result<QByteArray> keyBytes(const DatabaseKey &key)
{
    QByteArray bytes;
    if (key.kind == DatabaseKey::Kind::RawKey) {
        if (key.secret.size() != 32)
            return Result<QByteArray>::fail(ErrorCode::Usage, QCoreApplication::translate("samen", "A database key must be 32 bytes."));
        static const char hex[] = "0123456789abcdef";
        bytes.reserve(3 + key.secret.size() * 2); // one allocation: no stray copies of the secret
        bytes.append("x'");
        for (const char c : key.secret) {
            const auto b = static_cast<unsigned char>(c);
            bytes.append(hex[b >> 4]).append(hex[b & 0xf]);
        }
        bytes.append('\'');
    } else if (key.kind == DatabaseKey::Kind::Passphrase) {
        if (key.secret.isEmpty())
            return Result<QByteArray>::fail(ErrorCode::Validation, QCoreApplication::translate("samen", "The passphrase is empty."));
        if (key.secret.contains('\0'))
            return Result<QByteArray>::fail(ErrorCode::Validation,
                                            QCoreApplication::translate("samen", "The passphrase contains a character that is not allowed."));
        bytes = key.secret;
        bytes.detach();
    }
    return bytes;
}

/**
 * PBKDF2-HMAC-SHA512 iterations for a passphrase: SQLCipher 4's default, 256,000, set on every connection so a
 * SQLCipher with another default still opens every file. SAMEN_TEST_KDF_ITERATIONS (1 to 255,999; the test presets
 * set it) lowers it for the test suites, which open stores and run samen-cli thousands of times: at 256,000, six
 * tenths of the sync suite's CPU went to it (perf, 2026-11-30). A file made under it opens only under it (the derived
 * key differs), so it cannot weaken a file made without it. Not for use outside tests (docs/security.md, "Keys").
 */
int kdfIterations()
{
    constexpr int kSqlCipher4Default = 256000;
    bool ok = false;
    const int lowered = qEnvironmentVariableIntValue("SAMEN_TEST_KDF_ITERATIONS", &ok);
    return ok && lowered > 0 && lowered < kSqlCipher4Default ? lowered : kSqlCipher4Default;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

/** Result codes that mean a page of the file is damaged (measured on SQLCipher 4.14: see isDamageCode). */
bool isDamageCode(int rc)
{
    // A page whose HMAC fails gives SQLITE_NOTADB (page 1) or SQLITE_CORRUPT (other pages);
    // SQLCipher then keeps the connection in an error state in which every further read
    // fails with SQLITE_NOMEM. A file cut off mid-page reads short.
    const int primary = rc & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_NOMEM || rc == SQLITE_IOERR_SHORT_READ;
}

/** Pages of the main file whose HMAC fails (cipher_integrity_check), and how many pages it has; -1 when the check could not run. */
std::pair<int, qint64> failingPages(sqlite3 *db, const QString &path)
{
    sqlite3_stmt *check = nullptr;
    int failing = 0;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_integrity_check", -1, &check, nullptr) != SQLITE_OK) {
        sqlite3_finalize(check);
        return { -1, 0 };
    }
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(check)) == SQLITE_ROW)
        ++failing;
    sqlite3_finalize(check);
    if (rc != SQLITE_DONE)
        return { -1, 0 };
    return { failing, QFileInfo(path).size() / kCipherPageSize };
}

/**
 * Reads every page of the database (page 1 to its size, free pages included, each in its
 * latest version: from the WAL where it is there) through the pager, so SQLCipher checks
 * each page's HMAC. The number of pages read; -1 when a read fails, or when SQLite was built
 * without the sqlite_dbpage table (a system SQLCipher): the caller then runs cipher_integrity_check.
 */
qint64 pagesRead(sqlite3 *db)
{
    sqlite3_stmt *read = nullptr;
    qint64 pages = -1;
    if (sqlite3_prepare_v2(db, "SELECT count(*), sum(length(data)) FROM sqlite_dbpage('main')", -1, &read, nullptr) == SQLITE_OK
        && sqlite3_step(read) == SQLITE_ROW && sqlite3_column_int64(read, 0) > 0
        && sqlite3_column_int64(read, 1) == sqlite3_column_int64(read, 0) * kCipherPageSize)
        pages = sqlite3_column_int64(read, 0);
    sqlite3_finalize(read);
    // A page whose HMAC fails is handed to SQLite zeroed while SQLCipher puts the connection in its error
    // state, which fails the next read, not this one: a damaged last page left the scan above intact
    // (issue 18). So one more page is read, from the file (the cache emptied first).
    sqlite3_db_release_memory(db);
    sqlite3_stmt *again = nullptr;
    const bool readsOn = sqlite3_prepare_v2(db, "SELECT length(data) FROM sqlite_dbpage('main') WHERE pgno = 1", -1, &again, nullptr) == SQLITE_OK
        && sqlite3_step(again) == SQLITE_ROW && sqlite3_column_int64(again, 0) == kCipherPageSize;
    sqlite3_finalize(again);
    return readsOn ? pages : -1;
}

/**
 * Classifies an existing file before SQLite touches it. Rule: a plain SQLite
 * header under a key means "not a Samen plan";
 * a non-plain file that is not a whole number of 4 KiB pages is damaged
 * (truncated or not a database at all); any other non-plain file that does not
 * decrypt is taken as a wrong key, since an AEAD-style page check cannot tell
 * a wrong key from garbage.
 */
std::optional<Error> precheck(const QString &path, const DatabaseKey &key, bool create)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fromSqlite(nullptr, SQLITE_CANTOPEN);
    const qint64 size = file.size();
    if (size == 0) {
        // Only a caller that may create a database takes an empty file as a new one;
        // an existing store is never empty, so an empty file in its place is damaged.
        if (create)
            return std::nullopt;
        qCInfo(lcStore) << "open: the file is empty";
        return damaged();
    }
    if (walcheck::isDamaged(path + QStringLiteral("-wal"), static_cast<int>(kCipherPageSize))) {
        qCInfo(lcStore) << "open: the write-ahead log is damaged";
        return damaged();
    }
    const QByteArray head = file.read(16);
    const bool plain = head == kPlainHeader;
    if (key.kind != DatabaseKey::Kind::None)
        return plain ? std::optional<Error>(notSamen()) : (size % kCipherPageSize != 0 ? std::optional<Error>(damaged()) : std::nullopt);
    if (plain)
        return std::nullopt;
    return size % kCipherPageSize != 0 ? damaged() : wrongKey();
}

} // namespace

bool Database::looksDamaged(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return false;
    return file.size() == 0 || file.size() % kCipherPageSize != 0 || walcheck::isDamaged(path + QStringLiteral("-wal"), static_cast<int>(kCipherPageSize))
        || saltcopy::differs(path);
}

struct Database::Cache {
    QHash<QString, Statement *> statements;
    ~Cache() { qDeleteAll(statements); }
};

Database::~Database()
{
    m_pageCheck.reset(); // a check still running stops (its own connection)
    m_cache.reset(); // statements must be finalized before the connection closes
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::connect(const QString &path, QByteArray &keySecret, bool encrypted, int flags)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_encrypted = encrypted;
    db->m_cache = std::make_unique<Cache>();
    // Owner-only from its first byte (OWASP MASVS-STORAGE; issue 19): a new file is made 0600 before SQLite opens it,
    // and SQLite gives the -wal and -shm files the main file's mode. Files of older versions are tightened here too.
    if ((flags & SQLITE_OPEN_CREATE) && !QFileInfo::exists(path)) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
    }
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db->m_db, flags | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return fromSqlite(db->m_db, rc);
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFileInfo::exists(path + suffix))
            QFile::setPermissions(path + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    sqlite3_extended_result_codes(db->m_db, 1);
    // Until an open succeeds, closing must not checkpoint a leftover WAL into the file.
    sqlite3_db_config(db->m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);

    // cipher_memory_security stays off (SQLCipher's default): locking and wiping every
    // SQLite allocation cost a quarter of the CPU time of storing operations. The key and
    // what SQLCipher derives from it live in SQLCipher's private heap, locked and wiped
    // whatever this setting says; see docs/security.md ("Memory").
    // SQLCipher would print decrypt failures ("hmac check failed for pgno=1") to
    // stderr; the store logs its own, content-free lines instead. Both settings
    // are process-wide: no level, and no target even if a level is set later.
    // The KDF iterations are process-wide too: set before the key, from which SQLCipher takes them.
    for (const QString &pragma : { QStringLiteral("PRAGMA cipher_log_level = NONE"), QStringLiteral("PRAGMA cipher_log = off"),
                                   QStringLiteral("PRAGMA cipher_default_kdf_iter = %1").arg(kdfIterations()) }) {
        if (auto s = db->exec(pragma); !s)
            return s.error();
    }
    if (!keySecret.isEmpty()) {
        rc = sqlite3_key_v2(db->m_db, "main", keySecret.constData(), static_cast<int>(keySecret.size()));
        wipe(keySecret);
        if (rc != SQLITE_OK)
            return fromSqlite(db->m_db, rc);
    }
    return Result<std::unique_ptr<Database>>(std::move(db));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const DatabaseKey &key, bool create)
{
    return open(path, key, create, {});
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const DatabaseKey &key, bool create, const std::function<Status(Database &)> &inspect)
{
    using R = Result<std::unique_ptr<Database>>;
    // Checked before SQLite runs, so a bad key never leaves a new empty file behind.
    auto keyText = keyBytes(key);
    if (!keyText)
        return keyText.error();
    QByteArray keySecret = std::move(keyText.value());
    auto wipeKey = qScopeGuard([&keySecret] { wipe(keySecret); });
    if (!QFileInfo::exists(path)) {
        if (!create)
            return R::fail(ErrorCode::NotFound, QCoreApplication::translate("samen", "There is no plan file here."));
    } else if (auto bad = precheck(path, key, create)) {
        return *bad;
    }

    auto connected = connect(path, keySecret, key.kind != DatabaseKey::Kind::None, SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0));
    if (!connected)
        return connected.error();
    std::unique_ptr<Database> db = std::move(connected).value();
    sqlite3_busy_timeout(db->m_db, kBusyTimeoutMs);

    // Verify the key with a read before anything may write to the file.
    sqlite3_stmt *check = nullptr;
    int rc = sqlite3_prepare_v2(db->m_db, "SELECT count(*) FROM sqlite_master", -1, &check, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(check);
        rc = rc == SQLITE_ROW ? SQLITE_OK : rc;
    }
    sqlite3_finalize(check);
    if (rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_NOTADB) {
            if (key.kind == DatabaseKey::Kind::None)
                return damaged();
            // A wrong key fails every page; a damaged first page under the right key fails
            // alone. (A flipped byte in the first 16 bytes, the key's salt, fails them all.)
            const auto [failing, pages] = failingPages(db->m_db, path);
            if (failing >= 0 && pages > 1 && failing < pages) {
                qCInfo(lcStore) << "open: the first page is damaged";
                return damaged();
            }
            // Every page fails under a damaged salt too: its copy tells the two apart (saltcopy).
            if (saltcopy::differs(path)) {
                qCInfo(lcStore) << "open: the file's salt differs from its copy";
                return damaged();
            }
            qCInfo(lcStore) << "open: the key does not decrypt the file";
            return wrongKey();
        }
        return fromSqlite(db->m_db, rc);
    }
    if (inspect) {
        if (auto s = inspect(*db); !s)
            return s.error();
    }

    for (const char *pragma : { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON" }) {
        if (auto s = db->exec(QString::fromLatin1(pragma)); !s)
            return s.error();
    }
    sqlite3_db_config(db->m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    if (db->m_encrypted)
        saltcopy::keep(*db);
    return R(std::move(db));
}

Result<std::unique_ptr<Database>> Database::openDamaged(const QString &path, const DatabaseKey &key)
{
    auto keyText = keyBytes(key);
    if (!keyText)
        return keyText.error();
    QByteArray keySecret = std::move(keyText.value());
    auto wipeKey = qScopeGuard([&keySecret] { wipe(keySecret); });
    if (!QFileInfo::exists(path))
        return Result<std::unique_ptr<Database>>::fail(ErrorCode::NotFound, QCoreApplication::translate("samen", "There is no plan file here."));
    auto connected = connect(path, keySecret, key.kind != DatabaseKey::Kind::None, SQLITE_OPEN_READWRITE);
    if (!connected)
        return connected.error();
    std::unique_ptr<Database> db = std::move(connected).value();
    if (auto s = db->exec(QStringLiteral("PRAGMA query_only = ON")); !s)
        return s.error();
    return Result<std::unique_ptr<Database>>(std::move(db));
}

Status Database::exec(const QString &sql)
{
    // Anything but the end of a transaction (begun after the check passed) may write.
    if (m_pageCheck && !sql.startsWith(QLatin1String("COMMIT")) && !sql.startsWith(QLatin1String("ROLLBACK"))) {
        if (Status s = awaitPageCheck(); !s)
            return s;
    }
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        note(rc);
        return m_damaged ? Status(damaged()) : Status(fromSqlite(m_db, rc));
    }
    return {};
}

void Database::note(int rc)
{
    if (!m_damaged && isDamageCode(rc)) {
        qCWarning(lcStore) << "a damaged page was met; the store is read-only from now on";
        m_damaged = true;
    }
}

bool Database::isDamaged() const
{
    return m_damaged || (m_pageCheck && m_pageCheck->state() == PageCheck::State::Failed);
}

void Database::deferPageCheck(std::shared_ptr<PageCheck> check)
{
    m_pageCheck = std::move(check);
}

Status Database::awaitPageCheck()
{
    if (!m_pageCheck)
        return {};
    if (!m_pageCheck->wait()) {
        m_damaged = true;
        return damaged();
    }
    m_pageCheck.reset(); // passed: writes go on as usual
    return {};
}

Status Database::checkPages()
{
    if (!m_encrypted) {
        // Plain files (tests and benchmarks) have no page HMAC: SQLite's own structural check.
        sqlite3_stmt *check = nullptr;
        bool ok = sqlite3_prepare_v2(m_db, "PRAGMA quick_check", -1, &check, nullptr) == SQLITE_OK && sqlite3_step(check) == SQLITE_ROW
            && qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(check, 0)), "ok") == 0;
        sqlite3_finalize(check);
        if (!ok)
            m_damaged = true;
        return ok ? Status() : Status(damaged());
    }
    // Every page read once through SQLite's pager (sqlite_dbpage), which SQLCipher decrypts and
    // authenticates (HMAC) as any read; cipher_integrity_check checks the same HMACs but wipes
    // its 4 KiB buffer with a byte-at-a-time volatile loop for each page, which made it most of
    // the check's time and about a quarter of the app's start with a large plan (issue 18).
    // Only a failure runs cipher_integrity_check, to count the failing pages for the log.
    // Pages still in the cache would not be read again, so not checked: the cache is emptied first
    // (at open it holds only the few pages the key check and the layout check read), and after, so
    // later reads come from the file and are checked then, as without this check.
    // The database's size can be less than the file's (pages past its end, e.g. left by a size taken from
    // the WAL): sqlite_dbpage does not read those, cipher_integrity_check does, so they are checked by it.
    sqlite3_db_release_memory(m_db);
    const qint64 read = pagesRead(m_db);
    sqlite3_db_release_memory(m_db);
    const qint64 inFile = QFileInfo(m_path).size() / kCipherPageSize;
    if (read > 0 && read >= inFile)
        return {};
    qCInfo(lcStore) << "page check:" << read << "pages read of" << inFile << "in the file";
    const auto [failing, pages] = failingPages(m_db, m_path);
    if (failing != 0) {
        qCWarning(lcStore) << "page check:" << failing << "of" << pages << "pages failed";
        m_damaged = true;
        return damaged();
    }
    return {};
}

Status Database::forEachRow(const QString &sql, const QVariantList &args, const std::function<void(const Statement &)> &onRow)
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    Statement &q = *st.value();
    q.bind(args);
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        onRow(q);
    }
}

Result<Statement *> Database::prepare(const QString &sql)
{
    if (Statement *cached = m_cache->statements.value(sql))
        return cached;
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        note(rc);
        return m_damaged ? Result<Statement *>(damaged()) : Result<Statement *>(fromSqlite(m_db, rc));
    }
    auto *statement = new Statement(stmt, *this);
    m_cache->statements.insert(sql, statement);
    return statement;
}

Status Database::rekey(const DatabaseKey &newKey)
{
    if (newKey.kind == DatabaseKey::Kind::None)
        return Status::fail(ErrorCode::Usage, QCoreApplication::translate("samen", "A plan file cannot be decrypted in place."));
    if (Status s = awaitPageCheck(); !s)
        return s;
    auto secret = keyBytes(newKey);
    if (!secret)
        return secret.error();
    // Rekey rewrites every page. Folding the WAL into the main file first and
    // rekeying in rollback-journal mode means no page under the old key is
    // left in a -wal file, and the rewrite is still atomic.
    Status s = exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (s)
        s = exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (s) {
        const int rc = sqlite3_rekey_v2(m_db, "main", secret->constData(), static_cast<int>(secret->size()));
        if (rc != SQLITE_OK)
            s = fromSqlite(m_db, rc);
    }
    wipe(secret.value());
    const Status back = exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (s)
        saltcopy::keep(*this); // a wrong passphrase must not read as a damaged salt after the key changed
    return s ? back : s;
}

Result<qint64> Database::scalar(const QString &sql, const QVariantList &args)
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    auto row = st.value()->bind(args).step();
    if (!row)
        return row.error();
    const qint64 value = row.value() ? st.value()->integer(0) : 0;
    st.value()->reset();
    return value;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace samen
