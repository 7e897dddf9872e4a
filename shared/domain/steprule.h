#pragma once

#include "core/result.h"
#include "domain/memberaccess.h"

#include <QDate>
#include <QString>

namespace samen {

class StateReader;

/**
 * Who a step may be given to, and who may tick it off (review 4, R4-13 and R4-18).
 *
 * - Giving: a step reaches only those who may read its life domain. On a device that
 *   holds the plan's grants (the owner's: grant entities are the owner's alone,
 *   ReadRule), a step given to a member who has access to the plan (at least one grant
 *   in force) but not to the step's life domain is refused before anything is stored,
 *   in words that offer both ways on: share that life domain first, or choose someone
 *   else. A contact without grants (kept on record, no device) and the owner may always
 *   be given a step. A device without the grants cannot judge and lets it pass.
 * - Ticking off and back: the member a step names (its ownerId, as stored before the edit)
 *   may set that step's done mark and time (true or false), and add a "step-done" or
 *   "step-reopened" entry about it to the timeline, when they may read its life domain,
 *   even without write access to it: someone given a step can say it is done, and that it
 *   was not after all. Nothing else of the step, nor of any step given to someone else,
 *   and no entry that exists (the timeline is the owner's to change). The device
 *   (WriteRule) and the service (SyncApi::checkWrite, from the service's own stored
 *   ownerId) decide by mayTick.
 */
class StepRule
{
public:
    /** Error::reason of checkReach's refusal. */
    static constexpr const char *kUnreachable = "step-unreachable";
    /**
     * Ok, or a Permission error ("Samira cannot see Work: share Work with Samira first, or
     * give the step to someone else.") when ownerMemberId has grants in the state but none
     * that lets them read domainKey on `today` (a grant's until is its last day).
     * ownerMemberId "" (nobody) is always ok. The error's reason is kUnreachable, so a caller
     * can add its own way on (samen-cli's commands, the app's "share" button).
     */
    static Status checkReach(const StateReader &state, const QString &planId, const QString &ownerMemberId, const QString &domainKey, const QDate &today);
    /**
     * Whether a member may make a change to a step given to them: field is "done" or
     * "doneAt" of the step, or "" for a new timeline entry about it of a kind isTickEntry takes;
     * ownerIdBefore is the step's ownerId before the change; the member must read domainKey.
     */
    static bool mayTick(const MemberAccess &access, const QString &field, const QString &domainKey, const QString &ownerIdBefore);
    /** True for the fields ticking a step off (or back) changes: done, doneAt. */
    static bool isTickField(const QString &field);
    /** True for the timeline kinds ticking a step off or back adds: "step-done", "step-reopened". */
    static bool isTickEntry(const QString &kind);
};

} // namespace samen
