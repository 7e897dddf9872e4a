#include "cli/clicontext.h"
#include "cli/plancommands.h"
#include "core/passphrase.h"
#include "domain/demoplan.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace samen::cli {

/** samen-cli demo [--extra-goals N]: a new store holding Robin's demo plan. */
int cmdDemo(CliContext &ctx)
{
    int extra = 0;
    if (ctx.args().size() == 2 && ctx.args().first() == QLatin1String("--extra-goals")) {
        bool ok = false;
        extra = ctx.args()[1].toInt(&ok);
        if (!ok || extra < 0 || extra > 5000)
            return ctx.fail(Error { ErrorCode::Validation, QCoreApplication::translate("samen", "--extra-goals must be a number from 0 to 5000.") });
    } else if (!ctx.args().isEmpty()) {
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli demo [--extra-goals N]"));
    }
    if (const Status made = ctx.storeForNewPlan(); !made)
        return ctx.fail(made.error());
    auto demo = buildDemoPlan(ctx.clock(), QDate::currentDate(), extra);
    if (!demo)
        return ctx.fail(demo.error());
    if (const Status stored = ctx.store().applyLocal(demo->ops); !stored)
        return ctx.fail(stored.error());
    if (const Status saved = ctx.adoptNewPlan(demo->planId, demo->ownerMemberId); !saved)
        return ctx.fail(saved.error());
    return ctx.done(QJsonObject { { QStringLiteral("planId"), demo->planId },
                                  { QStringLiteral("memberId"), demo->ownerMemberId },
                                  { QStringLiteral("operations"), static_cast<qint64>(demo->ops.size()) } },
                    QCoreApplication::translate("samen", "Robin's demo plan is ready (%1 changes).").arg(demo->ops.size()));
}

} // namespace samen::cli
