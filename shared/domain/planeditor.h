#pragma once

#include "core/result.h"
#include "sync/operation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samen {

class HlcClock;
class StateReader;

/** The operations one user action produces, and the id of the entity it created or changed. */
struct Edit {
    QList<Operation> ops;
    QString entityId;
};

/** What a new member is. */
struct MemberInput {
    QString kind; ///< "citizen", "network" or "professional"
    QString name;
    QString relation; ///< network members: "partner", "family", "friend", "neighbour", "employer", "volunteer", "other"
    QString organisation; ///< professionals
    QString role; ///< professionals: "social-team worker", ...
    QStringList domains; ///< domain keys they work on
    QString contact; ///< phone or e-mail, free text (legacy: phone and email are the fields to use)
    QString id; ///< the member's id when it is given (a case service's member id: a lower-case UUID); empty: a new UUIDv7
    QString phone; ///< a phone number, at most 40 characters
    QString email; ///< an e-mail address, at most 200 characters
};

/** A joint meeting to plan (issue 13); the limits are the schema's (docs/data-model.md, meeting). */
struct MeetingInput {
    QString title; ///< required, at most 200 characters
    QDateTime at; ///< when it starts; stored in UTC
    int minutes = 60; ///< 5..600
    QString place; ///< either or both of place / videoLink
    QString videoLink; ///< https:// only
    QStringList participantIds; ///< current member ids; the plan's owner is added when missing
    QStringList agendaDomains; ///< domain keys of the plan
    QStringList agendaPoints; ///< extra points, each at most 200 characters, at most 20
};

/** An agreement made (usually at a meeting): what, who, by when, in which life domain, when to look at it again. */
struct AgreementInput {
    QString meetingId; ///< optional: the meeting it was made at
    QString what; ///< required, at most 500 characters
    QString whoId; ///< optional: a current member id
    std::optional<QDate> by;
    QString domainKey; ///< required: a life domain of the plan
    std::optional<QDate> evaluationDate;
};

/**
 * Turns user actions on one plan into validated operations. Reads current
 * state through a StateReader (PlanState in memory, or PlanStore); never
 * writes: the caller stores the returned operations. Bad input returns a
 * Validation error with a plain message and no operations.
 */
class PlanEditor
{
public:
    PlanEditor(const StateReader &state, HlcClock &clock, QString planId, QString authorMemberId);

    /** A new plan: plan entity, the owner as citizen member and coordinator, and the framework's domains in default order. */
    static Result<Edit> createPlan(HlcClock &clock, const QString &planName, const QString &framework, const QString &ownerName);
    /** The owner's member id in an Edit from createPlan (the first member entity; also the author of every op). */
    static QString ownerMemberIdOf(const Edit &createPlanEdit);

