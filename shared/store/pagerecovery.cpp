#include "store/pagerecovery.h"

#include <QSet>

#include <cstring>
#include <optional>

namespace samen::pagerecovery {

namespace {

constexpr unsigned char kTableLeaf = 0x0D;
constexpr qint64 kFileHeader = 100; // page 1 starts with the file's header

quint32 be(const QByteArray &page, qint64 at, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | static_cast<unsigned char>(page[at + i]);
    return v;
}

/** A varint (fileformat2 section 1.6: 1 to 9 bytes, big-endian, 7 bits each but the ninth's 8) at *at, within end. */
std::optional<quint64> varint(const QByteArray &data, qint64 &at, qint64 end)
{
    quint64 v = 0;
    for (int i = 0; i < 9; ++i) {
        if (at >= end)
            return std::nullopt;
        const auto byte = static_cast<unsigned char>(data[at++]);
        if (i == 8)
            return (v << 8) | byte;
        v = (v << 7) | (byte & 0x7f);
        if (!(byte & 0x80))
            return v;
    }
    return std::nullopt;
}

/** The values of a record (fileformat2 section 2.1); nullopt when it does not fit its bytes. */
std::optional<QVariantList> record(const QByteArray &payload)
{
    qint64 at = 0;
    const auto headerSize = varint(payload, at, payload.size());
    if (!headerSize || *headerSize > static_cast<quint64>(payload.size()))
        return std::nullopt;
    const auto headerEnd = static_cast<qint64>(*headerSize);
    QList<quint64> types;
    while (at < headerEnd) {
        const auto type = varint(payload, at, headerEnd);
        if (!type)
            return std::nullopt;
        types.append(*type);
    }
    QVariantList values;
    qint64 body = headerEnd;
    for (const quint64 type : types) {
        static constexpr int kIntBytes[] = { 0, 1, 2, 3, 4, 6, 8 };
        qint64 size = 0;
        if (type >= 1 && type <= 6)
            size = kIntBytes[type];
        else if (type == 7)
            size = 8;
        else if (type >= 12)
            size = static_cast<qint64>((type - (type % 2 ? 13 : 12)) / 2);
        else if (type == 10 || type == 11)
            return std::nullopt; // reserved for internal use: not a record
        if (size < 0 || size > payload.size() - body)
            return std::nullopt;
        if (type == 0) {
            values.append(QVariant());
        } else if (type == 8 || type == 9) {
            values.append(QVariant(qint64(type == 9)));
        } else if (type <= 6) {
            quint64 raw = 0;
            for (qint64 i = 0; i < size; ++i)
                raw = (raw << 8) | static_cast<unsigned char>(payload[body + i]);
            const int shift = 64 - 8 * static_cast<int>(size); // sign-extend two's complement
            values.append(QVariant(static_cast<qint64>(raw << shift) >> shift));
        } else if (type == 7) {
            quint64 raw = 0;
            for (int i = 0; i < 8; ++i)
                raw = (raw << 8) | static_cast<unsigned char>(payload[body + i]);
            double real = 0;
            std::memcpy(&real, &raw, sizeof real);
            values.append(QVariant(real));
        } else if (type % 2) {
            values.append(QVariant(QString::fromUtf8(payload.constData() + body, size)));
        } else {
            values.append(QVariant(payload.mid(body, size)));
        }
        body += size;
    }
    return values;
}

/** The pages on the freelist (trunks and leaves, fileformat2 section 1.3.8), as far as it can be read. */
QSet<qint64> freePages(const QList<QByteArray> &pages, qint64 usable)
{
    QSet<qint64> free;
    if (pages.isEmpty() || pages.first().size() < kFileHeader)
        return free;
    qint64 trunk = be(pages.first(), 32, 4);
    while (trunk > 0 && trunk <= pages.size() && !free.contains(trunk)) {
        free.insert(trunk);
        const QByteArray &page = pages[trunk - 1];
        if (page.size() < 8)
            break;
        const qint64 leaves = be(page, 4, 4);
        for (qint64 i = 0; i < leaves && 8 + 4 * i + 4 <= usable; ++i)
            free.insert(be(page, 8 + 4 * i, 4));
        trunk = be(page, 0, 4);
    }
    return free;
}

/** The payload of the cell at offset in page: local bytes, then its overflow chain; nullopt when any of it cannot be read. */
std::optional<QByteArray> payload(const QList<QByteArray> &pages, const QByteArray &page, qint64 at, quint64 size, qint64 usable)
{
    // fileformat2 section 1.6: how much of a table leaf's payload is on the page itself.
    const qint64 maxLocal = usable - 35;
    const qint64 minLocal = ((usable - 12) * 32 / 255) - 23;
    if (size > static_cast<quint64>(pages.size()) * static_cast<quint64>(usable))
        return std::nullopt; // longer than the whole file
    const auto total = static_cast<qint64>(size);
    qint64 local = total;
    if (total > maxLocal) {
        const qint64 k = minLocal + ((total - minLocal) % (usable - 4));
        local = k <= maxLocal ? k : minLocal;
    }
    if (at + local > usable || (local < total && at + local + 4 > usable))
        return std::nullopt;
    QByteArray out = page.mid(at, local);
    qint64 next = local < total ? be(page, at + local, 4) : 0;
    for (qint64 hops = 0; out.size() < total; ++hops) {
        if (next <= 0 || next > pages.size() || hops > pages.size() || pages[next - 1].size() < usable)
            return std::nullopt;
        const QByteArray &overflow = pages[next - 1];
        out.append(overflow.mid(4, std::min(usable - 4, total - out.size())));
        next = be(overflow, 0, 4);
    }
    return out;
}

} // namespace

QList<Row> tableRows(qint64 pageCount, const PageReader &read, int reserved)
{
    QList<QByteArray> pages;
    for (qint64 pgno = 1; pgno <= pageCount; ++pgno)
        pages.append(read(pgno));
    if (!pages.isEmpty() && pages.first().size() > kFileHeader)
        reserved = static_cast<unsigned char>(pages.first()[20]);
    QList<Row> rows;
    const QSet<qint64> free = freePages(pages, pages.isEmpty() ? 0 : pages.first().size() - reserved);
    for (qint64 pgno = 1; pgno <= pages.size(); ++pgno) {
        const QByteArray &page = pages[pgno - 1];
        const qint64 usable = page.size() - reserved;
        const qint64 header = pgno == 1 ? kFileHeader : 0;
        if (free.contains(pgno) || usable < 512 || static_cast<unsigned char>(page[header]) != kTableLeaf)
            continue;
        const qint64 cells = be(page, header + 3, 2);
        for (qint64 i = 0; i < cells && header + 8 + 2 * i + 2 <= usable; ++i) {
            qint64 at = be(page, header + 8 + 2 * i, 2);
            if (at < header + 8 || at >= usable)
                continue;
            const auto size = varint(page, at, usable);
            const auto rowid = size ? varint(page, at, usable) : std::nullopt;
            if (!rowid)
                continue;
            const auto bytes = payload(pages, page, at, *size, usable);
            const auto values = bytes ? record(*bytes) : std::nullopt;
            if (values)
                rows.append({ static_cast<qint64>(*rowid), *values });
        }
    }
    return rows;
}

} // namespace samen::pagerecovery
