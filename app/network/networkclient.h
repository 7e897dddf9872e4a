#pragma once

#include "core/result.h"
#include "network/networkshapes.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace samen {

class PlanStore;
class SyncClient;

/**
 * The people around the citizen at the case service, for the app and samen-cli:
 * who is in the plan and who waits to join, invitations (make, preview, join,
 * withdraw), letting someone in or declining, access per domain, removing someone,
 * the access log and this account's devices. Asynchronous over SyncClient::call
 * (signs in when needed); every answer comes once through its Done callback. Every
 * failure is a translated plain sentence, with the service's own words only as a
 * "detail" line. The plan is the store's current plan (setting "planId").
 */
class NetworkClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Done = std::function<void(const Result<T> &)>;
    /** What a call was for: it decides the sentence of a failure. */
    enum class Action { Members, Invite, Preview, Join, LetIn, Decline, SetAccess, Remove, Withdraw, Invitations, AuditLog, Devices, AddDevice, RevokeDevice };

    NetworkClient(SyncClient &client, PlanStore &store, QObject *parent = nullptr);

    /** Everyone the service lists (not removed), with their grants (all for the owner, own ones for a member). */
    void members(Done<PeopleList> done);
    /**
     * Makes an invitation (owner); the answer carries the one-time code. Refused on the device, before anything is made:
     * a name the plan's rules refuse, a name of someone in the plan (Validation), and a person with an open invitation
     * already, by member id or by name (Conflict, reason "invitation-open", openInvitationSentence; one GET of the
     * invitations first).
     */
    void invite(const InvitationRequest &request, Done<InvitationEntry> done);
    /** What an invitation offers, before joining; needs a connected (signed-in) device, changes nothing. */
    void preview(const QString &code, Done<InvitationOffer> done);
    /** Joins with the code under the given name ("" = the name the owner invited); the device's store must hold no plan. */
    void join(const QString &code, const QString &name, Done<JoinResult> done);
    /** Lets a person who joined in (owner): the offered grants take effect. */
    void letIn(const QString &memberId, Done<PersonEntry> done);
    /** Declines a join that waits (owner). */
    void decline(const QString &memberId, Done<bool> done);
    /**
     * Sets a member's access for the listed domains at once (owner); the answer is all their grants. A grant
     * that gives no purpose or no end (untilMs 0) keeps the ones the member has for that domain now
     * (keepingPurposeAndEnd; the member's grants are read first when members() has not listed them).
     */
    void setAccess(const QString &memberId, const QList<AccessGrant> &grants, Done<QList<AccessGrant>> done);
    /**
     * The rule for changing access (issue 12): each wanted read/write grant without a purpose, or without an
     * end, takes the purpose or end of the current grant of that domain, so changing the level never drops
     * them silently. "none" stays as it is. For the app and samen-cli alike (through setAccess).
     */
    static QList<AccessGrant> keepingPurposeAndEnd(const QList<AccessGrant> &current, const QList<AccessGrant> &wanted);
    /** Removes a member who was let in, with all their access (owner). */
    void removeMember(const QString &memberId, Done<bool> done);
    void withdrawInvitation(const QString &invitationId, Done<bool> done);
    /** Invitations not yet redeemed, withdrawn or expired (owner). */
    void invitations(Done<QList<InvitationEntry>> done);
    /** The whole access log (owner), oldest first, with whether its hash chain holds. */
    void auditLog(Done<AuditLogPage> done);
    void devices(Done<QList<DeviceEntry>> done);
    /** A one-time code for this person's next device. */
    void addDevice(Done<EnrolmentCode> done);
    void revokeDevice(const QString &deviceId, Done<bool> done);

    /** The plain, translated sentence for a failure of this action; the service's words follow as detail. */
    static Error plainError(const Error &error, Action action);
    /** "NAME joined with your invitation and is waiting for you to let them in ...": an invitation for a name that
     *  waits to be let in (invite: reason "joined-waiting", detail the name they joined under). */
    static QString waitingSentence(const QString &name);
    /**
     * Whether name (one word) is the first word of a name person is known by: joined as, invited as, or registered as
     * ("Kim" for "Kim de Boer"). Invite and the CLI's let-in and decline take a person so when nobody else matches.
     */
    static bool isFirstNameOf(const PersonEntry &person, const QString &name);
    /** "Someone in this plan already has this name ...", for a join or an invitation (names are unique per plan). */
    static QString nameTakenSentence(Action action);
    /** "Noor has an invitation already that is not used yet (until ...). To give a new code, withdraw that one first ..." (the app's words). */
    static QString openInvitationSentence(const QString &name, qint64 expiresMs);
    /** Whom an open invitation is for: its name, or for one the service made without it, the name this device kept. */
    QString inviteeName(const InvitationEntry &invitation) const;
    /** Why the device in use is not revoked from itself, and what to do instead (plain, translated). */
    static QString thisDeviceSentence();

signals:
    /** Something about the plan's people changed at the service through this client (invite, let in, access, ...). */
    void networkChanged();

private:
    QString planPath(const QString &suffix) const;
    /** Calls the service; on failure answers plainError(action), else hands the JSON to use. */
    void request(const QByteArray &verb, const QString &path, const QJsonObject &body, Action action, const std::function<void(const QJsonObject &)> &use,
                 const std::function<void(const Error &)> &fail);
    void sendAccess(const QString &memberId, const QList<AccessGrant> &grants, Done<QList<AccessGrant>> done);
    void auditPage(qint64 after, std::shared_ptr<AuditLogPage> page, Done<AuditLogPage> done);

    SyncClient &m_client;
    PlanStore &m_store;
    QHash<QString, PersonEntry> m_people; ///< the last members() answer, so letIn can answer with the whole person
};

} // namespace samen
