#include "audit/auditapi.h"

#include "plans/planapi.h"

namespace samen::service {

AuditApi::AuditApi(ServiceStore &store, AuditLog &audit)
    : m_store(store)
    , m_audit(audit)
{
}

ApiResponse AuditApi::planAudit(const ApiRequest &request)
{
    auto a = PlanApi::access(m_store, request, true);
    if (auto *error = std::get_if<ApiResponse>(&a))
        return *error;
    bool okAfter = true;
    bool okLimit = true;
    const QString afterText = request.query.queryItemValue(QStringLiteral("after"));
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&okAfter);
    const qint64 limit = limitText.isEmpty() ? 500 : limitText.toLongLong(&okLimit);
    if (!okAfter || !okLimit || after < 0 || limit < 1 || limit > 1000)
        return ApiResponse::badRequest(QStringLiteral("\"after\" must be 0 or more and \"limit\" from 1 to 1000."));
    auto entries = m_store.auditEntries(request.segments[2], after, static_cast<int>(limit));
    if (!entries)
        return ApiResponse::internal();
    QJsonArray list;
    for (const AuditRecord &e : entries.value())
        list.append(AuditLog::toJson(e));
    // Reading the log is itself recorded, after the page is taken, so the reader sees what was there.
    if (!m_audit.append(request.segments[2], request.device.id, QStringLiteral("audit.read"), request.segments[2], {}, request.nowMs))
        return ApiResponse::internal();
    return ApiResponse::json(200, QJsonObject { { QStringLiteral("entries"), list } });
}

} // namespace samen::service
