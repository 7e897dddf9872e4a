#include "plans/planapi.h"

#include "plans/membernames.h"

#include "plans/erasureapi.h"

#include "sync/planroles.h"

#include "http/jsonrequest.h"
#include "plans/invitationapi.h"
#include "plans/plandomains.h"
#include "storage/storetransaction.h"

#include <QUuid>

namespace samen::service {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

// The form the client's own ids take (UUIDv7 from the core): lower-case, with dashes.
bool isLowerCaseUuid(const QString &text)
{
    return isUuid(text) && text == text.toLower();
}

/**
 * The invitation each member joined with: per member id, the latest redeemed invitation that names them (invitations
 * come oldest first). Someone removed and invited again redeemed the newer one; the older one's grants are history.
 */
QHash<QString, InvitationRecord> redeemedByMember(const QList<InvitationRecord> &invitations)
{
    QHash<QString, InvitationRecord> latest;
    for (const InvitationRecord &i : invitations) {
        if (!i.memberId.isEmpty() && i.status == QLatin1String("redeemed"))
            latest.insert(i.memberId, i);
    }
    return latest;
}

} // namespace

PlanApi::PlanApi(ServiceStore &store, AuditLog &audit, const LiveEvents &events)
    : m_store(store)
    , m_audit(audit)
    , m_events(events)
{
}

std::variant<PlanAccess, ApiResponse> PlanApi::access(ServiceStore &store, const ApiRequest &request, bool ownerOnly)
{
    auto loaded = PlanAccess::load(store, request.segments.value(2), request.device.accountId, request.nowMs);
    if (!loaded)
        return ApiResponse::internal();
    if (!loaded->isMember()) {
        // An erased plan says so, so a device that still holds it deletes its copy (docs/sync-protocol.md, "Erasing a plan").
        auto erased = store.planErased(ErasureApi::marker(request.segments.value(2)));
        if (!erased)
            return ApiResponse::internal();
        return erased.value() ? ErasureApi::erasedAnswer() : ApiResponse::notFound(QStringLiteral("There is no plan with this id that you are a member of."));
    }
    if (ownerOnly && !loaded->isOwner())
        return ApiResponse::forbidden(QStringLiteral("Only the citizen who owns this plan may do this."));
    return std::move(loaded.value());
}

QJsonObject PlanApi::memberJson(const MemberRecord &m)
{
    return { { QStringLiteral("memberId"), m.memberId }, { QStringLiteral("kind"), m.kind }, { QStringLiteral("role"), m.role },
             { QStringLiteral("status"), m.status },     { QStringLiteral("name"), m.name }, { QStringLiteral("since"), m.createdMs } };
}

std::optional<QHash<QString, QJsonObject>> PlanApi::registeredProfessionals(ServiceStore &store)
{
    auto organisations = store.organisations();
    auto professionals = store.professionals();
    if (!organisations || !professionals)
        return std::nullopt;
    QHash<QString, QString> organisationName;
    for (const OrganisationRecord &o : organisations.value())
        organisationName.insert(o.id, o.name);
    QHash<QString, QJsonObject> out;
    for (const ProfessionalRecord &p : professionals.value())
        out.insert(p.accountId,
                   QJsonObject { { QStringLiteral("name"), p.name }, { QStringLiteral("organisation"), organisationName.value(p.organisationId) } });
    return out;
}

QJsonObject PlanApi::grantJson(const GrantRecord &g)
{
    QJsonObject o { { QStringLiteral("grantId"), g.grantId },
                    { QStringLiteral("memberId"), g.memberId },
                    { QStringLiteral("domainKey"), g.domainKey },
                    { QStringLiteral("access"), g.access },
                    { QStringLiteral("purpose"), g.purpose } };
    if (g.untilMs)
        o.insert(QStringLiteral("until"), g.untilMs);
    return o;
}

