#pragma once

#include <QByteArray>
#include <QList>
#include <QVariant>

#include <functional>

namespace samen::pagerecovery {

/**
 * Rows read from the table-leaf pages of a damaged SQLite file, regardless of the B-tree pages above
 * them: when the root or an interior page of a table is damaged, a query reads none of its rows, while
 * nearly all of them are still on intact leaf pages. This is the idea of SQLite's recover extension
 * (ext/recover), which the SQLCipher amalgamation does not include. The page layout read here is
 * SQLite's database file format (https://www.sqlite.org/fileformat2.html, sections 1.3, 1.6 and 2.1):
 * the b-tree page header, cells of table leaves (0x0D), overflow pages and the record format.
 * Only what a page says is used; every offset is checked against the page, so a damaged or hostile
 * page gives fewer rows, never a read outside it.
 */

/** One row found on a leaf page: its rowid and its record's values in column order. */
struct Row {
    qint64 rowid = 0;
    /** NULL as an invalid QVariant, integers as qint64, reals as double, text as QString (UTF-8), blobs as QByteArray. */
    QVariantList values;
};

/** Page pgno (1-based) as the pager holds it: decrypted and authenticated. Empty when it cannot be read. */
using PageReader = std::function<QByteArray(qint64 pgno)>;

/**
 * The rows on every readable table-leaf page among pages 1 to pageCount, in page order, each page
 * read once. Pages on the file's freelist are skipped (their rows were deleted). A row that goes on
 * to overflow pages is left out when one of them cannot be read. reserved: the bytes at the end of
 * each page that are not the page's (SQLCipher's IV and HMAC); read from page 1 when it can be read.
 */
QList<Row> tableRows(qint64 pageCount, const PageReader &read, int reserved = 80);

} // namespace samen::pagerecovery
