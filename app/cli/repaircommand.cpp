#include "cli/clisync.h"
#include "cli/synccommands.h"
#include "domain/texthygiene.h"
#include "store/storefiles.h"
#include "store/storesalvage.h"
#include "sync/caseloadsync.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace samen::cli {

namespace {

/** Only the file's salt was damaged (StoreSalvage::withSaltBack): nothing was lost, and where the file as found is. */
QString saltRestoredSentence(const QString &keptAt)
{
    return QCoreApplication::translate("samen",
                                       "Only the start of the plan file (the salt of its key) was damaged. It was written back from its copy, "
                                       "and nothing was lost. The file as it was found is kept in %1.")
        .arg(keptAt);
}

/**
 * repair on a professional's device: each plan there is this device's copy of a citizen's plan at the service, so a
 * damaged one (the one given with --plan, or any) is rebuilt with what could be read (CaseloadSync::rebuildDamaged)
 * and fetched again; the others are left as they are.
 */
int repairCaseload(CliContext &ctx)
{
    if (Status opened = ctx.openCaseload(); !opened)
        return ctx.fail(opened.error());
    QStringList plans = ctx.caseload().device().planIds();
    if (!ctx.planChoice().isEmpty()) {
        const auto planId = ctx.caseload().find(ctx.planChoice());
        if (!planId)
            return ctx.fail(planId.error());
        plans = { planId.value() };
    }
    QNetworkAccessManager network;
    CaseloadSync sync(ctx.caseload(), network);
    QJsonArray repaired;
    QStringList lines, failed;
    for (const QString &planId : plans) {
        const QString citizen = TextHygiene::isolate(ctx.caseload().device().row(planId).value(QStringLiteral("citizen")).toString());
        const auto store = ctx.caseload().plan(planId);
        if (store || store.error().code != ErrorCode::Damaged)
            continue;
        const auto rebuilt = sync.rebuildDamaged(planId);
        if (!rebuilt) {
            failed << QCoreApplication::translate("samen", "%1's plan could not be repaired: %2").arg(citizen, rebuilt.error().message);
            continue;
        }
        if (rebuilt->saltRestored) {
            lines << QCoreApplication::translate("samen", "%1's plan: %2").arg(citizen, saltRestoredSentence(rebuilt->keptAt));
            repaired.append(
                QJsonObject { { QStringLiteral("planId"), planId }, { QStringLiteral("keptAt"), rebuilt->keptAt }, { QStringLiteral("saltRestored"), true } });
            continue;
        }
        lines << QCoreApplication::translate("samen", "%1's plan could not be read on this device. The damaged file is kept in %2.")
                     .arg(citizen, rebuilt->keptAt);
        if (!rebuilt->unsentComplete)
            lines << QCoreApplication::translate("samen", "Some changes you had made there and not sent yet could not be read; make them again.");
        const auto round = await<SyncSummary>([&](SyncClient::Done<SyncSummary> done) { sync.syncPlan(planId, done); });
        QJsonObject entry { { QStringLiteral("planId"), planId },
                            { QStringLiteral("keptAt"), rebuilt->keptAt },
                            { QStringLiteral("unsentKept"), rebuilt->unsentKept },
                            { QStringLiteral("unsentComplete"), rebuilt->unsentComplete },
                            { QStringLiteral("fetched"), bool(round) } };
        if (round) {
            entry.insert(QStringLiteral("received"), round->received + round->history);
            lines << QCoreApplication::translate("samen", "It was fetched again from the service (%1 changes received, %2 sent).")
                         .arg(round->received + round->history)
                         .arg(round->pushed);
        } else {
            lines << QCoreApplication::translate("samen", "It could not be fetched from the service yet: %1\nNext step: samen-cli sync")
                         .arg(round.error().message);
        }
        repaired.append(entry);
    }
    sync.dismissNotices(); // said here already
    if (repaired.isEmpty() && failed.isEmpty())
        lines << (ctx.planChoice().isEmpty() ? QCoreApplication::translate("samen", "Every plan on this device can be read: there is nothing to repair.")
                                             : QCoreApplication::translate("samen", "This plan can be read on this device: there is nothing to repair."));
    lines << failed;
    const QJsonObject out { { QStringLiteral("repaired"), repaired }, { QStringLiteral("failed"), QJsonArray::fromStringList(failed) } };
    if (!failed.isEmpty())
        return ctx.fail(Error { ErrorCode::Damaged, lines.join(QLatin1Char('\n')) });
    return ctx.done(out, lines.join(QLatin1Char('\n')));
}

} // namespace

int cmdRepair(CliContext &ctx)
{
    if (!ctx.args().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli repair"));
    if (ctx.isCaseload())
        return repairCaseload(ctx);
    // As every other command on a person's device (trial after stop 36: repair took a --plan that means nothing here).
    if (!ctx.planChoice().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "--plan is for a professional's device with several plans; this folder holds one plan."));
    if (!PlanStore::exists(ctx.dataDir()))
        return ctx.fail(
            Error { ErrorCode::NotFound,
                    QCoreApplication::translate("samen", "There is no plan file here to repair.") + QLatin1Char('\n') + CliContext::noPlanNextSteps() });
    auto pass = ctx.passphrase(QCoreApplication::translate("samen", "Passphrase"));
    if (!pass)
        return ctx.fail(pass.error());
    auto rebuilt = StoreSalvage::rebuild(ctx.dataDir(), DatabaseKey::passphrase(pass.value()));
    // Nothing to repair is an answer, not a failure: exit 0, as on a professional's device (trial after stop 36: exit 1).
    if (!rebuilt && rebuilt.error().reason == QLatin1String("not-damaged"))
        return ctx.done(QJsonObject { { QStringLiteral("repaired"), false } },
                        QCoreApplication::translate("samen", "Your plan file can be read: there is nothing to repair."));
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
    if (report.saltRestored) {
        out.insert(QStringLiteral("saltRestored"), true);
        return ctx.done(out, saltRestoredSentence(keptAt));
    }
    QStringList lines {
        QCoreApplication::translate("samen", "The damaged file is kept in %1.").arg(keptAt),
        QCoreApplication::translate("samen", "Changes not yet sent that could still be read: %1, kept in the new file.").arg(report.unsentKept)
    };
    if (!report.unsentComplete)
        lines << QCoreApplication::translate("samen", "Some changes not yet sent were on damaged parts of the file and could not be read.");
    if (!connected && report.unsentKept == 0 && (ctx.planId().isEmpty() || !ctx.store().planIds().contains(ctx.planId()))) {
        // Nothing of the plan could be read and it cannot be fetched: a new file holding at most the plan's id would be a
        // plan that never comes (every command said "you asked to join this plan") and would stop init and join, which
        // need an empty folder (trial after stop 38). The folder is left empty instead.
        ctx.closeStore();
        out.insert(QStringLiteral("fetched"), false);
        out.insert(QStringLiteral("emptied"), storefiles::remove(PlanStore::databasePath(ctx.dataDir())).isEmpty());
        lines.removeAt(1); // "changes kept: 0" of a file that is not there
        lines << QCoreApplication::translate("samen",
                                             "Nothing of your plan could be read from the damaged file, nor a connection to a service "
                                             "that holds a copy of it, so this device holds no plan now.")
              << CliContext::noPlanNextSteps();
        return ctx.done(out, lines.join(QLatin1Char('\n')));
    }
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
            "add this device from your other device (device add there, then samen-cli connect --enrol-code CODE --service URL here).");
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
