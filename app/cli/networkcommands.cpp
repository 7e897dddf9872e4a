#include "cli/networkcommands.h"
#include "cli/caseloadcommands.h"

#include "cli/cliargs.h"
#include "cli/clinetwork.h"
#include "cli/editrunner.h"
#include "cli/synccommands.h"
#include "cli/workcommands.h"
#include "domain/frameworks.h"
#include "domain/memberwords.h"
#include "domain/namerule.h"
#include "domain/schema.h"
#include "domain/texthygiene.h"
#include "network/invitationlink.h"
#include "store/planview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace samen::cli {

namespace {

/** "7d", "24h", "90m" or "3600s" (or plain seconds) in seconds; -1 when malformed. */
qint64 durationSeconds(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,7})([dhms]?)$"));
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    return unit == QLatin1String("d") ? n * 86400 : unit == QLatin1String("h") ? n * 3600 : unit == QLatin1String("m") ? n * 60 : n;
}

/** The member entity of the plan whose name or id this is (for --member); empty when none. */
Result<QString> memberEntity(CliContext &ctx, const QString &nameOrId)
{
    QStringList ids;
    const QString typed = TextHygiene::withoutInvisible(nameOrId); // a name pasted from a sentence carries its isolates
    for (const QJsonObject &m : ctx.store().entities(ctx.planId(), QStringLiteral("member"))) {
        const QString id = m.value(QStringLiteral("id")).toString();
        if (id == typed)
            return id;
        if (TextHygiene::sameName(m.value(QStringLiteral("name")).toString(), typed))
            ids << id;
    }
    if (ids.size() == 1)
        return ids.first();
    return Error {
        ids.isEmpty() ? ErrorCode::NotFound : ErrorCode::Conflict,
        ids.isEmpty()
            ? QCoreApplication::translate("samen", "The plan has no member called %1. See samen-cli member list.").arg(TextHygiene::isolate(typed.left(120)))
            : QCoreApplication::translate("samen", "More than one member of the plan has this name. Use their id instead.")
    };
}

} // namespace

