#pragma once

#include "cli/clicontext.h"

namespace samen::cli {

// samen-cli commands for bringing people into a plan through the case service.
int cmdInviteCreate(CliContext &ctx);
int cmdJoin(CliContext &ctx);
int cmdJoinConfirm(CliContext &ctx);

} // namespace samen::cli
