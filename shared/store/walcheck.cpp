#include "store/walcheck.h"

#include <QFile>

#include <cstdint>

namespace samen::walcheck {

namespace {

constexpr int kHeaderSize = 32;
constexpr int kFrameHeaderSize = 24;
constexpr quint32 kMagicLittle = 0x377f0682; // checksums over little-endian words
constexpr quint32 kMagicBig = 0x377f0683; // checksums over big-endian words

quint32 be32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint32 le32(const uchar *p)
{
    return (quint32(p[3]) << 24) | (quint32(p[2]) << 16) | (quint32(p[1]) << 8) | quint32(p[0]);
}

struct Sum {
    quint32 s1 = 0, s2 = 0;
    bool operator==(const Sum &o) const { return s1 == o.s1 && s2 == o.s2; }
};

/** SQLite's WAL checksum (walChecksumBytes): pairs of 32-bit words, seeded with the previous sum. */
Sum checksum(const uchar *data, int size, Sum seed, bool bigEndian)
{
    for (int i = 0; i + 8 <= size; i += 8) {
        const quint32 x0 = bigEndian ? be32(data + i) : le32(data + i);
        const quint32 x1 = bigEndian ? be32(data + i + 4) : le32(data + i + 4);
        seed.s1 += x0 + seed.s2;
        seed.s2 += x1 + seed.s1;
    }
    return seed;
}

struct Wal {
    const uchar *bytes;
    qint64 size;
    int frameSize;
    quint32 salt1, salt2;
    bool bigEndian;

    qint64 frames() const { return (size - kHeaderSize) / frameSize; }
    const uchar *frame(qint64 i) const { return bytes + kHeaderSize + i * frameSize; }
    bool sameSalts(qint64 i) const { return be32(frame(i) + 8) == salt1 && be32(frame(i) + 12) == salt2; }
    Sum stored(qint64 i) const { return { be32(frame(i) + 16), be32(frame(i) + 20) }; }
    /** Frame i checked on its own: its salts and its checksum seeded with seed. */
    bool intact(qint64 i, Sum seed) const
    {
        if (i >= frames() || !sameSalts(i))
            return false;
        Sum sum = checksum(frame(i), 8, seed, bigEndian);
        sum = checksum(frame(i) + kFrameHeaderSize, frameSize - kFrameHeaderSize, sum, bigEndian);
        return sum == stored(i);
    }
    /** True when frame i ends a transaction (its header holds the database size after the commit). */
    bool commits(qint64 i) const { return be32(frame(i) + 4) != 0; }
    /**
     * From frame i on, with seed as the sum before it: do intact frames lead to a commit?
     * Then a committed transaction would be dropped: damage. Frames left by a transaction
     * that was rolled back after it spilled into the WAL also chain among themselves, but
     * they never commit, so they are not taken for damage.
     */
    bool commitFollows(qint64 i, Sum seed) const
    {
        for (; intact(i, seed); ++i) {
            if (commits(i))
                return true;
            seed = stored(i);
        }
        return false;
    }
};

} // namespace

bool isDamaged(const QString &walPath, int pageSize)
{
    QFile file(walPath);
    if (!file.open(QIODevice::ReadOnly) || file.size() < kHeaderSize)
        return false;
    const QByteArray all = file.readAll();
    const auto *h = reinterpret_cast<const uchar *>(all.constData());
    const quint32 magic = be32(h);
    Wal wal { h, all.size(), pageSize + kFrameHeaderSize, be32(h + 16), be32(h + 20), magic == kMagicBig };
    const Sum headerStored { be32(h + 24), be32(h + 28) };
    const bool headerOk = (magic == kMagicLittle || magic == kMagicBig) && checksum(h, 24, {}, wal.bigEndian) == headerStored;
    if (!headerOk) {
        // SQLite then ignores the whole WAL; damage when its first frame is intact under the stored header sum.
        if (wal.commitFollows(0, headerStored))
            return true;
        wal.bigEndian = !wal.bigEndian; // the flipped byte may be in the magic number
        return wal.commitFollows(0, headerStored);
    }
    Sum seed = headerStored;
    for (qint64 i = 0; i < wal.frames(); ++i) {
        if (wal.intact(i, seed)) {
            seed = wal.stored(i);
            continue;
        }
        // The chain breaks here: a cut-off write ends the WAL; damage leaves committed frames after it.
        return i + 1 < wal.frames() && wal.commitFollows(i + 1, wal.stored(i));
    }
    return false;
}

} // namespace samen::walcheck
