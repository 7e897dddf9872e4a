// samen-cli erase: the citizen erases the plan (issue 15; docs/security.md, "Erasing a plan").
#include "cli/erasecommand.h"

#include "cli/clisync.h"
#include "cli/editrunner.h"
#include "domain/texthygiene.h"
#include "security/planeraser.h"
#include "store/deviceaccess.h"
#include "store/planstore.h"
#include "sync/planerasure.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace samen::cli {

/** Asks one question on stderr and reads the answer from stdin (empty when there is none). */
QString askLine(const QString &question)
{
    std::fprintf(stderr, "%s ", question.toLocal8Bit().constData());
    std::fflush(stderr);
    // One line from stdio, not through a QTextStream: each stream buffers ahead and would swallow the next answer.
    char line[256] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return {};
    return QString::fromLocal8Bit(line).trimmed();
}

bool isYes(const QString &answer)
{
    const QString a = answer.toLower();
    return a == QLatin1String("yes") || a == QCoreApplication::translate("samen", "yes", "the answer that confirms erasing").toLower();
}

Status confirmed(bool yes, const QString &what, const QString &question, const QString &kept)
{
    if (yes)
        return {};
    std::fprintf(stderr, "%s\n", what.toLocal8Bit().constData());
    if (isYes(askLine(question)))
        return {};
    return Error { ErrorCode::Usage,
                   QCoreApplication::translate("samen", "Nothing was changed: %1").arg(kept) + QLatin1Char('\n')
                       + QCoreApplication::translate("samen", "To do this without the question (in a script, say), add --yes to the command.") };
}

namespace {

bool isEraseWord(const QString &answer)
{
    const QString a = answer.toLower();
    return a == QLatin1String("erase") || a == QCoreApplication::translate("samen", "erase", "the word typed to erase the plan for good").toLower();
}

/**
 * erase on a professional's device: with --plan, that citizen's plan leaves this device (its store and key; the plan
 * stays at the service and with the citizen); without, a plain sentence says how (a caseload is not one plan to erase).
 */
int eraseFromCaseload(CliContext &ctx, bool yes)
{
    if (Status opened = ctx.openCaseload(); !opened)
        return ctx.fail(opened.error());
    if (ctx.planChoice().isEmpty())
        return ctx.fail(Error { ErrorCode::Usage,
                                QCoreApplication::translate("samen",
                                                            "This device holds your caseload: the plans of the citizens you work with. Erase one "
                                                            "citizen's plan from this device with: samen-cli erase --plan PLAN_ID (or the citizen's "
                                                            "name). The plan stays at the service and with the citizen. Your plans:")
                                    + QLatin1Char('\n') + ctx.caseload().listing() });
    const auto planId = ctx.caseload().find(ctx.planChoice());
    if (!planId)
        return ctx.fail(planId.error());
    const QJsonObject row = ctx.caseload().device().row(planId.value());
    const QString citizen = TextHygiene::isolate(row.value(QStringLiteral("citizen")).toString());
    // A join that still waits is a request, not a plan you are in (trial after stop 36: "you are still in it there").
    const bool waiting = row.value(QStringLiteral("waiting")).toBool();
    const QString choice = CliContext::shellWord(ctx.caseload().choiceFor(planId.value())); // the name, when it picks this plan alone
    const QString question = waiting
        ? QCoreApplication::translate("samen", "Erase your request to join %1's plan from this device? It still waits at the service. Type yes to go on:")
        : QCoreApplication::translate("samen", "Erase %1's plan from this device? It stays at the service. Type yes to go on:");
    if (!yes && !isYes(askLine(question.arg(citizen))))
        return ctx.fail(Error { ErrorCode::Usage, QCoreApplication::translate("samen", "Nothing was erased.") });
    ctx.closeStore();
    if (Status removed = ctx.caseload().removePlan(planId.value()); !removed)
        return ctx.fail(removed.error());
    const QString said = waiting
        ? QCoreApplication::translate("samen",
                                      "Your request to join %1's plan is erased from this device. It still waits at the service: %1 sees "
                                      "you waiting and can let you in. To have it here again: samen-cli caseload restore. To take the request "
                                      "back: samen-cli caseload restore, then samen-cli caseload leave --plan %2")
        : QCoreApplication::translate("samen",
                                      "%1's plan is erased from this device. It stays at the service and with %1, and you are still "
                                      "in it there; it does not come back here on its own. To have it here again: samen-cli caseload "
                                      "restore");
    return ctx.done(QJsonObject { { QStringLiteral("erasedOnDevice"), true },
                                  { QStringLiteral("planId"), planId.value() },
                                  { QStringLiteral("service"), waiting ? QStringLiteral("waiting") : QStringLiteral("kept") } },
                    waiting ? said.arg(citizen, choice) : said.arg(citizen)); // each with its own placeholders (no Qt warning)
}

} // namespace

