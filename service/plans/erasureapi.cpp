#include "plans/erasureapi.h"

#include "http/jsonrequest.h"
#include "plans/planapi.h"
#include "security/crypto.h"
#include "storage/storetransaction.h"
#include "sync/erasureproof.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace samen::service {

ErasureApi::ErasureApi(ServiceStore &store, AuditLog &audit, const LiveEvents &events)
    : m_store(store)
    , m_audit(audit)
    , m_events(events)
{
}

QByteArray ErasureApi::marker(const QString &planId)
{
    return Crypto::sha256(QByteArrayLiteral("samen-erased-plan:") + planId.toLatin1());
}

ApiResponse ErasureApi::erasedAnswer()
{
    return ApiResponse::error(404, QStringLiteral("plan-erased"), QStringLiteral("This plan was erased by its owner."));
}

ApiResponse ErasureApi::erase(const ApiRequest &request)
{
    JsonRequest in(request.body, { QStringLiteral("nonce"), QStringLiteral("signature") });
    const QString nonce = in.string(QStringLiteral("nonce"), 64);
    const QByteArray signature = Crypto::decodeBase64Exact(in.string(QStringLiteral("signature"), 128), 64);
    if (in.ok() && signature.size() != 64)
        in.fail(QStringLiteral("\"signature\" must be a 64-byte Ed25519 signature in standard base64 (88 characters ending in \"==\")."));
    if (!in.ok())
        return in.error();
    auto a = PlanApi::access(m_store, request, true);
    if (auto *error = std::get_if<ApiResponse>(&a))
        return *error;
    const PlanAccess &plan = std::get<PlanAccess>(a);
    const QString planId = request.segments[2];

    // Queued reads of this plan are written (and then blanked with the rest): none may name it after its erasure.
    if (!m_audit.flush())
        return ApiResponse::internal();
    StoreTransaction tx(m_store);
    if (!tx.begun())
        return ApiResponse::internal();
    // The challenge is spent by this attempt whatever its outcome (single use), so it is committed on refusal too.
    auto live = m_store.takeChallenge(Crypto::sha256(nonce.toLatin1()), request.device.id, request.nowMs);
    if (!live)
        return ApiResponse::internal();
    if (!live.value() || !Crypto::verifyEd25519(request.device.publicKey, ErasureProof::message(planId, nonce), signature)) {
        if (!tx.commit())
            return ApiResponse::internal();
        return ApiResponse::error(403, QStringLiteral("erasure-proof-failed"),
                                  QStringLiteral("Erasing needs a new challenge, signed for this plan with this device's key."));
    }
    QStringList accounts;
    for (const MemberRecord &m : plan.members()) {
        if (m.status != QLatin1String("removed") && !accounts.contains(m.accountId))
            accounts.append(m.accountId);
    }
    auto seq = m_audit.reserveSeq(planId); // locks the plan's chain: none of its entries lands after the blanking
    if (!seq)
        return ApiResponse::internal();
    auto blanked = m_store.erasePlan(planId, marker(planId), seq.value(), request.nowMs);
    if (!blanked)
        return ApiResponse::internal();
    // The one record kept: that an erasure happened, and how many entries it blanked (so the chain can account for them).
    if (!m_audit.append(QString(), QString(), AuditLog::erasureAction(), QString(), { { QStringLiteral("redacted"), blanked.value() } }, request.nowMs,
                        seq.value())
        || !tx.commit())
        return ApiResponse::internal();
    qCInfo(lcHttp, "a plan was erased by its owner");
    m_events.erased(planId, accounts);
    return ApiResponse::json(200, QJsonObject { { QStringLiteral("erased"), true } });
}

} // namespace samen::service
