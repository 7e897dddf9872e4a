#include "plans/invitationapi.h"

#include "domain/texthygiene.h"
#include "http/jsonrequest.h"
#include "plans/invitationinput.h"
#include "plans/membernames.h"
#include "plans/planapi.h"
#include "plans/plandomains.h"
#include "security/crypto.h"
#include "storage/storetransaction.h"

#include <QUuid>

namespace samen::service {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

QJsonObject InvitationApi::invitationJson(const InvitationRecord &i)
{
    QJsonObject o { { QStringLiteral("invitationId"), i.invitationId }, { QStringLiteral("kind"), i.kind },           { QStringLiteral("grants"), i.grants },
                    { QStringLiteral("createdAt"), i.createdMs },       { QStringLiteral("expiresAt"), i.expiresMs }, { QStringLiteral("status"), i.status },
                    { QStringLiteral("memberId"), i.memberId },         { QStringLiteral("invitee"), i.invitee } };
    if (i.untilMs)
        o.insert(QStringLiteral("until"), i.untilMs);
    return o;
}

QJsonArray InvitationApi::auditGrants(const QJsonArray &grants)
{
    QJsonArray out;
    for (const QJsonValue &g : grants)
        out.append(QJsonObject { { QStringLiteral("domainKey"), g[QStringLiteral("domainKey")] }, { QStringLiteral("access"), g[QStringLiteral("access")] } });
    return out;
}

InvitationApi::InvitationApi(ServiceStore &store, AuditLog &audit, const ServiceConfig &config)
    : m_store(store)
    , m_audit(audit)
    , m_config(config)
{
}

ApiResponse InvitationApi::memberIdConflict(const QString &planId, const QString &memberId, const QString &exceptInvitation, qint64 nowMs)
{
    auto members = m_store.members(planId);
    auto invitations = m_store.invitations(planId);
    auto known = m_store.entity(planId, memberId);
    auto used = m_store.memberIdInUse(memberId);
    if (!members || !invitations || !known || !used)
        return ApiResponse::internal();
    bool inThisPlan = false;
    for (const MemberRecord &m : members.value()) {
        if (m.memberId != memberId)
            continue;
        inThisPlan = true;
        if (m.status != QLatin1String("removed"))
            return ApiResponse::error(409, QStringLiteral("member-id-in-use"), QStringLiteral("A member of this plan already has this id."));
    }
    // Ids are one person's in every plan; a former member of this plan may be invited back under theirs.
    if (used.value() && !inThisPlan)
        return ApiResponse::error(409, QStringLiteral("member-id-in-use"), QStringLiteral("This member id is already in use: choose another."));
    if (known->has_value() && known->value().entityType != QLatin1String("member"))
        return ApiResponse::error(409, QStringLiteral("member-id-in-use"), QStringLiteral("This id belongs to another kind of item in the plan."));
    for (const InvitationRecord &i : invitations.value()) {
        if (i.memberId == memberId && i.invitationId != exceptInvitation && i.status == QLatin1String("pending") && i.expiresMs > nowMs)
            return ApiResponse::error(409, QStringLiteral("member-id-in-use"), QStringLiteral("Another open invitation is for this member id."));
    }
    return ApiResponse { 0, {}, {}, {} };
}

std::optional<ApiResponse> InvitationApi::nameTaken(const QString &planId, const QString &name, const QString &memberId, Who who)
{
    if (name.isEmpty())
        return std::nullopt;
    auto taken = MemberNames::taken(m_store, planId, name, memberId);
    if (!taken)
        return ApiResponse::internal();
    if (!taken.value())
        return std::nullopt;
    return ApiResponse::error(409, QStringLiteral("name-taken"),
                              who == Who::Joiner ? QStringLiteral("Someone in this plan already has this name. Join under a name that tells you apart, "
                                                                  "for example with your surname.")
                                                 : QStringLiteral("Someone in this plan already has this name. Invite this person under a name that "
                                                                  "tells them apart, for example with their surname."));
}

ApiResponse InvitationApi::create(const ApiRequest &request)
{
    auto a = PlanApi::access(m_store, request, true);
    if (auto *error = std::get_if<ApiResponse>(&a))
        return *error;
    JsonRequest in(request.body,
                   { QStringLiteral("kind"), QStringLiteral("grants"), QStringLiteral("expiresInSeconds"), QStringLiteral("memberId"),
                     QStringLiteral("invitee"), QStringLiteral("from"), QStringLiteral("until") });
    InvitationRecord inv;
    qint64 lifetimeS = 0;
    InvitationInput::read(in, request.nowMs, m_config.invitationLifetimeMs / 1000, &inv, &lifetimeS);
    if (!in.ok())
        return in.error();
    inv.planId = request.segments[2];
    inv.invitationId = newId();
    inv.createdByMember = std::get<PlanAccess>(a).member().memberId;
    inv.createdMs = request.nowMs;
    inv.expiresMs = request.nowMs + lifetimeS * 1000;
    inv.status = QStringLiteral("pending");
    StoreTransaction tx(m_store);
    if (!tx.begun())
        return ApiResponse::internal();
    if (inv.memberId.isEmpty()) {
        inv.memberId = newId();
    } else if (ApiResponse conflict = memberIdConflict(inv.planId, inv.memberId, QString(), request.nowMs); conflict.status != 0) {
        return conflict;
    }
    if (auto refused = nameTaken(inv.planId, inv.invitee.value(QStringLiteral("name")).toString(), inv.memberId, Who::Invitee))
        return *refused;
    QStringList offered;
    for (const QJsonValue &g : std::as_const(inv.grants))
        offered << g[QStringLiteral("domainKey")].toString();
    if (auto refused = PlanDomains::refuseUnknown(m_store, inv.planId, offered))
        return *refused;
    const QString code = Crypto::randomSecret();
    // Counts, keys and ids only: the purpose and the names stay out of the append-only log.
    const QJsonObject detail { { QStringLiteral("kind"), inv.kind },
                               { QStringLiteral("memberId"), inv.memberId },
                               { QStringLiteral("grants"), auditGrants(inv.grants) },
                               { QStringLiteral("count"), inv.grants.size() } };
    if (!m_store.insertInvitation(inv, Crypto::sha256(code.toLatin1()))
        || !m_audit.append(inv.planId, request.device.id, QStringLiteral("invitation.create"), inv.invitationId, detail, request.nowMs) || !tx.commit())
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
            || !m_audit.append(i.planId, request.device.id, QStringLiteral("invitation.withdraw"), i.invitationId,
                               { { QStringLiteral("memberId"), i.memberId } }, request.nowMs)
            || !tx.commit())
            return ApiResponse::internal();
        return ApiResponse::json(200, invitationJson(i));
    }
    return ApiResponse::notFound(QStringLiteral("There is no invitation with this id in this plan."));
}

