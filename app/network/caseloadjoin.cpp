#include "network/caseloadjoin.h"

#include "domain/texthygiene.h"
#include "network/networkclient.h"
#include "network/networkjson.h"
#include "sync/caseloadsync.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

namespace samen {

namespace {
/** True when both addresses name one service: scheme, host (any case) and port (443 when not given). */
bool sameAddress(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(443) == b.port(443);
}
} // namespace

Result<InvitationLink> CaseloadJoin::parse(const QString &typed)
{
    // Said for what it is (review 3, #16: "this is not an invitation code or link" for a link that is one).
    if (const QUrl url(typed.trimmed()); url.scheme() == QLatin1String("samen") && url.host() == QLatin1String("device"))
        return Error { ErrorCode::Usage,
                       QCoreApplication::translate("samen",
                                                   "This link is for a person's next device of their own, not an invitation to a citizen's plan: "
                                                   "a professional's device cannot take it up. Nothing was changed. To add a plan to your "
                                                   "caseload, ask the citizen for an invitation.") };
    return InvitationLink::parse(typed);
}

Status CaseloadJoin::sameService(const InvitationLink &link, const CaseloadSync &sync)
{
    // A caseload holds the plans of the one service the device is enrolled at: a link naming another is said to be so,
    // not taken up here (review 3, #32), where its code would fail without a reason or, worse, match another plan.
    if (!link.hasService() || !sync.isConfigured() || sameAddress(link.service(), sync.serviceUrl()))
        return {};
    return Status::fail(
        ErrorCode::Conflict,
        QCoreApplication::translate("samen",
                                    "This invitation is for the service at %1, and this professional's device is enrolled at "
                                    "%2. A caseload holds the plans of its own service only. Nothing was changed: ask the "
                                    "citizen or your administrator which service the plan is at.")
            .arg(link.service().toString(QUrl::RemovePath | QUrl::RemoveQuery), sync.serviceUrl().toString(QUrl::RemovePath | QUrl::RemoveQuery)));
}

Result<QString> CaseloadJoin::code(const QString &typed, const CaseloadSync &sync)
{
    const auto link = parse(typed);
    if (!link)
        return link.error();
    if (Status same = sameService(link.value(), sync); !same)
        return same.error();
    return link->code();
}

void CaseloadJoin::preview(CaseloadSync &sync, const QString &code, Done<InvitationOffer> done)
{
    sync.call(
        "POST", QStringLiteral("/v1/invitations/preview"), QJsonObject { { QStringLiteral("code"), code } },
        [done = std::move(done)](const Result<QJsonObject> &looked) {
            if (looked)
                done(NetworkJson::offer(looked.value()));
            else
                done(NetworkClient::plainError(looked.error(), NetworkClient::Action::Preview));
        },
        true);
}

void CaseloadJoin::look(CaseloadSync &sync, const QString &code, Done<Look> done)
{
    preview(sync, code, [code, done = std::move(done)](const Result<InvitationOffer> &offer) {
        if (!offer) {
            done(offer.error());
            return;
        }
        if (Status admitted = admits(offer.value()); !admitted) {
            done(admitted.error());
            return;
        }
        done(Look { code, offer.value() });
    });
}

Status CaseloadJoin::admits(const InvitationOffer &offer)
{
    // A caseload holds the plans one works on as a professional: an invitation for family, a friend or anyone else in
    // the citizen's network is not taken up on it (review 3, #26; docs/architecture.md). The service shows the owner
    // such an account as the professional it is, whichever device redeems.
    if (offer.kind == QLatin1String("professional"))
        return {};
    const QString who = inviter(offer);
    return Status::fail(ErrorCode::Conflict,
                        QCoreApplication::translate("samen",
                                                    "This invitation from %1 is for someone in their own circle (%2), not for a professional: "
                                                    "a professional's device does not take it up, and it was not used. If %1 meant you as a "
                                                    "professional, ask for an invitation for a professional.")
                            .arg(who, offer.name.isEmpty() ? who : TextHygiene::isolate(offer.name)));
}

QString CaseloadJoin::inviter(const InvitationOffer &offer)
{
    return offer.fromName.isEmpty() ? QCoreApplication::translate("samen", "the citizen") : TextHygiene::isolate(offer.fromName);
}

} // namespace samen
