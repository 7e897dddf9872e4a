#pragma once

#include "cli/clicontext.h"
#include "domain/planeditor.h"

namespace samen::cli {

/** Stores the operations of one edit in one transaction; returns the entity id or the error. */
Result<QString> applyEdit(CliContext &ctx, const Result<Edit> &edit);

/** A PlanEditor on the context's store, plan, clock and member. */
PlanEditor editorFor(CliContext &ctx);

/** Opens the plan (or returns the exit code of the failure) before a command runs. */
#define SAMEN_CLI_OPEN_PLAN(ctx)                                                                                                                               \
    if (const Status opened = (ctx).openPlan(); !opened)                                                                                                       \
        return (ctx).fail(opened.error());

/** Opens the plan and requires its content on this device (CliContext::requirePlanData): for the commands that read or
 * edit goals, steps, domains, the story, meetings, agreements and members; not for sync, invitations or letting in. */
#define SAMEN_CLI_OPEN_PLAN_DATA(ctx)                                                                                                                          \
    SAMEN_CLI_OPEN_PLAN(ctx)                                                                                                                                   \
    if (const Status received = (ctx).requirePlanData(); !received)                                                                                            \
        return (ctx).fail(received.error());

} // namespace samen::cli
