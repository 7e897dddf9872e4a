#pragma once
// The plain shapes NetworkClient hands to the app and samen-cli: people, access,
// invitations, access-log entries and devices, as the case service describes them
// (docs/api/openapi.yaml). Times are epoch milliseconds (0: none).

#include <QJsonObject>
#include <QList>
#include <QString>

namespace samen {

/** One domain's access for one member: "none", "read" or "write" (write includes read). */
struct AccessGrant {
    QString domainKey;
    QString access; ///< "none", "read" or "write"
    QString purpose; ///< why, in the owner's words; may be empty
    qint64 untilMs = 0; ///< end of the access; 0: no end
    QString grantId; ///< the service's id (empty for a wish not yet stored)
};

/** One person of the plan as the service knows them: the owner, a member let in, or a join that waits. */
struct PersonEntry {
    QString memberId; ///< the service member id = the plan's `member` entity id
    QString name; ///< the name they gave when joining ("" for the owner)
    QString kind; ///< "citizen", "network" or "professional"
    bool owner = false;
    QString status; ///< "active" or "pending"
    qint64 sinceMs = 0;
    QString relation; ///< from the invitation (owner's view only)
    QString organisation; ///< from the invitation (owner's view only)
    QString role; ///< job or role in words, from the invitation (owner's view only)
    QString invitedName; ///< whom the invitation they used was made for (owner's view only; "" when unknown)
    QString registeredName; ///< professionals: their name as the service's operator registered it ("" for others)
    QString registeredOrganisation; ///< professionals: their organisation as the operator registered it, checked by the service
    QString invitationId; ///< pending joins only
    QList<AccessGrant> offered; ///< pending joins only: what letting them in gives
    QList<AccessGrant> grants; ///< active members: their grants (all of them for the owner, own ones otherwise)
};

/** Everyone the service lists for the plan, and which of them this device is. */
struct PeopleList {
    QList<PersonEntry> people;
    QString you; ///< this device's member id
};

/** What the owner offers someone in an invitation. */
struct InvitationRequest {
    QString kind; ///< "network" or "professional"
    QString memberId; ///< the plan's member entity id for this person; empty: the service makes one
    QString name; ///< whom it is for (required)
    QString relation;
    QString organisation;
    QString role;
    QString fromName; ///< how the owner is shown to the person invited
    QList<AccessGrant> grants; ///< read or write per domain, with purpose
    qint64 untilMs = 0; ///< end of the offered access; 0: none
    qint64 expiresInSeconds = 0; ///< 0: the service's default (7 days)
};

/** An invitation as the owner sees it; `code` only right after it was made (shown once). */
struct InvitationEntry {
    QString invitationId;
    QString kind;
    QString memberId;
    QString name;
    QString relation;
    QString organisation;
    QString role;
    QList<AccessGrant> grants;
    qint64 untilMs = 0;
    qint64 createdMs = 0;
    qint64 expiresMs = 0;
    QString status; ///< "pending", "redeemed" or "withdrawn"
    QString code;
};

/** What an invitation offers, as the invited person sees it before accepting. */
struct InvitationOffer {
    QString planId;
    QString kind;
    QString fromName; ///< who invites ("" when the owner gave no name)
    QString name; ///< whom it was made for
    QString relation;
    QString organisation;
    QString role;
    QList<AccessGrant> grants;
    qint64 untilMs = 0;
    qint64 expiresMs = 0;
};

/** The answer to joining: pending until the owner lets the person in. */
struct JoinResult {
    QString planId;
    QString memberId;
    QString status; ///< "pending"
    QString name;
};

/** One access-log entry of the service (GET /v1/plans/{id}/audit). */
struct AuditEntry {
    qint64 seq = 0;
    qint64 atMs = 0;
    QString actor; ///< device id or "admin"
    QString actorMemberId; ///< "" for the operator or an unknown device
    QString action; ///< e.g. "ops.write", "member.confirm"
    QString target;
    QString entityType; ///< ops.write: the plan entity type
    QString domainKey; ///< "" plan-level
    QString memberId; ///< whom a change was about
    int count = 1;
    QJsonObject detail;
    QString prevHash;
    QString hash;
    bool hashMatches = true; ///< this device recomputed the entry's hash from its content and it matched
};

/** The plan's access log and whether its hash chain holds. */
struct AuditLogPage {
    QList<AuditEntry> entries;
    bool chainIntact = false; ///< the service walked its whole chain and found it intact
    bool entriesMatch = false; ///< every entry received matches its own hash (checked on this device)
};

/** One device of this account. */
struct DeviceEntry {
    QString deviceId;
    QString displayName;
    qint64 createdMs = 0;
    qint64 revokedMs = 0;
    bool thisDevice = false;
};

/** A one-time code for the person's next device. */
struct EnrolmentCode {
    QString code;
    qint64 expiresMs = 0;
};

} // namespace samen
