#pragma once

#include "cli/clicontext.h"
#include "sync/synctls.h"

namespace samen::cli {

class CliArgs;

/** The trust options shared by connect and join: --pin-sha256 HEX and --ca-file PEM. */
Result<SyncTrust> trustFromArgs(const CliArgs &args);

// samen-cli commands that talk to the case service through SyncClient.
int cmdConnect(CliContext &ctx);
int cmdSync(CliContext &ctx);
int cmdSyncStatus(CliContext &ctx);
int cmdSyncRetry(CliContext &ctx);
int cmdSyncDiscard(CliContext &ctx);
int cmdDeviceList(CliContext &ctx);
/** samen-cli repair: rebuilds a damaged store (StoreSalvage) and, when connected, fetches the plan from the service again. */
int cmdRepair(CliContext &ctx);

} // namespace samen::cli
