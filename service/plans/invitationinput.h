#pragma once

#include "http/jsonrequest.h"
#include "storage/servicestore.h"

namespace samen::service {

/**
 * The body of POST /v1/plans/{planId}/invitations read strictly: kind, grants
 * [{domainKey, access read|write, purpose?}], expiresInSeconds, memberId (lower-case
 * UUID), invitee {name, relation?, organisation?, role?}, from {name}, until (epoch ms).
 * Texts follow the plan's own rules for a member (shared/domain/schema: validateField
 * "member"), so what the service keeps is what the owner's device may write.
 */
class InvitationInput
{
public:
    /** Reads the body into *out (kind, grants, memberId, invitee, fromName, untilMs) and the lifetime; problems go to in. */
    static void read(JsonRequest &in, qint64 nowMs, qint64 maxLifetimeS, InvitationRecord *out, qint64 *lifetimeS);

    /** Reads the invitee object; an empty QString when it is valid, else the plain reason. */
    static QString readInvitee(const QJsonValue &value, QJsonObject *out);

    /** A lower-case UUID with dashes (the form of the ids devices make). */
    static bool isLowerCaseUuid(const QString &text);
};

} // namespace samen::service
