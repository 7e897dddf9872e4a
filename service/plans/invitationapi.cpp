#include "plans/invitationapi.h"

#include "domain/texthygiene.h"
#include "http/jsonrequest.h"
#include "plans/planapi.h"
#include "security/crypto.h"
#include "storage/storetransaction.h"

#include <QUuid>

namespace samen::service {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject invitationJson(const InvitationRecord &i)
{
    return { { QStringLiteral("invitationId"), i.invitationId }, { QStringLiteral("kind"), i.kind },           { QStringLiteral("grants"), i.grants },
             { QStringLiteral("createdAt"), i.createdMs },       { QStringLiteral("expiresAt"), i.expiresMs }, { QStringLiteral("status"), i.status } };
}

const QStringList kKinds { QStringLiteral("network"), QStringLiteral("professional") };

} // namespace

InvitationApi::InvitationApi(ServiceStore &store, AuditLog &audit, const ServiceConfig &config)
    : m_store(store)
    , m_audit(audit)
    , m_config(config)
{
}

ApiResponse InvitationApi::create(const ApiRequest &request)
{
    auto a = PlanApi::access(m_store, request, true);
    if (auto *error = std::get_if<ApiResponse>(&a))
        return *error;
    JsonRequest in(request.body, { QStringLiteral("kind"), QStringLiteral("grants"), QStringLiteral("expiresInSeconds") });
    InvitationRecord inv;
    inv.planId = request.segments[2];
    inv.invitationId = newId();
    inv.kind = in.string(QStringLiteral("kind"), 20);
    const QJsonArray grants = in.array(QStringLiteral("grants"), 50, false);
    const qint64 lifetimeS
        = in.integer(QStringLiteral("expiresInSeconds"), 60, m_config.invitationLifetimeMs / 1000, false).value_or(m_config.invitationLifetimeMs / 1000);
    if (in.ok() && !kKinds.contains(inv.kind))
        in.fail(QStringLiteral("\"kind\" must be \"network\" or \"professional\"."));
    for (const QJsonValue &g : grants) {
        const QJsonObject o = g.toObject();
        const QString domainKey = o.value(QStringLiteral("domainKey")).toString();
        const QString accessLevel = o.value(QStringLiteral("access")).toString();
        const QJsonValue purpose = o.value(QStringLiteral("purpose"));
        bool onlyKnown = true;
        for (auto it = o.begin(); it != o.end(); ++it)
            onlyKnown = onlyKnown && QStringList { QStringLiteral("domainKey"), QStringLiteral("access"), QStringLiteral("purpose") }.contains(it.key());
        if (!g.isObject() || !onlyKnown || !PlanAccess::isDomainKey(domainKey)
            || (accessLevel != QLatin1String("read") && accessLevel != QLatin1String("write"))
            || !(purpose.isUndefined()
                 || (purpose.isString() && purpose.toString().size() <= 200
                     && TextHygiene::check(purpose.toString(), TextHygiene::Kind::OneLine, false) == TextHygiene::Problem::None))) {
            in.fail(QStringLiteral("Each grant must be {\"domainKey\": a-z/0-9/- key, \"access\": \"read\" or \"write\", \"purpose\": optional text}."));
            break;
        }
        inv.grants.append(QJsonObject {
            { QStringLiteral("domainKey"), domainKey }, { QStringLiteral("access"), accessLevel }, { QStringLiteral("purpose"), purpose.toString() } });
    }
    if (!in.ok())
        return in.error();
    inv.createdByMember = std::get<PlanAccess>(a).member().memberId;
    inv.createdMs = request.nowMs;
    inv.expiresMs = request.nowMs + lifetimeS * 1000;
    inv.status = QStringLiteral("pending");
    const QString code = Crypto::randomSecret();
    StoreTransaction tx(m_store);
    if (!tx.begun() || !m_store.insertInvitation(inv, Crypto::sha256(code.toLatin1()))
        || !m_audit.append(inv.planId, request.device.id, QStringLiteral("invitation.create"), inv.invitationId,
                           { { QStringLiteral("kind"), inv.kind }, { QStringLiteral("grants"), inv.grants } }, request.nowMs)
        || !tx.commit())
        return ApiResponse::internal();
    QJsonObject out = invitationJson(inv);
    out.insert(QStringLiteral("code"), code); // shown once; only its hash is kept
    return ApiResponse::json(201, out);
}

