#include "cli/editrunner.h"

#include "domain/writerule.h"
#include "store/deviceaccess.h"

namespace samen::cli {

Result<QString> applyEdit(CliContext &ctx, const Result<Edit> &edit)
{
    if (!edit)
        return edit.error();
    // The same rule as the app and the service: an edit this member may not make is refused here and stores nothing.
    if (const Status allowed = WriteRule::check(ctx.store(), DeviceAccess::load(ctx.store()), edit->ops); !allowed)
        return allowed.error();
    if (const Status stored = ctx.store().applyLocal(edit->ops); !stored)
        return stored.error();
    return edit->entityId;
}

PlanEditor editorFor(CliContext &ctx)
{
    return PlanEditor(ctx.store(), ctx.clock(), ctx.planId(), ctx.memberId());
}

} // namespace samen::cli
