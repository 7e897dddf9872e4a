#include "network/networkjson.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace samen {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 ms(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

void readInvitee(const QJsonObject &invitee, QString *name, QString *relation, QString *organisation, QString *role)
{
    *name = str(invitee, "name");
    *relation = str(invitee, "relation");
    *organisation = str(invitee, "organisation");
    *role = str(invitee, "role");
}

} // namespace

AccessGrant NetworkJson::grant(const QJsonObject &o)
{
    return AccessGrant { str(o, "domainKey"), str(o, "access"), str(o, "purpose"), ms(o, "until"), str(o, "grantId") };
}

QList<AccessGrant> NetworkJson::grants(const QJsonArray &a)
{
    QList<AccessGrant> out;
    for (const QJsonValue &v : a)
        out.append(grant(v.toObject()));
    return out;
}

QJsonArray NetworkJson::grantsJson(const QList<AccessGrant> &grants, bool withUntil)
{
    QJsonArray out;
    for (const AccessGrant &g : grants) {
        QJsonObject o { { QStringLiteral("domainKey"), g.domainKey }, { QStringLiteral("access"), g.access } };
        if (!g.purpose.isEmpty())
            o.insert(QStringLiteral("purpose"), g.purpose);
        if (withUntil && g.untilMs > 0)
            o.insert(QStringLiteral("until"), g.untilMs);
        out.append(o);
    }
    return out;
}

PersonEntry NetworkJson::person(const QJsonObject &o)
{
    PersonEntry p;
    p.memberId = str(o, "memberId");
    p.name = str(o, "name");
    p.kind = str(o, "kind");
    p.owner = str(o, "role") == QLatin1String("owner");
    p.status = str(o, "status");
    p.sinceMs = ms(o, "since");
    readInvitee(o.value(QStringLiteral("invitee")).toObject(), &p.invitedName, &p.relation, &p.organisation, &p.role);
    if (p.name.isEmpty())
        p.name = p.invitedName; // joined before names were kept: the name the owner invited
    const QJsonObject registered = o.value(QStringLiteral("registered")).toObject();
    p.registeredName = str(registered, "name");
    p.registeredOrganisation = str(registered, "organisation");
    p.invitationId = str(o, "invitationId");
    p.offered = grants(o.value(QStringLiteral("offered")).toArray());
    p.grants = grants(o.value(QStringLiteral("grants")).toArray());
    return p;
}

InvitationEntry NetworkJson::invitation(const QJsonObject &o)
{
    InvitationEntry i;
    i.invitationId = str(o, "invitationId");
    i.kind = str(o, "kind");
    i.memberId = str(o, "memberId");
    readInvitee(o.value(QStringLiteral("invitee")).toObject(), &i.name, &i.relation, &i.organisation, &i.role);
    i.grants = grants(o.value(QStringLiteral("grants")).toArray());
    i.untilMs = ms(o, "until");
    i.createdMs = ms(o, "createdAt");
    i.expiresMs = ms(o, "expiresAt");
    i.status = str(o, "status");
    i.code = str(o, "code");
    return i;
}

InvitationOffer NetworkJson::offer(const QJsonObject &o)
{
    InvitationOffer f;
    f.planId = str(o, "planId");
    f.kind = str(o, "kind");
    f.fromName = str(o.value(QStringLiteral("from")).toObject(), "name");
    readInvitee(o.value(QStringLiteral("invitee")).toObject(), &f.name, &f.relation, &f.organisation, &f.role);
    f.grants = grants(o.value(QStringLiteral("grants")).toArray());
    f.untilMs = ms(o, "until");
    f.expiresMs = ms(o, "expiresAt");
    return f;
}

AuditEntry NetworkJson::auditEntry(const QJsonObject &o, const QString &planId)
{
    AuditEntry e;
    e.seq = ms(o, "seq");
    e.atMs = ms(o, "at");
    e.actor = str(o, "actor");
    e.actorMemberId = str(o, "actorMemberId");
    e.action = str(o, "action");
    e.target = str(o, "target");
    e.entityType = str(o, "entityType");
    e.domainKey = str(o, "domainKey");
    e.memberId = str(o, "memberId");
    e.count = o.contains(QStringLiteral("count")) ? o.value(QStringLiteral("count")).toInt() : 1;
    e.detail = o.value(QStringLiteral("detail")).toObject();
    e.prevHash = str(o, "prevHash");
    e.hash = str(o, "hash");
    e.hashMatches = auditHash(e, planId) == e.hash;
    return e;
}

DeviceEntry NetworkJson::device(const QJsonObject &o, const QString &thisDeviceId)
{
    return DeviceEntry { str(o, "deviceId"), str(o, "displayName"), ms(o, "createdAt"), ms(o, "revokedAt"), str(o, "deviceId") == thisDeviceId };
}

QJsonObject NetworkJson::invitationBody(const InvitationRequest &r)
{
    QJsonObject invitee { { QStringLiteral("name"), r.name } };
    if (!r.relation.isEmpty())
        invitee.insert(QStringLiteral("relation"), r.relation);
    if (!r.organisation.isEmpty())
        invitee.insert(QStringLiteral("organisation"), r.organisation);
    if (!r.role.isEmpty())
        invitee.insert(QStringLiteral("role"), r.role);
    QJsonObject body { { QStringLiteral("kind"), r.kind }, { QStringLiteral("grants"), grantsJson(r.grants, false) }, { QStringLiteral("invitee"), invitee } };
    if (!r.memberId.isEmpty())
        body.insert(QStringLiteral("memberId"), r.memberId);
    if (!r.fromName.isEmpty())
        body.insert(QStringLiteral("from"), QJsonObject { { QStringLiteral("name"), r.fromName } });
    if (r.untilMs > 0)
        body.insert(QStringLiteral("until"), r.untilMs);
    if (r.expiresInSeconds > 0)
        body.insert(QStringLiteral("expiresInSeconds"), r.expiresInSeconds);
    return body;
}

QString NetworkJson::auditHash(const AuditEntry &e, const QString &planId)
{
    // The service's canonical form: QJsonObject keeps keys sorted; compact JSON.
    const QByteArray canonical = QJsonDocument(QJsonObject { { QStringLiteral("seq"), e.seq },
                                                             { QStringLiteral("atMs"), e.atMs },
                                                             { QStringLiteral("planId"), planId },
                                                             { QStringLiteral("actor"), e.actor },
                                                             { QStringLiteral("action"), e.action },
                                                             { QStringLiteral("target"), e.target },
                                                             { QStringLiteral("detail"), e.detail } })
                                     .toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(e.prevHash.toLatin1() + canonical, QCryptographicHash::Sha256).toHex());
}

} // namespace samen
