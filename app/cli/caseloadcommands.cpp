#include "cli/caseloadcommands.h"

#include "cli/clicontext.h"
#include "cli/climain.h"
#include "cli/clisync.h"
#include "cli/stopsignal.h"
#include "domain/frameworks.h"
#include "domain/namesearch.h"
#include "domain/texthygiene.h"
#include "store/caseloadfolder.h"
#include "store/caseloadsummary.h"
#include "store/storefiles.h"
#include "sync/caseloadadoption.h"
#include "sync/caseloadsync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <algorithm>

namespace samen::cli {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString localTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

/**
 * The row with each life domain's label in the reader's language (the row keeps the words of the round that made it,
 * and rounds skip unchanged plans): the label of its key in any framework Samen knows, else the kept one (a domain
 * the citizen named). As the app does (DeviceCaseloadSource::item).
 */
QJsonObject inReadersWords(QJsonObject row)
{
    QJsonArray domains;
    for (const QJsonValue &v : row.value(QStringLiteral("domains")).toArray()) {
        QJsonObject d = v.toObject();
        for (const QString &framework : frameworkKeys()) {
            const QString label = domainLabel(framework, str(d, "key"));
            if (label != str(d, "key")) {
                d.insert(QStringLiteral("label"), label);
                break;
            }
        }
        domains.append(d);
    }
    row.insert(QStringLiteral("domains"), domains);
    return row;
}

/** The lines of one caseload row, in words; shared: another plan's citizen has the same name (then what tells them apart follows). */
QStringList rowLines(const QJsonObject &r, bool shared)
{
    QStringList lines;
    const QString citizen
        = str(r, "citizen").isEmpty() ? QCoreApplication::translate("samen", "(name not known yet)") : TextHygiene::isolate(str(r, "citizen"));
    // Said in words when the invitation gave no role (review 5: the row showed nothing).
    const QString role = str(r, "role").isEmpty() ? QCoreApplication::translate("samen", "no role given") : TextHygiene::isolate(str(r, "role"));
    const QString you = str(r, "organisation").isEmpty() ? role : QStringLiteral("%1, %2").arg(role, TextHygiene::isolate(str(r, "organisation")));
    lines << QCoreApplication::translate("samen", "%1 (you: %2)").arg(citizen, you);
    if (const QString apart = shared ? CaseloadFolder::tellApart(r) : QString(); !apart.isEmpty())
        lines << QStringLiteral("  ")
                + QCoreApplication::translate("samen", "Another plan is for someone of this name too; this one: %1 (--plan %2)").arg(apart, str(r, "planId"));
    if (r.value(QStringLiteral("damaged")).toBool()) // said first: nothing below can be read until it is repaired
        lines << QStringLiteral("  ")
                + QCoreApplication::translate("samen",
                                              "The file of this plan on this device is damaged. The plan is safe at the service. "
                                              "Next step: samen-cli repair --plan %1")
                      .arg(shared || str(r, "citizen").isEmpty() ? str(r, "planId") : CliContext::shellWord(str(r, "citizen")));
    if (r.value(QStringLiteral("waiting")).toBool()) {
        lines << QStringLiteral("  ") + QCoreApplication::translate("samen", "Waiting for %1 to let you in.").arg(citizen);
        return lines;
    }
    QStringList write, read;
    for (const QJsonValue &d : r.value(QStringLiteral("domains")).toArray())
        (str(d.toObject(), "access") == QLatin1String("write") ? write : read).append(str(d.toObject(), "label"));
    if (!write.isEmpty())
        lines << QStringLiteral("  ") + QCoreApplication::translate("samen", "You may see and change: %1").arg(write.join(QStringLiteral(", ")));
    if (!read.isEmpty())
        lines << QStringLiteral("  ") + QCoreApplication::translate("samen", "You may only see: %1").arg(read.join(QStringLiteral(", ")));
    if (write.isEmpty() && read.isEmpty())
        lines << QStringLiteral("  ")
                + (r.value(QStringLiteral("withdrawn")).toBool()
                       ? QCoreApplication::translate("samen", "%1 no longer shares anything of the plan with you. You are still in the plan.").arg(citizen)
                       : QCoreApplication::translate("samen", "Nothing of the plan is shared with you yet."));
    const QJsonObject meeting = r.value(QStringLiteral("nextMeeting")).toObject();
    if (!meeting.isEmpty())
        lines << QStringLiteral("  ")
                + QCoreApplication::translate("samen", "Next meeting: %1, %2").arg(localTime(str(meeting, "at")), TextHygiene::isolate(str(meeting, "title")));
    const int due = r.value(QStringLiteral("agreementsDue")).toInt();
    const int overdue = r.value(QStringLiteral("agreementsOverdue")).toInt();
    if (due > 0)
        lines << QStringLiteral("  ")
                + (overdue > 0 ? QCoreApplication::translate("samen", "Agreements to evaluate: %1 (%2 overdue)").arg(due).arg(overdue)
                               : QCoreApplication::translate("samen", "Agreements to evaluate: %1").arg(due));
    const QJsonArray steps = r.value(QStringLiteral("stepsForMe")).toArray();
    if (!steps.isEmpty()) {
        QStringList titles;
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        for (const QJsonValue &s : steps) {
            // The date it is due, and overdue said in words: the row is sorted first for it (review 3, #12).
            const QString title = TextHygiene::isolate(str(s.toObject(), "title"));
            const QString dueOn = str(s.toObject(), "due");
            titles << (dueOn.isEmpty()     ? title
                           : dueOn < today ? QCoreApplication::translate("samen", "%1 (was due %2: overdue)").arg(title, dueOn)
                                           : QCoreApplication::translate("samen", "%1 (due %2)").arg(title, dueOn));
        }
        lines << QStringLiteral("  ") + QCoreApplication::translate("samen", "Steps for you: %1").arg(titles.join(QStringLiteral("; ")));
    }
    if (const int refused = r.value(QStringLiteral("refused")).toInt(); refused > 0)
        lines << QStringLiteral("  ")
                + QCoreApplication::translate("samen", "Not accepted by the service: %n change(s) you made. See why: samen-cli --plan %1 sync status", nullptr,
                                              refused)
                      .arg(shared || str(r, "citizen").isEmpty() ? str(r, "planId") : CliContext::shellWord(str(r, "citizen")));
    if (!str(r, "lastChange").isEmpty())
        lines << QStringLiteral("  ") + QCoreApplication::translate("samen", "Last change: %1").arg(localTime(str(r, "lastChange")));
    return lines;
}

/** Prints the notices of plans that left the caseload on stderr (stdout stays the command's answer) and dismisses them. */
QStringList takeNotices(CaseloadSync &sync)
{
    const QStringList notices = sync.notices();
    if (!notices.isEmpty())
        sync.dismissNotices();
    return notices;
}

} // namespace