ApiResponse PlanApi::createPlan(const ApiRequest &request)
{
    JsonRequest in(request.body, { QStringLiteral("planId"), QStringLiteral("memberId") });
    QString planId = in.string(QStringLiteral("planId"), 36, false);
    QString memberId = in.string(QStringLiteral("memberId"), 36, false);
    if (in.ok() && !planId.isEmpty() && !isUuid(planId))
        in.fail(QStringLiteral("\"planId\" must be a UUID (36 characters)."));
    if (in.ok() && !memberId.isEmpty() && !isLowerCaseUuid(memberId))
        in.fail(QStringLiteral("\"memberId\" must be a lower-case UUID (36 characters)."));
    if (!in.ok())
        return in.error();
    if (planId.isEmpty())
        planId = newId();
    StoreTransaction tx(m_store);
    auto exists = m_store.planExists(planId);
    if (!tx.begun() || !exists)
        return ApiResponse::internal();
    // One answer for every id that cannot be taken, whoever holds it and whichever of the two ids it is, so a
    // stranger learns no more than that the request cannot be served (issue 19, item 5). The caller's own plan,
    // registered before (a retry whose answer was lost, or another device of the same account), is found instead.
    const ApiResponse unavailable = ApiResponse::error(409, QStringLiteral("id-unavailable"), QStringLiteral("These ids cannot be used: choose other ones."));
    if (exists.value()) {
        auto members = m_store.members(planId);
        if (!members)
            return ApiResponse::internal();
        for (const MemberRecord &m : members.value()) {
            if (m.role == QLatin1String("owner") && m.accountId == request.device.accountId && (memberId.isEmpty() || memberId == m.memberId))
                return ApiResponse::json(200, QJsonObject { { QStringLiteral("planId"), planId }, { QStringLiteral("memberId"), m.memberId } });
        }
        return unavailable;
    }
    // An erased plan's id is never taken again: a device that still holds the plan cannot bring it back under that id.
    auto erased = m_store.planErased(ErasureApi::marker(planId));
    if (!erased)
        return ApiResponse::internal();
    if (erased.value())
        return unavailable;
    // The device's own owner id keeps authorship the same on the device and the service.
    if (!memberId.isEmpty()) {
        // Nor an id any plan holds as an entity: a member record another owner pushed (a person not yet
        // joined) would otherwise become this caller's identity, and block that person's invitation.
        auto used = m_store.memberIdInUse(memberId);
        auto entity = m_store.entityIdInUse(memberId);
        if (!used || !entity)
            return ApiResponse::internal();
        if (used.value() || entity.value())
            return unavailable;
    } else {
        memberId = newId();
    }
    const MemberRecord owner { planId,        memberId, request.device.accountId, QStringLiteral("citizen"), QStringLiteral("owner"), QStringLiteral("active"),
                               request.nowMs, QString() };
    if (!m_store.insertPlan(planId, request.device.accountId, request.nowMs) || !m_store.upsertMember(owner)
        || !m_audit.append(planId, request.device.id, QStringLiteral("plan.create"), planId, { { QStringLiteral("ownerMemberId"), owner.memberId } },
                           request.nowMs)
        || !tx.commit())
        return ApiResponse::internal();
    return ApiResponse::json(201, QJsonObject { { QStringLiteral("planId"), planId }, { QStringLiteral("memberId"), owner.memberId } });
}

