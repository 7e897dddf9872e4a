#include "cli/clisync.h"
#include "cli/synccommands.h"
#include "store/storesalvage.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace samen::cli {

int cmdRepair(CliContext &ctx)
{
    if (!ctx.args().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli repair"));
    if (ctx.isCaseload()) // each plan there is a copy of the citizen's plan at the service: fetched again, not salvaged
        return ctx.fail(Error { ErrorCode::Usage,
                                QCoreApplication::translate("samen",
                                                            "On your caseload each citizen's plan is a copy of the plan at the service. If one cannot be "
                                                            "read on this device, erase it here with: samen-cli erase --plan PLAN_ID (or the citizen's "
                                                            "name), then join it again with a new code from the citizen.") });
    if (!PlanStore::exists(ctx.dataDir()))
        return ctx.fail(
            Error { ErrorCode::NotFound,
                    QCoreApplication::translate("samen", "There is no plan file here to repair.") + QLatin1Char('\n') + CliContext::noPlanNextSteps() });
    auto pass = ctx.passphrase(QCoreApplication::translate("samen", "Passphrase"));
    if (!pass)
        return ctx.fail(pass.error());
    auto rebuilt = StoreSalvage::rebuild(ctx.dataDir(), DatabaseKey::passphrase(pass.value()));
    if (!rebuilt)
        return ctx.fail(rebuilt.error());
    StoreSalvage::Report report = std::move(rebuilt.value());
    const QString keptAt = report.keptAt;
    QJsonObject out { { QStringLiteral("keptAt"), keptAt },
                      { QStringLiteral("unsentKept"), report.unsentKept },
                      { QStringLiteral("unsentComplete"), report.unsentComplete },
                      { QStringLiteral("connected"), report.connected } };
    const bool connected = report.connected;
    ctx.useStore(std::move(report.store));
    QStringList lines {
        QCoreApplication::translate("samen", "The damaged file is kept in %1.").arg(keptAt),
        QCoreApplication::translate("samen", "Changes not yet sent that could still be read: %1, kept in the new file.").arg(report.unsentKept)
    };
    if (!report.unsentComplete)
        lines << QCoreApplication::translate("samen", "Some changes not yet sent were on damaged parts of the file and could not be read.");
    if (!connected && ctx.store().setting(QStringLiteral("sync.service")).isEmpty() && !ctx.planId().isEmpty()) {
        // Never connected: every change of the plan was still waiting to be sent, so what could be read is all there is.
        out.insert(QStringLiteral("fetched"), false);
        lines << QCoreApplication::translate("samen", "This device was not connected to a service: your plan was rebuilt from what could still be read here.");
        return ctx.done(out, lines.join(QLatin1Char('\n')));
    }
    if (!connected) {
        out.insert(QStringLiteral("fetched"), false);
        lines << QCoreApplication::translate(
            "samen",
            "This device's connection to a service could not be read from the damaged file, so the plan cannot be fetched again "
            "from here. Join the plan again with a code from its owner (samen-cli join CODE --service URL), or, for your own plan, "
            "add this device from your other device (samen-cli device add there, then samen-cli connect --enrol-code CODE --service URL here).");
        return ctx.done(out, lines.join(QLatin1Char('\n')));
    }
    CliSync session(ctx);
    const auto round = await<SyncSummary>([&](SyncClient::Done<SyncSummary> done) { session.client.syncOnce(done); });
    if (!round) {
        lines << QCoreApplication::translate("samen",
                                             "The new file is ready, but the plan could not be fetched from the service yet: %1\nNext step: samen-cli sync")
                     .arg(round.error().message);
        return ctx.fail(Error { round.error().code, lines.join(QLatin1Char('\n')) });
    }
    out.insert(QStringLiteral("fetched"), true);
    out.insert(QStringLiteral("received"), round->received);
    out.insert(QStringLiteral("pushed"), round->pushed);
    lines << QCoreApplication::translate("samen", "This device's copy of the plan was rebuilt from the service (%1 changes received, %2 sent).")
                 .arg(round->received)
                 .arg(round->pushed);
    return ctx.done(out, lines.join(QLatin1Char('\n')));
}

} // namespace samen::cli
