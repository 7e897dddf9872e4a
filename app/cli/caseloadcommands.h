#pragma once

#include "cli/cliargs.h"
#include "sync/synctls.h"

namespace samen::cli {

class CliContext;

/** samen-cli caseload [--json] [--search NAME]: every plan on a professional's device, most needing attention first. */
int cmdCaseload(CliContext &ctx);
/**
 * samen-cli caseload leave --plan PLAN [--yes]: the professional leaves the citizen's plan at the service (the citizen
 * sees it), then it leaves this device; asks first unless --yes. Offline or refused: nothing changes, and it says so.
 */
int leaveCaseloadPlan(CliContext &ctx, bool yes);
/**
 * connect --enrol-code in an empty folder: makes it a professional's device (device.db)
 * and enrols it. Returns true with *exit set when it handled the command; false when the
 * code was a person's (their next device): the folder then holds a plan store enrolled on
 * their account, and connect goes on as for a person.
 */
bool connectCaseload(CliContext &ctx, const QString &service, const SyncTrust &trust, const QString &deviceName, const QString &code, int *exit);
/**
 * connect --enrol-code on a caseload device that is no longer enrolled (the service revoked it: CaseloadSync::dropRevoked):
 * enrols it again and fetches the account's plans. Returns false, changing nothing, when it is enrolled still.
 */
bool reconnectCaseload(CliContext &ctx, const QString &service, const SyncTrust &trust, const QString &deviceName, const QString &code, int *exit);
/** join LINK_OR_CODE on a professional's device: adds the plan to the caseload. */
int cmdJoinCaseload(CliContext &ctx);
/** sync on a professional's device: a round for every plan (or the one given with --plan); prints what left the caseload. */
int cmdSyncCaseload(CliContext &ctx);
/** samen-cli sync --watch on a professional's device: keeps every plan of the caseload in sync (CaseloadSync::start) until SIGINT/SIGTERM. */
int cmdSyncWatchCaseload(CliContext &ctx);

} // namespace samen::cli
