#pragma once

#include "cli/clicontext.h"

namespace samen::cli {

// samen-cli commands about the people of a connected plan: who is in it, who waits
// and who is invited; letting someone in or declining; what each person may see.
/** member list: on a connected plan, everyone at the service (in, waiting, invited) in words; otherwise the plan's members. */
int cmdPeopleList(CliContext &ctx);
int cmdMemberLetIn(CliContext &ctx);
int cmdMemberDecline(CliContext &ctx);
int cmdAccessSet(CliContext &ctx);

} // namespace samen::cli