ApiResponse PlanApi::listPlans(const ApiRequest &request)
{
    auto memberships = m_store.membershipsOfAccount(request.device.accountId);
    if (!memberships)
        return ApiResponse::internal();
    QJsonArray plans;
    for (const MemberRecord &m : memberships.value()) {
        if (m.status == QLatin1String("removed"))
            continue;
        QJsonObject o = memberJson(m);
        o.insert(QStringLiteral("planId"), m.planId);
        // A join that waits carries what its join answered (who invites, whom the invitation was for), so the account's
        // other devices, or this one after a revocation, name the citizen they wait for (trial after stop 36: "(name not
        // known yet)" and a plan id until the citizen let them in).
        if (m.status == QLatin1String("pending")) {
            auto invitations = m_store.invitations(m.planId);
            if (!invitations)
                return ApiResponse::internal();
            if (const auto used = redeemedByMember(invitations.value()); used.contains(m.memberId)) {
                o.insert(QStringLiteral("from"), QJsonObject { { QStringLiteral("name"), used.value(m.memberId).fromName } });
                o.insert(QStringLiteral("invitee"), used.value(m.memberId).invitee);
            }
        }
        plans.append(o);
    }
    QJsonObject out { { QStringLiteral("plans"), plans } };
    // A professional's own name and organisation as the operator registered them: the caseload shows the
    // organisation where an invitation named none (review 5).
    const auto professionals = registeredProfessionals(m_store);
    if (!professionals)
        return ApiResponse::internal();
    if (professionals->contains(request.device.accountId))
        out.insert(QStringLiteral("registered"), professionals->value(request.device.accountId));
    return ApiResponse::json(200, out);
}

ApiResponse PlanApi::listMembers(const ApiRequest &request)
{
    auto a = access(m_store, request, false);
    if (auto *error = std::get_if<ApiResponse>(&a))
        return *error;
    const PlanAccess &plan = std::get<PlanAccess>(a);
    // The owner also sees whom each invitation was for and, for a join that waits, what was offered.
    QHash<QString, InvitationRecord> invitationOf;
    if (plan.isOwner()) {
        auto invitations = m_store.invitations(request.segments[2]);
        if (!invitations)
            return ApiResponse::internal();
        invitationOf = redeemedByMember(invitations.value());
    }
    // A professional is shown as the operator registered them, so nobody passes for one by what they typed (issue 12).
    const auto professionals = registeredProfessionals(m_store);
    if (!professionals)
        return ApiResponse::internal();
    QJsonArray members;
    // Who waits to be let in is between the owner and that person. A member sees the members let in when they may read
    // plan-level data (at least one domain, docs/sync-protocol.md "Who reads what"); otherwise only the owner and themselves.
    const bool seesPlan = plan.isOwner() || plan.memberAccess().readsAnything();
    for (const MemberRecord &m : plan.members()) {
        if (m.status == QLatin1String("removed"))
            continue;
        if (!plan.isOwner() && m.memberId != plan.member().memberId && (m.status != QLatin1String("active") || (!seesPlan && m.role != QLatin1String("owner"))))
            continue;
        QJsonObject o = memberJson(m);
        // Also whoever used an invitation of another kind from a professional's account, for the owner to see before letting
        // them in (review 3, finding 26: a professional's device joined as the citizen's grandmother without a word).
        if ((m.kind == QLatin1String("professional") || plan.isOwner()) && professionals->contains(m.accountId))
            o.insert(QStringLiteral("registered"), professionals->value(m.accountId));
        if (invitationOf.contains(m.memberId)) {
            const InvitationRecord &i = invitationOf[m.memberId];
            o.insert(QStringLiteral("invitee"), i.invitee);
            if (m.status == QLatin1String("pending")) {
                o.insert(QStringLiteral("invitationId"), i.invitationId);
                QJsonArray offered;
                for (const QJsonValue &g : i.grants) {
                    QJsonObject grant = g.toObject();
                    if (i.untilMs)
                        grant.insert(QStringLiteral("until"), i.untilMs);
                    offered.append(grant);
                }
                o.insert(QStringLiteral("offered"), offered);
            }
        }
        members.append(o);
    }
    if (!m_audit.append(request.segments[2], request.device.id, QStringLiteral("members.read"), request.segments[2], {}, request.nowMs))
        return ApiResponse::internal();
    return ApiResponse::json(200, QJsonObject { { QStringLiteral("members"), members }, { QStringLiteral("you"), plan.member().memberId } });
}

