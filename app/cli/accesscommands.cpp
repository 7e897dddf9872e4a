#include "cli/accesscommands.h"
#include "network/invitationlink.h"

#include "cli/cliargs.h"
#include "cli/clinetwork.h"
#include "cli/clisync.h"
#include "cli/editrunner.h"
#include "cli/erasecommand.h"
#include "cli/stopsignal.h"
#include "domain/texthygiene.h"
#include "network/accesslogwords.h"
#include "network/invitationlink.h"
#include "network/networkclient.h"
#include "network/networkjson.h"
#include "store/caseloadfolder.h"
#include "sync/caseloadsync.h"
#include "sync/syncclient.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace samen::cli {

namespace {

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonArray grantsText(const QList<AccessGrant> &grants)
{
    QJsonArray out;
    for (const AccessGrant &g : grants)
        out.append(
            QJsonObject { { QStringLiteral("domainKey"), g.domainKey }, { QStringLiteral("access"), g.access }, { QStringLiteral("purpose"), g.purpose } });
    return out;
}

/** An id given on the command line, as it may travel in a path: no slashes, no query. */
bool isPlainId(const QString &id)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return form.match(id).hasMatch();
}

/** The ids of the open invitations made for this name (TextHygiene::sameName). */
QStringList invitationsFor(CliNetwork &net, const QList<InvitationEntry> &open, const QString &name)
{
    QStringList ids;
    for (const InvitationEntry &i : open) {
        if (TextHygiene::sameName(net.client().inviteeName(i), name))
            ids << i.invitationId;
    }
    return ids;
}

} // namespace