std::variant<InvitationRecord, ApiResponse> InvitationApi::open(const QString &code, qint64 nowMs)
{
    auto found = m_store.invitationByCode(Crypto::sha256(code.toUtf8()));
    if (!found)
        return ApiResponse::internal();
    if (!found->has_value())
        return ApiResponse::notFound(QStringLiteral("This invitation code is not known. Check it, or ask for a new invitation."));
    if (found->value().status != QLatin1String("pending") || found->value().expiresMs <= nowMs)
        return ApiResponse::error(410, QStringLiteral("invitation-gone"),
                                  QStringLiteral("This invitation was already used, withdrawn, or has expired. Ask for a new one."));
    return found->value();
}

std::optional<ApiResponse> InvitationApi::notForThisAccount(const InvitationRecord &invitation, const QString &accountId)
{
    if (invitation.kind != QLatin1String("professional"))
        return std::nullopt;
    const auto professionals = PlanApi::registeredProfessionals(m_store);
    if (!professionals)
        return ApiResponse::internal();
    if (professionals->contains(accountId))
        return std::nullopt;
    return ApiResponse::error(403, QStringLiteral("professional-only"),
                              QStringLiteral("This invitation is for a professional registered with this service, and this account is not one. "
                                             "Ask the person who invited you."));
}