/** "Added to this device, as you are in these plans at the service: Robin, Zoë." for plans a round took up (CaseloadAdoption). */
static QString addedSentence(CliContext &ctx, const QStringList &planIds)
{
    QStringList names;
    for (const QString &planId : planIds) {
        const QString citizen = str(ctx.caseload().device().row(planId), "citizen");
        names << (citizen.isEmpty() ? QCoreApplication::translate("samen", "a citizen (still waiting to be let in)") : TextHygiene::isolate(citizen));
    }
    return QCoreApplication::translate("samen", "Added to this device, as you are in these plans at the service: %1.").arg(names.join(QStringLiteral(", ")));
}

/**
 * `caseload restore`: the plans of the account this device let go (erase --plan) come back, with a round of all.
 * Prints whose plans came back, or that every plan is here already.
 */
int cmdCaseloadRestore(CliContext &ctx)
{
    // Every plan this device let go comes back: a --plan would be ignored, so it is said (trial after stop 36).
    if (!ctx.args().isEmpty() || !ctx.planChoice().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli caseload restore (it brings back every plan erased from this device)"));
    if (!ctx.isCaseload())
        return ctx.fail(
            Error { ErrorCode::NotFound, QCoreApplication::translate("samen", "This folder is not a professional's device, so it has no caseload.") });
    if (Status opened = ctx.openCaseload(); !opened)
        return ctx.fail(opened.error());
    QNetworkAccessManager network;
    CaseloadSync sync(ctx.caseload(), network);
    const auto round = await<CaseloadRound>([&](SyncClient::Done<CaseloadRound> done) { sync.restoreAll(done); });
    if (!round)
        return ctx.fail(round.error());
    const QStringList notices = takeNotices(sync);
    QStringList lines = notices;
    lines << (round->added.isEmpty() ? QCoreApplication::translate("samen", "Every plan you are in at the service is on this device already.")
                                     : addedSentence(ctx, round->added));
    return ctx.done(QJsonObject { { QStringLiteral("added"), QJsonArray::fromStringList(round->added) },
                                  { QStringLiteral("plans"), int(ctx.caseload().device().planIds().size()) },
                                  { QStringLiteral("notices"), QJsonArray::fromStringList(notices) } },
                    lines.join(QLatin1Char('\n')));
}

int cmdCaseload(CliContext &ctx)
{
    auto args = CliArgs::parse(ctx.args(), { QStringLiteral("search") });
    if (!args)
        return ctx.fail(args.error());
    if (!args->positional().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen",
                                                     "Usage: samen-cli caseload [--search NAME]\n   or: samen-cli caseload restore\n"
                                                     "   or: samen-cli caseload leave --plan PLAN [--yes]"));
    if (!ctx.isCaseload())
        return ctx.fail(
            Error { ErrorCode::NotFound,
                    QCoreApplication::translate("samen",
                                                "This folder is not a professional's device, so it has no caseload.\n"
                                                "To make one in an empty folder: samen-cli --data-dir EMPTY_FOLDER connect --service URL --enrol-code CODE") });
    if (Status opened = ctx.openCaseload(); !opened)
        return ctx.fail(opened.error());
    QNetworkAccessManager network;
    CaseloadSync sync(ctx.caseload(), network);
    const QStringList notices = takeNotices(sync);
    const QString search = args->value(QStringLiteral("search")).trimmed();
    QJsonArray rows;
    QStringList lines;
    // The figures that depend on the date, for today: a row is as old as its plan's last change (R4-26).
    const QList<QJsonObject> all = CaseloadSummary::asOf(ctx.caseload().rows(), QDateTime::currentDateTime());
    QHash<QString, int> named; // folded name -> plans for someone of that name
    for (const QJsonObject &r : all)
        ++named[namesearch::folded(str(r, "citizen"))];
    for (const QJsonObject &r : all) {
        if (!search.isEmpty() && !namesearch::contains(str(r, "citizen"), search))
            continue;
        QJsonObject shown = inReadersWords(r);
        if (str(shown, "organisation").isEmpty()) // a row made before the round that learnt it (review 5)
            shown.insert(QStringLiteral("organisation"), CaseloadAdoption::accountOrganisation(ctx.caseload().device()));
        shown.remove(QStringLiteral("sync")); // the device's own sync bookkeeping (CaseloadChanges), not the caseload's
        if (ctx.caseload().isDamaged(str(r, "planId")))
            shown.insert(QStringLiteral("damaged"), true);
        rows.append(shown);
        lines << rowLines(shown, !str(r, "citizen").isEmpty() && named.value(namesearch::folded(str(r, "citizen"))) > 1);
    }
    QString text = notices.join(QLatin1Char('\n'));
    // Disconnected (the service revoked this device): what happened and the way back, whether or not the notice was read.
    const bool revoked = CaseloadSync::isRevoked(ctx.caseload().device());
    if (revoked && !text.contains(CaseloadSync::revokedSentence()))
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + CaseloadSync::revokedSentence();
    if (revoked)
        text += QLatin1Char('\n') + CaseloadSync::reconnectCommand();
    if (!text.isEmpty() && (!rows.isEmpty() || !revoked))
        text += QStringLiteral("\n\n");
    if (rows.isEmpty() && !revoked) // (disconnected, the way back above is the next step)
        text += search.isEmpty()
            ? QCoreApplication::translate("samen", "Your caseload holds no plan yet. Join a plan with the code a citizen gave you: samen-cli join CODE")
            : QCoreApplication::translate("samen", "No plan in your caseload is for a name with \"%1\".").arg(TextHygiene::isolate(search));
    else if (!rows.isEmpty())
        text += QCoreApplication::translate("samen", "Your caseload: %n plan(s), most needing attention first.", nullptr, int(rows.size())) + QLatin1Char('\n')
            + lines.join(QLatin1Char('\n'));
    // --json says it too, not only an empty list (trial after stop 36).
    return ctx.done(QJsonObject { { QStringLiteral("plans"), rows },
                                  { QStringLiteral("notices"), QJsonArray::fromStringList(notices) },
                                  { QStringLiteral("revoked"), revoked } },
                    text);
}

