#pragma once

#include "cli/cliargs.h"
#include "sync/synctls.h"

#include <QJsonObject>
#include <QStringList>

namespace samen::cli {

class CliContext;

/** samen-cli caseload [--json] [--search NAME]: every plan on a professional's device, most needing attention first. */
int cmdCaseload(CliContext &ctx);
/**
 * samen-cli caseload leave --plan PLAN [--yes]: the professional leaves the citizen's plan at the service (the citizen
 * sees it), then it leaves this device; asks first unless --yes. Offline or refused: nothing changes, and it says so.
 */
int leaveCaseloadPlan(CliContext &ctx, bool yes);
/** samen-cli caseload leave --plan PLAN [--yes]: leaveCaseloadPlan with --yes taken from the arguments; else usage. */
int cmdCaseloadLeave(CliContext &ctx);
/** samen-cli caseload restore: the plans this device let go (erase --plan) come back, with a round of all. */
int cmdCaseloadRestore(CliContext &ctx);
/** What enrolEmptyFolder made of the folder. */
enum class FolderEnrolment {
    Failed, ///< the enrolment failed or was refused: *exit is set, and nothing is left behind (file or folders made for it)
    Professional, ///< an administrator's code: the folder is a professional's device (device.db, open in ctx.caseload())
    Person, ///< a person's code for their next device: a plan store (open in ctx.store()) holds the enrolment, no plan yet
};
/**
 * Enrols an empty data folder with a one-time enrolment code (connect --enrol-code, join --enrol-code): the service's
 * answer says whose code it was. A person's store gets the enrolment (device id and key, the service and its trust) and
 * SyncClient::enrolledWithCodeSetting. `answer`, when given, gets the service's answer (deviceId, kind, ...).
 */
FolderEnrolment enrolEmptyFolder(CliContext &ctx, const QString &service, const SyncTrust &trust, const QString &deviceName, const QString &code, int *exit,
                                 QJsonObject *answer = nullptr);
/**
 * connect --enrol-code in an empty folder: makes it a professional's device (device.db)
 * and enrols it. Returns true with *exit set when it handled the command; false when the
 * code was a person's (their next device): the folder then holds a plan store enrolled on
 * their account, and connect goes on as for a person.
 */
bool connectCaseload(CliContext &ctx, const QString &service, const SyncTrust &trust, const QString &deviceName, const QString &code, int *exit);
/**
 * connect --enrol-code on a caseload device that is no longer enrolled (the service revoked it: CaseloadSync::dropRevoked):
 * enrols it again and fetches the account's plans. Returns false, changing nothing, when it is enrolled still. An
 * empty service keeps the service the device was enrolled with (connect --enrol-code CODE), and its trust unless
 * `trust` names one.
 */
bool reconnectCaseload(CliContext &ctx, const QString &service, const SyncTrust &trust, const QString &deviceName, const QString &code, int *exit);
/** What a professional's device is asked to join (joinCaseload). */
struct CaseloadJoinRequest {
    QString typed; ///< the link or bare code, as typed
    bool preview = false; ///< only look at the offer (--preview): nothing changes
    QString name; ///< the name to be shown by in the citizen's plan (tidied and checked); empty: the invitation's
    QString service; ///< --service, for a bare code: it must be the device's own service
    QStringList notes; ///< lines said before the result (what was done first, or what was not used)
    bool enrolled = false; ///< this command enrolled the folder first (a preview then says the plan is not in the caseload yet)
};
/**
 * join LINK_OR_CODE on a professional's device: adds the plan to the caseload (or, with --preview, shows the offer).
 * Takes a person's join options too, so one command works on both kinds of device and typed again after a join
 * that enrolled this device: --name (the name in the citizen's plan); --service, --pin-sha256, --ca-file (the device's
 * own service: its trust was set at enrolment; another service is refused); --enrol-code, --device-name, --ca-file and
 * --pin-sha256 are not used (the device is enrolled already, and trusts its service as then), and the output says so.
 */
int cmdJoinCaseload(CliContext &ctx);
/** The join of cmdJoinCaseload, asked by cmdJoin too once it enrolled an empty folder with a professional's code. */
int joinCaseload(CliContext &ctx, const CaseloadJoinRequest &request);
/** sync on a professional's device: a round for every plan (or the one given with --plan); prints what left the caseload. */
int cmdSyncCaseload(CliContext &ctx);
/** samen-cli sync --watch on a professional's device: keeps every plan of the caseload in sync (CaseloadSync::start) until SIGINT/SIGTERM. */
int cmdSyncWatchCaseload(CliContext &ctx);

} // namespace samen::cli