ApiResponse InvitationApi::listPending(const ApiRequest &request)
{
    auto a = PlanApi::access(m_store, request, true);
    if (auto *error = std::get_if<ApiResponse>(&a))
        return *error;
    auto all = m_store.invitations(request.segments[2]);
    if (!all)
        return ApiResponse::internal();
    QJsonArray pending;
    for (const InvitationRecord &i : all.value()) {
        if (i.status == QLatin1String("pending") && i.expiresMs > request.nowMs)
            pending.append(invitationJson(i));
    }
    return ApiResponse::json(200, QJsonObject { { QStringLiteral("invitations"), pending } });
}

ApiResponse InvitationApi::withdraw(const ApiRequest &request)
{
    auto a = PlanApi::access(m_store, request, true);
    if (auto *error = std::get_if<ApiResponse>(&a))
        return *error;
    auto all = m_store.invitations(request.segments[2]);
    if (!all)
        return ApiResponse::internal();
    for (InvitationRecord i : all.value()) {
        if (i.invitationId != request.segments[4])
            continue;
        if (i.status != QLatin1String("pending"))
            return ApiResponse::conflict(QStringLiteral("This invitation was already used or withdrawn."));
        i.status = QStringLiteral("withdrawn");
        StoreTransaction tx(m_store);
        if (!tx.begun() || !m_store.updateInvitation(i)
            || !m_audit.append(i.planId, request.device.id, QStringLiteral("invitation.withdraw"), i.invitationId, {}, request.nowMs) || !tx.commit())
            return ApiResponse::internal();
        return ApiResponse::json(200, invitationJson(i));
    }
    return ApiResponse::notFound(QStringLiteral("There is no invitation with this id in this plan."));
}

ApiResponse InvitationApi::redeem(const ApiRequest &request)
{
    JsonRequest in(request.body, { QStringLiteral("code") });
    const QString code = in.string(QStringLiteral("code"), 128);
    if (!in.ok())
        return in.error();
    auto found = m_store.invitationByCode(Crypto::sha256(code.toUtf8()));
    if (!found)
        return ApiResponse::internal();
    if (!found->has_value())
        return ApiResponse::notFound(QStringLiteral("This invitation code is not known. Check it, or ask for a new invitation."));
    InvitationRecord inv = found->value();
    if (inv.status != QLatin1String("pending") || inv.expiresMs <= request.nowMs)
        return ApiResponse::error(410, QStringLiteral("invitation-gone"),
                                  QStringLiteral("This invitation was already used, withdrawn, or has expired. Ask for a new one."));
    auto members = m_store.members(inv.planId);
    if (!members)
        return ApiResponse::internal();
    for (const MemberRecord &m : members.value()) {
        if (m.accountId == request.device.accountId && m.status != QLatin1String("removed"))
            return ApiResponse::conflict(QStringLiteral("You are already a member of this plan."));
    }
    const MemberRecord member { inv.planId, newId(), request.device.accountId, inv.kind, QStringLiteral("member"), QStringLiteral("pending"), request.nowMs };
    inv.status = QStringLiteral("redeemed");
    inv.memberId = member.memberId;
    StoreTransaction tx(m_store);
    if (!tx.begun() || !m_store.upsertMember(member) || !m_store.updateInvitation(inv)
        || !m_audit.append(inv.planId, request.device.id, QStringLiteral("invitation.redeem"), inv.invitationId,
                           { { QStringLiteral("memberId"), member.memberId } }, request.nowMs)
        || !tx.commit())
        return ApiResponse::internal();
    return ApiResponse::json(
        200,
        QJsonObject { { QStringLiteral("planId"), inv.planId }, { QStringLiteral("memberId"), member.memberId }, { QStringLiteral("status"), member.status } });
}

} // namespace samen::service
