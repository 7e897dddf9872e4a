#pragma once

#include "core/result.h"
#include "network/invitationlink.h"
#include "network/networkshapes.h"

#include <QString>

#include <functional>

namespace samen {

class CaseloadSync;

/**
 * The one rule for what a professional's device (a caseload) takes up when it joins a citizen's plan, used by
 * samen-cli join and by the app's caseload alike (review 5 of issue 14, #1: the app took up an invitation the CLI
 * refused): an invitation (not a person's next-device link) of the service the device is enrolled at, made for a
 * professional (not for family, a friend or anyone else in the citizen's own circle). Each refusal is one plain,
 * translated sentence with a next step; nothing is changed and the invitation stays unused.
 * Threading rule: the CaseloadSync's thread.
 */
class CaseloadJoin
{
public:
    template<typename T> using Done = std::function<void(const Result<T> &)>;

    /** What the invitation offers, with the bare code that redeems it. */
    struct Look {
        QString code;
        InvitationOffer offer;
    };

    /**
     * The invitation in what was typed (a code or a samen://join link), checked before the caseload is even opened:
     * a person's next-device link is refused (Usage), and what is no invitation gets InvitationLink's own error.
     */
    static Result<InvitationLink> parse(const QString &typed);
    /** Conflict when the link names another service than the one `sync` is enrolled at; ok for a bare code. */
    static Status sameService(const InvitationLink &link, const CaseloadSync &sync);
    /** parse and sameService in one: the bare code to redeem, or the refusal. The sentences name no ids. */
    static Result<QString> code(const QString &typed, const CaseloadSync &sync);
    /**
     * Asks the service what the invitation offers (POST /v1/invitations/preview: nothing changes); done gets the
     * offer or the plain error (NetworkClient::plainError for a Preview: unknown, used, withdrawn, expired, offline).
     */
    static void preview(CaseloadSync &sync, const QString &code, Done<InvitationOffer> done);
    /** preview, then admits(): done gets the look, or the plain error or refusal. */
    static void look(CaseloadSync &sync, const QString &code, Done<Look> done);
    /**
     * Ok when a professional's device takes the offer up; Conflict with the plain sentence and next step when it was
     * made for someone in the citizen's own circle (kind other than "professional").
     */
    static Status admits(const InvitationOffer &offer);
    /** Who invites, isolated for a sentence (TextHygiene::isolate); "the citizen" when the owner gave no name. */
    static QString inviter(const InvitationOffer &offer);
};

} // namespace samen
