#pragma once

#include "cli/clicontext.h"
#include "cli/peoplecommands.h"

namespace samen::cli {

// samen-cli commands for bringing people into a plan through the case service:
// inviting (a code and a link) and joining (with a preview). The commands about
// the people already there are in peoplecommands.h.
int cmdInviteCreate(CliContext &ctx);
int cmdJoin(CliContext &ctx);
/** join confirm: the older name of member let-in. */
int cmdJoinConfirm(CliContext &ctx);

} // namespace samen::cli
