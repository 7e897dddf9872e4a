#pragma once

#include "network/networkshapes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace samen {

/** Reads the case service's JSON (docs/api/openapi.yaml) into the plain network shapes, and checks audit hashes. */
class NetworkJson
{
public:
    static AccessGrant grant(const QJsonObject &o);
    static QList<AccessGrant> grants(const QJsonArray &a);
    /** The grants as the service takes them ({domainKey, access, purpose?, until?}); withUntil false leaves `until` out (invitation grants). */
    static QJsonArray grantsJson(const QList<AccessGrant> &grants, bool withUntil);
    static PersonEntry person(const QJsonObject &o);
    static InvitationEntry invitation(const QJsonObject &o);
    static InvitationOffer offer(const QJsonObject &o);
    static AuditEntry auditEntry(const QJsonObject &o, const QString &planId);
    static DeviceEntry device(const QJsonObject &o, const QString &thisDeviceId);
    /** The body of POST /v1/plans/{id}/invitations for this request. */
    static QJsonObject invitationBody(const InvitationRequest &request);
    /**
     * SHA-256(prevHash || canonical JSON of {seq, atMs, planId, actor, action, target, detail})
     * in hex: how the service links its audit chain (service/audit/auditlog.cpp).
     */
    static QString auditHash(const AuditEntry &entry, const QString &planId);
};

} // namespace samen
