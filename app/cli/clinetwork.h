#pragma once

#include "cli/clicontext.h"
#include "cli/clisync.h"
#include "network/networkclient.h"
#include "network/networkmirror.h"

namespace samen::cli {

/**
 * What the people commands share: a SyncClient session, the NetworkClient over it,
 * the owner's NetworkMirror, waiting for answers, finding a person by name or id,
 * and the words for access.
 */
class CliNetwork
{
public:
    explicit CliNetwork(CliContext &ctx);

    /** Runs one NetworkClient call to its end. */
    template<typename T> Result<T> run(const std::function<void(NetworkClient::Done<T>)> &start)
    {
        return await<T>([&](SyncClient::Done<T> done) { start(done); });
    }
    NetworkClient &client() { return m_client; }
    NetworkMirror &mirror() { return m_mirror; }
    /**
     * Sends what the mirror wrote into the plan (someone let in, their grants, an end date, an invitation) at once,
     * in one sync round, so the other devices have it at their next sync, as the app does after every change (review 2,
     * finding 14; review 3, finding 1). False when it could not be sent now: the next `samen-cli sync` sends it.
     */
    bool sendMirrored();
    SyncClient &sync() { return m_session.client; }
    /** True when the service lists this device's member as the plan's owner, so its plan mirrors the service. */
    static bool isOwner(const PeopleList &people);
    /**
     * The person a command names: a member id, or a name (of a person the service lists,
     * or of a member entity of the plan with that id), ignoring case; when nobody uses that name, whom their invitation
     * was for or the name the operator registered (a professional invited as "André" who joined as "André de Vries").
     * NotFound or Conflict (two people of that name) in plain words; `where` limits to "pending" or "active" ("" any).
     */
    Result<PersonEntry> find(const PeopleList &people, const QString &nameOrId, const QString &where) const;
    /** find() among the people the service lists now (one members request); its errors, or the request's. */
    Result<PersonEntry> person(const QString &nameOrId, const QString &where);
    /** The plan's name for a member (its member entity), else the name the service has (for the owner on a member's device: join.from); isolated, for text. */
    QString nameOf(const PersonEntry &person) const;
    /** The same name as it is, for JSON ("" when there is none). */
    QString plainNameOf(const PersonEntry &person) const;

    /** "may see Housing; may see and change Money and debts", or "no access". */
    QString accessWords(const QList<AccessGrant> &grants) const;
    /** A domain key as its label in the plan's framework. */
    QString domainLabel(const QString &key) const;
    /** A relation, in words ("friend"), or empty (MemberWords::relation). */
    static QString relationWord(const QString &relation);
    /** Grants as samen-cli prints them with --json: [{domainKey, access, purpose, until?}]. */
    static QJsonArray grantsJson(const QList<AccessGrant> &grants);
    /** " This lasts until YYYY-MM-DD." when the grant of domainKey among grants has an end, else "" (translated). */
    static QString endSentence(const QList<AccessGrant> &grants, const QString &domainKey);
    /** A service time (epoch ms) as "yyyy-MM-dd HH:mm", local time. */
    static QString when(qint64 ms);
    /** A date written YYYY-MM-DD as the end of that day (epoch ms); Validation error when it is not a future date. */
    static Result<qint64> endOfDay(const QString &text);

private:
    CliContext &m_ctx;
    CliSync m_session;
    NetworkClient m_client;
    NetworkMirror m_mirror;
};

} // namespace samen::cli
