#pragma once

#include "store/planstore.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace samen {

/**
 * Read-only views of a stored plan as JSON: domains in priority order with every
 * assessment, goals with steps, members, timeline, story, every other entity of
 * the plan and its open conflicts. plan() is the whole plan: every live entity of
 * every type in entitySpecs() appears in it exactly where a reader would look.
 */
class PlanView
{
public:
    PlanView(const PlanStore &store, QString planId);

    /**
     * The whole plan: the plan entity's fields plus `story`, `domains`, `goals`,
     * `members`, `timeline`, `grants`, `invitations`, `meetings`, `agreements` and
     * `conflicts` (see those functions). Deleted entities are left out.
     */
    QJsonObject plan() const;
    /**
     * Domains in the citizen's priority order: each with `label`, `priority` (1 = most
     * important), `assessments` (every self-assessment of the domain, oldest first by
     * date, then id), and for convenience `assessment` (the latest) and
     * `previousAssessment` (the one before) when they exist.
     */
    QJsonArray domains() const;
    /** Goals in domain-priority order, each with its steps. */
    QJsonArray goals() const;
    QJsonArray members() const;
    /**
     * True while a member belongs to the network: no `until`, or an `until`
     * (YYYY-MM-DD) after `today` (the device's local date). From the `until` day on
     * the member is former: listed apart as someone who helped before, never offered
     * as a step owner. A removed member gets `until` = the removal day
     * (NetworkMirror), so they are former at once. An `until` that is not a date
     * counts as no end. The one rule for the app and samen-cli (issue 12).
     */
    static bool isCurrentMember(const QJsonObject &member, const QDate &today);
    /** What happened, newest first. */
    QJsonArray timeline() const;
    /** Live entities of one type (grant, invitation, meeting, agreement, ...) in list order (sort key, then id). */
    QJsonArray all(const QString &entityType) const;
    /**
     * Every free-text field of the plan whose concurrent edits are both kept
     * (see sync-protocol.md, "Merge"): `[{entityType, entityId, field, versions:
     * [{opId, text, author, authorName, at}]}]`, versions in merge order (the shown
     * one last), `at` as ISO 8601 UTC from the edit's clock.
     */
    QJsonArray conflicts() const;
    /** The story field: value, and every concurrent value when it is in conflict. */
    QJsonObject story() const;
    /** The translated label of one of the plan's life domains in its framework (the key when the framework does not know it). */
    QString domainLabel(const QString &key) const;

private:
    QJsonArray sorted(const QString &type) const;

    const PlanStore &m_store;
    QString m_planId;
};

} // namespace samen
