#pragma once

#include "cli/clicontext.h"

namespace samen::cli {

// samen-cli commands for who may see the plan: invitations, grants, members,
// devices, the access log, and keeping in sync until stopped.
int cmdInviteList(CliContext &ctx);
int cmdInviteWithdraw(CliContext &ctx);
int cmdGrantSet(CliContext &ctx);
int cmdMemberRevoke(CliContext &ctx);
int cmdDeviceRevoke(CliContext &ctx);
int cmdDeviceAdd(CliContext &ctx);
int cmdLog(CliContext &ctx);
/** sync --watch: syncs on every poke from the service (and every minute) until SIGINT or SIGTERM. */
int cmdSyncWatch(CliContext &ctx);

} // namespace samen::cli
