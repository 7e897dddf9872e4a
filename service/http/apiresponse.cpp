#include "http/apiresponse.h"

#include <QJsonDocument>

namespace samen::service {

ApiResponse ApiResponse::json(int status, const QJsonObject &object)
{
    return { status, QJsonDocument(object).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"), {} };
}

ApiResponse ApiResponse::json(int status, const QJsonArray &array)
{
    return { status, QJsonDocument(array).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"), {} };
}

ApiResponse ApiResponse::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    return { status, body, contentType, {} };
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message)
{
    return json(status, QJsonObject { { QStringLiteral("error"), code }, { QStringLiteral("message"), message } });
}

ApiResponse ApiResponse::unauthorised()
{
    // One answer for missing, unknown, expired and revoked credentials: nothing to probe.
    ApiResponse r = error(401, QStringLiteral("unauthorised"), QStringLiteral("Sign in first: send a valid bearer token."));
    r.headers.append({ QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer") });
    return r;
}

ApiResponse ApiResponse::forbidden(const QString &message)
{
    return error(403, QStringLiteral("forbidden"), message);
}

ApiResponse ApiResponse::notFound(const QString &message)
{
    return error(404, QStringLiteral("not-found"), message);
}

ApiResponse ApiResponse::internal()
{
    return error(500, QStringLiteral("internal"), QStringLiteral("Something went wrong on the service. Try again later."));
}

} // namespace samen::service
