#include "sync/opwire.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace samen::service {

namespace {

/** Moves at past the string whose opening quote it points at; false when the text ends first. */
bool skipString(QByteArrayView t, qsizetype &at)
{
    const char *start = t.data() + at + 1;
    const char *end = t.data() + t.size();
    for (const char *p = start; p < end;) {
        const auto *quote = static_cast<const char *>(std::memchr(p, '"', static_cast<size_t>(end - p)));
        if (!quote)
            return false;
        // Escaped when an odd number of backslashes stands right before it.
        const char *b = quote;
        while (b > start && b[-1] == '\\')
            --b;
        if ((quote - b) % 2 == 0) {
            at = quote - t.data() + 1;
            return true;
        }
        p = quote + 1;
    }
    return false;
}

/** Moves at past the JSON value it points at (compact: no white space); false when the text is not one. */
bool skipValue(QByteArrayView t, qsizetype &at)
{
    if (at >= t.size())
        return false;
    const char c = t[at];
    if (c == '"')
        return skipString(t, at);
    if (c == '{' || c == '[') {
        int depth = 0;
        while (at < t.size()) {
            const char d = t[at];
            if (d == '"') {
                if (!skipString(t, at))
                    return false;
                continue;
            }
            if (d == '{' || d == '[')
                ++depth;
            else if (d == '}' || d == ']')
                --depth;
            ++at;
            if (depth == 0)
                return true;
        }
        return false;
    }
    // A number, true, false or null: up to the next separator.
    const qsizetype start = at;
    while (at < t.size() && t[at] != ',' && t[at] != '}' && t[at] != ']')
        ++at;
    return at > start;
}

} // namespace

std::optional<OpWire::Reading> OpWire::read(QByteArrayView t)
{
    static constexpr QByteArrayView kSeq("seq");
    static constexpr QByteArrayView kEntityId("entityId");
    Reading r;
    if (t.size() < 2 || t.front() != '{' || t.back() != '}')
        return std::nullopt;
    qsizetype at = 1;
    bool haveEntityId = false;
    while (at < t.size() - 1) {
        if (at > 1) {
            if (t[at] != ',')
                return std::nullopt;
            ++at;
        }
        // The key: plain ASCII without escapes, so its byte order is QJsonObject's order.
        if (t[at] != '"')
            return std::nullopt;
        const qsizetype keyStart = at + 1;
        qsizetype keyEnd = keyStart;
        while (keyEnd < t.size() && t[keyEnd] != '"') {
            const auto b = static_cast<unsigned char>(t[keyEnd]);
            if (b == '\\' || b >= 0x80)
                return std::nullopt;
            ++keyEnd;
        }
        if (keyEnd + 1 >= t.size() || t[keyEnd + 1] != ':')
            return std::nullopt;
        const QByteArrayView key = t.sliced(keyStart, keyEnd - keyStart);
        if (key == kSeq)
            return std::nullopt; // never stored with one
        if (r.seqAt < 0 && key.compare(kSeq) > 0)
            r.seqAt = keyStart - 1;
        at = keyEnd + 2;
        const qsizetype valueStart = at;
        if (!skipValue(t, at))
            return std::nullopt;
        if (key == kEntityId) {
            const QByteArrayView value = t.sliced(valueStart, at - valueStart);
            if (value.size() < 2 || value.front() != '"' || value.contains('\\'))
                return std::nullopt;
            r.entityId = QString::fromUtf8(value.sliced(1, value.size() - 2));
            haveEntityId = true;
        }
    }
    if (at != t.size() - 1 || !haveEntityId)
        return std::nullopt;
    if (r.seqAt < 0) {
        r.seqAt = t.size() - 1;
        r.seqLast = true;
    }
    return r;
}

QString OpWire::entityId(QByteArrayView json, const std::optional<Reading> &reading)
{
    if (reading)
        return reading->entityId;
    return QJsonDocument::fromJson(json.toByteArray()).object().value(QStringLiteral("entityId")).toString();
}

void OpWire::appendWithSeq(QByteArray &out, const StoredOpText &op, const std::optional<Reading> &reading)
{
    if (!reading) {
        QJsonObject o = QJsonDocument::fromJson(op.json).object();
        o.insert(QStringLiteral("seq"), op.seq);
        out += QJsonDocument(o).toJson(QJsonDocument::Compact);
        return;
    }
    const QByteArrayView t(op.json);
    out += t.first(reading->seqAt);
    if (reading->seqLast && reading->seqAt > 1)
        out += ',';
    out += "\"seq\":";
    out += QByteArray::number(op.seq);
    if (!reading->seqLast)
        out += ',';
    out += t.sliced(reading->seqAt);
}

QByteArray OpWire::withOps(const QJsonObject &object, const QByteArray &opsArray)
{
    const QString ops = QStringLiteral("ops");
    QJsonObject before;
    QJsonObject after;
    for (auto it = object.begin(); it != object.end(); ++it)
        (it.key() < ops ? before : after).insert(it.key(), it.value());
    QByteArray out = QJsonDocument(before).toJson(QJsonDocument::Compact);
    out.chop(1);
    if (!before.isEmpty())
        out += ',';
    out += "\"ops\":";
    out += opsArray;
    if (after.isEmpty()) {
        out += '}';
        return out;
    }
    out += ',';
    out += QJsonDocument(after).toJson(QJsonDocument::Compact).sliced(1);
    return out;
}

} // namespace samen::service
