#pragma once

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace samen {

/**
 * What one member may do in one plan: the owner everything; any other member
 * reads the life domains granted to them ("read" or "write") and changes those
 * granted "write" (write includes read). The service builds it from the grants in
 * force (service/plans/planaccess.*); a member's device from the grants the
 * service last gave it (DeviceAccess). Rules that use it: ReadRule, WriteRule.
 */
class MemberAccess
{
public:
    enum class Level { None, Read, Write };

    static MemberAccess owner();
    /** A member other than the owner with no access yet; add grants with grant(). */
    static MemberAccess member();

    /** Adds a grant ("read" or "write"; anything else is ignored); the wider of two grants on a domain counts. */
    void grant(const QString &domainKey, const QString &access);

    bool isOwner() const { return m_owner; }
    Level level(const QString &domainKey) const;
    bool canRead(const QString &domainKey) const { return level(domainKey) != Level::None; }
    bool canWrite(const QString &domainKey) const { return level(domainKey) == Level::Write; }
    /** True when at least one domain is readable (always for the owner): the condition for any plan-level data. */
    bool readsAnything() const { return m_owner || !m_domains.isEmpty(); }
    /** The domains granted to a member, sorted (empty for the owner, who reads every domain). */
    QStringList grantedDomains() const { return m_domains.keys(); }

    /** The member's own id in the plan ("" when not known): who an agreement's whoId or a meeting's participantIds name. */
    const QString &memberId() const { return m_memberId; }
    void setMemberId(const QString &memberId) { m_memberId = memberId; }
    /**
     * Agreements and meetings this member reads beyond their domain grants: an agreement
     * whose whoId names them; a meeting whose participantIds name them or that has one of
     * the member's readable domains on its agenda (agendaDomains): the service's answer
     * (GET /v1/plans/{planId}/grants, "named"), so a device knows when it was named away.
     */
    void addNamed(const QString &entityId) { m_named.insert(entityId); }
    bool isNamedIn(const QString &entityId) const { return m_named.contains(entityId); }
    QStringList named() const;
    /**
     * Meetings whose free text (notes, agenda points) this member reads (ReadRule::mayReadField):
     * those they take part in now (participantIds), and every meeting while they are the
     * coordinator (who plans and records meetings, WriteRule::checkMeetingWork). The service sets
     * it from the merged fields (PlanRoles); a device decides it from what it holds. Not part of toJson.
     */
    void addMeetingText(const QString &meetingId) { m_meetingText.insert(meetingId); }
    bool readsMeetingTextOf(const QString &meetingId) const { return m_meetingText.contains(meetingId); }

    /** {"owner": true} or {"owner": false, "domains": {"<key>": "read" | "write"}, "named": [entity id...]} (memberId is not part of it). */
    QJsonObject toJson() const;
    /** The inverse of toJson; anything malformed reads as "no access" (never as more). */
    static MemberAccess fromJson(const QJsonObject &json);

    bool operator==(const MemberAccess &other) const = default;

private:
    bool m_owner = false;
    QMap<QString, Level> m_domains; ///< only Read or Write
    QString m_memberId;
    QSet<QString> m_named;
    QSet<QString> m_meetingText;
};

} // namespace samen
