#include "cli/synccommands.h"

#include "domain/namerule.h"
#include "domain/texthygiene.h"
#include "network/invitationlink.h"
#include "store/caseloadsummary.h"
#include "store/deviceaccess.h"
#include "store/planview.h"
#include "ui/people/serviceprobe.h"
#include "ui/refusedchangemodel.h"

#include "cli/accesscommands.h"

#include "cli/caseloadcommands.h"
#include "cli/caseloadstatus.h"
#include "cli/cliargs.h"
#include "cli/clisync.h"
#include "cli/editrunner.h"
#include "domain/schema.h"
#include "sync/caseloadsync.h"
#include "sync/refusal.h"
#include "sync/syncclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>

#include <algorithm>

namespace samen::cli {

namespace {

QString stateName(SyncClient::State s)
{
    switch (s) {
    case SyncClient::State::NotConnected:
        return QStringLiteral("not-connected");
    case SyncClient::State::Idle:
        return QStringLiteral("idle");
    case SyncClient::State::Syncing:
        return QStringLiteral("syncing");
    case SyncClient::State::Synced:
        return QStringLiteral("synced");
    case SyncClient::State::Waiting:
        return QStringLiteral("waiting");
    case SyncClient::State::Refused:
        return QStringLiteral("refused");
    case SyncClient::State::Offline:
        return QStringLiteral("offline");
    case SyncClient::State::Error:
        return QStringLiteral("error");
    case SyncClient::State::Pending:
        return QStringLiteral("pending");
    }
    return {};
}

QString changes(int n)
{
    return QCoreApplication::translate("samen", "%n change(s)", nullptr, n);
}

/** Counted per item, as the status and the caseload count them (review 16, F4: "1 change" was not accepted, then
 * "4 changes" discarded, for one goal's four fields). */
int itemsOf(const QList<OutboxEntry> &entries)
{
    return CaseloadSummary::itemCount(entries);
}

} // namespace

Result<SyncTrust> trustFromArgs(const CliArgs &args)
{
    SyncTrust trust;
    if (const auto pin = args.option(QStringLiteral("pin-sha256"))) {
        auto normal = SyncTrust::normalisePin(*pin);
        if (!normal)
            return normal.error();
        trust.pinSha256 = normal.value();
    }
    if (const auto caFile = args.option(QStringLiteral("ca-file"))) {
        auto pem = SyncTrust::readCaFile(*caFile);
        if (!pem)
            return pem.error();
        trust.caPem = pem.value();
    }
    return trust;
}

Result<SyncTrust> anchorOnPin(const QString &service, const SyncTrust &trust, PinSource source)
{
    if (trust.pinSha256.isEmpty() || !trust.caPem.isEmpty())
        return trust;
    QNetworkAccessManager network;
    app::ServiceProbe probe(network);
    const auto found = await<app::ServiceCheck>([&](SyncClient::Done<app::ServiceCheck> done) { probe.check(service, done); });
    if (!found)
        return found.error();
    if (found->pin != trust.pinSha256)
        return Error { ErrorCode::Permission,
                       source == PinSource::Link
                           ? QCoreApplication::translate("samen",
                                                         "The service's public key does not match the pin in the invitation link. Nothing was sent: "
                                                         "you may not be talking to the right service. Ask for the link again.")
                           : source == PinSource::DeviceLink
                           ? QCoreApplication::translate("samen",
                                                         "The service's public key does not match the pin in the link from your other device. Nothing "
                                                         "was sent: you may not be talking to the right service. Make a new code on your other device.")
                           : QCoreApplication::translate("samen",
                                                         "The service's public key does not match the pin given with --pin-sha256. Nothing was sent. "
                                                         "Check the pin the service printed, or that you reach the right service.") };
    SyncTrust anchored = trust;
    if (!found->trustedBySystem)
        anchored.caPem = found->chainPem; // exactly the certificate whose key is the pin; checking stays on
    return anchored;
}

int cmdConnect(CliContext &ctx)
{
    return connectDevice(ctx, ctx.args());
}

int connectDevice(CliContext &ctx, const QStringList &words)
{
    auto args = CliArgs::parse(
        words,
        { QStringLiteral("service"), QStringLiteral("pin-sha256"), QStringLiteral("ca-file"), QStringLiteral("enrol-code"), QStringLiteral("device-name") });
    if (!args)
        return ctx.fail(args.error());
    const QString usage = QCoreApplication::translate(
        "samen",
        "Usage: samen-cli connect --service https://HOST:PORT [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE] [--device-name NAME]\n"
        "   or: samen-cli connect LINK [--device-name NAME]  (the link your other device shows for your next device)");
    if (args->positional().size() > 1)
        return ctx.usage(usage);
    QString service = args->value(QStringLiteral("service"));
    QString code = args->value(QStringLiteral("enrol-code"));
    QStringList trustWords;
    for (const char *key : { "pin-sha256", "ca-file" }) {
        if (const auto v = args->option(QLatin1String(key)))
            trustWords << QStringLiteral("--%1").arg(QLatin1String(key)) << *v;
    }
    PinSource pinSource = PinSource::Typed;
    if (args->positional().size() == 1) {
        // The next-device link (samen://device?service=...&pin=...&code=...) the app and device add show: its service,
        // its code, and its pin as the trust anchor, as for an invitation link (review 2, #17). Typed options win.
        const QString text = args->positional().first();
        if (InvitationLink::parse(text) && !InvitationLink::parseDevice(text))
            return ctx.fail(Error { ErrorCode::Usage,
                                    QCoreApplication::translate("samen",
                                                                "This is an invitation to someone's plan, not a link for your own next device. "
                                                                "To accept it, in a new data folder: samen-cli --data-dir NEW_FOLDER join LINK") });
        const auto link = InvitationLink::parseDevice(text);
        if (!link)
            return ctx.fail(link.error());
        if (service.isEmpty())
            service = link->service().toString();
        if (code.isEmpty())
            code = link->code();
        if (!args->option(QStringLiteral("pin-sha256")) && !link->pin().isEmpty()) {
            trustWords << QStringLiteral("--pin-sha256") << link->pin();
            pinSource = PinSource::DeviceLink;
        }
        if (service.isEmpty())
            return ctx.fail(
                Error { ErrorCode::Usage,
                        QCoreApplication::translate("samen", "A bare code does not say which service to connect to: add --service https://HOST:PORT.") });
    }
    // A professional's device the service revoked knows its service and how to trust it: connect --enrol-code CODE is
    // the way back, as CaseloadSync::reconnectCommand says (trial after stop 35: it named a placeholder URL); a
    // --ca-file or --pin-sha256 typed with it replaces how the service is trusted (reconnectCaseload).
    // A person's device the service revoked keeps its service and how it trusted it too (Withdrawal clears only the
    // device's keys), so connect --enrol-code CODE, as its notice says, needs no --service (trial after stop 40).
    const bool storedService = service.isEmpty() && !code.isEmpty() && (ctx.isCaseload() || PlanStore::exists(ctx.dataDir()));
    if (service.isEmpty() && !storedService)
        return ctx.usage(usage);
    const auto trustArgs = CliArgs::parse(trustWords, { QStringLiteral("pin-sha256"), QStringLiteral("ca-file") });
    if (!trustArgs)
        return ctx.fail(trustArgs.error());
    const auto typedTrust = trustFromArgs(trustArgs.value());
    if (!typedTrust)
        return ctx.fail(typedTrust.error());
    Result<SyncTrust> trust = storedService ? typedTrust : anchorOnPin(service, typedTrust.value(), pinSource);
    if (!trust)
        return ctx.fail(trust.error());
    // The name is checked before a store is made or anything is sent (SyncClient checks it again).
    const QString name = NameRule::tidy(args->value(QStringLiteral("device-name"), CliContext::defaultDeviceName()));
    if (Status named = NameRule::validate(name, NameRule::Subject::Device); !named)
        return ctx.fail(named.error());
    // In an empty folder, an administrator's code makes a professional's device (a caseload); a person's code, their next device.
    // The code is one-time: once connectCaseload enrolled this folder with a person's code, it is not sent again.
    QString enrolWith = code;
    if (!code.isEmpty() && !PlanStore::exists(ctx.dataDir()) && !ctx.isCaseload()) {
        int exit = ExitOk;
        if (connectCaseload(ctx, service, trust.value(), name, code, &exit))
            return exit;
        enrolWith.clear();
    }
    if (ctx.isCaseload() && !code.isEmpty()) { // a revoked caseload device connects again (review 4, R4-20)
        int exit = ExitOk;
        if (reconnectCaseload(ctx, service, trust.value(), name, code, &exit))
            return exit;
    }
    if (ctx.isCaseload())
        return ctx.fail(Error { ErrorCode::Conflict,
                                code.isEmpty() ? QCoreApplication::translate("samen", "This professional's device is connected already.")
                                               : QCoreApplication::translate("samen",
                                                                             "This professional's device is connected already; the enrolment code was not "
                                                                             "used. A code makes a new device: use it in an empty data folder.") });
    // With an enrolment code from the person's first device, a new data folder becomes their next device.
    bool holdsPlan = true;
    if (code.isEmpty()) {
        SAMEN_CLI_OPEN_PLAN(ctx)
    } else {
        const auto opened = ctx.openOrCreateStore();
        if (!opened)
            return ctx.fail(opened.error());
        holdsPlan = opened.value();
        if (storedService && !holdsPlan) {
            service = ctx.store().setting(QStringLiteral("sync.service"));
            if (service.isEmpty())
                return ctx.fail(Error { ErrorCode::Usage,
                                        QCoreApplication::translate("samen", "This device does not know its service: add --service https://HOST:PORT.") });
            if (trustWords.isEmpty())
                trust = SyncTrust { ctx.store().setting(QStringLiteral("sync.caPem")).toLatin1(), ctx.store().setting(QStringLiteral("sync.pin")) };
        }
        // A plan file without a plan that never connected (left by a join that failed in an older samen-cli) holds
        // nothing: the code is taken as in an empty folder, where a professional's code makes a professional's device.
        // Reusing the file, a professional's code was used up for a device that could take up no plan (new-user trial
        // after stop 32).
        if (!holdsPlan && !enrolWith.isEmpty() && ctx.store().setting(QStringLiteral("sync.deviceId")).isEmpty()) {
            ctx.deleteStoreFiles();
            int exit = ExitOk;
            if (connectCaseload(ctx, service, trust.value(), name, code, &exit))
                return exit;
            enrolWith.clear(); // a person's code: connectCaseload made their store with this enrolment
        }
        // A folder that holds a plan is that plan's device already: an enrolment code (a professional's, or a person's
        // for their next device) would be ignored, and whoever typed it would believe the device is now theirs (review
        // 3, #15). Refused; the code stays unused.
        if (holdsPlan)
            return ctx.fail(Error { ErrorCode::Conflict,
                                    QCoreApplication::translate("samen",
                                                                "This folder holds a plan already, so an enrolment code has nothing to do here; it was "
                                                                "not used. A code makes a new device: use it in an empty data folder (a professional's "
                                                                "code makes a professional's device there). To connect this plan: samen-cli connect "
                                                                "--service URL") });
    }
    CliSync session(ctx);
    const bool wasConnected = session.client.isConfigured();
    if (Status configured = session.client.configure(QUrl(service), trust.value()); !configured)
        return ctx.fail(configured.error());
    auto connected = await<QJsonObject>([&](SyncClient::Done<QJsonObject> done) { session.client.connectService(name, enrolWith, done); });
    if (connected && !holdsPlan)
        connected = await<QJsonObject>([&](SyncClient::Done<QJsonObject> done) { session.client.adoptAccountPlan(done); });
    if (!connected) {
        // A first connect that failed leaves this device unconnected, not half-configured.
        if (!wasConnected)
            (void)ctx.store().setSetting(QStringLiteral("sync.service"), QString());
        return ctx.fail(connected.error());
    }
    QJsonObject out = connected.value();
    out.insert(QStringLiteral("service"), session.client.serviceUrl().toString());
    out.insert(QStringLiteral("waiting"), session.client.waitingCount());
    if (!holdsPlan)
        return ctx.done(out,
                        QCoreApplication::translate(
                            "samen", "Connected to %1. This device is enrolled on your account and takes up your plan: run samen-cli sync to fetch it.")
                            .arg(session.client.serviceUrl().toString()));
    return ctx.done(out,
                    QCoreApplication::translate("samen",
                                                "Connected to %1. This device is enrolled and your plan is known to the service.\n"
                                                "%2 waiting to be sent: run samen-cli sync.")
                        .arg(session.client.serviceUrl().toString(), changes(session.client.waitingItemCount())));
}

int cmdSync(CliContext &ctx)
{
    if (ctx.args() == QStringList { QStringLiteral("--watch") })
        return ctx.isCaseload() && ctx.planChoice().isEmpty() ? cmdSyncWatchCaseload(ctx) : cmdSyncWatch(ctx);
    if (ctx.isCaseload())
        return cmdSyncCaseload(ctx);
    if (!ctx.args().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli sync [--watch]  |  samen-cli sync status"));
    SAMEN_CLI_OPEN_PLAN(ctx)
    CliSync session(ctx);
    QSet<QString> refusedBefore;
    for (const OutboxEntry &e : ctx.store().rejected())
        refusedBefore.insert(e.op.opId);
    const QString noticeBefore = session.client.withdrawalNotice();
    const auto round = await<SyncSummary>([&](SyncClient::Done<SyncSummary> done) { session.client.syncOnce(done); });
    if (!round)
        return ctx.fail(round.error());
    const SyncSummary &s = round.value();
    // What this round took away (a domain no longer shared, with the changes typed there and not sent), said once here as
    // the app shows it (review 4, finding 10: the CLI said "Everything is synced" while a goal went).
    const QString notice = session.client.withdrawalNotice() != noticeBefore ? session.client.withdrawalNotice() : QString();
    // One sentence a line: a sentence that ends in a command (as the Dutch ones do) never runs into the next.
    QStringList lines;
    if (!notice.isEmpty())
        lines << notice;
    QSet<QString> refusedItems;
    for (const OutboxEntry &e : ctx.store().rejected()) {
        if (!refusedBefore.contains(e.op.opId))
            refusedItems.insert(e.op.entityId);
    }
    // Items, as "waiting" counts them: one new goal is one change, not its four fields (the JSON keeps the operations).
    // Sent counts the refused ones too: "Sent 0 changes" and then "The service refused 3" read as a contradiction.
    lines << QCoreApplication::translate("samen", "Sent %1, received %2.")
                 .arg(changes(static_cast<int>((s.pushedItems | refusedItems).size())), changes(static_cast<int>(s.receivedItems.size())));
    if (s.refused > 0)
        lines << QCoreApplication::translate("samen", "The service refused %1: see samen-cli sync status.")
                     .arg(changes(std::max(1, static_cast<int>(refusedItems.size()))));
    lines << session.client.statusText();
    if (s.refused == 0 && session.client.refusedItemCount() > 0) // refused before this round: where to see why
        lines << QCoreApplication::translate("samen", "See why: samen-cli sync status");
    return ctx.done(QJsonObject { { QStringLiteral("pushed"), s.pushed },
                                  { QStringLiteral("refused"), s.refused },
                                  { QStringLiteral("received"), s.received },
                                  { QStringLiteral("snapshot"), s.snapshot },
                                  { QStringLiteral("history"), s.history },
                                  { QStringLiteral("cursor"), s.cursor },
                                  { QStringLiteral("waiting"), s.waiting },
                                  { QStringLiteral("refusedTotal"), s.refusedTotal },
                                  { QStringLiteral("notice"), notice },
                                  { QStringLiteral("state"), stateName(session.client.state()) } },
                    lines.join(QLatin1Char('\n')));
}

int cmdSyncStatus(CliContext &ctx)
{
    // A professional's device: the caseload as a whole, unless --plan names one (review 4, R4-7).
    if (ctx.isCaseload() && ctx.planChoice().isEmpty())
        return cmdSyncStatusCaseload(ctx);
    if (!ctx.args().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli sync status"));
    SAMEN_CLI_OPEN_PLAN(ctx)
    CliSync session(ctx);
    SyncClient &c = session.client;
    QJsonArray refused;
    QStringList lines { c.statusText() };
    if (c.isConfigured())
        lines << QCoreApplication::translate("samen", "Service: %1").arg(c.serviceUrl().toString());
    // One line per changed item and reason, in words as the app says it (RefusedChangeModel): what the change was, why it
    // was not accepted (from the kept code and life domain, never the service's English), what to do.
    QList<std::pair<QString, QList<Operation>>> groups; // (entity id + kept refusal) in the order refused
    QHash<QString, Refusal> reasons;
    const MemberAccess access = DeviceAccess::load(ctx.store());
    for (const OutboxEntry &e : ctx.store().rejected()) {
        const Refusal why = ctx.store().refusalOf(e);
        refused.append(QJsonObject { { QStringLiteral("opId"), e.op.opId },
                                     { QStringLiteral("entityType"), e.op.entityType },
                                     { QStringLiteral("entityId"), e.op.entityId },
                                     { QStringLiteral("field"), e.op.field },
                                     { QStringLiteral("code"), why.code.isEmpty() ? Refusal::kUnknown : why.code },
                                     { QStringLiteral("domainKey"), why.domainKey },
                                     { QStringLiteral("retryable"), why.retryableWith(access) } });
        const QString key = e.op.entityId + QLatin1Char('\n') + e.rejectedReason;
        reasons.insert(key, why);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.first == key; });
        if (it == groups.end())
            groups.append({ key, { e.op } });
        else
            it->second.append(e.op);
    }
    // --all acts on every refused change: "drops it" only when there is one (trial after stop 39).
    const bool one = groups.size() == 1;
    for (const auto &[key, ops] : std::as_const(groups)) {
        const Refusal why = reasons.value(key);
        // A step for someone who cannot see its life domain: sent again once it is shared, or dropped (both commands as they work here).
        const QString next = why.code == Refusal::kUnreachable
            ? (one ? QCoreApplication::translate("samen", "once it is shared, %1 sends it again; %2 drops it.")
                   : QCoreApplication::translate("samen", "once it is shared, %1 sends every refused change again; %2 drops every refused change."))
                  .arg(ctx.command({ QStringLiteral("sync"), QStringLiteral("retry"), QStringLiteral("--all") }),
                       ctx.command({ QStringLiteral("sync"), QStringLiteral("discard"), QStringLiteral("--all") }))
            : why.retryableWith(access) ? (one ? QCoreApplication::translate("samen", "samen-cli sync retry --all sends it again.")
                                               : QCoreApplication::translate("samen", "samen-cli sync retry --all sends every refused change again."))
            : one                       ? QCoreApplication::translate("samen", "samen-cli sync discard --all drops it.")
                                        : QCoreApplication::translate("samen", "samen-cli sync discard --all drops every refused change.");
        lines << QCoreApplication::translate("samen", "Not accepted: %1. %2 Next step: %3")
                     .arg(app::RefusedChangeModel::describe(ctx.store(), ops), app::RefusedChangeModel::explainGroup(ctx.store(), ops, why), next);
    }
    QJsonObject out { { QStringLiteral("state"), stateName(c.state()) },
                      { QStringLiteral("text"), c.statusText() },
                      { QStringLiteral("service"), c.isConfigured() ? c.serviceUrl().toString() : QString() },
                      { QStringLiteral("waiting"), c.waitingCount() },
                      { QStringLiteral("refused"), refused },
                      { QStringLiteral("cursor"), ctx.store().setting(QStringLiteral("sync.cursor")).toLongLong() } };
    if (c.offlineSince().isValid())
        out.insert(QStringLiteral("offlineSince"), c.offlineSince().toString(Qt::ISODate));
    if (!c.lastError().isEmpty())
        out.insert(QStringLiteral("lastError"), c.lastError());
    const QString syncedAt = ctx.store().setting(QStringLiteral("sync.lastSyncedAt"));
    if (!syncedAt.isEmpty())
        out.insert(QStringLiteral("lastSyncedAt"), QDateTime::fromMSecsSinceEpoch(syncedAt.toLongLong(), Qt::UTC).toString(Qt::ISODate));
    return ctx.done(out, lines.join(QLatin1Char('\n')));
}

namespace {

/** The refused changes a command names: one by its opId, or all (--all); NotFound when none. */
Result<QList<OutboxEntry>> selectRefused(CliContext &ctx, bool all)
{
    const QList<OutboxEntry> refused = ctx.store().rejected();
    // One id stands for its line in sync status: every refused change of that item kept for the same reason. Before,
    // the title of a refused new step discarded alone left a step without a title, which a later retry sent (trial
    // after stop 40).
    const auto named = std::find_if(refused.cbegin(), refused.cend(), [&](const OutboxEntry &e) { return e.op.opId == ctx.args().first(); });
    QList<OutboxEntry> chosen;
    for (const OutboxEntry &e : refused) {
        if (all || (named != refused.cend() && e.op.entityId == named->op.entityId && e.rejectedReason == named->rejectedReason))
            chosen << e;
    }
    if (chosen.isEmpty())
        return Error { ErrorCode::NotFound,
                       all ? QCoreApplication::translate("samen", "There are no refused changes.")
                           : QCoreApplication::translate("samen", "There is no refused change with that id.") };
    return chosen;
}

} // namespace

int cmdSyncRetry(CliContext &ctx)
{
    const bool all = ctx.args() == QStringList { QStringLiteral("--all") };
    if (!all && ctx.args().size() != 1)
        return ctx.usage(
            QCoreApplication::translate("samen", "Usage: samen-cli sync retry OP_ID|--all  (sends refused changes again, stamped with the current time)"));
    SAMEN_CLI_OPEN_PLAN(ctx)
    const auto chosen = selectRefused(ctx, all);
    if (!chosen)
        return ctx.fail(chosen.error());
    // --all sends what can be accepted; one that was not allowed or not valid is left for discard.
    QStringList ids;
    QList<OutboxEntry> retried, left;
    const MemberAccess access = DeviceAccess::load(ctx.store());
    for (const OutboxEntry &e : chosen.value()) {
        if (!all || ctx.store().refusalOf(e).retryableWith(access)) {
            ids << e.op.opId;
            retried << e;
        } else {
            left << e;
        }
    }
    const int hopeless = static_cast<int>(left.size());
    if (ids.isEmpty())
        return ctx.fail(
            Error { ErrorCode::Validation,
                    QCoreApplication::translate("samen",
                                                "None of the refused changes can be sent again: they are not allowed or not valid. Nothing was changed. "
                                                "Discard them (samen-cli sync discard --all), or ask the plan's owner for access.") });
    // The store refuses forbidden and invalid ones itself, and stamps the others with the current time.
    if (Status s = ctx.store().retryRejected(ids, ctx.clock()); !s)
        return ctx.fail(s.error());
    const int n = static_cast<int>(ids.size());
    QString text
        = QCoreApplication::translate("samen", "%1 back in line, with the current time: they are sent with the next sync.").arg(changes(itemsOf(retried)));
    if (hopeless > 0)
        text += QCoreApplication::translate("samen", "\n%1 cannot be sent again (not allowed or not valid): discard them with samen-cli sync discard.")
                    .arg(changes(itemsOf(left)));
    return ctx.done(QJsonObject { { QStringLiteral("retried"), n }, { QStringLiteral("notRetryable"), hopeless } }, text);
}

int cmdSyncDiscard(CliContext &ctx)
{
    const bool all = ctx.args() == QStringList { QStringLiteral("--all") };
    if (!all && ctx.args().size() != 1)
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli sync discard OP_ID|--all  (drops refused changes from this device for good)"));
    SAMEN_CLI_OPEN_PLAN(ctx)
    const auto chosen = selectRefused(ctx, all);
    if (!chosen)
        return ctx.fail(chosen.error());
    QStringList ids;
    for (const OutboxEntry &e : chosen.value())
        ids << e.op.opId;
    if (Status s = ctx.store().discardRejected(ids); !s)
        return ctx.fail(s.error());
    if (ctx.isCaseload()) {
        // The caseload's row says how many of the professional's changes were not accepted: said right now, not only
        // after the plan's next round (review 15, F9).
        QJsonObject row = ctx.caseload().device().row(ctx.planId());
        if (!row.isEmpty()) {
            row.insert(QStringLiteral("refused"), CaseloadSummary::refusedItems(ctx.store()));
            (void)ctx.caseload().device().saveRow(ctx.planId(), row);
        }
    }
    const int n = static_cast<int>(ids.size());
    return ctx.done(QJsonObject { { QStringLiteral("discarded"), n }, { QStringLiteral("items"), itemsOf(chosen.value()) } },
                    QCoreApplication::translate("samen", "%n change(s) discarded: the plan on this device is as if they were never made.", nullptr,
                                                itemsOf(chosen.value())));
}

int cmdDeviceList(CliContext &ctx)
{
    if (!ctx.args().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli device list"));
    // The devices are the account's, not a plan's: on a professional's device they are listed without --plan, and
    // "this device" is the one whose identity device.db holds (review 3, #30: it was looked for in the plan's store).
    Result<QJsonArray> devices = QJsonArray();
    QString self;
    if (ctx.isCaseload()) {
        if (Status opened = ctx.openCaseload(); !opened)
            return ctx.fail(opened.error());
        QNetworkAccessManager network;
        CaseloadSync sync(ctx.caseload(), network);
        const auto listed = await<QJsonObject>([&](SyncClient::Done<QJsonObject> done) { sync.call("GET", QStringLiteral("/v1/devices"), {}, done); });
        if (!listed)
            return ctx.fail(listed.error());
        devices = listed->value(QStringLiteral("devices")).toArray();
        self = ctx.caseload().device().setting(QStringLiteral("sync.deviceId"));
    } else {
        SAMEN_CLI_OPEN_PLAN(ctx)
        CliSync session(ctx);
        devices = await<QJsonArray>([&](SyncClient::Done<QJsonArray> done) { session.client.listDevices(done); });
        if (!devices)
            return ctx.fail(devices.error());
        self = ctx.store().setting(QStringLiteral("sync.deviceId"));
    }
    // Whether another device bears this name, by the rule device revoke matches names with (TextHygiene::sameName).
    const auto sharedName = [&](const QString &name) {
        return std::count_if(devices.value().cbegin(), devices.value().cend(),
                             [&](const QJsonValue &d) { return TextHygiene::sameName(d[QStringLiteral("displayName")].toString(), name); })
            > 1;
    };
    QStringList lines;
    QJsonArray out;
    for (const QJsonValue &d : devices.value()) {
        QJsonObject o = d.toObject();
        const QString id = o.value(QStringLiteral("deviceId")).toString();
        const bool revoked = o.contains(QStringLiteral("revokedAt"));
        o.insert(QStringLiteral("thisDevice"), id == self); // trial after stop 36: --json did not say which one this is
        out.append(o);
        // Its name, not its id (--json has the id): device revoke takes the name. Two of the same name (two command lines on
        // one computer) are told apart by the command that revokes the one meant (trial after stop 36).
        const bool shared = sharedName(o.value(QStringLiteral("displayName")).toString());
        lines << QCoreApplication::translate("samen", "%1  enrolled %2%3%4")
                     .arg(TextHygiene::isolate(o.value(QStringLiteral("displayName")).toString()),
                          QDateTime::fromMSecsSinceEpoch(o.value(QStringLiteral("createdAt")).toInteger()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          revoked ? QCoreApplication::translate("samen", "  revoked") : QString(),
                          id == self ? QCoreApplication::translate("samen", "  (this device)") : QString())
                + (shared && id != self && !revoked
                       ? QStringLiteral("  ") + QCoreApplication::translate("samen", "(to revoke that one: samen-cli device revoke %1)").arg(id)
                       : QString());
    }
    return ctx.done(out, lines.join(QLatin1Char('\n')));
}

} // namespace samen::cli