ApiResponse PlanApi::confirmMember(const ApiRequest &request)
{
    // No fields: the body is empty or {} (docs/api/openapi.yaml); anything else is refused, not ignored.
    if (JsonRequest in(request.body, {}); !in.ok())
        return in.error();
    auto a = access(m_store, request, true);
    if (auto *error = std::get_if<ApiResponse>(&a))
        return *error;
    const QString planId = request.segments[2];
    const QString memberId = request.segments[4];
    std::optional<MemberRecord> member;
    for (const MemberRecord &m : std::get<PlanAccess>(a).members()) {
        if (m.memberId == memberId)
            member = m;
    }
    if (!member)
        return ApiResponse::notFound(QStringLiteral("There is no member with this id in this plan."));
    if (member->status != QLatin1String("pending"))
        return ApiResponse::conflict(QStringLiteral("This member is not waiting for confirmation."));
    // Names the service learnt after the join (the owner's plan synced since) count too: nobody is let in under a name
    // someone in the plan already has, or the owner's device could not show them apart (issue 12).
    auto taken = MemberNames::taken(m_store, planId, member->name, memberId);
    if (!taken)
        return ApiResponse::internal();
    if (taken.value())
        return ApiResponse::error(409, QStringLiteral("name-taken"),
                                  QStringLiteral("Someone in this plan already has this name. Decline this person and invite them again under a "
                                                 "name that tells them apart."));
    auto invitations = m_store.invitations(planId);
    if (!invitations)
        return ApiResponse::internal();
    StoreTransaction tx(m_store);
    if (!tx.begun())
        return ApiResponse::internal();
    // The grants the invitation promised take effect only now, with the citizen's confirmation: those of the invitation
    // this person redeemed, never those of an earlier one (someone removed and invited again gets what was offered
    // this time; review 3, finding 28). What the member still held is replaced, not added to.
    QJsonArray granted;
    const QHash<QString, InvitationRecord> redeemed = redeemedByMember(invitations.value());
    const auto found = redeemed.constFind(memberId);
    const InvitationRecord *invitedBy = found == redeemed.cend() ? nullptr : &found.value();
    auto held = m_store.grants(planId);
    if (!held)
        return ApiResponse::internal();
    for (const GrantRecord &g : held.value()) {
        if (g.memberId == memberId && !m_store.deleteGrant(planId, g.grantId))
            return ApiResponse::internal();
    }
    if (invitedBy) {
        const InvitationRecord &inv = *invitedBy;
        for (const QJsonValue &g : inv.grants) {
            const GrantRecord grant { planId,
                                      newId(),
                                      memberId,
                                      g[QStringLiteral("domainKey")].toString(),
                                      g[QStringLiteral("access")].toString(),
                                      g[QStringLiteral("purpose")].toString(),
                                      inv.untilMs > request.nowMs ? inv.untilMs : 0 };
            if (!m_store.insertGrant(grant))
                return ApiResponse::internal();
            granted.append(grantJson(grant));
        }
    }
    member->status = QStringLiteral("active");
    if (!m_store.upsertMember(*member)
        || !m_audit.append(planId, request.device.id, QStringLiteral("member.confirm"), memberId,
                           { { QStringLiteral("memberId"), memberId }, { QStringLiteral("grants"), granted.size() } }, request.nowMs)
        || !tx.commit())
        return ApiResponse::internal();
    QJsonObject out = memberJson(*member);
    out.insert(QStringLiteral("grants"), granted);
    // Whom the owner invited (role, organisation, relation), as the member list shows the owner: the owner's device
    // records the person with it without reading the list first.
    if (invitedBy && !invitedBy->invitee.isEmpty())
        out.insert(QStringLiteral("invitee"), invitedBy->invitee);
    m_events.changed(planId, memberId);
    return ApiResponse::json(200, out);
}

