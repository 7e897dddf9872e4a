#include "audit/auditapi.h"

#include "audit/audithead.h"
#include "plans/planapi.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAudit, "samen.audit")

namespace samen::service {

AuditApi::AuditApi(ServiceStore &store, AuditLog &audit, ChainVerifier &chain, const SigningKey &headKey)
    : m_store(store)
    , m_audit(audit)
    , m_chain(chain)
    , m_headKey(headKey)
{
}

QJsonObject AuditApi::entryJson(const AuditRecord &e, const QString &actorMemberId)
{
    QJsonObject o = AuditLog::toJson(e);
    const QJsonValue count = e.detail.contains(QStringLiteral("count")) ? e.detail.value(QStringLiteral("count"))
                                                                        : e.detail.value(QStringLiteral("accepted")); // ops.write before schema 5
    o.insert(QStringLiteral("actorMemberId"), actorMemberId);
    o.insert(QStringLiteral("entityType"), e.detail.value(QStringLiteral("entityType")).toString());
    o.insert(QStringLiteral("domainKey"), e.detail.value(QStringLiteral("domainKey")).toString());
    o.insert(QStringLiteral("count"), count.isDouble() ? count.toInteger() : 1);
    // The member a change was about (let in, declined, removed, access set), when there is one.
    const bool aboutMember = e.action.startsWith(QLatin1String("member.")) || e.action == QLatin1String("grant.set");
    o.insert(QStringLiteral("memberId"),
             e.detail.contains(QStringLiteral("memberId")) ? e.detail.value(QStringLiteral("memberId")).toString()
                 : aboutMember                             ? e.target
                                                           : QString());
    return o;
}

ApiResponse AuditApi::planAudit(const ApiRequest &request)
{
    // Queued reads first: the log shown holds every read answered before this request.
    if (!m_audit.flush())
        return ApiResponse::internal();
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
    // The member each device acts as in this plan: a device belongs to one account, an account is one member of a plan.
    QHash<QString, QString> memberOfAccount;
    for (const MemberRecord &m : std::get<PlanAccess>(a).members())
        memberOfAccount.insert(m.accountId, m.memberId);
    QHash<QString, QString> memberOfDevice;
    QJsonArray list;
    for (const AuditRecord &e : entries.value()) {
        if (!memberOfDevice.contains(e.actor)) {
            auto device = m_store.device(e.actor);
            if (!device)
                return ApiResponse::internal();
            memberOfDevice.insert(e.actor, device->has_value() ? memberOfAccount.value(device->value().accountId) : QString());
        }
        list.append(entryJson(e, memberOfDevice.value(e.actor)));
    }
    // The chain since the last verified head (the whole of it now and then), so the owner learns whether anything was altered or removed.
    auto verified = m_chain.check(request.nowMs);
    if (!verified && verified.error().code != ErrorCode::Damaged)
        return ApiResponse::internal();
    if (!verified)
        qCCritical(lcAudit, "audit chain broken: %s", qPrintable(verified.error().message));
    const QJsonObject chain { { QStringLiteral("intact"), verified.ok() }, { QStringLiteral("entries"), verified ? verified->size() : 0 } };
    // Reading the log is itself recorded, after the page is taken, so the reader sees what was there.
    if (!m_audit.append(request.segments[2], request.device.id, QStringLiteral("audit.read"), request.segments[2], {}, request.nowMs))
        return ApiResponse::internal();
    return ApiResponse::json(200, QJsonObject { { QStringLiteral("entries"), list }, { QStringLiteral("chain"), chain } });
}

ApiResponse AuditApi::head(const ApiRequest &request)
{
    // Queued reads first: a signed head covers every read answered before it.
    if (!m_audit.flush())
        return ApiResponse::internal();
    auto verified = m_chain.check(request.nowMs);
    if (!verified && verified.error().code != ErrorCode::Damaged)
        return ApiResponse::internal();
    if (!verified) {
        qCCritical(lcAudit, "audit chain broken, no head signed: %s", qPrintable(verified.error().message));
        return ApiResponse::error(503, QStringLiteral("audit-damaged"),
                                  QStringLiteral("The access log does not verify, so the service signs no head for it. The operator has been told."));
    }
    // Plans' chains under their published names: the head names no plan (docs/security.md, "The audit chain").
    auto nameKey = m_store.auditNameKey();
    if (!nameKey)
        return ApiResponse::internal();
    const AuditHead signedHead = AuditHead::sign(m_headKey, AuditHead::published(verified->chains, nameKey.value()), request.nowMs);
    if (signedHead.signature.isEmpty())
        return ApiResponse::internal();
    return ApiResponse::json(200, signedHead.toJson());
}

} // namespace samen::service
