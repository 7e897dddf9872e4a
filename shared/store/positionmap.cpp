#include "store/positionmap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <optional>

namespace samen::positionmap {

namespace {

bool isPlainKeyChar(char c)
{
    return c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20;
}

// The compact form only: {"key":n,...} or {"key":[n,...],...}, keys without escapes.
std::optional<Map> decodeCompact(QByteArrayView text)
{
    Map map;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto at = [&](char c) { return i < n && text[i] == c; };
    const auto number = [&]() -> std::optional<qint64> {
        const qsizetype start = i;
        qint64 value = 0;
        while (i < n && text[i] >= '0' && text[i] <= '9' && i - start < 18)
            value = value * 10 + (text[i++] - '0');
        if (i == start || (i < n && text[i] >= '0' && text[i] <= '9'))
            return std::nullopt;
        return value;
    };
    if (!at('{'))
        return std::nullopt;
    ++i;
    if (at('}'))
        return i + 1 == n ? std::optional<Map>(map) : std::nullopt;
    for (;;) {
        if (!at('"'))
            return std::nullopt;
        const qsizetype keyStart = ++i;
        while (i < n && isPlainKeyChar(text[i]))
            ++i;
        if (!at('"'))
            return std::nullopt;
        const QString key = QString::fromUtf8(text.sliced(keyStart, i - keyStart));
        ++i;
        if (!at(':'))
            return std::nullopt;
        ++i;
        QList<qint64> &positions = map[key];
        if (at('[')) {
            ++i;
            while (!at(']')) {
                auto value = number();
                if (!value)
                    return std::nullopt;
                if (*value > 0)
                    positions.append(*value);
                if (at(','))
                    ++i;
                else if (!at(']'))
                    return std::nullopt;
            }
            ++i;
        } else {
            auto value = number();
            if (!value)
                return std::nullopt;
            if (*value > 0)
                positions.append(*value);
        }
        if (positions.isEmpty())
            map.remove(key);
        if (at(',')) {
            ++i;
            continue;
        }
        if (at('}') && i + 1 == n)
            return map;
        return std::nullopt;
    }
}

} // namespace

Map decode(QByteArrayView json)
{
    if (auto compact = decodeCompact(json))
        return *compact;
    Map map;
    const QJsonObject object = QJsonDocument::fromJson(json.toByteArray()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QList<qint64> positions;
        const QJsonArray list = it.value().isArray() ? it.value().toArray() : QJsonArray { it.value() };
        for (const QJsonValue &v : list) {
            if (const qint64 pos = v.toInteger(); pos > 0)
                positions.append(pos);
        }
        if (!positions.isEmpty())
            map.insert(it.key(), positions);
    }
    return map;
}

namespace {

bool plainKey(const QString &key)
{
    return std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.unicode() >= 0x20 && c != u'"' && c != u'\\' && !c.isSurrogate(); });
}

void appendNumber(QString &out, const qint64 &value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(QLatin1StringView(digits, end - digits));
}

void appendList(QString &out, const QList<qint64> &positions)
{
    out.append(u'[');
    for (qsizetype i = 0; i < positions.size(); ++i) {
        if (i > 0)
            out.append(u',');
        appendNumber(out, positions[i]);
    }
    out.append(u']');
}

QJsonValue listValue(const QList<qint64> &positions)
{
    QJsonArray list;
    for (const qint64 pos : positions)
        list.append(pos);
    return list;
}

// Compact JSON written straight into one string: building a QJsonObject and its text, or a
// string per piece, was most of the cost of writing these small objects once per edit.
// Keys that would need escapes go through QJsonDocument.
template<typename Value> QString encodeMap(const QMap<QString, Value> &map, void (*append)(QString &, const Value &), QJsonValue (*toJson)(const Value &))
{
    if (!std::all_of(map.keyBegin(), map.keyEnd(), plainKey)) {
        QJsonObject object;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            object.insert(it.key(), toJson(it.value()));
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    QString text;
    text.reserve(map.size() * 24 + 2);
    text.append(u'{');
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (text.size() > 1)
            text.append(u',');
        text.append(u'"').append(it.key()).append(QLatin1StringView("\":"));
        append(text, it.value());
    }
    text.append(u'}');
    return text;
}

} // namespace

QString encode(const Map &map)
{
    return encodeMap<QList<qint64>>(map, appendList, listValue);
}

QString encode(const QMap<QString, qint64> &map)
{
    return encodeMap<qint64>(map, appendNumber, [](const qint64 &pos) { return QJsonValue(pos); });
}

QList<qint64> headsOf(const Map &stored, const QMap<QString, qint64> &tails, const QString &field)
{
    if (const auto it = stored.constFind(field); it != stored.constEnd())
        return it.value();
    const qint64 tail = tails.value(field, 0);
    return tail > 0 ? QList<qint64> { tail } : QList<qint64> {};
}

Map withoutTails(const Map &heads, const QMap<QString, qint64> &tails)
{
    Map kept;
    for (auto it = heads.constBegin(); it != heads.constEnd(); ++it) {
        if (it.value().size() != 1 || it.value().first() != tails.value(it.key(), 0))
            kept.insert(it.key(), it.value());
    }
    return kept;
}

} // namespace samen::positionmap
