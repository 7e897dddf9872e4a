// libFuzzer target: pages of a damaged file as StoreSalvage reads them (pagerecovery::tableRows).
// The input is cut into 512-byte pages (the smallest SQLite page; page 1 included, whose
// header gives the reserved bytes), so cell pointers, overflow chains and the freelist all
// point at bytes the fuzzer controls. Oracles besides the sanitizers: every row has a record
// of at most as many values as the file has bytes, and no read outside a page.
#include "store/pagerecovery.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstdlib>

using namespace samen;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr qsizetype kPage = 512;
    const QByteArray all(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QList<QByteArray> pages;
    for (qsizetype at = 0; at + kPage <= all.size(); at += kPage)
        pages << all.mid(at, kPage);
    const QList<pagerecovery::Row> rows = pagerecovery::tableRows(
        pages.size(), [&](qint64 pgno) { return pages.value(pgno - 1); }, 0);
    for (const pagerecovery::Row &row : rows) {
        if (row.values.size() > all.size())
            std::abort();
    }
    return 0;
}
