#include "sync/hlc.h"

#include <algorithm>

namespace samen {

QString Hlc::toString() const
{
    // Written digit by digit: three QString::arg calls were a tenth of making an operation's stored text.
    if (wallMs < 0 || wallMs > 9'999'999'999'999 || counter > 999'999)
        return QStringLiteral("%1-%2-%3").arg(wallMs, 13, 10, QLatin1Char('0')).arg(counter, 6, 10, QLatin1Char('0')).arg(node);
    QString text(13 + 1 + 6 + 1 + node.size(), Qt::Uninitialized);
    QChar *out = text.data();
    qint64 ms = wallMs;
    for (int i = 12; i >= 0; --i, ms /= 10)
        out[i] = QChar(u'0' + static_cast<char16_t>(ms % 10));
    out[13] = u'-';
    quint32 c = counter;
    for (int i = 19; i >= 14; --i, c /= 10)
        out[i] = QChar(u'0' + static_cast<char16_t>(c % 10));
    out[20] = u'-';
    std::copy(node.cbegin(), node.cend(), out + 21);
    return text;
}

std::optional<Hlc> Hlc::parse(QStringView text)
{
    // Fixed widths keep the text form sortable; anything else is rejected.
    if (text.size() < 13 + 1 + 6 + 1 + 1 || text.size() > 13 + 1 + 6 + 1 + 64)
        return std::nullopt;
    if (text[13] != QLatin1Char('-') || text[20] != QLatin1Char('-'))
        return std::nullopt;
    // Digits only: QString's number parsing would also take a sign or spaces ("+123", " 12"), a text
    // that does not sort like its value (found by tests/fuzz/fuzz_operation).
    for (qsizetype i = 0; i < 20; ++i) {
        if (i != 13 && (text[i] < QLatin1Char('0') || text[i] > QLatin1Char('9')))
            return std::nullopt;
    }
    bool okMs = false;
    bool okCounter = false;
    Hlc h;
    h.wallMs = text.mid(0, 13).toLongLong(&okMs);
    h.counter = text.mid(14, 6).toUInt(&okCounter);
    h.node = text.mid(21).toString();
    if (!okMs || !okCounter || h.wallMs < 0)
        return std::nullopt;
    for (const QChar c : h.node) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_'))
            return std::nullopt;
    }
    return h;
}

} // namespace samen
