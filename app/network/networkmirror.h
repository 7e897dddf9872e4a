#pragma once

#include "core/result.h"
#include "network/networkshapes.h"

#include <QDate>

namespace samen {

class HlcClock;
class PlanStore;
struct Edit;

/**
 * On the owner's device, keeps the plan's `member`, `grant` and `invitation` entities in
 * line with what the case service holds, so the plan itself is complete (plan show lists
 * every member and grant) and every device names a person by the same id: the service's
 * member id is the `member` entity's id. Writes through PlanEditor (validated) and
 * PlanStore::applyLocal, so the entities sync like any owner's edit; each call is one
 * transaction per entity and changes nothing when its values are already so.
 * Grant entities: one per (member, domain), access "read" or "write"; a grant taken away
 * is deleted. A removed member keeps their entity with `until` = today.
 */
class NetworkMirror
{
public:
    NetworkMirror(PlanStore &store, HlcClock &clock, QString planId, QString ownerMemberId);

    /** After letting someone in: their member entity (made, or an existing contact's completed) and their grants. */
    Status letIn(const PersonEntry &person);
    /** After an access change: the member's grant entities become exactly `grants` (access none or absent: deleted). */
    Status setAccess(const QString &memberId, const QList<AccessGrant> &grants);
    /** After removing someone: their grants deleted, `until` = today, and taken out of the meetings still planned ahead. */
    Status removeMember(const QString &memberId);
    /** After inviting: an `invitation` entity (pending) under the invitation's id. */
    Status invited(const InvitationEntry &invitation);
    /** After withdrawing: the invitation entity's status becomes withdrawn. */
    Status withdrawn(const QString &invitationId);
    /**
     * Brings the entities in line with the service: every member let in has a member entity
     * and exactly their grants; a member with mirrored grants whom the service no longer
     * lists loses them and gets `until`; invitation entities follow the open invitations
     * (pending; otherwise accepted when their person joined, expired, or withdrawn).
     * Contacts the service has never heard of are left alone.
     */
    Status reconcile(const PeopleList &people, const QList<InvitationEntry> &openInvitations);

    /** The date a service time (epoch ms) falls on, here; an invalid date for 0. */
    static QDate dateOf(qint64 ms);

private:
    Status apply(const Result<Edit> &edit);
    Status setIfDifferent(const QString &entityId, const QString &field, const QJsonValue &value);
    Status ensureMember(const PersonEntry &person);
    /**
     * The name a person the service has let in gets in this plan: theirs, or, when someone else in the plan already
     * has it, their name with what tells them apart in the owner's language: their relation ("Mia (neighbour)"),
     * organisation or role, else which one of that name they are ("Mia (second)", "(third)", "(fourth)", then
     * "(number 5)" ...), so the plan can always hold whom the service holds (issue 12: a clash made the owner's
     * member list fail for good) and the owner reads why the name differs. See docs/data-model.md, "Names".
     */
    QString freeName(const PersonEntry &person) const;

    PlanStore &m_store;
    HlcClock &m_clock;
    QString m_planId;
    QString m_owner;
};

} // namespace samen