ApiResponse InvitationApi::preview(const ApiRequest &request)
{
    JsonRequest in(request.body, { QStringLiteral("code") });
    const QString code = in.string(QStringLiteral("code"), 128);
    if (!in.ok())
        return in.error();
    auto opened = open(code, request.nowMs);
    if (auto *error = std::get_if<ApiResponse>(&opened))
        return *error;
    const InvitationRecord &inv = std::get<InvitationRecord>(opened);
    if (auto refused = notForThisAccount(inv, request.device.accountId))
        return *refused;
    // What the person is offered, before they accept: nothing changes, no member is made.
    QJsonObject out { { QStringLiteral("planId"), inv.planId },
                      { QStringLiteral("kind"), inv.kind },
                      { QStringLiteral("from"), QJsonObject { { QStringLiteral("name"), inv.fromName } } },
                      { QStringLiteral("invitee"), inv.invitee },
                      { QStringLiteral("grants"), inv.grants },
                      { QStringLiteral("expiresAt"), inv.expiresMs } };
    if (inv.untilMs)
        out.insert(QStringLiteral("until"), inv.untilMs);
    return ApiResponse::json(200, out);
}

ApiResponse InvitationApi::redeem(const ApiRequest &request)
{
    JsonRequest in(request.body, { QStringLiteral("code"), QStringLiteral("name") });
    const QString code = in.string(QStringLiteral("code"), 128);
    QString name = in.name(QStringLiteral("name"), 120, false);
    if (!in.ok())
        return in.error();
    StoreTransaction tx(m_store);
    if (!tx.begun())
        return ApiResponse::internal();
    auto opened = open(code, request.nowMs);
    if (auto *error = std::get_if<ApiResponse>(&opened))
        return *error;
    InvitationRecord inv = std::get<InvitationRecord>(opened);
    if (auto refused = notForThisAccount(inv, request.device.accountId))
        return *refused;
    auto members = m_store.members(inv.planId);
    if (!members)
        return ApiResponse::internal();
    for (const MemberRecord &m : members.value()) {
        if (m.accountId == request.device.accountId && m.status != QLatin1String("removed"))
            return ApiResponse::conflict(QStringLiteral("You are already a member of this plan."));
    }
    if (inv.memberId.isEmpty()) { // made before schema 5: the id is made now
        inv.memberId = newId();
    } else if (ApiResponse conflict = memberIdConflict(inv.planId, inv.memberId, inv.invitationId, request.nowMs); conflict.status != 0) {
        return conflict;
    }
    if (name.isEmpty())
        name = inv.invitee.value(QStringLiteral("name")).toString();
    if (auto refused = nameTaken(inv.planId, name, inv.memberId, Who::Joiner))
        return *refused;
    // The owner's own name may not have reached the service yet (a plan connected, not yet synced): the invitation
    // carries it as `from`, so a joiner cannot take it (issue 12: a let-in that then failed on the owner's device).
    if (!name.isEmpty() && TextHygiene::sameName(name, inv.fromName))
        return ApiResponse::error(409, QStringLiteral("name-taken"),
                                  QStringLiteral("Someone in this plan already has this name. Join under a name that tells you apart, "
                                                 "for example with your surname."));
    MemberRecord member {
        inv.planId, inv.memberId, request.device.accountId, inv.kind, QStringLiteral("member"), QStringLiteral("pending"), request.nowMs, name
    };
    inv.status = QStringLiteral("redeemed");
    if (!m_store.upsertMember(member) || !m_store.updateInvitation(inv)
        || !m_audit.append(inv.planId, request.device.id, QStringLiteral("invitation.redeem"), inv.invitationId,
                           { { QStringLiteral("memberId"), member.memberId } }, request.nowMs)
        || !tx.commit())
        return ApiResponse::internal();
    return ApiResponse::json(200,
                             QJsonObject { { QStringLiteral("planId"), inv.planId },
                                           { QStringLiteral("memberId"), member.memberId },
                                           { QStringLiteral("status"), member.status },
                                           { QStringLiteral("name"), member.name },
                                           { QStringLiteral("from"), QJsonObject { { QStringLiteral("name"), inv.fromName } } },
                                           // Whom the owner invited, as the preview showed it: the joiner's device knows its role from the start.
                                           { QStringLiteral("invitee"), inv.invitee } });
}

} // namespace samen::service
