#pragma once
// A plan with every kind of participant, built through the real API: the citizen
// owner, a friend who may read "housing", a professional who may write "work" and
// "finances", a member whose device was revoked, and a stranger with no membership;
// on request also a member whose bearer token has expired.

#include "servicefixture.h"

#include <QRegularExpression>
#include <QThread>

namespace samen::test {

/** One participant: their device and member id in the plan (empty for the stranger). */
struct Participant {
    explicit Participant(quint32 seed)
        : device(seed)
    {
    }
    TestDevice device;
    QString memberId;
};

/** The plan and its people; built() is false when any API step failed. */
class PlanWorld
{
public:
    PlanWorld(ApiClient &api, const ServiceProcess &service)
        : m_api(api)
        , m_service(service)
    {
    }

    /**
     * Enrols p's device into a professional account the operator registers (admin org add, admin professional
     * add --name name): only such an account may use an invitation of kind "professional" (issue 12).
     */
    bool enrolProfessional(Participant &p, const QString &organisation = QStringLiteral("Wijkteam Noord"), const QString &name = QStringLiteral("André"))
    {
        QByteArray text;
        if (m_service.admin({ QStringLiteral("org"), QStringLiteral("add"), organisation }, &text) != 0)
            return false;
        const QString orgId = QRegularExpression(QStringLiteral("Organisation added: (\\S+)")).match(QString::fromUtf8(text)).captured(1);
        if (m_service.admin({ QStringLiteral("professional"), QStringLiteral("add"), QStringLiteral("--org"), orgId, QStringLiteral("--name"), name }, &text)
            != 0)
            return false;
        const QString code = QRegularExpression(QStringLiteral("not shown again\\): (\\S+)")).match(QString::fromUtf8(text)).captured(1);
        const Reply enrolled = m_api.post(QStringLiteral("/v1/enrol"),
                                          { { QStringLiteral("code"), code },
                                            { QStringLiteral("publicKey"), p.device.publicKeyBase64() },
                                            { QStringLiteral("displayName"), QStringLiteral("Laptop") } });
        if (enrolled.status != 201)
            return false;
        p.device.deviceId = enrolled.json.value(QStringLiteral("deviceId")).toString();
        return p.device.signIn(m_api);
    }

    /** Invites someone with grants, lets them redeem, and confirms them as the owner. */
    bool join(Participant &p, const QString &kind, const QJsonArray &grants)
    {
        const Reply invitation
            = m_api.post(plan(QStringLiteral("/invitations")), { { QStringLiteral("kind"), kind }, { QStringLiteral("grants"), grants } }, owner.device.token);
        if (invitation.status != 201)
            return false;
        const Reply redeemed = m_api.post(QStringLiteral("/v1/invitations/redeem"),
                                          { { QStringLiteral("code"), invitation.json.value(QStringLiteral("code")).toString() } }, p.device.token);
        if (redeemed.status != 200)
            return false;
        p.memberId = redeemed.json.value(QStringLiteral("memberId")).toString();
        return m_api.post(plan(QStringLiteral("/members/%1/confirm").arg(p.memberId)), {}, owner.device.token).status == 200;
    }

    bool build()
    {
        for (Participant *p : { &owner, &friendReader, &revoked, &stranger }) {
            if (!p->device.enrolAndSignIn(m_api))
                return false;
        }
        if (!enrolProfessional(professional))
            return false;
        const Reply created = m_api.post(QStringLiteral("/v1/plans"), {}, owner.device.token);
        if (created.status != 201)
            return false;
        planId = created.json.value(QStringLiteral("planId")).toString();
        owner.memberId = created.json.value(QStringLiteral("memberId")).toString();
        auto grant = [](const char *domain, const char *access) {
            return QJsonObject { { QStringLiteral("domainKey"), QLatin1String(domain) }, { QStringLiteral("access"), QLatin1String(access) } };
        };
        if (!join(friendReader, QStringLiteral("network"), { grant("housing", "read") })
            || !join(professional, QStringLiteral("professional"), { grant("work", "write"), grant("finances", "write") })
            || !join(revoked, QStringLiteral("network"), { grant("housing", "write") }))
            return false;
        // Revoked from a second device of the same account: a device may not revoke itself as its account's last (409 last-device).
        return revokeFromSecondDevice(m_api, revoked.device) == 200;
    }