std::optional<ApiResponse> PlanApi::withdrawOwnJoin(const ApiRequest &request)
{
    const QString planId = request.segments[2];
    auto members = m_store.members(planId);
    if (!members)
        return ApiResponse::internal();
    for (MemberRecord m : members.value()) {
        if (m.memberId != request.segments[4] || m.accountId != request.device.accountId || m.status != QLatin1String("pending"))
            continue;
        StoreTransaction tx(m_store);
        auto grants = m_store.grants(planId);
        if (!tx.begun() || !grants)
            return ApiResponse::internal();
        for (const GrantRecord &g : grants.value()) {
            if (g.memberId == m.memberId && !m_store.deleteGrant(planId, g.grantId))
                return ApiResponse::internal();
        }
        m.status = QStringLiteral("removed");
        if (!m_store.upsertMember(m)
            || !m_audit.append(planId, request.device.id, QStringLiteral("member.leave"), m.memberId,
                               { { QStringLiteral("memberId"), m.memberId }, { QStringLiteral("waited"), true } }, request.nowMs)
            || !tx.commit())
            return ApiResponse::internal();
        m_events.changed(planId, m.memberId);
        QJsonObject out = memberJson(m);
        out.insert(QStringLiteral("waited"), true); // a join taken back, not a membership left (the device words it so)
        return ApiResponse::json(200, out);
    }
    return std::nullopt;
}

ApiResponse PlanApi::removeMember(const ApiRequest &request)
{
    // A join that waits is the joiner's to take back: the owner's list then no longer shows them (new-user trial after
    // stop 36: an erase while waiting said "you left", and the owner could still let them in).
    if (auto withdrawn = withdrawOwnJoin(request))
        return *withdrawn;
    auto a = access(m_store, request, false);
    if (auto *error = std::get_if<ApiResponse>(&a))
        return *error;
    const PlanAccess &plan = std::get<PlanAccess>(a);
    const QString planId = request.segments[2];
    const QString memberId = request.segments[4];
    // The owner removes anyone; a member only themself: they leave the plan (review 2, finding 27: a member who erased their
    // copy stayed a member with access, and the owner was not told).
    const bool leaving = !plan.isOwner() && memberId == plan.member().memberId;
    if (!plan.isOwner() && !leaving)
        return ApiResponse::forbidden(QStringLiteral("Only the citizen who owns this plan may do this."));
    if (plan.isOwner() && memberId == plan.member().memberId)
        return ApiResponse::conflict(QStringLiteral("The owner cannot remove themselves from their plan."));
    std::optional<MemberRecord> member;
    for (const MemberRecord &m : plan.members()) {
        if (m.memberId == memberId && m.status != QLatin1String("removed"))
            member = m;
    }
    if (!member)
        return ApiResponse::notFound(QStringLiteral("There is no member with this id in this plan."));
    StoreTransaction tx(m_store);
    if (!tx.begun())
        return ApiResponse::internal();
    for (const GrantRecord &g : plan.grants()) {
        if (g.memberId == memberId && !m_store.deleteGrant(planId, g.grantId))
            return ApiResponse::internal();
    }
    // Declining a join that waits is told apart from removing someone who was let in.
    const QString action = leaving                   ? QStringLiteral("member.leave")
        : member->status == QLatin1String("pending") ? QStringLiteral("member.decline")
                                                     : QStringLiteral("member.remove");
    member->status = QStringLiteral("removed");
    if (!m_store.upsertMember(*member)
        || !m_audit.append(planId, request.device.id, action, memberId, { { QStringLiteral("memberId"), memberId } }, request.nowMs) || !tx.commit())
        return ApiResponse::internal();
    m_events.changed(planId, memberId);
    return ApiResponse::json(200, memberJson(*member));
}

ApiResponse PlanApi::listGrants(const ApiRequest &request)
{
    auto a = access(m_store, request, false);
    if (auto *error = std::get_if<ApiResponse>(&a))
        return *error;
    const PlanAccess &plan = std::get<PlanAccess>(a);
    QJsonArray grants;
    // Members other than the owner see their own grants only.
    for (const GrantRecord &g : plan.grants()) {
        if (plan.isOwner() || g.memberId == plan.member().memberId)
            grants.append(grantJson(g));
    }
    // The agreements and meetings the caller reads beyond their grants: those that name them, and meetings with a domain they
    // read on the agenda (docs/sync-protocol.md, "Who reads what").
    auto roles = PlanRoles::load(m_store, request.segments[2]);
    if (!roles)
        return ApiResponse::internal();
    return ApiResponse::json(200,
                             QJsonObject { { QStringLiteral("grants"), grants },
                                           { QStringLiteral("named"), QJsonArray::fromStringList(roles->readerAccess(plan.memberAccess()).named()) } });
}