FolderEnrolment enrolEmptyFolder(CliContext &ctx, const QString &service, const SyncTrust &trust, const QString &deviceName, const QString &code, int *exit,
                                 QJsonObject *answer)
{
    if (Status made = ctx.createCaseload(); !made) {
        *exit = ctx.fail(made.error());
        return FolderEnrolment::Failed;
    }
    // A failed enrolment leaves nothing behind: not the device file, nor the folders this command made for it (the
    // default folder and its parents, new-user trial after stop 32).
    auto dropDevice = [&ctx] {
        ctx.takeCaseload().reset();
        (void)storefiles::remove(DeviceStore::databasePath(ctx.dataDir()));
        ctx.removeMadeFolders();
    };
    QNetworkAccessManager network;
    auto sync = std::make_unique<CaseloadSync>(ctx.caseload(), network);
    if (Status configured = sync->configure(QUrl(service), trust); !configured) {
        sync.reset();
        dropDevice();
        *exit = ctx.fail(configured.error());
        return FolderEnrolment::Failed;
    }
    const auto enrolled = await<QJsonObject>([&](SyncClient::Done<QJsonObject> done) { sync->enrol(deviceName, code, done); });
    sync.reset();
    if (!enrolled) {
        dropDevice(); // nothing of a failed enrolment stays: the folder is empty again
        *exit = ctx.fail(enrolled.error());
        return FolderEnrolment::Failed;
    }
    if (answer)
        *answer = enrolled.value();
    if (str(enrolled.value(), "kind") == QLatin1String("professional"))
        return FolderEnrolment::Professional;
    // A person's code for their next device: the folder becomes theirs, with one plan store that holds this enrolment,
    // marked as made with a code (kept when a join that follows fails and is typed again: SyncClient::connectService).
    const DeviceStore &device = ctx.caseload().device();
    QList<std::pair<QString, QString>> identity { { QLatin1String(SyncClient::enrolledWithCodeSetting), QStringLiteral("1") } };
    for (const char *key : { "sync.service", "sync.caPem", "sync.pin", "sync.seenPin", "sync.deviceId", "sync.deviceKey" })
        identity.append({ QLatin1String(key), device.setting(QLatin1String(key)) });
    dropDevice();
    if (Status made = ctx.createStore(); !made) {
        *exit = ctx.fail(made.error());
        return FolderEnrolment::Failed;
    }
    if (Status saved = ctx.store().setSettings(identity); !saved) {
        *exit = ctx.fail(saved.error());
        return FolderEnrolment::Failed;
    }
    return FolderEnrolment::Person;
}

