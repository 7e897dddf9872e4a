#pragma once

#include "http/apiresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace samen::service {

/**
 * Strict reader for a JSON request body: valid UTF-8, nesting at most kMaxDepth,
 * an object at the top, every string well-formed Unicode (no lone surrogate from a
 * "\ud800" escape, no noncharacter), only the keys the endpoint knows, each of the
 * right type; short texts follow the one-line rules of TextHygiene.
 * The first problem is kept as a 400 answer; later reads return empty values.
 */
class JsonRequest
{
public:
    static constexpr int kMaxDepth = 16;

    /** Parses body; an empty body counts as {} so endpoints without input accept it. */
    explicit JsonRequest(const QByteArray &body, const QStringList &allowedKeys);

    bool ok() const { return !m_error.has_value(); }
    ApiResponse error() const { return m_error.value_or(ApiResponse::badRequest(QString())); }
    const QJsonObject &object() const { return m_object; }

    QString string(const QString &key, int maxLength, bool required = true);
    /**
     * A person's or device's name: string() with a visible character (also when optional but given), then
     * NameRule (no invisible character, single spaces, NFC); see docs/data-model.md, "Names".
     */
    QString name(const QString &key, int maxLength, bool required = true);
    /** The service's sentence for a name that breaks NameRule, naming where it was (e.g. "invitee.name"). */
    static QString nameRuleMessage(const QString &where);
    std::optional<qint64> integer(const QString &key, qint64 minimum, qint64 maximum, bool required = true);
    QJsonArray array(const QString &key, int maxItems, bool required = true);
    QJsonObject object(const QString &key, bool required = true);
    /** Records a problem found by the endpoint itself, in the same 400 form. */
    void fail(const QString &message);

    /** True when the bytes are valid UTF-8 (no overlongs, no surrogates, no noncharacters). */
    static bool isValidUtf8(const QByteArray &bytes);
    /** Deepest nesting of arrays/objects, counted outside strings. */
    static int nestingDepth(const QByteArray &bytes);

private:
    bool present(const QString &key, bool required);

    QJsonObject m_object;
    std::optional<ApiResponse> m_error;
};

} // namespace samen::service
