#pragma once

#include "storage/servicestore.h"

#include <QByteArray>
#include <QStringList>
#include <QUrlQuery>

namespace samen::service {

/** What a handler sees of one request: path segments, query, body, and the signed-in device. */
struct ApiRequest {
    QStringList segments; ///< "/v1/plans/P/ops" -> {"v1", "plans", "P", "ops"}
    QUrlQuery query;
    QByteArray body;
    QString address;
    QByteArray authorization; ///< the Authorization header as sent (GET /metrics checks its own token with it)
    DeviceRecord device; ///< set for authenticated routes
    qint64 nowMs = 0;
};

} // namespace samen::service
