// pagerecovery: rows read from table-leaf pages regardless of the B-tree above them. A plain SQLite
// file made by SQLite itself, read from its bytes, so what the pages hold is SQLite's own layout.
#include "store/pagerecovery.h"
#include "testdir.h"

#include "qtcatch.h"

#include <QFile>
#include <QRandomGenerator>

#include <sqlite3.h>

using namespace samen;
using samen::test::TestDir;

namespace {

constexpr qint64 kPage = 4096;

void exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    INFO(sql);
    REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, &error) == SQLITE_OK);
}

/** Pages of a plain file: its bytes, a page at a time (no reserved bytes). */
QList<QByteArray> pagesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray all = file.readAll();
    QList<QByteArray> pages;
    for (qint64 at = 0; at + kPage <= all.size(); at += kPage)
        pages << all.mid(at, kPage);
    return pages;
}

/** A plain SQLite file at path, made by SQLite itself with these statements. */
void makeFile(const QString &path, std::initializer_list<const char *> statements)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    for (const char *sql : statements)
        exec(db, sql);
    sqlite3_close(db);
}

QList<pagerecovery::Row> rowsOf(const QList<QByteArray> &pages)
{
    return pagerecovery::tableRows(
        pages.size(), [&](qint64 pgno) { return pages.value(pgno - 1); }, 0);
}

} // namespace

TEST_CASE("pagerecovery reads every live row from leaf pages, long ones across overflow pages, and none of the deleted", "[store][damage]")
{
    TestDir dir;
    const QString path = dir.path() + QStringLiteral("/plain.db");
    makeFile(path,
             { "PRAGMA page_size = 4096", "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER, x REAL, b BLOB, z)",
               "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 600) "
               "INSERT INTO t SELECT i, 'row ' || i || printf('%.*c', i % 90, 'y'), i * 1000003 - 70000000, i / 4.0, x'00ff10', NULL FROM c",
               "INSERT INTO t VALUES (1000, printf('%.*c', 20000, 'L'), -1, 0.5, NULL, 1)", // overflow pages
               "DELETE FROM t WHERE id BETWEEN 300 AND 500" }); // whole pages go to the freelist

    const QList<pagerecovery::Row> rows = rowsOf(pagesOf(path));
    QList<qint64> ids;
    for (const pagerecovery::Row &row : rows) {
        if (row.values.size() != 6)
            continue; // sqlite_schema's row on page 1
        ids << row.rowid;
        if (row.rowid == 1000) {
            CHECK(row.values[1].toString() == QString(20000, QLatin1Char('L')));
            CHECK(row.values[2].toLongLong() == -1);
            CHECK(row.values[5].toLongLong() == 1);
        } else {
            CHECK(row.values[0].isNull()); // the rowid alias is stored as NULL
            CHECK(row.values[1].toString().startsWith(QStringLiteral("row %1").arg(row.rowid)));
            CHECK(row.values[2].toLongLong() == row.rowid * 1000003 - 70000000);
            CHECK(row.values[3].toDouble() == row.rowid / 4.0);
            CHECK(row.values[4].toByteArray() == QByteArray("\x00\xff\x10", 3));
            CHECK_FALSE(row.values[5].isValid());
        }
    }
    std::sort(ids.begin(), ids.end());
    QList<qint64> expected;
    for (qint64 i = 1; i <= 600; ++i) {
        if (i < 300 || i > 500)
            expected << i;
    }
    expected << 1000;
    // Rows deleted with their whole page (on the freelist) do not come back; cells deleted from a page still in use are not read.
    CHECK(ids == expected);
}

TEST_CASE("pagerecovery reads the leaf pages when the root page is lost, and garbage pages give nothing and no crash", "[store][damage]")
{
    TestDir dir;
    const QString path = dir.path() + QStringLiteral("/plain.db");
    makeFile(path,
             { "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)",
               "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 2000) INSERT INTO t SELECT i, 'name ' || i FROM c" });
    QList<QByteArray> pages = pagesOf(path);
    REQUIRE(pages.size() > 5);
    pages[1] = QByteArray(); // page 2, the table's root (an interior page): unreadable
    QRandomGenerator random(7);
    for (int i = 0; i < 200; ++i) {
        // A page that says it is a table leaf, with random cells: fewer rows, never a read outside it.
        QByteArray garbage(kPage, '\0');
        for (char &c : garbage)
            c = static_cast<char>(random.bounded(256));
        garbage[0] = 0x0D;
        pages.append(garbage);
        (void)rowsOf(pages);
        pages.removeLast();
    }
    qsizetype names = 0;
    for (const pagerecovery::Row &row : rowsOf(pages))
        names += row.values.size() == 2 && row.values[1].toString() == QStringLiteral("name %1").arg(row.rowid);
    CHECK(names == 2000);
}