bool connectCaseload(CliContext &ctx, const QString &service, const SyncTrust &trust, const QString &deviceName, const QString &code, int *exit)
{
    QJsonObject out;
    const FolderEnrolment made = enrolEmptyFolder(ctx, service, trust, deviceName, code, exit, &out);
    if (made != FolderEnrolment::Professional)
        return made == FolderEnrolment::Failed;
    QNetworkAccessManager network;
    CaseloadSync sync(ctx.caseload(), network);
    out.insert(QStringLiteral("service"), sync.serviceUrl().toString());
    // A second or new device of an account that is in plans already: they come now (review 4, finding 3).
    const auto round = await<CaseloadRound>([&](SyncClient::Done<CaseloadRound> done) { sync.syncAll(done); });
    const QStringList added = round ? round->added : QStringList();
    out.insert(QStringLiteral("plans"), int(ctx.caseload().device().planIds().size()));
    out.insert(QStringLiteral("added"), QJsonArray::fromStringList(added));
    const QString connected = QCoreApplication::translate("samen", "Connected to %1 as a professional's device.").arg(sync.serviceUrl().toString());
    if (!round)
        *exit = ctx.done(out,
                         connected + QLatin1Char('\n')
                             + QCoreApplication::translate("samen", "The plans you are in could not be fetched yet (%1). Next step: samen-cli sync")
                                   .arg(round.error().message));
    else if (added.isEmpty())
        *exit = ctx.done(out,
                         connected + QLatin1Char(' ') + QCoreApplication::translate("samen", "Your caseload is empty.") + QLatin1Char('\n')
                             + QCoreApplication::translate("samen", "Next step: join a citizen's plan with the code they gave you: samen-cli join CODE"));
    else
        *exit = ctx.done(
            out,
            connected + QLatin1Char('\n') + addedSentence(ctx, added) + QLatin1Char('\n')
                + QCoreApplication::translate("samen", "Next step: see them with samen-cli caseload")); // not a bare command line (trial after stop 36)
    return true;
}

