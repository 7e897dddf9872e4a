#include "sync/uuid7.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

#include <array>

namespace samen {

QString newUuid7()
{
    // Within one millisecond the 12-bit rand_a field counts up (RFC 9562 method 1),
    // so ids made by this process keep their creation order.
    static QMutex mutex;
    static qint64 lastMs = -1;
    static quint16 sequence = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint16 randA = 0;
    {
        QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++sequence > 0x0FFF) {
                ++ms;
                sequence = quint16(QRandomGenerator::system()->bounded(0x0800));
            }
        } else {
            sequence = quint16(QRandomGenerator::system()->bounded(0x0800));
        }
        lastMs = ms;
        randA = sequence;
    }
    std::array<quint8, 16> b {};
    for (int i = 0; i < 6; ++i)
        b[size_t(i)] = quint8((quint64(ms) >> (8 * (5 - i))) & 0xFF);
    b[6] = quint8(0x70 | ((randA >> 8) & 0x0F));
    b[7] = quint8(randA & 0xFF);
    std::array<quint32, 2> random {};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    for (int i = 0; i < 8; ++i)
        b[size_t(8 + i)] = quint8((random[size_t(i / 4)] >> (8 * (i % 4))) & 0xFF);
    b[8] = quint8(0x80 | (b[8] & 0x3F)); // variant 10xx
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.append(QLatin1Char('-'));
        out.append(QLatin1Char(hex[b[i] >> 4]));
        out.append(QLatin1Char(hex[b[i] & 0x0F]));
    }
    return out;
}

bool isUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace samen
