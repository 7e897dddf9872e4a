#pragma once

#include "domain/memberaccess.h"
#include "store/planstore.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace samen {

/**
 * Read models of issue 13 as JSON, shared by the app and samen-cli: everyone who
 * helps (professionals, the coordinator and who held that role), meetings with
 * their agreements, and what to talk about next. Names, never only ids: every
 * id comes with the name or label a person reads. Reads what the store holds
 * (on a member's device: only what the member may read).
 */
class TeamView
{
public:
    TeamView(const PlanStore &store, QString planId);

    /**
     * The one view: { "coordinator": Person|null, "professionals": [Person...] (current
     * professionals, coordinator excluded, by since then name), "former": [Person...
     * with "until"] (professionals whose period ended: until <= today, latest first),
     * "coordinatorHistory": [{ "memberId", "name", "from" (ISO date), "until" (ISO date,
     * absent = now), "note" }] newest first }. The first coordinator is the plan's owner
     * from the plan's creation; each "coordinator-handover" timeline entry starts a period.
     *
     * Person: { "id","name","kind","relation","organisation","role","phone","email",
     * "since","until" (absent fields are ""), "coordinator": bool, "domains": [{ "key",
     * "label","access" ("read"|"write") }] (from the member's grants in force, as far as this
     * device knows them: on the owner's device the plan's grant entities, and for a member
     * without grants the member's `domains` with access "write" (the owner's own words about a
     * contact); on a member's device only their own grants, empty for everyone else),
     * "domainsKnown": bool (false: this device does not know their grants), "openSteps":
     * [{ "id","title","due","domainKey","domainLabel" }], "openAgreements": [{ "id",
     * "what","by","evaluationDate","domainKey","domainLabel" }] }.
     */
    QJsonObject professionals(const QDate &today) const;
    /** One member as a Person (see professionals()); an empty object when the id is not a member. */
    QJsonObject person(const QString &memberId, const QDate &today) const;
    /**
     * Meetings, newest first (by "at"): each meeting's fields plus "participants":
     * [{ "id","name" }], "agenda": [{ "kind": "domain"|"point", "key" (domains only),
     * "label" }] (domains first, in the meeting's order) and "agreements": [Agreement...]
     * made at it. Only what this device's person may read (ReadRule, as the service decides):
     * meetings they take part in, coordinate, or that have a life domain they read on the
     * agenda; of the others' agenda only the domains they read; notes and agenda points only
     * when they take part, coordinate or own the plan (ReadRule::mayReadField).
     */
    QJsonArray meetings() const;
    /** Agreements in the order they were made: each one's fields plus "whoName", "domainLabel", "meetingTitle" ("" when none). */
    QJsonArray agreements() const;
    /**
     * "To talk about" on the plan home: { "nextMeeting": Meeting|null (the first planned
     * one at or after now), "reviewsDue": [Agreement...] (open, evaluationDate <= today +
     * 14 days, oldest first; each with "overdue": evaluationDate before today) }; today is
     * now's local date.
     */
    QJsonObject toTalkAbout(const QDateTime &now) const;
    /**
     * When to suggest the next meeting after `lastAt`: the interval between the last two
     * held meetings (previousAt, lastAt) clamped to 2..6 weeks, else 4 weeks (the
     * research's rhythm: 2 to 6 weeks, BRIEF.md M7).
     */
    static QDateTime suggestedNextMeeting(const QDateTime &lastAt, const std::optional<QDateTime> &previousAt);

    /** How many days ahead an agreement's evaluation counts as due on the plan home. */
    static constexpr int kReviewDays = 14;

private:
    QJsonObject agreementJson(const QJsonObject &agreement) const;
    QJsonObject meetingJson(const QJsonObject &meeting, const QJsonArray &allAgreements) const;
    /** Whether this device's person is the plan's coordinator now (their member entity's coordinator mark). */
    bool isCoordinator(const MemberAccess &access) const;
    QString nameOf(const QString &memberId) const;
    /** Whether the member helps with the plan today (PlanView::isCurrentMember): false once their period ended or they were removed. */
    bool helpsNow(const QString &memberId) const;

    const PlanStore &m_store;
    QString m_planId;
};

} // namespace samen
