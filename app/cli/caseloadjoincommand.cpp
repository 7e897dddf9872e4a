#include "cli/caseloadcommands.h"

#include "cli/clicontext.h"
#include "cli/clisync.h"
#include "cli/networkcommands.h"
#include "domain/namerule.h"
#include "domain/texthygiene.h"
#include "network/caseloadjoin.h"
#include "network/invitationlink.h"
#include "network/networkclient.h"
#include "store/caseloadfolder.h"
#include "sync/caseloadsync.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace samen::cli {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/** Lines said before the result, then the result: one text. */
QString withNotes(const QStringList &notes, const QString &text)
{
    return notes.isEmpty() ? text : notes.join(QLatin1Char('\n')) + QLatin1Char('\n') + text;
}

} // namespace

int cmdJoinCaseload(CliContext &ctx)
{
    // --preview is a switch, as on a person's device (review 3, #5: it was refused here, so a professional joined blind).
    QStringList words = ctx.args();
    CaseloadJoinRequest request;
    request.preview = words.removeAll(QStringLiteral("--preview")) > 0;
    // A person's join options are taken too: the command a professional typed for their first join (with the enrolment
    // code, which made this device), typed again, said "Unknown option" here (new-user trial after stop 32).
    auto args = CliArgs::parse(words,
                               { QStringLiteral("name"), QStringLiteral("service"), QStringLiteral("pin-sha256"), QStringLiteral("ca-file"),
                                 QStringLiteral("enrol-code"), QStringLiteral("device-name") });
    if (!args)
        return ctx.fail(args.error());
    if (args->positional().size() != 1)
        return ctx.usage(QCoreApplication::translate("samen", "Usage on a professional's device: samen-cli join LINK_OR_CODE [--preview] [--name NAME]"));
    request.typed = args->positional().first();
    request.service = args->value(QStringLiteral("service"));
    request.name = NameRule::tidy(args->value(QStringLiteral("name")));
    if (!request.name.isEmpty())
        if (Status valid = NameRule::validate(request.name, NameRule::Subject::Person); !valid)
            return ctx.fail(valid.error());
    if (args->option(QStringLiteral("enrol-code")))
        request.notes << QCoreApplication::translate("samen",
                                                     "This professional's device is enrolled already, so the enrolment code was not used "
                                                     "(a code that enrolled it before is used up).");
    if (args->option(QStringLiteral("pin-sha256")) || args->option(QStringLiteral("ca-file")))
        request.notes << QCoreApplication::translate("samen",
                                                     "This device trusts its service as it did when it was enrolled: --ca-file and --pin-sha256 "
                                                     "were not used.");
    if (args->option(QStringLiteral("device-name")))
        request.notes << QCoreApplication::translate("samen", "The device keeps the name it was enrolled with: --device-name was not used.");
    return joinCaseload(ctx, request);
}

