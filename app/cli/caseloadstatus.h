#pragma once

namespace samen::cli {

class CliContext;

/**
 * samen-cli sync status on a professional's device without --plan (review 4, R4-7): the caseload as a whole, read
 * from device.db without asking the service: its service, how the last round of all went (when it ended well, or
 * offline since, or why it failed), how many plans, the plans waiting to be let in, with changes still to send or
 * fetch, with changes the service did not accept, and the notices kept (plans that left, parts taken away). Text: a
 * line each; --json: { state, service, plans, lastRoundAt, offlineSince, lastError, waitingToBeLetIn: [{planId,
 * citizen}], due: [...], refused: [{planId, citizen, count}], notices: [text] }. state: "not-connected", "never-synced",
 * "offline", "error", "refused" (a plan holds refused changes), "waiting" (something still to send or fetch) or
 * "synced". With --plan the one plan's status (cmdSyncStatus). The notices stay (samen-cli sync or caseload says them once).
 */
int cmdSyncStatusCaseload(CliContext &ctx);

} // namespace samen::cli
