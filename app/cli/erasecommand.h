#pragma once

#include "cli/clicontext.h"

namespace samen::cli {

/** samen-cli erase [--yes] [--this-device-only]: erase the plan here and (owner, connected) at the service. */
int cmdErase(CliContext &ctx);

} // namespace samen::cli
