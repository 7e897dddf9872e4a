#pragma once

#include "cli/clicontext.h"
#include "cli/peoplecommands.h"
#include "network/networkshapes.h"

namespace samen::cli {

// samen-cli commands for bringing people into a plan through the case service:
// inviting (a code and a link) and joining (with a preview). The commands about
// the people already there are in peoplecommands.h.
int cmdInviteCreate(CliContext &ctx);
int cmdJoin(CliContext &ctx);
/**
 * Prints `before` (what the command did first, one line each), what an invitation offers (who invites, each life
 * domain with see or see and change and why, until when), then `closing` (whether anything changed, and the next
 * step); JSON: planId, kind, from, name, grants, until, expiresAt. For join --preview on a person's and on a
 * professional's device.
 */
int showOffer(CliContext &ctx, const InvitationOffer &offer, const QString &closing, const QStringList &before = {});
/** join confirm: the older name of member let-in. */
int cmdJoinConfirm(CliContext &ctx);

} // namespace samen::cli
