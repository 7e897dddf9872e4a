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

} // namespace samen::cli