ApiResponse PlanApi::addGrant(const ApiRequest &request)
{
    auto a = access(m_store, request, true);
    if (auto *error = std::get_if<ApiResponse>(&a))
        return *error;
    const PlanAccess &plan = std::get<PlanAccess>(a);
    JsonRequest in(request.body,
                   { QStringLiteral("memberId"), QStringLiteral("domainKey"), QStringLiteral("access"), QStringLiteral("purpose"), QStringLiteral("until") });
    GrantRecord g { request.segments[2],
                    newId(),
                    in.string(QStringLiteral("memberId"), 64),
                    in.string(QStringLiteral("domainKey"), 40),
                    in.string(QStringLiteral("access"), 5),
                    in.string(QStringLiteral("purpose"), 200, false),
                    0 };
    g.untilMs = in.integer(QStringLiteral("until"), request.nowMs + 1, 4102444800000LL, false).value_or(0);
    if (in.ok() && !PlanAccess::isDomainKey(g.domainKey))
        in.fail(QStringLiteral("\"domainKey\" must be 1 to 40 characters of a-z, 0-9 and \"-\"."));
    if (in.ok() && g.access != QLatin1String("read") && g.access != QLatin1String("write"))
        in.fail(QStringLiteral("\"access\" must be \"read\" or \"write\"."));
    if (!in.ok())
        return in.error();
    bool known = false;
    for (const MemberRecord &m : plan.members())
        known = known || (m.memberId == g.memberId && m.status == QLatin1String("active") && m.role != QLatin1String("owner"));
    if (!known)
        return ApiResponse::notFound(QStringLiteral("There is no active member with this id (other than the owner) in this plan."));
    if (auto refused = PlanDomains::refuseUnknown(m_store, g.planId, { g.domainKey }))
        return *refused;
    StoreTransaction tx(m_store);
    if (!tx.begun() || !m_store.insertGrant(g)
        || !m_audit.append(g.planId, request.device.id, QStringLiteral("grant.add"), g.grantId, auditDetail(g), request.nowMs) || !tx.commit())
        return ApiResponse::internal();
    m_events.changed(g.planId, g.memberId);
    return ApiResponse::json(201, grantJson(g));
}

ApiResponse PlanApi::removeGrant(const ApiRequest &request)
{
    auto a = access(m_store, request, true);
    if (auto *error = std::get_if<ApiResponse>(&a))
        return *error;
    std::optional<GrantRecord> grant;
    for (const GrantRecord &g : std::get<PlanAccess>(a).grants()) {
        if (g.grantId == request.segments[4])
            grant = g;
    }
    StoreTransaction tx(m_store);
    auto removed = m_store.deleteGrant(request.segments[2], request.segments[4]);
    if (!tx.begun() || !removed)
        return ApiResponse::internal();
    if (!removed.value() || !grant)
        return ApiResponse::notFound(QStringLiteral("There is no grant with this id in this plan."));
    GrantRecord none = *grant;
    none.access = QStringLiteral("none");
    if (!m_audit.append(request.segments[2], request.device.id, QStringLiteral("grant.remove"), request.segments[4], auditDetail(none), request.nowMs)
        || !tx.commit())
        return ApiResponse::internal();
    m_events.changed(request.segments[2], grant->memberId);
    return ApiResponse::json(200, QJsonObject { { QStringLiteral("grantId"), request.segments[4] }, { QStringLiteral("removed"), true } });
}

QJsonObject PlanApi::auditDetail(const GrantRecord &g)
{
    QJsonObject o { { QStringLiteral("memberId"), g.memberId }, { QStringLiteral("domainKey"), g.domainKey }, { QStringLiteral("access"), g.access } };
    if (g.untilMs)
        o.insert(QStringLiteral("until"), g.untilMs);
    return o;
}

} // namespace samen::service
