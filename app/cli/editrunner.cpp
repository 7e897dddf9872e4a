#include "cli/editrunner.h"

namespace samen::cli {

Result<QString> applyEdit(CliContext &ctx, const Result<Edit> &edit)
{
    if (!edit)
        return edit.error();
    if (const Status stored = ctx.store().applyLocal(edit->ops); !stored)
        return stored.error();
    return edit->entityId;
}

PlanEditor editorFor(CliContext &ctx)
{
    return PlanEditor(ctx.store(), ctx.clock(), ctx.planId(), ctx.memberId());
}

} // namespace samen::cli