int joinCaseload(CliContext &ctx, const CaseloadJoinRequest &request)
{
    // A refusal says the notes first: a join that enrolled this folder says so also when the invitation is refused.
    auto fail = [&ctx, &request](Error error) {
        error.message = withNotes(request.notes, error.message);
        return ctx.fail(error);
    };
    // What a caseload takes up is one rule, the app's too (CaseloadJoin): the link, its service, then the offer's kind.
    auto link = CaseloadJoin::parse(request.typed);
    if (!link)
        return fail(link.error());
    if (!link->hasService() && !request.service.isEmpty()) // a bare code with --service: that service is checked as a link's
        link = InvitationLink(QUrl(request.service), link->pin(), link->code());
    if (Status opened = ctx.openCaseload(); !opened)
        return fail(opened.error());
    QNetworkAccessManager network;
    CaseloadSync sync(ctx.caseload(), network);
    if (Status same = CaseloadJoin::sameService(link.value(), sync); !same)
        return fail(same.error());
    // An invitation this device used already: said as the plan it brought, not as one to ask a new invitation for (its
    // look says "already used"; the citizen then could not invite the same name again: new-user trial after stop 33).
    if (const QString joined = sync.joinedWith(link->code()); !joined.isEmpty()) {
        const QJsonObject row = ctx.caseload().device().row(joined);
        const QString citizen = str(row, "citizen");
        const QString named = citizen.isEmpty() ? QCoreApplication::translate("samen", "the citizen") : TextHygiene::isolate(citizen);
        return fail(Error {
            ErrorCode::Conflict,
            row.value(QStringLiteral("waiting")).toBool()
                ? QCoreApplication::translate("samen",
                                              "You used this invitation already: %1's plan is in your caseload, waiting for %1 to let "
                                              "you in. Nothing else is needed; once %1 has, run samen-cli sync.")
                      .arg(named)
                : QCoreApplication::translate("samen", "You used this invitation already: %1's plan is in your caseload (samen-cli caseload).").arg(named) });
    }
    const QString again = CliContext::shellWord(request.typed.trimmed());
    // An offer for a plan in the caseload already is not taken up again. A preview says it too (with CaseloadJoin::admits,
    // which look() checks for a join), instead of a join that would be refused (trial after stop 35).
    auto hereAlready = [&ctx](const InvitationOffer &offer) -> Status {
        if (!ctx.caseload().device().planIds().contains(offer.planId))
            return {};
        // Here already: still waiting to be let in, or in.
        return Status::fail(ErrorCode::Conflict,
                            (ctx.caseload().device().row(offer.planId).value(QStringLiteral("waiting")).toBool()
                                 ? QCoreApplication::translate("samen",
                                                               "You asked to join %1's plan already: it is in your caseload, waiting for %1 to let you in. "
                                                               "The invitation was not used; %1 may withdraw it.")
                                 : QCoreApplication::translate("samen",
                                                               "You are in %1's plan already: it is in your caseload (samen-cli caseload). The invitation "
                                                               "was not used; %1 may withdraw it."))
                                .arg(CaseloadJoin::inviter(offer)));
    };
    // Looked at first, whether to join or only to look: who invites, for which plan and what (nothing changes).
    if (request.preview) {
        // Only looking: an offer this device would refuse is shown too, so the professional sees what it is.
        const auto looked = await<InvitationOffer>([&](CaseloadJoin::Done<InvitationOffer> done) { CaseloadJoin::preview(sync, link->code(), done); });
        if (!looked)
            return fail(looked.error());
        Status refused = CaseloadJoin::admits(looked.value());
        if (refused)
            refused = hereAlready(looked.value());
        const QString closing = !refused ? refused.error().message
            : request.enrolled           ? QCoreApplication::translate("samen", "The plan is not in your caseload yet. To add it: samen-cli join %1").arg(again)
                                         : QCoreApplication::translate("samen", "Nothing has changed yet.") + QLatin1Char(' ')
                + QCoreApplication::translate("samen", "To add the plan to your caseload: samen-cli join %1").arg(again);
        return showOffer(ctx, looked.value(), closing, request.notes);
    }
    const auto looked = await<CaseloadJoin::Look>([&](CaseloadJoin::Done<CaseloadJoin::Look> done) { CaseloadJoin::look(sync, link->code(), done); });
    if (!looked)
        return fail(looked.error());
    const InvitationOffer &offer = looked->offer;
    const QString who = CaseloadJoin::inviter(offer);
    if (Status refused = hereAlready(offer); !refused)
        return fail(refused.error());
    const auto joined = await<QJsonObject>([&](SyncClient::Done<QJsonObject> done) { sync.join(link->code(), request.name, done); });
    if (!joined && joined.error().code == ErrorCode::Conflict && joined.error().reason != QLatin1String("name-taken"))
        // The account is in the plan already (joined from another device, or erased here): review 4, finding 3 (no next step).
        return fail(Error { ErrorCode::Conflict,
                            QCoreApplication::translate("samen",
                                                        "The service has you in %1's plan already, though the plan is not on this device. The "
                                                        "invitation was not used. To have the plan here: samen-cli caseload restore")
                                .arg(who),
                            joined.error().detail, joined.error().reason });
    if (!joined)
        return fail(NetworkClient::plainError(joined.error(), NetworkClient::Action::Join));
    const QString planId = str(joined.value(), "planId");
    const QJsonObject row = ctx.caseload().device().row(planId);
    const QString citizen = str(row, "citizen");
    QJsonObject out = joined.value();
    out.insert(QStringLiteral("citizen"), citizen);
    out.insert(QStringLiteral("waiting"), row.value(QStringLiteral("waiting")).toBool());
    out.insert(QStringLiteral("plans"), int(ctx.caseload().device().planIds().size()));
    if (!request.notes.isEmpty())
        out.insert(QStringLiteral("notes"), QJsonArray::fromStringList(request.notes)); // --json: what the text says first
    const QString named = citizen.isEmpty() ? QCoreApplication::translate("samen", "the citizen") : TextHygiene::isolate(citizen);
    return ctx.done(
        out,
        withNotes(request.notes,
                  row.value(QStringLiteral("waiting")).toBool()
                      ? QCoreApplication::translate("samen", "You asked to join %1's plan; it is in your caseload. Once %1 lets you in, run samen-cli sync.")
                            .arg(named)
                      : QCoreApplication::translate("samen", "%1's plan is now in your caseload: samen-cli caseload").arg(named)));
}

} // namespace samen::cli
