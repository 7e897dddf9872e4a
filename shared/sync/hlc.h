#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace samen {

/**
 * A hybrid logical clock timestamp: wall-clock milliseconds, a counter for
 * events within the same millisecond, and the node (device) that made it.
 * Text form "<13-digit ms>-<6-digit counter>-<node>" sorts like the value.
 */
struct Hlc {
    qint64 wallMs = 0;
    quint32 counter = 0;
    QString node;

    QString toString() const;
    static std::optional<Hlc> parse(QStringView text);

    friend std::strong_ordering operator<=>(const Hlc &a, const Hlc &b)
    {
        if (auto c = a.wallMs <=> b.wallMs; c != 0)
            return c;
        if (auto c = a.counter <=> b.counter; c != 0)
            return c;
        const int n = QString::compare(a.node, b.node);
        return n < 0 ? std::strong_ordering::less : (n > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
    }
    friend bool operator==(const Hlc &a, const Hlc &b) = default;
};

} // namespace samen
