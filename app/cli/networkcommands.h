#pragma once

#include "cli/clicontext.h"

namespace samen::cli {

// samen-cli commands for bringing people into a plan through the case service:
// inviting, joining (with a preview), who is in the plan and who waits, letting
// someone in or declining, and what each person may see.
int cmdInviteCreate(CliContext &ctx);
int cmdJoin(CliContext &ctx);
int cmdJoinConfirm(CliContext &ctx);
/** member list: on a connected plan, everyone at the service (in, waiting, invited) in words; otherwise the plan's members. */
int cmdPeopleList(CliContext &ctx);
int cmdMemberLetIn(CliContext &ctx);
int cmdMemberDecline(CliContext &ctx);
int cmdAccessSet(CliContext &ctx);

} // namespace samen::cli
