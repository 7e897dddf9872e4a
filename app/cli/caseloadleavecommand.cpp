// samen-cli caseload leave: a professional leaves a citizen's plan (closes the case; review 4, R4-8).
#include "cli/caseloadcommands.h"
#include "cli/clicontext.h"
#include "cli/clisync.h"
#include "cli/erasecommand.h"
#include "domain/texthygiene.h"
#include "store/caseloadfolder.h"
#include "sync/caseloadsync.h"
#include "sync/withdrawal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <cstdio>

namespace samen::cli {

int cmdCaseloadLeave(CliContext &ctx)
{
    QStringList words = ctx.args();
    const bool yes = words.removeAll(QStringLiteral("--yes")) > 0;
    if (!words.isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli caseload leave --plan PLAN [--yes]"));
    return leaveCaseloadPlan(ctx, yes);
}

int leaveCaseloadPlan(CliContext &ctx, bool yes)
{
    if (!ctx.isCaseload())
        return ctx.fail(Error { ErrorCode::NotFound,
                                QCoreApplication::translate("samen",
                                                            "This folder is not a professional's device, so it has no caseload. To leave someone "
                                                            "else's plan you are a member of on your own device: samen-cli erase (on your own "
                                                            "plan, erase deletes it for everyone: see samen-cli erase --help)") });
    if (Status opened = ctx.openCaseload(); !opened)
        return ctx.fail(opened.error());
    if (ctx.planChoice().isEmpty())
        return ctx.fail(Error { ErrorCode::Usage,
                                QCoreApplication::translate("samen",
                                                            "Say which citizen's plan you leave: samen-cli caseload leave --plan PLAN_ID (or the "
                                                            "citizen's name). Your plans:")
                                    + QLatin1Char('\n') + ctx.caseload().listing() });
    const auto planId = ctx.caseload().find(ctx.planChoice());
    if (!planId)
        return ctx.fail(planId.error());
    const QString citizen = TextHygiene::isolate(ctx.caseload().device().row(planId.value()).value(QStringLiteral("citizen")).toString());
    // Still waiting to be let in: the request is taken back; nothing of the plan was seen (trial after stop 36).
    const bool waiting = ctx.caseload().device().row(planId.value()).value(QStringLiteral("waiting")).toBool();
    if (!yes) {
        QString what = waiting ? QCoreApplication::translate("samen",
                                                             "Leaving takes back your request to join %1's plan: %1 no longer sees you waiting. "
                                                             "It leaves this device and your other devices. To help %1 later, you need a new "
                                                             "invitation.")
                                     .arg(citizen)
                               : QCoreApplication::translate("samen",
                                                             "Leaving %1's plan closes your part in it: %1 sees that you left, and what you could "
                                                             "see and change ends. The plan is removed from this device and from your other "
                                                             "devices. The plan itself stays with %1. To help %1 again later, you need a new "
                                                             "invitation.")
                                     .arg(citizen);
        // Counted apart: lupdate does not see a translate() inside an if with an initializer (review 5, #7: it stayed English).
        const auto store = ctx.caseload().plan(planId.value());
        const int unsent = store ? Withdrawal::unsentIn(*store.value()) : 0;
        if (unsent > 0)
            what += QLatin1Char(' ')
                + QCoreApplication::translate("samen",
                                              "%n change(s) you made in this plan have not been sent yet: they are sent first, and if "
                                              "that cannot be done now, you stay in the plan.",
                                              nullptr, unsent);
        const Status asked = confirmed(yes, what, QCoreApplication::translate("samen", "Leave %1's plan? Type yes to go on:").arg(citizen),
                                       (waiting ? QCoreApplication::translate("samen", "your request to join %1's plan still waits.")
                                                : QCoreApplication::translate("samen", "you are still in %1's plan."))
                                           .arg(citizen));
        if (!asked)
            return ctx.fail(asked.error());
    }
    QNetworkAccessManager network;
    CaseloadSync sync(ctx.caseload(), network);
    const auto left = await<QString>([&](SyncClient::Done<QString> done) { sync.leave(planId.value(), done); });
    if (!left)
        return ctx.fail(left.error());
    sync.dismissNotices(); // said here, once
    return ctx.done(QJsonObject { { QStringLiteral("left"), true },
                                  { QStringLiteral("planId"), planId.value() },
                                  { QStringLiteral("plans"), int(ctx.caseload().device().planIds().size()) } },
                    left.value());
}

} // namespace samen::cli

namespace samen::cli {

bool reconnectCaseload(CliContext &ctx, const QString &service, const SyncTrust &trust, const QString &deviceName, const QString &code, int *exit)
{
    if (Status opened = ctx.openCaseload(); !opened) {
        *exit = ctx.fail(opened.error());
        return true;
    }
    QNetworkAccessManager network;
    CaseloadSync sync(ctx.caseload(), network);
    if (sync.isEnrolled())
        return false; // connected already: the code is not used (said by connect)
    // No service given: the one this device was enrolled with, trusted as it was then unless a trust was typed.
    const QUrl target = service.isEmpty() ? sync.serviceUrl() : QUrl(service);
    if (target.isEmpty()) {
        *exit = ctx.fail(
            Error { ErrorCode::Usage, QCoreApplication::translate("samen", "This device does not know its service: add --service https://HOST:PORT.") });
        return true;
    }
    if (!service.isEmpty() || !trust.caPem.isEmpty() || !trust.pinSha256.isEmpty())
        if (Status configured = sync.configure(target, trust); !configured) {
            *exit = ctx.fail(configured.error());
            return true;
        }
    const auto enrolled = await<QJsonObject>([&](SyncClient::Done<QJsonObject> done) { sync.enrol(deviceName, code, done); });
    if (!enrolled) {
        *exit = ctx.fail(enrolled.error());
        return true;
    }
    if (enrolled->value(QStringLiteral("kind")).toString() != QLatin1String("professional")) {
        // A person's code: this folder stays a caseload, so the enrolment is not kept.
        (void)ctx.caseload().device().setSettings({ { QStringLiteral("sync.deviceId"), QString() },
                                                    { QStringLiteral("sync.deviceKey"), QString() },
                                                    { QStringLiteral("caseload.revoked"), QStringLiteral("1") } });
        *exit = ctx.fail(Error { ErrorCode::Conflict,
                                 QCoreApplication::translate("samen",
                                                             "This code is for a person's own device, not for a professional's: this device was not "
                                                             "connected. Ask your administrator for a professional's enrolment code.") });
        return true;
    }
    // The plans the account is in come back with the first round, also those the revocation took off (CaseloadAdoption).
    const auto round = await<CaseloadRound>([&](SyncClient::Done<CaseloadRound> done) { sync.restoreAll(done); });
    sync.dismissNotices(); // the revocation's notice is over: this answer says how things stand
    const int plans = int(ctx.caseload().device().planIds().size());
    QString text = QCoreApplication::translate("samen", "Connected again to %1 as a professional's device.").arg(sync.serviceUrl().toString());
    text += QLatin1Char('\n')
        + (round ? QCoreApplication::translate("samen", "Your caseload: %n plan(s). See them with: samen-cli caseload", nullptr, plans)
                 : QCoreApplication::translate("samen", "The plans you are in could not be fetched yet (%1). Next step: samen-cli sync")
                       .arg(round.error().message));
    *exit = ctx.done(QJsonObject { { QStringLiteral("deviceId"), enrolled->value(QStringLiteral("deviceId")) },
                                   { QStringLiteral("service"), sync.serviceUrl().toString() },
                                   { QStringLiteral("plans"), plans } },
                     text);
    return true;
}

} // namespace samen::cli