int cmdInviteCreate(CliContext &ctx)
{
    auto args = CliArgs::parse(ctx.args(),
                               { QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("grant"), QStringLiteral("expires"), QStringLiteral("relation"),
                                 QStringLiteral("organisation"), QStringLiteral("role"), QStringLiteral("purpose"), QStringLiteral("until"),
                                 QStringLiteral("member") });
    if (!args)
        return ctx.fail(args.error());
    InvitationRequest request;
    request.kind = args->value(QStringLiteral("kind"));
    request.name = NameRule::tidy(args->value(QStringLiteral("name")));
    if (request.kind.isEmpty() || (request.name.isEmpty() && !args->option(QStringLiteral("member"))) || !args->positional().isEmpty()) {
        // What is missing, in words, before the usage line (trial after stop 36: only the usage line).
        QStringList said;
        if (request.kind.isEmpty())
            said << QCoreApplication::translate("samen",
                                                "Say what kind of person you invite: --kind network for family, friends and neighbours, or "
                                                "--kind professional for someone who helps you for their work.");
        if (request.name.isEmpty() && !args->option(QStringLiteral("member")))
            said << QCoreApplication::translate("samen", "Say whom you invite: --name NAME (or --member NAME for someone already written in your plan).");
        said << QCoreApplication::translate(
            "samen",
            "Usage: samen-cli invite create --kind network|professional --name NAME --grant DOMAIN:read|write ... [--relation R] "
            "[--organisation O] [--role R] [--purpose TEXT] [--until YYYY-MM-DD] [--member NAME_OR_ID] [--expires 7d]");
        return ctx.usage(said.join(QLatin1Char('\n')));
    }
    // What this device can check is checked here, in the person's language, before anything is sent (issue 12): the kind
    // as a code or a word in that language (netwerk, hulpverlener; review 2 #19).
    const auto kind = MemberWords::kindCode(request.kind);
    if (!kind)
        return ctx.fail(kind.error());
    request.kind = kind.value();
    if (args->options(QStringLiteral("grant")).isEmpty())
        return ctx.fail(Error { ErrorCode::Validation,
                                QCoreApplication::translate("samen",
                                                            "Say what the person may see with at least one --grant DOMAIN:read or DOMAIN:write, "
                                                            "e.g. --grant money:read. Without it they would see nothing of your plan.") });
    if (const auto expires = args->option(QStringLiteral("expires"))) {
        request.expiresInSeconds = durationSeconds(*expires);
        // The service keeps an invitation open from 1 minute to 7 days (docs/api/openapi.yaml, expiresInSeconds).
        if (request.expiresInSeconds < 60 || request.expiresInSeconds > 7 * 24 * 3600)
            return ctx.fail(Error { ErrorCode::Validation,
                                    QCoreApplication::translate("samen", "--expires wants a duration from 1 minute to 7 days, such as 7d, 24h or 30m.") });
    }
    SAMEN_CLI_OPEN_PLAN(ctx)
    if (Status owner = ctx.requireOwner(QCoreApplication::translate("samen", "Only the plan's owner can invite someone.")); !owner)
        return ctx.fail(owner.error());
    if (const auto member = args->option(QStringLiteral("member"))) {
        // Someone already in the plan (a contact): the invitation makes them the same person at the service.
        auto id = memberEntity(ctx, *member);
        if (!id)
            return ctx.fail(id.error());
        request.memberId = id.value();
        const QJsonObject m = ctx.store().entity(id.value()).value_or(QJsonObject());
        if (request.name.isEmpty())
            request.name = NameRule::tidy(m.value(QStringLiteral("name")).toString());
        request.relation = m.value(QStringLiteral("relation")).toString();
        request.organisation = m.value(QStringLiteral("organisation")).toString();
        request.role = m.value(QStringLiteral("role")).toString();
    } else {
        // A name with a hidden character is refused as such first: it is not "the same name" as a contact's.
        if (Status named = NameRule::validate(request.name, NameRule::Subject::Person); !named)
            return ctx.fail(named.error());
        // Someone already in the plan by this name (a contact without a device of their own): the way to invite them is --member.
        for (const QJsonObject &m : ctx.store().entities(ctx.planId(), QStringLiteral("member"))) {
            if (m.value(QStringLiteral("id")).toString() != ctx.memberId() && TextHygiene::sameName(m.value(QStringLiteral("name")).toString(), request.name)) {
                // Someone removed from the plan (their period ended): invited again as the same person, never blocked by a
                // name member list no longer shows (review 6, #6).
                if (!PlanView::isCurrentMember(m, QDate::currentDate())) {
                    request.memberId = m.value(QStringLiteral("id")).toString();
                    request.relation = m.value(QStringLiteral("relation")).toString();
                    request.organisation = m.value(QStringLiteral("organisation")).toString();
                    request.role = m.value(QStringLiteral("role")).toString();
                    continue;
                }
                const QString name = m.value(QStringLiteral("name")).toString();
                return ctx.fail(Error { ErrorCode::Validation,
                                        QCoreApplication::translate("samen",
                                                                    "%1 is already in your plan. To invite this person to use Samen on a device of "
                                                                    "their own, run: samen-cli invite create --member %2 --kind %3 --grant "
                                                                    "DOMAIN:read. If they use Samen already, change what they may see with: samen-cli "
                                                                    "access set %2 DOMAIN read")
                                            .arg(TextHygiene::isolate(name), CliContext::shellWord(name), MemberWords::kind(request.kind)) });
            }
        }
    }
    // A relation as a code or a word in the person's language (buur, vriend; review 2 #19).
    const auto relation = MemberWords::relationCode(args->value(QStringLiteral("relation"), request.relation));
    if (!relation)
        return ctx.fail(relation.error());
    request.relation = relation.value();
    request.organisation = args->value(QStringLiteral("organisation"), request.organisation).trimmed();
    request.role = args->value(QStringLiteral("role"), request.role).trimmed();
    // The plan's own rules for a member (length, one line, no direction controls, known relation).
    if (Status named = NameRule::validate(request.name, NameRule::Subject::Person); !named)
        return ctx.fail(named.error());
    for (const auto &[field, value] :
         { std::pair { "relation", request.relation }, std::pair { "organisation", request.organisation }, std::pair { "role", request.role } }) {
        if (Status valid = validateField(QStringLiteral("invitation"), QLatin1String(field), value); !valid && !(value.isEmpty() && field[0] != 'n'))
            return ctx.fail(valid.error());
    }
    const QString purpose = args->value(QStringLiteral("purpose")).trimmed();
    if (Status valid = validateField(QStringLiteral("grant"), QStringLiteral("purpose"), purpose); !valid && !purpose.isEmpty())
        return ctx.fail(valid.error());
    if (purpose.size() > 200)
        return ctx.fail(Error { ErrorCode::Validation, QCoreApplication::translate("samen", "The purpose can be at most 200 characters.") });
    for (const QString &g : args->options(QStringLiteral("grant"))) {
        // The domain by its key or its name in words ("Werk en dagbesteding:read", as the refusal lists them).
        const qsizetype colon = g.lastIndexOf(QLatin1Char(':'));
        const QStringList parts { g.left(colon), g.mid(colon + 1).trimmed().toLower() };
        if (colon <= 0 || (parts[1] != QLatin1String("read") && parts[1] != QLatin1String("write")))
            return ctx.fail(Error { ErrorCode::Validation,
                                    QCoreApplication::translate("samen", "A grant looks like DOMAIN:read or DOMAIN:write, e.g. --grant money:read.") });
        // Checked here, before anything reaches the service: an invitation for a domain the plan does not
        // have would be made there and then refused by the plan on this device.
        const auto key = domainNamed(ctx, parts[0]);
        if (!key)
            return ctx.fail(key.error());
        request.grants.append(AccessGrant { key.value(), parts[1], purpose, 0, {} });
    }
    if (const auto until = args->option(QStringLiteral("until"))) {
        auto end = CliNetwork::endOfDay(*until);
        if (!end)
            return ctx.fail(end.error());
        request.untilMs = end.value();
    }
    // How the person invited sees who invites them: the owner's name in the plan.
    for (const QJsonObject &m : ctx.store().entities(ctx.planId(), QStringLiteral("member"))) {
        if (m.value(QStringLiteral("id")).toString() == ctx.memberId())
            request.fromName = m.value(QStringLiteral("name")).toString();
    }
    CliNetwork net(ctx);
    const auto made = net.run<InvitationEntry>([&](auto done) { net.client().invite(request, done); });
    if (!made && made.error().reason == QLatin1String("invitation-open"))
        return ctx.fail(Error { ErrorCode::Conflict,
                                QCoreApplication::translate("samen",
                                                            "%1 has an invitation already that is not used yet. To see it: samen-cli invite list. To give "
                                                            "a new code, withdraw that one first (samen-cli invite withdraw %2), then invite again.")
                                    .arg(TextHygiene::isolate(request.name), CliContext::shellWord(request.name)),
                                {},
                                made.error().reason });
    if (!made && made.error().reason == QLatin1String("joined-waiting")) {
        // Named as they joined, which member let-in always finds; when that is not the name asked for, the way to invite
        // someone else of that name is said too (no dead end for a second Kim).
        const QString joined = made.error().detail.isEmpty() ? request.name : made.error().detail;
        QString text = QCoreApplication::translate("samen",
                                                   "%1 joined with your invitation and is waiting for you to let them in.\n"
                                                   "Next step: samen-cli member let-in %2 (or: samen-cli member decline %2)")
                           .arg(TextHygiene::isolate(joined), CliContext::shellWord(joined));
        if (!TextHygiene::sameName(joined, request.name))
            text += QLatin1Char('\n')
                + QCoreApplication::translate("samen", "Is %1 someone else? Then invite them under a name that tells them apart, such as their full name.")
                      .arg(TextHygiene::isolate(request.name));
        return ctx.fail(Error { ErrorCode::Conflict, text, {}, made.error().reason });
    }
    // Someone with a place in the plan already (they use Samen, or were invited): where to look, and what can be done
    // (trial after stop 36: the sentence alone, a dead end after the --member it suggested).
    if (!made && made.error().code == ErrorCode::Conflict && made.error().reason == QLatin1String("member-id-in-use"))
        return ctx.fail(Error { ErrorCode::Conflict,
                                made.error().message + QLatin1Char('\n')
                                    + QCoreApplication::translate("samen",
                                                                  "See who is in the plan: samen-cli member list. Change what %1 may see: samen-cli "
                                                                  "access set %2 DOMAIN read. Take them out of the plan: samen-cli member revoke %2")
                                          .arg(TextHygiene::isolate(request.name), CliContext::shellWord(request.name)),
                                {},
                                QStringLiteral("has-place") });
    if (!made)
        return ctx.fail(made.error());
    if (Status mirrored = net.mirror().invited(made.value()); !mirrored)
        return ctx.fail(mirrored.error());
    const QString link = InvitationLink::ofDevice(ctx.store(), made->code).toString();
    const QJsonObject out { { QStringLiteral("invitationId"), made->invitationId },
                            { QStringLiteral("memberId"), made->memberId },
                            { QStringLiteral("name"), request.name },
                            { QStringLiteral("code"), made->code },
                            { QStringLiteral("link"), link },
                            { QStringLiteral("expiresAt"), made->expiresMs },
                            { QStringLiteral("grants"), CliNetwork::grantsJson(made->grants) } };
    return ctx.done(
        out,
        QCoreApplication::translate(
            "samen", "Invitation for %1 made. Give them this one-time code or link (they are not shown again):\nCode: %2\nLink: %3\nIt can be used until %4.")
            .arg(TextHygiene::isolate(request.name), made->code, link, CliNetwork::when(made->expiresMs)));
}