    Result<Edit> setStory(const QString &text);
    /** Moves domains into this order; keys not named keep their relative order after the named ones. */
    Result<Edit> prioritize(const QStringList &domainKeysInOrder);
    /** Moves one domain up (-1) or down (+1) in the priority order: one operation. */
    Result<Edit> moveDomain(const QString &domainKey, int delta);
    Result<Edit> assess(const QString &domainKey, int score, const QString &note, const QDate &date);
    Result<Edit> addGoal(const QString &domainKey, const QString &title, const QString &why, const std::optional<QDate> &due);
    Result<Edit> setGoalStatus(const QString &goalId, const QString &status);
    Result<Edit> addStep(const QString &goalId, const QString &title, const QString &ownerMemberId, const std::optional<QDate> &due);
    /** Marks a step done and adds a "small success" timeline entry. */
    Result<Edit> completeStep(const QString &stepId);
    /**
     * Unticks a done step: done false, doneAt cleared. The plan's owner's "small success" timeline
     * entries about it are deleted (it was not done after all); anyone else (a writer of the domain,
     * or the person the step is given to: StepRule::mayTick) adds a "step-reopened" entry instead,
     * as an entry that exists is the owner's to change. asOwner: whether the device acts as the plan's
     * owner (its MemberAccess); nullopt: whether the author is the plan's citizen member. Validation error
     * for an unknown step or one not done.
     */
    Result<Edit> uncompleteStep(const QString &stepId, std::optional<bool> asOwner = std::nullopt);
    /**
     * Changes a goal's title, why (empty: cleared) and target date (nullopt: cleared): one
     * operation per field that differs; no operations (and no error) when nothing differs.
     */
    Result<Edit> editGoal(const QString &goalId, const QString &title, const QString &why, const std::optional<QDate> &due);
    /** Changes a step's title, who does it (a current member id; empty: nobody) and date, as editGoal. */
    Result<Edit> editStep(const QString &stepId, const QString &title, const QString &ownerMemberId, const std::optional<QDate> &due);
    /** Deletes a goal and, in the same edit, its steps that are not deleted yet (tombstones; undo brings them back). */
    Result<Edit> removeGoal(const QString &goalId);
    Result<Edit> addMember(const MemberInput &member);
    /**
     * A new entity of a given type under a given id (a lower-case UUID not yet used in the plan),
     * with its fields validated: how a device mirrors what the case service holds (grants,
     * invitations) into the plan. Validation error, no operations, for a used id or a bad value.
     */
    Result<Edit> createEntity(const QString &entityType, const QString &entityId, const QList<std::pair<QString, QJsonValue>> &fields);
    /**
     * Moves the coordinator role to memberId: a logged warm handover with a note. Only someone let in
     * holds it (issue 13): Validation error, no operations, for a member whose period ended (removed: `until`
     * today or earlier) or one of `waiting`, the ids the case service lists as waiting to be let in or
     * declined (the caller asks the service; the service refuses the same, sync-protocol.md push rule 7).
     */
    Result<Edit> setCoordinator(const QString &memberId, const QString &note, const QStringList &waiting = {});
    /**
     * A new meeting, status "planned", the owner always among the participants; a "meeting-planned" timeline entry.
     * Validation error for a start that has passed (meetingtime::checkPlanned, by the clock's time): a meeting that
     * already took place is written down with recordHeldMeeting.
     */
    Result<Edit> planMeeting(const MeetingInput &meeting);
    /**
     * A meeting that already took place, written down afterwards (the demo, a FHIR import, a meeting nobody planned
     * in Samen): status "held" with its notes (may be empty), the checks of planMeeting, and a "meeting-held" timeline
     * entry at its start. Validation error for a start still to come (meetingtime::checkHeld).
     */
    Result<Edit> recordHeldMeeting(const MeetingInput &meeting, const QString &notes);
    /**
     * Marks a planned meeting held with its notes (may be empty); a "meeting-held" timeline entry. Validation
     * error for a meeting that has not started yet (meetingtime::checkHeld), a cancelled one or one held already.
     */
    Result<Edit> recordMeeting(const QString &meetingId, const QString &notes);
    /** Cancels a planned meeting (a held one stays held). */
    Result<Edit> cancelMeeting(const QString &meetingId);
    /** A new agreement, status "open"; an "agreement-made" timeline entry. */
    Result<Edit> addAgreement(const AgreementInput &agreement);
    /**
     * Records how an agreement went: status "open", "done" or "dropped", what was said
     * (evaluation, may be empty), and optionally when to look at it again; an
     * "agreement-evaluated" timeline entry. whoId (optional): who takes it on from now, a member who
     * helps now (the next step when the one it named no longer helps); Validation error otherwise.
     */
    Result<Edit> evaluateAgreement(const QString &agreementId, const QString &status, const QString &evaluation, const std::optional<QDate> &nextEvaluation,
                                   const QString &whoId = {});
    /** Sets one field after validating it (generic edit). Free-text fields record the heads they replace. */
    Result<Edit> setField(const QString &entityId, const QString &field, const QJsonValue &value);
    /** Resolves a free-text conflict: one new value that replaces every head. */
    Result<Edit> resolveConflict(const QString &entityId, const QString &field, const QString &text);
    /**
     * Restores an earlier value of a field from its history (earlier: one of that field's operations):
     * a new operation with that value, made the way a person would make the change again, so values
     * that belong together follow (a step's "done" goes through completeStep/uncompleteStep, a goal's
     * "status" through setGoalStatus). Validation error when earlier is of another item, field or plan,
     * and when the field shows that value already (one head), which would only lengthen the history.
     */
    Result<Edit> restore(const QString &entityId, const QString &field, const Operation &earlier);
    Result<Edit> remove(const QString &entityId);

    /** Field values of one entity, in the order their operations are made. */
    using Fields = QList<std::pair<QString, QJsonValue>>;

private:
    /** planMeeting ("planned") and recordHeldMeeting ("held", with notes): one set of checks. */
    Result<Edit> newMeeting(const MeetingInput &meeting, const QString &status, const QString &notes);
    /** A lower-case UUID that names nothing in the plan yet. */
    bool isFreshId(const QString &entityId) const;
    Operation makeOp(const QString &entityType, const QString &entityId, const QString &field, const QJsonValue &value, const QStringList &base = {});
    std::optional<QJsonObject> liveEntity(const QString &entityId, const QString &type = {}) const;
    Status checkReferences(const QString &entityType, const QString &field, const QJsonValue &value) const;
    /**
     * Validation when another live member of the plan (not exceptId) has this name, compared as
     * TextHygiene::sameName does (case and Unicode form do not count): names are unique per plan, so
     * people can be told apart in lists and named in commands (the service refuses the same at a join).
     */
    Status checkNameFree(const QString &name, const QString &exceptId) const;
    void appendEntity(Edit &edit, const QString &entityType, const QString &entityId, const Fields &fields);
    void appendTimeline(Edit &edit, const QString &kind, const QString &text, const Hlc &at, const QString &refId);
    QList<QJsonObject> domainsInOrder() const;
    /** The plan's citizen (owner) member id, "" when the plan has none. */
    QString ownerMemberId() const;
    /** A free-text value with the heads it replaces as base, so concurrent edits become a conflict. */
    Operation freeTextOp(const QString &entityType, const QString &entityId, const QString &field, const QString &text);
    QString sortKeyAfterLast(const QString &entityType, const QString &groupField, const QString &groupValue) const;
    Result<Edit> reorderDomains(const QList<QJsonObject> &order);

    const StateReader &m_state;
    HlcClock &m_clock;
    QString m_planId;
    QString m_author;
};

} // namespace samen