int cmdInviteList(CliContext &ctx)
{
    if (!ctx.args().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli invite list"));
    SAMEN_CLI_OPEN_PLAN(ctx)
    if (Status owner = ctx.requireOwner(QCoreApplication::translate("samen", "Only the plan's owner can see the invitations.")); !owner)
        return ctx.fail(owner.error());
    CliNetwork net(ctx);
    const auto listed = net.run<QList<InvitationEntry>>([&](auto done) { net.client().invitations(done); });
    if (!listed)
        return ctx.fail(listed.error());
    QJsonArray invitations;
    QStringList lines;
    for (const InvitationEntry &i : listed.value()) {
        const QString name = net.client().inviteeName(i);
        invitations.append(QJsonObject { { QStringLiteral("invitationId"), i.invitationId },
                                         { QStringLiteral("memberId"), i.memberId },
                                         { QStringLiteral("name"), name },
                                         { QStringLiteral("kind"), i.kind },
                                         { QStringLiteral("expiresAt"), i.expiresMs },
                                         { QStringLiteral("grants"), grantsText(i.grants) } });
        // Withdrawn by name (all of that name's, for the few made twice before invite create refused it, review 2 #20);
        // by its id only when it has no name at all.
        lines << QCoreApplication::translate("samen", "%1: %2; the invitation can be used until %3 (to withdraw it: samen-cli invite withdraw %4)")
                     .arg(name.isEmpty() ? QCoreApplication::translate("samen", "(no name)") : TextHygiene::isolate(name), net.accessWords(i.grants),
                          when(i.expiresMs), name.isEmpty() ? i.invitationId : CliContext::shellWord(name));
    }
    if (lines.isEmpty())
        lines << QCoreApplication::translate("samen", "No invitations are waiting to be redeemed.");
    return ctx.done(invitations, lines.join(QLatin1Char('\n')));
}

int cmdInviteWithdraw(CliContext &ctx)
{
    if (ctx.args().size() != 1)
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli invite withdraw NAME"));
    SAMEN_CLI_OPEN_PLAN(ctx)
    if (Status owner = ctx.requireOwner(QCoreApplication::translate("samen", "Only the plan's owner can withdraw an invitation.")); !owner)
        return ctx.fail(owner.error());
    CliNetwork net(ctx);
    const auto listed = net.run<QList<InvitationEntry>>([&](auto done) { net.client().invitations(done); });
    if (!listed)
        return ctx.fail(listed.error());
    // The person's name as the invitation holds it, or the invitation's id (--json of invite list has it).
    const QString typed = TextHygiene::withoutInvisible(ctx.args().first()).trimmed();
    QStringList ids;
    for (const InvitationEntry &i : listed.value()) {
        if (i.invitationId == typed)
            ids = QStringList { i.invitationId };
    }
    if (ids.isEmpty())
        ids = invitationsFor(net, listed.value(), typed);
    if (ids.isEmpty())
        return ctx.fail(Error {
            ErrorCode::NotFound,
            QCoreApplication::translate("samen", "No open invitation is for %1. See samen-cli invite list.").arg(TextHygiene::isolate(typed.left(120))) });
    for (const QString &id : std::as_const(ids)) {
        if (!isPlainId(id))
            return ctx.fail(Error {
                ErrorCode::Validation,
                QCoreApplication::translate("samen", "An invitation id is up to 64 letters, digits, \"-\" or \"_\": see samen-cli invite list --json.") });
    }
    // Several for one name (made before invite create refused a second, review 2 #20): all of them, and it says so.
    QJsonArray done;
    for (const QString &id : std::as_const(ids)) {
        const auto withdrawn = net.run<bool>([&](auto finished) { net.client().withdrawInvitation(id, finished); });
        if (!withdrawn)
            return ctx.fail(withdrawn.error());
        if (Status mirrored = net.mirror().withdrawn(id); !mirrored)
            return ctx.fail(mirrored.error());
        done.append(id);
    }
    net.sendMirrored();
    QJsonObject out { { QStringLiteral("invitationIds"), done }, { QStringLiteral("status"), QStringLiteral("withdrawn") } };
    if (ids.size() == 1)
        out.insert(QStringLiteral("invitationId"), ids.first());
    return ctx.done(out,
                    ids.size() == 1 ? QCoreApplication::translate("samen", "Invitation withdrawn: its code no longer works.")
                                    : QCoreApplication::translate("samen",
                                                                  "%1 had %n invitations that were not used yet. All of them are withdrawn: "
                                                                  "their codes no longer work.",
                                                                  nullptr, int(ids.size()))
                                          .arg(TextHygiene::isolate(typed.left(120))));
}

int cmdGrantSet(CliContext &ctx)
{
    const QStringList &a = ctx.args();
    if (a.size() != 3)
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli grant set MEMBER_ID DOMAIN read|write|none"));
    const QString memberId = a[0], domain = a[1], access = a[2];
    if (access != QLatin1String("read") && access != QLatin1String("write") && access != QLatin1String("none"))
        return ctx.fail(Error { ErrorCode::Validation, QCoreApplication::translate("samen", "The access must be read, write or none.") });
    if (!isPlainId(memberId))
        return ctx.fail(Error { ErrorCode::Validation, QCoreApplication::translate("samen", "A member id is up to 64 letters, digits, \"-\" or \"_\".") });
    SAMEN_CLI_OPEN_PLAN(ctx)
    if (Status owner = ctx.requireOwner(QCoreApplication::translate("samen", "Only the plan's owner can change what someone may see and change.")); !owner)
        return ctx.fail(owner.error());
    CliNetwork net(ctx);
    if (access == QLatin1String("none")) {
        // Withdrawing what the member does not have is a mistake worth saying.
        const auto people = net.run<PeopleList>([&](auto done) { net.client().members(done); });
        if (!people)
            return ctx.fail(people.error());
        bool has = false;
        for (const PersonEntry &p : people->people) {
            for (const AccessGrant &g : p.grants)
                has = has || (p.memberId == memberId && g.domainKey == domain);
        }
        if (!has)
            return ctx.fail(Error { ErrorCode::NotFound,
                                    QCoreApplication::translate("samen", "This member has no access to %1 to withdraw.").arg(net.domainLabel(domain)) });
    }
    // One call at the service: the member never loses access in between, and nothing half-done stays.
    const auto now = net.run<QList<AccessGrant>>([&](auto done) { net.client().setAccess(memberId, { AccessGrant { domain, access, {}, 0, {} } }, done); });
    if (!now)
        return ctx.fail(now.error());
    if (Status mirrored = net.mirror().setAccess(memberId, now.value()); !mirrored)
        return ctx.fail(mirrored.error());
    net.sendMirrored();
    const QJsonObject result { { QStringLiteral("memberId"), memberId }, { QStringLiteral("domainKey"), domain }, { QStringLiteral("access"), access } };
    const QString area = net.domainLabel(domain);
    if (access == QLatin1String("none"))
        return ctx.done(
            result,
            QCoreApplication::translate("samen", "Access to %1 withdrawn. The member's devices delete that part of the plan at their next sync.").arg(area));
    return ctx.done(result,
                    (access == QLatin1String("write") ? QCoreApplication::translate("samen", "The member may now see and change %1.").arg(area)
                                                      : QCoreApplication::translate("samen", "The member may now see %1.").arg(area))
                        + CliNetwork::endSentence(now.value(), domain));
}

int cmdMemberRevoke(CliContext &ctx)
{
    QStringList words = ctx.args();
    const bool yes = words.removeAll(QStringLiteral("--yes")) > 0;
    if (words.size() != 1)
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli member revoke NAME_OR_ID [--yes]"));
    SAMEN_CLI_OPEN_PLAN(ctx)
    if (Status owner = ctx.requireOwner(QCoreApplication::translate("samen", "Only the plan's owner can remove someone from the plan.")); !owner)
        return ctx.fail(owner.error());
    CliNetwork net(ctx);
    // A name or an id, found as by every other member command (CliNetwork::find).
    const auto person = net.person(words.first(), QStringLiteral("active"));
    if (!person)
        return ctx.fail(person.error());
    const QString memberId = person->memberId;
    const QString name = net.nameOf(person.value());
    // Removing someone cannot be taken back from here: they need a new invitation (trial after stop 37: it was done at once).
    if (Status asked = confirmed(yes,
                                 QCoreApplication::translate("samen",
                                                             "Removing %1 ends all they may see and change in this plan. Their devices delete the "
                                                             "plan. To have %1 in the plan again, you invite them again.")
                                     .arg(name),
                                 QCoreApplication::translate("samen", "Remove %1 from the plan? Type yes to go on:").arg(name),
                                 QCoreApplication::translate("samen", "%1 is still in the plan.").arg(name));
        !asked)
        return ctx.fail(asked.error());
    const auto removed = net.run<bool>([&](auto done) { net.client().removeMember(memberId, done); });
    if (!removed)
        return ctx.fail(removed.error());
    if (Status mirrored = net.mirror().removeMember(memberId); !mirrored)
        return ctx.fail(mirrored.error());
    // The plan's record of it (their period's end, meetings still to come without them) is sent at once, as the app does, so
    // every other device shows them as someone who helped before at its next sync (review 2, finding 14).
    const bool sent = net.sendMirrored();
    const QString others = sent ? QCoreApplication::translate("samen", " The others in the plan see at their next sync that %1 no longer helps.").arg(name)
                                : QCoreApplication::translate("samen",
                                                              " The others in the plan see that %1 no longer helps once this device has synced "
                                                              "(samen-cli sync).")
                                      .arg(name);
    return ctx.done(
        QJsonObject { { QStringLiteral("memberId"), memberId }, { QStringLiteral("status"), QStringLiteral("removed") }, { QStringLiteral("sent"), sent } },
        QCoreApplication::translate("samen", "%1 was removed from the plan with all their access. Their devices delete the plan at their next sync.").arg(name)
            + others);
}

namespace {

/** The device typed (device list's name, or its id) among those that can still sign in; NotFound or Conflict in words. */
/** A device as a person tells it apart from another of the same name: "vm (command line) (added 2026-12-03 07:12)". */
QString deviceLabel(const DeviceEntry &d)
{
    return QCoreApplication::translate("samen", "%1 (added %2)").arg(TextHygiene::isolate(d.displayName), when(d.createdMs));
}

Result<DeviceEntry> pickDevice(const QList<DeviceEntry> &devices, const QString &typedText)
{
    const QString typed = TextHygiene::withoutInvisible(typedText).trimmed();
    QList<DeviceEntry> found;
    for (const DeviceEntry &d : devices) {
        if (d.revokedMs == 0 && d.deviceId == typed)
            return d;
    }
    for (const DeviceEntry &d : devices) {
        if (d.revokedMs == 0 && TextHygiene::sameName(d.displayName, typed))
            found.append(d);
    }
    // Of two devices of one name, the one in use cannot be revoked from itself: the name then means the other one (trial
    // after stop 36: both were listed, and the printed command for this one was refused).
    if (found.size() > 1)
        found.erase(std::remove_if(found.begin(), found.end(), [](const DeviceEntry &d) { return d.thisDevice; }), found.end());
    if (found.isEmpty())
        return Error { ErrorCode::NotFound,
                       QCoreApplication::translate("samen", "None of your devices that can still sign in is called %1. See samen-cli device list.")
                           .arg(TextHygiene::isolate(typed.left(120))) };
    if (found.size() > 1) {
        // Told apart by when they were added; the id (device list) picks one.
        QStringList which;
        for (const DeviceEntry &d : std::as_const(found))
            which << QCoreApplication::translate("samen", "%1 (added %2): samen-cli device revoke %3")
                         .arg(TextHygiene::isolate(d.displayName), when(d.createdMs), d.deviceId);
        return Error { ErrorCode::Conflict,
                       QCoreApplication::translate("samen", "More than one of your devices is called %1. Revoke the one you mean:\n%2")
                           .arg(TextHygiene::isolate(typed.left(120)), which.join(QLatin1Char('\n'))) };
    }
    return found.first();
}

/**
 * Asked before a device is revoked (it cannot sign in again; it deletes what it holds at its next contact), unless
 * yes. Not for the device in use: that is refused anyway, in words, without a question first.
 */
Status confirmRevoke(bool yes, const DeviceEntry &device)
{
    if (device.thisDevice)
        return {};
    return confirmed(yes,
                     QCoreApplication::translate("samen",
                                                 "Revoking %1 means it can no longer sign in to the service. At its next contact it deletes "
                                                 "what it holds. To use it again, you connect it as a new device.")
                         .arg(deviceLabel(device)),
                     QCoreApplication::translate("samen", "Revoke %1? Type yes to go on:").arg(deviceLabel(device)),
                     QCoreApplication::translate("samen", "%1 can still sign in.").arg(deviceLabel(device)));
}

/** device revoke on a professional's device: the account's devices, without --plan (they are not a plan's). */
int revokeFromCaseload(CliContext &ctx, const QString &typed, bool yes)
{
    if (Status opened = ctx.openCaseload(); !opened)
        return ctx.fail(opened.error());
    QNetworkAccessManager network;
    CaseloadSync sync(ctx.caseload(), network);
    const QString self = ctx.caseload().device().setting(QStringLiteral("sync.deviceId"));
    const auto listed = await<QJsonObject>([&](SyncClient::Done<QJsonObject> done) { sync.call("GET", QStringLiteral("/v1/devices"), {}, done); });
    if (!listed)
        return ctx.fail(NetworkClient::plainError(listed.error(), NetworkClient::Action::Devices));
    QList<DeviceEntry> devices;
    for (const QJsonValue &v : listed->value(QStringLiteral("devices")).toArray())
        devices.append(NetworkJson::device(v.toObject(), self));
    const auto device = pickDevice(devices, typed);
    if (!device)
        return ctx.fail(device.error());
    // Said for a caseload: it holds no plan of its own to erase (trial after stop 36: "erase the plan from this one").
    if (device->deviceId == self)
        return ctx.fail(Error { ErrorCode::Conflict,
                                QCoreApplication::translate("samen",
                                                            "This is the device you are using, and revoking it cannot be undone. Revoke it from "
                                                            "another of your devices, or ask your service's administrator. To take one citizen's "
                                                            "plan off this device instead: samen-cli erase --plan NAME"),
                                {},
                                QStringLiteral("last-device") });
    if (Status asked = confirmRevoke(yes, device.value()); !asked)
        return ctx.fail(asked.error());
    const auto revoked = await<QJsonObject>(
        [&](SyncClient::Done<QJsonObject> done) { sync.call("DELETE", QStringLiteral("/v1/devices/%1").arg(device->deviceId), {}, done); });
    if (!revoked)
        return ctx.fail(NetworkClient::plainError(revoked.error(), NetworkClient::Action::RevokeDevice));
    return ctx.done(QJsonObject { { QStringLiteral("deviceId"), device->deviceId }, { QStringLiteral("revoked"), true } },
                    QCoreApplication::translate("samen",
                                                "%1 is revoked: it can no longer sign in to the service. At its next contact it deletes the "
                                                "citizens' plans it holds.")
                        .arg(deviceLabel(device.value())));
}

} // namespace

int cmdDeviceRevoke(CliContext &ctx)
{
    QStringList words = ctx.args();
    const bool yes = words.removeAll(QStringLiteral("--yes")) > 0;
    if (words.size() != 1)
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli device revoke NAME_OR_ID [--yes]  (see samen-cli device list)"));
    // The devices are the account's: on a professional's device no --plan is needed (trial after stop 36).
    if (ctx.isCaseload())
        return revokeFromCaseload(ctx, words.first(), yes);
    SAMEN_CLI_OPEN_PLAN(ctx)
    CliNetwork net(ctx);
    const auto devices = net.run<QList<DeviceEntry>>([&](auto done) { net.client().devices(done); });
    if (!devices)
        return ctx.fail(devices.error());
    const auto device = pickDevice(devices.value(), words.first());
    if (!device)
        return ctx.fail(device.error());
    if (Status asked = confirmRevoke(yes, device.value()); !asked)
        return ctx.fail(asked.error());
    // Never the device in use: NetworkClient refuses it (and the service, for an account's last device).
    const auto revoked = net.run<bool>([&](auto done) { net.client().revokeDevice(device->deviceId, done); });
    if (!revoked)
        return ctx.fail(revoked.error());
    return ctx.done(QJsonObject { { QStringLiteral("deviceId"), device->deviceId }, { QStringLiteral("revoked"), true } },
                    QCoreApplication::translate("samen", "%1 is revoked: it can no longer sign in to the service. At its next contact it deletes the plan.")
                        .arg(deviceLabel(device.value())));
}

int cmdDeviceAdd(CliContext &ctx)
{
    if (!ctx.args().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli device add  (prints a one-time code for your next device)"));
    Result<QJsonObject> made = QJsonObject();
    QString link;
    if (ctx.isCaseload()) {
        // A professional's next device is the account's, not one plan's: no --plan, and the link names the service the
        // caseload is enrolled at (review 4, finding 3: the link's service was empty). Every plan follows at its first sync.
        if (Status opened = ctx.openCaseload(); !opened)
            return ctx.fail(opened.error());
        QNetworkAccessManager network;
        CaseloadSync sync(ctx.caseload(), network);
        made = await<QJsonObject>(
            [&](SyncClient::Done<QJsonObject> done) { sync.call("POST", QStringLiteral("/v1/devices/enrolment-codes"), QJsonObject {}, done); });
        if (made)
            link = InvitationLink::ofDevice(ctx.caseload().device(), made->value(QStringLiteral("code")).toString(), InvitationLink::Kind::Device).toString();
    } else {
        SAMEN_CLI_OPEN_PLAN(ctx)
        CliSync session(ctx);
        made = session.call("POST", QStringLiteral("/v1/devices/enrolment-codes"), QJsonObject {});
        // The same link (and so the same QR) the app's Devices page shows: service, pin and code (review 2, #17).
        if (made)
            link = InvitationLink::ofDevice(ctx.store(), made->value(QStringLiteral("code")).toString(), InvitationLink::Kind::Device).toString();
    }
    if (!made)
        return ctx.fail(made.error());
    const QString code = made->value(QStringLiteral("code")).toString();
    QJsonObject out = made.value();
    out.insert(QStringLiteral("link"), link);
    return ctx.done(out,
                    QCoreApplication::translate("samen",
                                                "One-time code and link for your next device (valid until %1, not shown again):\nCode: %2\nLink: %3\n"
                                                "On that device, in a new data folder: samen-cli --data-dir NEW_FOLDER connect LINK")
                        .arg(when(made->value(QStringLiteral("expiresAt")).toInteger()), code, link));
}

int cmdLog(CliContext &ctx)
{
    auto args = CliArgs::parse(ctx.args(), { QStringLiteral("member") });
    if (!args)
        return ctx.fail(args.error());
    if (!args->positional().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli log [--member NAME_OR_ID]"));
    SAMEN_CLI_OPEN_PLAN(ctx)
    // A join that waits: the plan and its log have not come here yet (not "the service does not know this plan").
    if (const Status received = ctx.requirePlanData(); !received && received.error().code == ErrorCode::NotFound)
        return ctx.fail(received.error());
    CliNetwork net(ctx);
    const auto log = net.run<AuditLogPage>([&](auto done) { net.client().auditLog(done); });
    if (!log)
        return ctx.fail(log.error());
    AccessLogWords words(ctx.store(), ctx.planId());
    words.setViewer(ctx.memberId()); // the owner: their own reads and their device's bookkeeping are not news
    const auto people = net.run<PeopleList>([&](auto done) { net.client().members(done); });
    if (people) {
        // Names the plan does not hold yet (a join that waits): as the service has them.
        for (const PersonEntry &p : people->people) {
            if (!ctx.store().entity(p.memberId))
                words.addPerson(p.memberId, p.name, p.relation);
        }
    }
    QString filter;
    if (const auto member = args->option(QStringLiteral("member"))) {
        if (!people)
            return ctx.fail(people.error());
        // Former members (removed, or their help ended) are gone from the service's list but their entries stay
        // in the log: look for them among the plan's member entities too.
        PeopleList everyone = people.value();
        for (const QJsonObject &m : ctx.store().entities(ctx.planId(), QStringLiteral("member"))) {
            const QString id = m.value(QStringLiteral("id")).toString();
            if (std::none_of(everyone.people.cbegin(), everyone.people.cend(), [&](const PersonEntry &p) { return p.memberId == id; })) {
                PersonEntry former; // someone who helped before: no longer at the service, still in the plan
                former.memberId = id;
                former.name = m.value(QStringLiteral("name")).toString();
                former.kind = m.value(QStringLiteral("kind")).toString();
                everyone.people.append(former);
            }
        }
        const auto person = net.find(everyone, *member, QString());
        if (!person)
            return ctx.fail(person.error());
        filter = person->memberId;
    }
    QJsonArray entries;
    for (const AuditEntry &e : log->entries) {
        if (!filter.isEmpty() && e.actorMemberId != filter && e.memberId != filter)
            continue;
        entries.append(QJsonObject { { QStringLiteral("seq"), e.seq },
                                     { QStringLiteral("at"), e.atMs },
                                     { QStringLiteral("actorMemberId"), e.actorMemberId },
                                     { QStringLiteral("action"), e.action },
                                     { QStringLiteral("entityType"), e.entityType },
                                     { QStringLiteral("domainKey"), e.domainKey },
                                     { QStringLiteral("memberId"), e.memberId },
                                     { QStringLiteral("count"), e.count },
                                     { QStringLiteral("text"), words.sentence(e) },
                                     { QStringLiteral("ownRoutine"), words.isViewersRoutine(e) },
                                     { QStringLiteral("hashMatches"), e.hashMatches } });
    }
    QStringList lines;
    for (const AccessLogDay &day : words.days(log->entries, filter)) {
        lines << day.title;
        for (const AccessLogLine &line : day.lines)
            lines << QStringLiteral("  %1  %2").arg(line.time, line.text);
    }
    if (lines.isEmpty())
        lines << QCoreApplication::translate("samen", "Nothing in the access log yet.");
    lines << AccessLogWords::chainSentence(log.value());
    return ctx.done(QJsonObject { { QStringLiteral("entries"), entries }, { QStringLiteral("chainIntact"), log->chainIntact && log->entriesMatch } },
                    lines.join(QLatin1Char('\n')));
}

int cmdSyncWatch(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN(ctx)
    CliSync session(ctx);
    SyncClient &client = session.client;
    if (!client.isConfigured() || ctx.store().setting(QStringLiteral("sync.serviceMemberId")).isEmpty())
        return ctx.fail(Error { ErrorCode::Usage, QCoreApplication::translate("samen", "This plan is not connected to a service yet: use connect first.") });

    QTextStream out(stdout);
    auto say = [&](const QJsonObject &json, const QString &text) {
        if (ctx.json())
            out << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
        else
            out << ctx.withCommandsAsTyped(text) << "\n";
        out.flush();
    };
    QString last;
    // A notice is said once in a watch: the status line and the end of the watch do not say it again.
    QSet<QString> notices;
    QObject guard;
    QObject::connect(&client, &SyncClient::statusChanged, &guard, [&] {
        if (client.state() == SyncClient::State::Syncing || client.statusText() == last
            || std::any_of(notices.cbegin(), notices.cend(), [&](const QString &n) { return client.statusText().contains(n); }))
            return;
        last = client.statusText();
        say({ { QStringLiteral("event"), QStringLiteral("status") },
              { QStringLiteral("text"), last },
              { QStringLiteral("waiting"), client.waitingCount() },
              { QStringLiteral("cursor"), ctx.store().setting(QStringLiteral("sync.cursor")).toLongLong() } },
            last);
    });
    QObject::connect(&client, &SyncClient::accessWithdrawn, &guard, [&](const QString &message) {
        if (message.isEmpty() || notices.contains(message))
            return;
        notices.insert(message);
        say({ { QStringLiteral("event"), QStringLiteral("access-withdrawn") }, { QStringLiteral("text"), message } }, message);
    });

    runUntilStopped(
        [&] {
            say({ { QStringLiteral("event"), QStringLiteral("watching") } },
                QCoreApplication::translate("samen", "Keeping the plan in sync; stop with Ctrl+C."));
            client.start(60000);
        },
        [&] { return ctx.store().setting(QStringLiteral("planId")).isEmpty() || !ctx.store().health(); });
    client.stop();
    if (!ctx.store().health())
        return ctx.fail(CliContext::damagedError());
    if (ctx.store().setting(QStringLiteral("planId")).isEmpty()) {
        if (!ctx.json() && notices.contains(client.withdrawalNotice()))
            return exitCodeFor(ErrorCode::Permission); // said above, once
        return ctx.fail(Error { ErrorCode::Permission, client.withdrawalNotice() });
    }
    say({ { QStringLiteral("event"), QStringLiteral("stopped") } }, QCoreApplication::translate("samen", "Stopped."));
    return ExitOk;
}

} // namespace samen::cli