int showOffer(CliContext &ctx, const InvitationOffer &offer, const QString &closing, const QStringList &before)
{
    const QString from = offer.fromName.isEmpty() ? QCoreApplication::translate("samen", "The plan's owner") : TextHygiene::isolate(offer.fromName);
    QStringList lines = before;
    lines << QCoreApplication::translate("samen", "%1 invites you to help with their plan.").arg(from);
    QStringList what;
    for (const AccessGrant &g : offer.grants) {
        const QString label = domainLabel(QStringLiteral("default"), g.domainKey);
        QString line = g.access == QLatin1String("write") ? QCoreApplication::translate("samen", "You may see and change %1.").arg(label)
                                                          : QCoreApplication::translate("samen", "You may see %1.").arg(label);
        if (!g.purpose.isEmpty())
            line += QLatin1Char(' ') + QCoreApplication::translate("samen", "Why: %1").arg(TextHygiene::isolate(g.purpose));
        what << QStringLiteral("  ") + line;
    }
    lines << (what.isEmpty() ? QStringList { QStringLiteral("  ") + QCoreApplication::translate("samen", "No life area is offered yet.") } : what);
    if (offer.untilMs)
        lines << QCoreApplication::translate("samen", "Until %1.").arg(QDateTime::fromMSecsSinceEpoch(offer.untilMs).date().toString(Qt::ISODate));
    lines << closing;
    const QJsonObject out { { QStringLiteral("planId"), offer.planId },
                            { QStringLiteral("kind"), offer.kind },
                            { QStringLiteral("from"), offer.fromName },
                            { QStringLiteral("name"), offer.name },
                            { QStringLiteral("grants"), CliNetwork::grantsJson(offer.grants) },
                            { QStringLiteral("until"), offer.untilMs },
                            { QStringLiteral("expiresAt"), offer.expiresMs } };
    return ctx.done(out, lines.join(QLatin1Char('\n')));
}