int cmdSyncCaseload(CliContext &ctx)
{
    if (!ctx.args().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage on a professional's device: samen-cli sync [--plan PLAN_ID]"));
    if (Status opened = ctx.openCaseload(); !opened)
        return ctx.fail(opened.error());
    QNetworkAccessManager network;
    CaseloadSync sync(ctx.caseload(), network);
    CaseloadRound round;
    if (!ctx.planChoice().isEmpty()) {
        const auto planId = ctx.caseload().find(ctx.planChoice());
        if (!planId)
            return ctx.fail(planId.error());
        const auto one = await<SyncSummary>([&](SyncClient::Done<SyncSummary> done) { sync.syncPlan(planId.value(), done); });
        round.plans = 1;
        if (one) {
            round.synced = 1;
            round.received = one->received + one->history;
            round.pushed = one->pushed;
            round.receivedItems = static_cast<int>(one->receivedItems.size());
            round.pushedItems = static_cast<int>(one->pushedItems.size());
            if (one->refused > 0)
                round.refused << planId.value();
        } else if (ctx.caseload().device().planKey(planId.value()).isEmpty()) {
            round.removed << planId.value();
        } else if (!ctx.caseload().device().row(planId.value()).value(QStringLiteral("waiting")).toBool()) {
            return ctx.fail(one.error());
        }
    } else {
        const auto all = await<CaseloadRound>([&](SyncClient::Done<CaseloadRound> done) { sync.syncAll(done); });
        if (!all && CaseloadSync::isRevoked(ctx.caseload().device())) {
            // Said here, with the command that connects again; the notice's own words, which count the changes made here
            // and not sent that went with the plans (trial after stop 36: they were lost without a word).
            const QString notice = takeNotices(sync).filter(CaseloadSync::revokedSentence()).value(0, CaseloadSync::revokedSentence());
            Error revoked = all.error();
            revoked.message = notice + QLatin1Char('\n') + CaseloadSync::reconnectCommand();
            return ctx.fail(revoked);
        }
        if (!all)
            return ctx.fail(all.error());
        round = all.value();
    }
    const QStringList notices = takeNotices(sync);
    QStringList lines;
    lines << notices;
    if (!round.added.isEmpty())
        lines << addedSentence(ctx, round.added);
    // Plural forms through %n (translations/*.ts), not "plan(s)" / "plan(nen)" (trial after stop 35).
    lines << QCoreApplication::translate("samen", "Synced %1 of %n plan(s).", nullptr, round.plans - int(round.removed.size())).arg(round.synced)
            + QLatin1Char(' ') + QCoreApplication::translate("samen", "Changes received: %1, sent: %2.").arg(round.receivedItems).arg(round.pushedItems);
    // A plan whose join waits counts as synced: whom it waits for is said, as caseload and sync status say it.
    for (const QString &planId : ctx.caseload().device().planIds()) {
        const QJsonObject row = ctx.caseload().device().row(planId);
        if (row.value(QStringLiteral("waiting")).toBool())
            lines << QCoreApplication::translate("samen", "Waiting for %1 to let you in.")
                         .arg(str(row, "citizen").isEmpty() ? QCoreApplication::translate("samen", "the citizen") : TextHygiene::isolate(str(row, "citizen")));
    }
    for (const QString &f : round.failed)
        lines << QCoreApplication::translate("samen", "Not synced: %1").arg(f);
    // Changes the service did not accept in this round (grants narrowed meanwhile, review 3 #10): said, with where to look.
    QJsonArray refused;
    for (const QString &planId : round.refused) {
        const QJsonObject row = ctx.caseload().device().row(planId);
        const int count = std::max(1, row.value(QStringLiteral("refused")).toInt());
        refused.append(
            QJsonObject { { QStringLiteral("planId"), planId }, { QStringLiteral("citizen"), str(row, "citizen") }, { QStringLiteral("count"), count } });
        lines << QCoreApplication::translate("samen", "In %1's plan the service did not accept %n change(s) you made. See why: samen-cli --plan %2 sync status",
                                             nullptr, count)
                     .arg(TextHygiene::isolate(str(row, "citizen")), CliContext::shellWord(ctx.caseload().choiceFor(planId)));
    }
    const QJsonObject out { { QStringLiteral("plans"), round.plans },
                            { QStringLiteral("synced"), round.synced },
                            { QStringLiteral("received"), round.received },
                            { QStringLiteral("pushed"), round.pushed },
                            { QStringLiteral("removed"), QJsonArray::fromStringList(round.removed) },
                            { QStringLiteral("added"), QJsonArray::fromStringList(round.added) },
                            { QStringLiteral("failed"), QJsonArray::fromStringList(round.failed) },
                            { QStringLiteral("refused"), refused },
                            { QStringLiteral("notices"), QJsonArray::fromStringList(notices) } };
    if (!round.failed.isEmpty()) {
        ctx.done(out, lines.join(QLatin1Char('\n')));
        return ExitFailure;
    }
    return ctx.done(out, lines.join(QLatin1Char('\n')));
}

} // namespace samen::cli

