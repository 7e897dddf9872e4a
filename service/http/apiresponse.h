#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace samen::service {

/** One HTTP answer: status, body and extra headers; every error is {"error": code, "message": plain words}. */
struct ApiResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, const QJsonObject &object);
    static ApiResponse json(int status, const QJsonArray &array);
    static ApiResponse text(int status, const QByteArray &body, const QByteArray &contentType);
    static ApiResponse error(int status, const QString &code, const QString &message);

    // The errors every handler needs, with one wording each.
    static ApiResponse badRequest(const QString &message) { return error(400, QStringLiteral("invalid-request"), message); }
    static ApiResponse unauthorised();
    static ApiResponse forbidden(const QString &message);
    static ApiResponse notFound(const QString &message);
    static ApiResponse conflict(const QString &message) { return error(409, QStringLiteral("conflict"), message); }
    static ApiResponse internal();
};

} // namespace samen::service