int cmdJoin(CliContext &ctx)
{
    // --preview is a switch: it takes no value.
    if (ctx.isCaseload())
        return cmdJoinCaseload(ctx);
    QStringList words = ctx.args();
    const bool previewOnly = words.removeAll(QStringLiteral("--preview")) > 0;
    auto args = CliArgs::parse(words,
                               { QStringLiteral("service"), QStringLiteral("pin-sha256"), QStringLiteral("ca-file"), QStringLiteral("enrol-code"),
                                 QStringLiteral("device-name"), QStringLiteral("name") });
    if (!args)
        return ctx.fail(args.error());
    const QString usage
        = QCoreApplication::translate("samen",
                                      "Usage: samen-cli join LINK_OR_CODE [--name NAME] [--preview] [--service https://HOST:PORT] [--pin-sha256 HEX] "
                                      "[--ca-file PEM] [--enrol-code CODE] [--device-name NAME]");
    if (args->positional().size() != 1)
        return ctx.usage(usage);
    // The link a person's first device shows for their next one (samen://device) is taken up as connect LINK takes it:
    // a person who got a link types join or connect alike (review 2, #17).
    if (const QUrl typed(args->positional().first().trimmed()); typed.scheme() == QLatin1String("samen") && typed.host() == QLatin1String("device")) {
        if (previewOnly || args->option(QStringLiteral("name")))
            return ctx.fail(Error { ErrorCode::Usage,
                                    QCoreApplication::translate("samen",
                                                                "This link is for your own next device, not an invitation: there is nothing to preview and "
                                                                "no name to give. In a new data folder: samen-cli --data-dir NEW_FOLDER connect LINK") });
        return connectDevice(ctx, words);
    }
    const auto link = InvitationLink::parse(args->positional().first());
    if (!link)
        return ctx.fail(link.error());
    const QString service = args->option(QStringLiteral("service")).value_or(link->service().toString());
    if (service.isEmpty())
        return ctx.fail(Error { ErrorCode::Usage,
                                QCoreApplication::translate("samen", "A bare code does not say which service to join: add --service https://HOST:PORT.") });
    QStringList trustArgs;
    for (const char *key : { "pin-sha256", "ca-file" }) {
        if (const auto v = args->option(QLatin1String(key)))
            trustArgs << QStringLiteral("--%1").arg(QLatin1String(key)) << *v;
    }
    if (!args->option(QStringLiteral("pin-sha256")) && !link->pin().isEmpty())
        trustArgs << QStringLiteral("--pin-sha256") << link->pin();
    const auto trustParsed = CliArgs::parse(trustArgs, { QStringLiteral("pin-sha256"), QStringLiteral("ca-file") });
    if (!trustParsed)
        return ctx.fail(trustParsed.error());
    const auto typedTrust = trustFromArgs(trustParsed.value());
    if (!typedTrust)
        return ctx.fail(typedTrust.error());
    // The link's pin is the trust anchor, as in the app: a self-signed service whose key matches it is trusted (issue 12).
    const auto trust = anchorOnPin(service, typedTrust.value(), args->option(QStringLiteral("pin-sha256")) ? PinSource::Typed : PinSource::Link);
    if (!trust)
        return ctx.fail(trust.error());
    const QString name = NameRule::tidy(args->value(QStringLiteral("name")));
    if (!name.isEmpty())
        if (Status valid = NameRule::validate(name, NameRule::Subject::Person); !valid)
            return ctx.fail(valid.error());
    const QString deviceName = NameRule::tidy(args->value(QStringLiteral("device-name"), CliContext::defaultDeviceName()));
    if (Status named = NameRule::validate(deviceName, NameRule::Subject::Device); !named)
        return ctx.fail(named.error());
    const QString code = args->value(QStringLiteral("enrol-code"));
    bool hadStore = PlanStore::exists(ctx.dataDir());
    if (hadStore || code.isEmpty()) {
        const auto holdsPlan = ctx.openOrCreateStore();
        if (!holdsPlan)
            return ctx.fail(holdsPlan.error());
        if (holdsPlan.value())
            return ctx.fail(Error { ErrorCode::Conflict,
                                    QCoreApplication::translate("samen", "There is already a plan in %1. Join from a new data folder.").arg(ctx.dataDir()) });
        // A plan file without a plan that never enrolled (left by an older samen-cli) holds nothing: with a code, the
        // folder is taken as an empty one, as connect takes it.
        if (hadStore && !code.isEmpty() && ctx.store().setting(QStringLiteral("sync.deviceId")).isEmpty()) {
            ctx.deleteStoreFiles();
            hadStore = false;
        }
    }
    // With an enrolment code, an empty folder is enrolled first, as connect does: an administrator's code makes a
    // professional's device (a caseload), which then joins the plan. A professional's first join made a person's folder
    // here, that could take up no second citizen's plan (new-user trial after stop 32).
    QString enrolWith = code;
    if (!code.isEmpty() && !hadStore) {
        int exit = ExitOk;
        QJsonObject enrolled;
        switch (enrolEmptyFolder(ctx, service, trust.value(), deviceName, code, &exit, &enrolled)) {
        case FolderEnrolment::Failed:
            return exit;
        case FolderEnrolment::Professional: {
            CaseloadJoinRequest request { args->positional().first(), previewOnly, name, args->value(QStringLiteral("service")), {}, true };
            request.notes << QCoreApplication::translate("samen",
                                                         "Enrolled: this folder is now your professional's device at %1 (the enrolment code is "
                                                         "used up). Join each citizen's plan here with the code they give you.")
                                 .arg(QUrl(service).toString(QUrl::RemovePath | QUrl::RemoveQuery));
            return joinCaseload(ctx, request);
        }
        case FolderEnrolment::Person:
            enrolWith.clear(); // enrolled on the person's account; the one-time code is not sent again
            break;
        }
    } else {
        // A store made for this join goes again when the command fails (ctx.fail), with the folders made for it: a failed
        // join leaves nothing behind (new-user trial after stop 32). Review 3, #5: a preview too.
        ctx.setNewStore(!hadStore);
    }
    // A refusal after this command used an enrolment code says that the folder keeps the enrolment, and what is next.
    auto failKept = [&ctx, &code](Error error) {
        if (code.isEmpty())
            return ctx.fail(error);
        error.message += QLatin1Char('\n')
            + QCoreApplication::translate("samen",
                                          "This folder stays connected to the service (the enrolment code is used up): join again here with "
                                          "a right or new invitation code; the enrolment code is not needed again.");
        return ctx.fail(error);
    };
    auto session = std::make_unique<CliSync>(ctx);
    if (Status configured = session->client.configure(QUrl(service), trust.value()); !configured) {
        session.reset();
        return ctx.fail(configured.error());
    }
    const auto connected = await<QJsonObject>([&](SyncClient::Done<QJsonObject> done) { session->client.connectService(deviceName, enrolWith, done); });
    if (!connected) {
        // A refused enrolment code is said as such (SyncHttp::enrolmentFailed), not as a sign-in that failed.
        const bool enrolled = !ctx.store().setting(QStringLiteral("sync.deviceId")).isEmpty();
        const Error failed = !code.isEmpty() && !enrolled ? connected.error() : NetworkClient::plainError(connected.error(), NetworkClient::Action::Join);
        session.reset();
        if (code.isEmpty() || !enrolled)
            return ctx.fail(failed);
        ctx.setNewStore(false); // the code is used: its enrolment is kept for the next try, and the error says so
        return failKept(failed);
    }
    if (!code.isEmpty())
        ctx.setNewStore(false);
    auto client = std::make_unique<NetworkClient>(session->client, ctx.store());
    if (previewOnly) {
        const auto offer = await<InvitationOffer>([&](SyncClient::Done<InvitationOffer> done) { client->preview(link->code(), done); });
        // A preview changes nothing, and leaves no store in a folder that had none (review 3, #5), unless that store holds
        // an enrolment made with a one-time code (kept for the join that follows: the code cannot be used twice).
        if (code.isEmpty()) {
            client.reset();
            session.reset();
            ctx.dropNewStore();
        }
        if (!offer)
            return failKept(offer.error());
        // The command to accept, as it can be pasted: a bare code needs the service and how to trust it, as typed here
        // (new-user trial after stop 32: only the code was named).
        QStringList accept { CliContext::shellWord(args->positional().first().trimmed()) };
        if (link->service().isEmpty()) {
            for (const char *key : { "service", "pin-sha256", "ca-file" }) {
                if (const auto v = args->option(QLatin1String(key)))
                    accept << QStringLiteral("--%1").arg(QLatin1String(key)) << CliContext::shellWord(*v);
            }
        }
        return showOffer(
            ctx, offer.value(),
            QCoreApplication::translate("samen", "Nothing has changed yet.") + QLatin1Char(' ')
                + QCoreApplication::translate("samen", "To accept: samen-cli join %1\nTo be shown in the plan under another name, add: --name \"YOUR NAME\"")
                      .arg(accept.join(QLatin1Char(' '))));
    }
    const auto joined = await<JoinResult>([&](SyncClient::Done<JoinResult> done) { client->join(link->code(), name, done); });
    if (!joined)
        return failKept(joined.error());
    // Who invited, as SyncClient::joinPlan saved it: whom this device waits for.
    const QString from = ctx.store().setting(QStringLiteral("join.from"));
    const QJsonObject out { { QStringLiteral("planId"), joined->planId },
                            { QStringLiteral("memberId"), joined->memberId },
                            { QStringLiteral("status"), joined->status },
                            { QStringLiteral("name"), joined->name },
                            { QStringLiteral("from"), from } };
    return ctx.done(out,
                    from.isEmpty()
                        ? QCoreApplication::translate("samen", "You asked to join the plan. Once its owner lets you in, run samen-cli sync to receive it.")
                        : QCoreApplication::translate("samen", "You asked to join %1's plan. Once %1 lets you in, run samen-cli sync to receive it.")
                              .arg(TextHygiene::isolate(from)));
}

int cmdJoinConfirm(CliContext &ctx)
{
    return cmdMemberLetIn(ctx);
}

} // namespace samen::cli
