#include "http/jsonrequest.h"

#include "domain/namerule.h"
#include "domain/texthygiene.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace samen::service {

JsonRequest::JsonRequest(const QByteArray &body, const QStringList &allowedKeys)
{
    if (body.trimmed().isEmpty())
        return;
    if (!isValidUtf8(body)) {
        m_error = ApiResponse::error(400, QStringLiteral("invalid-json"), QStringLiteral("The body is not valid UTF-8 text."));
        return;
    }
    // Checked before parsing so a hostile body cannot make the parser recurse deeply.
    if (nestingDepth(body) > kMaxDepth) {
        m_error = ApiResponse::error(400, QStringLiteral("invalid-json"),
                                     QStringLiteral("The JSON is nested too deeply: at most %1 levels are allowed.").arg(kMaxDepth));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error
            = ApiResponse::error(400, QStringLiteral("invalid-json"), QStringLiteral("The body is not valid JSON (at character %1).").arg(parseError.offset));
        return;
    }
    if (!doc.isObject()) {
        m_error = ApiResponse::error(400, QStringLiteral("invalid-json"), QStringLiteral("The body must be a JSON object."));
        return;
    }
    // "\ud800" is valid JSON but no text: the parser keeps the lone surrogate, so it is looked for after parsing.
    if (!TextHygiene::isWellFormedJson(QJsonValue(doc.object()))) {
        m_error = ApiResponse::error(400, QStringLiteral("invalid-json"),
                                     QStringLiteral("The body holds text that is not valid Unicode (a lone surrogate or a noncharacter)."));
        return;
    }
    m_object = doc.object();
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!allowedKeys.contains(it.key())) {
            fail(QStringLiteral("Unknown field \"%1\". Allowed fields: %2.").arg(it.key().left(40), allowedKeys.join(QStringLiteral(", "))));
            return;
        }
    }
}

void JsonRequest::fail(const QString &message)
{
    if (!m_error)
        m_error = ApiResponse::badRequest(message);
}

bool JsonRequest::present(const QString &key, bool required)
{
    if (m_error)
        return false;
    if (!m_object.contains(key) || m_object.value(key).isNull()) {
        if (required)
            fail(QStringLiteral("\"%1\" is missing.").arg(key));
        return false;
    }
    return true;
}

QString JsonRequest::string(const QString &key, int maxLength, bool required)
{
    if (!present(key, required))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        fail(QStringLiteral("\"%1\" must be text.").arg(key));
        return {};
    }
    const QString s = v.toString();
    if (s.isEmpty() && required) {
        fail(QStringLiteral("\"%1\" must not be empty.").arg(key));
        return {};
    }
    if (s.size() > maxLength) {
        fail(QStringLiteral("\"%1\" is too long: at most %2 characters.").arg(key).arg(maxLength));
        return {};
    }
    // Every short text of a request follows the one-line rules of names (TextHygiene).
    switch (TextHygiene::check(s, TextHygiene::Kind::OneLine, required)) {
    case TextHygiene::Problem::None:
        return s;
    case TextHygiene::Problem::NoVisibleCharacter:
        fail(QStringLiteral("\"%1\" must hold a visible character.").arg(key));
        return {};
    case TextHygiene::Problem::BidiControl:
        fail(QStringLiteral("\"%1\" must not hold characters that change the direction of text (U+202A-U+202E, U+2066-U+2069).").arg(key));
        return {};
    default:
        fail(QStringLiteral("\"%1\" must be one line of text without control characters.").arg(key));
        return {};
    }
}

QString JsonRequest::name(const QString &key, int maxLength, bool required)
{
    const QString s = string(key, maxLength, required);
    if (ok() && m_object.contains(key) && !TextHygiene::hasVisibleCharacter(s))
        fail(QStringLiteral("\"%1\" must hold a visible character.").arg(key));
    else if (ok() && NameRule::check(s) != NameRule::Problem::None)
        fail(nameRuleMessage(key));
    return ok() ? s : QString();
}

QString JsonRequest::nameRuleMessage(const QString &where)
{
    return QStringLiteral("\"%1\" must be a name as people read it: no invisible character (format characters such as U+200B, U+FEFF, U+00AD "
                          "or direction marks), single U+0020 spaces between words and none at the ends, in Unicode NFC.")
        .arg(where);
}

std::optional<qint64> JsonRequest::integer(const QString &key, qint64 minimum, qint64 maximum, bool required)
{
    if (!present(key, required))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d < static_cast<double>(minimum) || d > static_cast<double>(maximum)) {
        fail(QStringLiteral("\"%1\" must be a whole number from %2 to %3.").arg(key).arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

QJsonArray JsonRequest::array(const QString &key, int maxItems, bool required)
{
    if (!present(key, required))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        fail(QStringLiteral("\"%1\" must be a list.").arg(key));
        return {};
    }
    if (v.toArray().size() > maxItems) {
        fail(QStringLiteral("\"%1\" has too many items: at most %2.").arg(key).arg(maxItems));
        return {};
    }
    return v.toArray();
}

QJsonObject JsonRequest::object(const QString &key, bool required)
{
    if (!present(key, required))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        fail(QStringLiteral("\"%1\" must be an object.").arg(key));
        return {};
    }
    return v.toObject();
}

bool JsonRequest::isValidUtf8(const QByteArray &bytes)
{
    return TextHygiene::isValidUtf8(bytes);
}

int JsonRequest::nestingDepth(const QByteArray &bytes)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

} // namespace samen::service
