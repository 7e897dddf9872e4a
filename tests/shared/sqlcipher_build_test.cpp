// The SQLCipher we link is version 4.6 or newer, uses OpenSSL, and really encrypts.
#include "core/versions.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QVersionNumber>

#include <sqlite3.h>

using namespace samen::test;

TEST_CASE("The linked SQLCipher is 4.6 or newer with the OpenSSL provider", "[sqlcipher]")
{
    const samen::Versions v = samen::versions();
    INFO("cipher_version: " << v.sqlcipher.toStdString());
    const QVersionNumber version = QVersionNumber::fromString(v.sqlcipher.section(QLatin1Char(' '), 0, 0));
    CHECK(version >= QVersionNumber(4, 6));
    CHECK(v.cryptoProvider == QStringLiteral("openssl"));
    CHECK(QVersionNumber::fromString(v.sqlite) >= QVersionNumber(3, 44));
}

TEST_CASE("A keyed database file contains no plaintext", "[sqlcipher]")
{
    TestDir dir;
    const QByteArray path = dir.file(QStringLiteral("probe.db")).toUtf8();
    const char *marker = "PLAINTEXT-MARKER-4471";
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA key = \"x'00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'\"", nullptr, nullptr, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "CREATE TABLE t(v TEXT)", nullptr, nullptr, nullptr) == SQLITE_OK);
    const QByteArray insert = QByteArray("INSERT INTO t VALUES('") + marker + "')";
    for (int i = 0; i < 100; ++i)
        REQUIRE(sqlite3_exec(db, insert.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);

    const QByteArray raw = readRaw(QString::fromUtf8(path));
    REQUIRE(raw.size() > 0);
    CHECK_FALSE(raw.contains(marker));
    CHECK_FALSE(raw.contains("SQLite format 3"));

    // Without the key the file cannot be read.
    REQUIRE(sqlite3_open(path.constData(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) == SQLITE_NOTADB);
    sqlite3_close(db);
}