namespace samen::cli {

int cmdSyncWatchCaseload(CliContext &ctx)
{
    if (Status opened = ctx.openCaseload(); !opened)
        return ctx.fail(opened.error());
    QNetworkAccessManager network;
    CaseloadSync sync(ctx.caseload(), network);
    if (!sync.isConfigured() || !sync.isEnrolled())
        return ctx.fail(
            Error { ErrorCode::Usage,
                    QCoreApplication::translate("samen", "This device is not connected to a service yet: samen-cli connect --service URL --enrol-code CODE") });
    QTextStream out(stdout);
    auto say = [&](const QJsonObject &json, const QString &text) {
        out << (ctx.json() ? QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) : ctx.withCommandsAsTyped(text)) << "\n";
        out.flush();
    };
    QObject guard;
    QString last;
    QObject::connect(&sync, &CaseloadSync::roundOfAllEnded, &guard, [&](const QString &problem) {
        const int plans = int(ctx.caseload().device().planIds().size());
        const QString text = problem.isEmpty() ? QCoreApplication::translate("samen", "Your caseload is in sync: %n plan(s).", nullptr, plans)
                                               : QCoreApplication::translate("samen", "Sync failed: %1").arg(problem);
        if (text == last)
            return;
        last = text;
        say({ { QStringLiteral("event"), QStringLiteral("status") }, { QStringLiteral("text"), text }, { QStringLiteral("plans"), plans } }, text);
    });
    QObject::connect(&sync, &CaseloadSync::planRemoved, &guard, [&](const QString &planId, const QString &message) {
        say({ { QStringLiteral("event"), QStringLiteral("plan-removed") }, { QStringLiteral("planId"), planId }, { QStringLiteral("text"), message } },
            message);
    });
    runUntilStopped([&] {
        say({ { QStringLiteral("event"), QStringLiteral("watching") } },
            QCoreApplication::translate("samen", "Keeping every plan of your caseload in sync; stop with Ctrl+C."));
        sync.start(60000);
    });
    sync.stop();
    sync.dismissNotices(); // said as they came
    say({ { QStringLiteral("event"), QStringLiteral("stopped") } }, QCoreApplication::translate("samen", "Stopped."));
    return ExitOk;
}

} // namespace samen::cli