int cmdErase(CliContext &ctx)
{
    QStringList args = ctx.args();
    const bool yes = args.removeAll(QStringLiteral("--yes")) > 0;
    const bool deviceOnly = args.removeAll(QStringLiteral("--this-device-only")) > 0;
    if (!args.isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli erase [--yes] [--this-device-only]"));
    if (ctx.isCaseload())
        return eraseFromCaseload(ctx, yes);
    if (!PlanStore::exists(ctx.dataDir()))
        return ctx.fail(Error { ErrorCode::NotFound, QCoreApplication::translate("samen", "There is no plan on this device, so there is nothing to erase.") });
    SAMEN_CLI_OPEN_PLAN(ctx)

    const bool connected = PlanErasure::isConnected(ctx.store());
    const bool owner = DeviceAccess::load(ctx.store()).isOwner();
    const bool atService = connected && owner && !deviceOnly;
    // A member's erase leaves the plan at the service first (review 2, finding 27): the owner sees it, and no grant outlives
    // the only device that could use it.
    const bool leaving = connected && !owner && !deviceOnly;
    const QString name = ctx.store().entity(ctx.planId()).value_or(QJsonObject()).value(QStringLiteral("name")).toString();
    // A join that waits to be let in: erasing takes the request back (the plan never came here).
    const Status received = ctx.requirePlanData();
    const bool waitingToJoin = connected && !owner && !received && received.error().code == ErrorCode::NotFound;
    const bool waiting = leaving && waitingToJoin;
    const QString from = ctx.store().setting(QStringLiteral("join.from"));
    const QString whose = from.isEmpty() ? QCoreApplication::translate("samen", "the owner") : TextHygiene::isolate(from);
    if (!yes) {
        const QString what = waiting
            ? QCoreApplication::translate("samen",
                                          "Erasing takes back your request to join the plan of %1: %1 no longer sees you waiting to be let in, "
                                          "and what this device holds for it is deleted. If %1 has let you in meanwhile, you leave the plan.")
                  .arg(whose)
            : waitingToJoin ? QCoreApplication::translate("samen",
                                                          "Erasing deletes what this device holds for your request to join the plan of %1. The "
                                                          "request itself stays at the service: %1 still sees you waiting. Ask %1 to turn it "
                                                          "away; if %1 lets you in, nothing of the plan comes to this device.")
                                  .arg(whose)
            : atService ? QCoreApplication::translate("samen",
                                                      "Erasing deletes your plan \"%1\" from this device and from the service, for everyone in it. "
                                                      "The people you invited lose it at their next sync.")
                              .arg(TextHygiene::isolate(name))
            : leaving ? QCoreApplication::translate("samen",
                                                    "Erasing takes you out of the plan \"%1\": you leave it at the service (its owner sees that you "
                                                    "left, and what you could see ends), and your copy is deleted from this device. The plan "
                                                    "itself belongs to its owner: it stays at the service and with the others.")
                            .arg(TextHygiene::isolate(name))
            : connected && !owner ? QCoreApplication::translate("samen",
                                                                "Erasing deletes your copy of the plan \"%1\" from this device. The plan itself "
                                                                "belongs to its owner: it stays at the service and with the others.")
                                        .arg(TextHygiene::isolate(name))
                                  : QCoreApplication::translate("samen", "Erasing deletes your plan \"%1\" from this device.").arg(TextHygiene::isolate(name));
        // A copy to keep is for the plan's owner: a member's way back is a new invitation.
        const QString after = owner
            ? QCoreApplication::translate("samen", "This cannot be undone. Do you want a copy first? Stop here and save it with: samen-cli export --fhir FILE")
            : QCoreApplication::translate("samen", "This cannot be undone. To help with this plan again later, ask its owner for a new invitation.");
        std::fprintf(stderr, "%s\n%s\n", what.toLocal8Bit().constData(), ctx.withCommandsAsTyped(after).toLocal8Bit().constData());
        // A request to join holds no plan: one question, about what it is (trial after stop 36: "Erase the plan?").
        if (!isYes(askLine(waitingToJoin ? QCoreApplication::translate("samen", "Erase your request to join? Type yes to go on:")
                                         : QCoreApplication::translate("samen", "Erase the plan? Type yes to go on:"))))
            return ctx.fail(Error { ErrorCode::Usage, QCoreApplication::translate("samen", "Nothing was erased.") });
        if (!waitingToJoin && !isEraseWord(askLine(QCoreApplication::translate("samen", "Last question. To erase the plan for good, type erase:"))))
            return ctx.fail(Error { ErrorCode::Usage, QCoreApplication::translate("samen", "Nothing was erased.") });
    }

    QString serviceState = connected ? (owner ? QStringLiteral("kept") : QStringLiteral("not-owner")) : QStringLiteral("not-connected");
    // At the service first (erase as the owner, leave as a member); when that fails nothing is erased, and the
    // sentence says what to do. step is PlanErasure::eraseAtService or ::leaveAtService; failed has %1 for the reason and may
    // have %2 for whom a join waits.
    using Step = void (*)(SyncClient &, PlanStore &, PlanErasure::Done);
    std::optional<PlanErasure::Outcome> outcome;
    auto atServiceFirst = [&](Step step, const QString &failed) -> std::optional<Error> {
        CliSync session(ctx);
        const auto done
            = await<PlanErasure::Outcome>([&](std::function<void(const Result<PlanErasure::Outcome> &)> d) { step(session.client, ctx.store(), d); });
        if (done) {
            outcome = done.value();
            return std::nullopt;
        }
        Error e = done.error();
        // Out of reach: said plainly, not the sync's "your changes are kept and sent later" (a request has no changes).
        const QString why = e.code == ErrorCode::Network ? QCoreApplication::translate("samen", "The service could not be reached.") : e.message;
        // One pass (neither may hold a placeholder for the other), with as many arguments as failed has placeholders: Qt
        // warns on stderr of a missing one (trial after stop 36).
        e.message = failed.contains(QLatin1String("%2")) ? failed.arg(why, whose) : failed.arg(why);
        return e;
    };
    if (atService) {
        if (auto failed = atServiceFirst(&PlanErasure::eraseAtService,
                                         QCoreApplication::translate("samen",
                                                                     "The plan could not be erased at the service, so nothing was erased: not there and not on "
                                                                     "this device. %1 Try again when the service can be reached, or erase only this device's "
                                                                     "copy with: samen-cli erase --this-device-only (the plan then stays at the service).")))
            return ctx.fail(*failed);
        serviceState = QStringLiteral("erased");
    }
    if (leaving) {
        // Said for what this device is: a member, or a request to join that still waits (trial after stop 36: "you stay a member").
        const QString failedText = waiting
            ? QCoreApplication::translate("samen",
                                          "Your request to join could not be taken back at the service, so nothing was erased. %1 Try again "
                                          "when the service can be reached, or erase only this device's copy with: samen-cli erase "
                                          "--this-device-only (%2 then still sees you waiting, until they let you in or turn you away).")
            : QCoreApplication::translate("samen",
                                          "You could not leave the plan at the service, so nothing was erased. %1 Try again when the "
                                          "service can be reached, or erase only this device's copy with: samen-cli erase "
                                          "--this-device-only (you then stay a member until the owner removes you).");
        if (auto failed = atServiceFirst(&PlanErasure::leaveAtService, failedText))
            return ctx.fail(*failed);
        serviceState = QStringLiteral("left");
    }
    ctx.closeStore();
    if (Status s = PlanEraser::eraseSync(ctx.dataDir()); !s)
        return ctx.fail(s.error());

    const bool stillARequest = waitingToJoin && (!leaving || outcome == PlanErasure::Outcome::Withdrew);
    QString text = stillARequest ? QCoreApplication::translate("samen", "What this device held for your request to join is erased.")
                                 : QCoreApplication::translate("samen", "The plan is erased from this device.");
    if (serviceState == QLatin1String("erased"))
        text += QLatin1Char(' ') + QCoreApplication::translate("samen", "It is erased at the service too; the people in it lose it at their next sync.");
    else if (serviceState == QLatin1String("kept"))
        text += QLatin1Char(' ') + QCoreApplication::translate("samen", "It was not erased at the service: it is still there, and with the people in it.");
    // What the service did, not what this device guessed: a join let in meanwhile (not synced here yet) was left, not
    // taken back (trial after stop 36).
    else if (serviceState == QLatin1String("left") && outcome == PlanErasure::Outcome::Withdrew)
        text += QLatin1Char(' ') + QCoreApplication::translate("samen", "Your request to join is taken back: %1 no longer sees you waiting.").arg(whose);
    else if (serviceState == QLatin1String("left"))
        text += QLatin1Char(' ')
            + QCoreApplication::translate("samen", "You left the plan at the service; its owner sees that you left. The plan stays with its owner.");
    else if (serviceState == QLatin1String("not-owner") && waitingToJoin)
        text += QLatin1Char(' ')
            + QCoreApplication::translate("samen",
                                          "Your request to join still waits at the service: %1 still sees you waiting. Ask %1 to turn it "
                                          "away; if %1 lets you in, nothing of the plan comes to this device.")
                  .arg(whose);
    else if (serviceState == QLatin1String("not-owner"))
        text += QLatin1Char(' ')
            + QCoreApplication::translate("samen",
                                          "It stays at the service and with its owner. You are still a member there, but this device can no longer "
                                          "reach it: ask the owner to remove you, or for a new invitation.");
    else
        text += QLatin1Char(' ') + QCoreApplication::translate("samen", "It was never sent to a service, so it is gone everywhere.");
    text += QLatin1Char('\n')
        + (owner ? QCoreApplication::translate("samen", "To start again: samen-cli init --name NAME, or samen-cli join CODE.")
                 : QCoreApplication::translate("samen", "To help with this plan again: ask its owner for a new invitation, then samen-cli join CODE."));
    return ctx.done(QJsonObject { { QStringLiteral("erasedOnDevice"), true }, { QStringLiteral("service"), serviceState } }, text);
}

} // namespace samen::cli