    /**
     * Makes `expired` a member (read on "housing") whose bearer token has run out:
     * a restart with a one-second token lifetime signs it in, and after it expired a
     * restart with serviceArgs serves the rest (the other tokens survive restarts).
     */
    bool addExpiredMember(ServiceProcess &service, const QStringList &serviceArgs = {})
    {
        const QJsonObject housingRead { { QStringLiteral("domainKey"), QStringLiteral("housing") }, { QStringLiteral("access"), QStringLiteral("read") } };
        if (!expired.device.enrolAndSignIn(m_api) || !join(expired, QStringLiteral("network"), { housingRead }))
            return false;
        service.stop();
        if (!service.start(serviceArgs + QStringList { QStringLiteral("--token-lifetime"), QStringLiteral("1") }))
            return false;
        m_api.retarget(service.port());
        if (!expired.device.signIn(m_api))
            return false;
        QThread::msleep(1200);
        service.stop();
        if (!service.start(serviceArgs))
            return false;
        m_api.retarget(service.port());
        return m_api.get(QStringLiteral("/v1/devices"), expired.device.token).status == 401
            && m_api.get(QStringLiteral("/v1/devices"), owner.device.token).status == 200;
    }

    QString plan(const QString &suffix = {}) const { return QStringLiteral("/v1/plans/") + planId + suffix; }

    /** Pushes ops as one participant; returns the reply. */
    Reply push(const Participant &p, const QJsonArray &ops)
    {
        return m_api.post(plan(QStringLiteral("/ops")), { { QStringLiteral("ops"), ops } }, p.device.token);
    }

    /** A goal in a domain, written by author: create ops (domainKey, title, status). */
    QJsonArray goal(const QString &author, const QString &domainKey, const QString &goalId, const QString &title) const
    {
        return { makeOp(planId, author, QStringLiteral("goal"), goalId, QStringLiteral("domainKey"), domainKey),
                 makeOp(planId, author, QStringLiteral("goal"), goalId, QStringLiteral("title"), title),
                 makeOp(planId, author, QStringLiteral("goal"), goalId, QStringLiteral("status"), QStringLiteral("open")) };
    }

    Participant owner { 101 };
    Participant friendReader { 102 };
    Participant professional { 103 };
    Participant revoked { 104 };
    Participant stranger { 105 };
    Participant expired { 106 }; ///< only after addExpiredMember()
    QString planId;

private:
    ApiClient &m_api;
    const ServiceProcess &m_service;
};

/** Values of "field" in pulled ops, for entityId. */
inline QStringList pulledTitles(const Reply &pull)
{
    QStringList titles;
    for (const QJsonValue &op : pull.json.value(QStringLiteral("ops")).toArray()) {
        if (op[QStringLiteral("field")].toString() == QStringLiteral("title"))
            titles.append(op[QStringLiteral("value")].toString());
    }
    titles.sort();
    return titles;
}

} // namespace samen::test

/**
 * The start of most service tests: a temporary folder, the real service running
 * in it over TLS, a client that trusts its certificate, and the standard plan
 * world (owner, friend, professional) built there. Declares the four names given.
 */
#define SAMEN_SERVICE_WORLD(dir, service, api, world)                                                                                                          \
    samen::test::TestDir dir;                                                                                                                                  \
    ServiceProcess service(dir.file(QStringLiteral("data")));                                                                                                  \
    REQUIRE(service.start());                                                                                                                                  \
    ApiClient api(service.port(), service.certificate());                                                                                                      \
    PlanWorld world(api, service);                                                                                                                             \
    REQUIRE(world.build())
