#include "sync/hlc.h"

namespace samen {

QString Hlc::toString() const
{
    return QStringLiteral("%1-%2-%3").arg(wallMs, 13, 10, QLatin1Char('0')).arg(counter, 6, 10, QLatin1Char('0')).arg(node);
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
