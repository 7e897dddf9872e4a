#include "network/networkclient.h"

#include "domain/namerule.h"
#include "domain/texthygiene.h"
#include "network/networkjson.h"
#include "store/accesslogcopy.h"
#include "store/planstore.h"
#include "sync/syncclient.h"
#include "sync/synchttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace samen {

namespace {

/**
 * Whether someone who joined and waits to be let in (p, status pending) is likely the person an invitation for name would
 * be for: the same member, or name is the name they joined under, the name their invitation was made for, their name as
 * registered at the service (professionals), or the first word of one of those ("Kim" for "Kim de Boer"; trial after
 * stop 36: "André" was invited again while "André de Vries" waited). A different person of that first name is invited
 * under a fuller name, which no longer matches.
 */
bool waitsAs(const PersonEntry &p, const QString &name, const QString &memberId)
{
    if (!memberId.isEmpty() && p.memberId == memberId)
        return true;
    for (const QString &known : { p.name, p.invitedName, p.registeredName }) {
        if (TextHygiene::sameName(known, name))
            return true;
    }
    return NetworkClient::isFirstNameOf(p, name);
}

// Ids travel in paths: only what the service makes (UUIDs) and nothing that could change the path.
bool isPlainId(const QString &id)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return form.match(id).hasMatch();
}

bool ownerAction(NetworkClient::Action a)
{
    using A = NetworkClient::Action;
    return a == A::Invite || a == A::LetIn || a == A::Decline || a == A::SetAccess || a == A::Remove || a == A::Withdraw || a == A::Invitations
        || a == A::AuditLog;
}

/**
 * Keeps a complete fetch of planId's access log as the device's copy, which the FHIR export
 * carries (AccessLogCopy::keepFetched; docs/fhir.md, "The access log"), when that plan is still
 * the store's.
 */
void keepCopy(PlanStore &store, const AuditLogPage &page, const QString &planId)
{
    if (store.setting(QStringLiteral("planId")) != planId)
        return; // the plan changed while the log was fetched: the copy belongs to no plan here
    QList<AccessLogRecord> records;
    for (const AuditEntry &e : page.entries) {
        AccessLogRecord r;
        r.seq = e.seq;
        r.atMs = e.atMs;
        r.byAdministrator = e.actor == QLatin1String("admin");
        r.actorMemberId = e.actorMemberId;
        r.action = e.action;
        r.entityType = e.entityType;
        r.domainKey = e.domainKey;
        r.memberId = e.memberId;
        r.count = e.count;
        records.append(r);
    }
    if (const Status kept = AccessLogCopy::keepFetched(store, records, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)); !kept)
        qWarning("the access log's copy could not be kept on this device");
}

} // namespace

NetworkClient::NetworkClient(SyncClient &client, PlanStore &store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
}

Error NetworkClient::plainError(const Error &error, Action action)
{
    using A = Action;
    QString sentence;
    switch (error.code) {
    case ErrorCode::Network:
        sentence = tr("Could not reach the service. Check the internet connection and try again.");
        break;
    case ErrorCode::Permission:
        // SyncHttp says these in the person's language: a revoked device, and a service this device does not trust (its
        // certificate or pin), which is not a refused sign-in (trial after stop 40).
        sentence = error.reason == QLatin1String("device-revoked") || SyncHttp::isTlsRefusal(error) ? error.message
            : error.reason == QLatin1String("professional-only")
            ? tr("This invitation is for a professional whom the service has registered, and this device is not connected as one. If you are that "
                 "professional, join with the enrolment code your service's administrator gave you as well. Otherwise, ask the person who "
                 "invited you.")
            : ownerAction(action) ? tr("Only the owner of this plan may do this.")
                                  : tr("This device could not sign in to the service.");
        break;
    case ErrorCode::NotFound:
        sentence = action == A::Preview || action == A::Join ? tr("This invitation code is not known. Check it, or ask for a new invitation.")
            : action == A::LetIn || action == A::Decline     ? tr("This person is no longer waiting to join.")
            : action == A::SetAccess || action == A::Remove  ? tr("This person is no longer in the plan.")
            : action == A::Withdraw                          ? tr("This invitation no longer exists.")
            : action == A::RevokeDevice                      ? tr("This device is not one of yours.")
                                                             : tr("The service does not know this plan, or you are not in it.");
        break;
    case ErrorCode::Conflict: {
        const bool named = error.reason == QLatin1String("name-taken");
        const bool lastDevice = error.reason == QLatin1String("last-device");
        sentence = named            ? nameTakenSentence(action)
            : lastDevice            ? thisDeviceSentence()
            : action == A::Invite   ? tr("This person already has a place in the plan or an open invitation.")
            : action == A::Join     ? tr("You are already in this plan, or this device already holds a plan.")
            : action == A::LetIn    ? tr("This person is not waiting to be let in.")
            : action == A::Withdraw ? tr("This invitation was already used or withdrawn.")
            : action == A::Remove   ? tr("You cannot remove yourself from your own plan.")
                                    : tr("This clashes with a change made in the meantime. Look again and try once more.");
        break;
    }
    case ErrorCode::Validation:
        sentence = error.reason == QLatin1String("unknown-domain")
            ? tr("This plan does not have one of these life areas. Access can only be given to the plan's own life areas.")
            : action == A::Preview || action == A::Join ? tr("This invitation was already used, withdrawn, or has expired. Ask for a new one.")
                                                        : tr("The service did not accept what was entered. Check the names, dates and texts.");
        break;
    case ErrorCode::Usage:
        sentence = tr("This device is not connected to a service yet.");
        break;
    default:
        sentence = tr("Something went wrong. Try again later.");
        break;
    }
    // Only the person's language: the service's English stays in Error::detail (and the debug log), never in the sentence.
    return Error { error.code, sentence, error.detail, error.reason };
}

QString NetworkClient::thisDeviceSentence()
{
    return tr("This is the device you are using, and revoking it cannot be undone. Revoke it from another of your devices, or erase the "
              "plan from this one.");
}

QString NetworkClient::nameTakenSentence(Action action)
{
    if (action == Action::LetIn)
        return tr("Someone in your plan already has this name, so this person cannot be let in under it. Decline them and invite them again "
                  "under a name that tells them apart, for example with their surname.");
    return action == Action::Join ? tr("Someone in this plan already has this name. Join under a name that tells you apart, for example with your surname.")
                                  : tr("Someone in this plan already has this name. Invite this person under a name that tells them apart, for example with "
                                       "their surname.");
}

QString NetworkClient::planPath(const QString &suffix) const
{
    return QStringLiteral("/v1/plans/%1%2").arg(m_store.setting(QStringLiteral("planId")), suffix);
}

void NetworkClient::request(const QByteArray &verb, const QString &path, const QJsonObject &body, Action action,
                            const std::function<void(const QJsonObject &)> &use, const std::function<void(const Error &)> &fail)
{
    m_client.call(verb, path, body, [use, fail, action](const Result<QJsonObject> &r) {
        if (r)
            use(r.value());
        else
            fail(plainError(r.error(), action));
    });
}

void NetworkClient::members(Done<PeopleList> done)
{
    auto fail = [done](const Error &e) { done(e); };
    request(
        "GET", planPath(QStringLiteral("/members")), {}, Action::Members,
        [this, done, fail](const QJsonObject &m) {
            request(
                "GET", planPath(QStringLiteral("/grants")), {}, Action::Members,
                [this, done, m](const QJsonObject &g) {
                    PeopleList list;
                    list.you = m.value(QStringLiteral("you")).toString();
                    QHash<QString, QList<AccessGrant>> grantsOf;
                    for (const QJsonValue &v : g.value(QStringLiteral("grants")).toArray())
                        grantsOf[v[QStringLiteral("memberId")].toString()].append(NetworkJson::grant(v.toObject()));
                    m_people.clear();
                    for (const QJsonValue &v : m.value(QStringLiteral("members")).toArray()) {
                        PersonEntry p = NetworkJson::person(v.toObject());
                        p.grants = grantsOf.value(p.memberId);
                        m_people.insert(p.memberId, p);
                        list.people.append(p);
                    }
                    done(list);
                },
                fail);
        },
        fail);
}

void NetworkClient::invite(const InvitationRequest &invitation, Done<InvitationEntry> done)
{
    // A person's name enters here for the app and samen-cli alike: the name rule, in the person's language, before
    // anything is sent (the service refuses the same).
    InvitationRequest checked = invitation;
    checked.name = NameRule::tidy(invitation.name);
    if (Status named = NameRule::validate(checked.name, NameRule::Subject::Person); !named) {
        done(named.error());
        return;
    }
    // Names are unique per plan (the service refuses the same, 409 name-taken): someone already in it is invited by
    // their member id, anyone else under a name that tells them apart.
    for (const QJsonObject &m : m_store.entities(m_store.setting(QStringLiteral("planId")), QStringLiteral("member"))) {
        if (m.value(QStringLiteral("id")).toString() != checked.memberId && TextHygiene::sameName(m.value(QStringLiteral("name")).toString(), checked.name)) {
            done(Error { ErrorCode::Validation, nameTakenSentence(Action::Invite) });
            return;
        }
    }
    // Who invites: the owner's name in the plan, only as a label; what the rule refuses in it is left out.
    checked.fromName = NameRule::tidy(TextHygiene::withoutInvisible(invitation.fromName));
    if (!NameRule::validate(checked.fromName, NameRule::Subject::Person))
        checked.fromName.clear();
    // One open invitation per person (review 2, #20): a second code for someone invited already is refused in words,
    // with the first one named, so nobody gets codes that all work and a list that needs ids to tell them apart.
    // Read as an invitation's failure: "the invitation could not be made".
    request(
        "GET", planPath(QStringLiteral("/invitations")), {}, Action::Invite,
        [this, checked, done](const QJsonObject &open) {
            for (const QJsonValue &v : open.value(QStringLiteral("invitations")).toArray()) {
                const InvitationEntry i = NetworkJson::invitation(v.toObject());
                if ((!checked.memberId.isEmpty() && i.memberId == checked.memberId) || TextHygiene::sameName(inviteeName(i), checked.name)) {
                    done(Error { ErrorCode::Conflict, openInvitationSentence(checked.name, i.expiresMs), {}, QStringLiteral("invitation-open") });
                    return;
                }
            }
            // Someone who joined under this name, or with an invitation made for it, and waits to be let in: the next
            // step is letting them in, not a second invitation (trial after stop 35: "someone already has this name",
            // or a second code when they had joined under a longer name).
            members([this, checked, done](const Result<PeopleList> &people) {
                if (!people) {
                    done(people.error());
                    return;
                }
                for (const PersonEntry &p : people->people) {
                    if (p.status == QLatin1String("pending") && waitsAs(p, checked.name, checked.memberId)) {
                        const QString joinedAs = p.name.isEmpty() ? checked.name : p.name;
                        done(Error { ErrorCode::Conflict, waitingSentence(joinedAs), joinedAs, QStringLiteral("joined-waiting") });
                        return;
                    }
                }
                request(
                    "POST", planPath(QStringLiteral("/invitations")), NetworkJson::invitationBody(checked), Action::Invite,
                    [this, done](const QJsonObject &o) {
                        emit networkChanged();
                        done(NetworkJson::invitation(o));
                    },
                    [done](const Error &e) { done(e); });
            });
        },
        [done](const Error &e) { done(e); });
}

bool NetworkClient::isFirstNameOf(const PersonEntry &person, const QString &name)
{
    if (name.trimmed().contains(QLatin1Char(' ')))
        return false;
    for (const QString &known : { person.name, person.invitedName, person.registeredName }) {
        if (TextHygiene::sameName(known.trimmed().section(QLatin1Char(' '), 0, 0), name))
            return true;
    }
    return false;
}

QString NetworkClient::waitingSentence(const QString &name)
{
    return tr("%1 joined with your invitation and is waiting for you to let them in. Let them in, or decline them, on the People page.")
        .arg(TextHygiene::isolate(name));
}

QString NetworkClient::inviteeName(const InvitationEntry &invitation) const
{
    return !invitation.name.isEmpty() ? invitation.name : m_store.setting(QStringLiteral("invitation.%1.name").arg(invitation.invitationId));
}

QString NetworkClient::openInvitationSentence(const QString &name, qint64 expiresMs)
{
    return tr("%1 has an invitation already that is not used yet (it can be used until %2). To give a new code, withdraw that one first "
              "under \"Invitations not used yet\" on the People page, then invite again.")
        .arg(TextHygiene::isolate(name), QLocale().toString(QDateTime::fromMSecsSinceEpoch(expiresMs), QLocale::ShortFormat));
}

void NetworkClient::preview(const QString &code, Done<InvitationOffer> done)
{
    request(
        "POST", QStringLiteral("/v1/invitations/preview"), { { QStringLiteral("code"), code } }, Action::Preview,
        [done](const QJsonObject &o) { done(NetworkJson::offer(o)); }, [done](const Error &e) { done(e); });
}

void NetworkClient::join(const QString &code, const QString &name, Done<JoinResult> done)
{
    // The name rule said here, in the person's words (SyncClient::joinPlan checks again; its refusals read as the service's).
    if (const QString tidied = NameRule::tidy(name); !tidied.isEmpty()) {
        if (Status named = NameRule::validate(tidied, NameRule::Subject::Person); !named) {
            done(named.error());
            return;
        }
    }
    m_client.joinPlan(code, name, [done](const Result<QJsonObject> &r) {
        if (!r) {
            done(plainError(r.error(), Action::Join));
            return;
        }
        done(JoinResult { r->value(QStringLiteral("planId")).toString(), r->value(QStringLiteral("memberId")).toString(),
                          r->value(QStringLiteral("status")).toString(), r->value(QStringLiteral("name")).toString() });
    });
}

void NetworkClient::letIn(const QString &memberId, Done<PersonEntry> done)
{
    if (!isPlainId(memberId)) {
        done(plainError(Error { ErrorCode::NotFound, {} }, Action::LetIn));
        return;
    }
    // Checked here before the service lets them in: the service may not know every name of the plan yet (the owner's
    // own, before a sync), and a let-in confirmed there that this plan then cannot hold was a dead end (issue 12).
    const QString name = m_people.value(memberId).name;
    for (const QJsonObject &m : m_store.entities(m_store.setting(QStringLiteral("planId")), QStringLiteral("member"))) {
        if (m.value(QStringLiteral("id")).toString() != memberId && !m.value(QStringLiteral("_deleted")).toBool()
            && TextHygiene::sameName(m.value(QStringLiteral("name")).toString(), name)) {
            done(Error { ErrorCode::Conflict, nameTakenSentence(Action::LetIn) });
            return;
        }
    }
    request(
        "POST", planPath(QStringLiteral("/members/%1/confirm").arg(memberId)), {}, Action::LetIn,
        [this, done, memberId](const QJsonObject &o) {
            PersonEntry p = m_people.value(memberId, NetworkJson::person(o));
            p.status = QStringLiteral("active");
            p.grants = NetworkJson::grants(o.value(QStringLiteral("grants")).toArray());
            p.offered.clear(); // the invitation id stays: the mirror marks that invitation accepted
            if (p.name.isEmpty())
                p.name = o.value(QStringLiteral("name")).toString();
            m_people.insert(memberId, p);
            emit networkChanged();
            done(p);
        },
        [done](const Error &e) { done(e); });
}

void NetworkClient::decline(const QString &memberId, Done<bool> done)
{
    if (!isPlainId(memberId)) {
        done(plainError(Error { ErrorCode::NotFound, {} }, Action::Decline));
        return;
    }
    request(
        "DELETE", planPath(QStringLiteral("/members/%1").arg(memberId)), {}, Action::Decline,
        [this, done, memberId](const QJsonObject &) {
            m_people.remove(memberId);
            emit networkChanged();
            done(true);
        },
        [done](const Error &e) { done(e); });
}

QList<AccessGrant> NetworkClient::keepingPurposeAndEnd(const QList<AccessGrant> &current, const QList<AccessGrant> &wanted)
{
    QList<AccessGrant> out = wanted;
    for (AccessGrant &w : out) {
        if (w.access != QLatin1String("read") && w.access != QLatin1String("write"))
            continue;
        for (const AccessGrant &c : current) {
            if (c.domainKey != w.domainKey || c.access == QLatin1String("none"))
                continue;
            if (w.purpose.isEmpty())
                w.purpose = c.purpose;
            if (w.untilMs == 0)
                w.untilMs = c.untilMs;
        }
    }
    return out;
}

void NetworkClient::setAccess(const QString &memberId, const QList<AccessGrant> &grants, Done<QList<AccessGrant>> done)
{
    if (!isPlainId(memberId)) {
        done(plainError(Error { ErrorCode::NotFound, {} }, Action::SetAccess));
        return;
    }
    if (m_people.contains(memberId)) {
        sendAccess(memberId, keepingPurposeAndEnd(m_people.value(memberId).grants, grants), done);
        return;
    }
    members([this, memberId, grants, done](const Result<PeopleList> &people) {
        if (!people) {
            done(people.error());
            return;
        }
        sendAccess(memberId, keepingPurposeAndEnd(m_people.value(memberId).grants, grants), done);
    });
}

void NetworkClient::sendAccess(const QString &memberId, const QList<AccessGrant> &grants, Done<QList<AccessGrant>> done)
{
    request(
        "PUT", planPath(QStringLiteral("/members/%1/access").arg(memberId)), { { QStringLiteral("grants"), NetworkJson::grantsJson(grants, true) } },
        Action::SetAccess,
        [this, done, memberId](const QJsonObject &o) {
            const QList<AccessGrant> now = NetworkJson::grants(o.value(QStringLiteral("grants")).toArray());
            if (m_people.contains(memberId))
                m_people[memberId].grants = now;
            emit networkChanged();
            done(now);
        },
        [done](const Error &e) { done(e); });
}

void NetworkClient::removeMember(const QString &memberId, Done<bool> done)
{
    if (!isPlainId(memberId)) {
        done(plainError(Error { ErrorCode::NotFound, {} }, Action::Remove));
        return;
    }
    request(
        "DELETE", planPath(QStringLiteral("/members/%1").arg(memberId)), {}, Action::Remove,
        [this, done, memberId](const QJsonObject &) {
            m_people.remove(memberId);
            emit networkChanged();
            done(true);
        },
        [done](const Error &e) { done(e); });
}

void NetworkClient::withdrawInvitation(const QString &invitationId, Done<bool> done)
{
    if (!isPlainId(invitationId)) {
        done(plainError(Error { ErrorCode::NotFound, {} }, Action::Withdraw));
        return;
    }
    request(
        "DELETE", planPath(QStringLiteral("/invitations/%1").arg(invitationId)), {}, Action::Withdraw,
        [this, done](const QJsonObject &) {
            emit networkChanged();
            done(true);
        },
        [done](const Error &e) { done(e); });
}

void NetworkClient::invitations(Done<QList<InvitationEntry>> done)
{
    request(
        "GET", planPath(QStringLiteral("/invitations")), {}, Action::Invitations,
        [done](const QJsonObject &o) {
            QList<InvitationEntry> list;
            for (const QJsonValue &v : o.value(QStringLiteral("invitations")).toArray())
                list.append(NetworkJson::invitation(v.toObject()));
            done(list);
        },
        [done](const Error &e) { done(e); });
}

void NetworkClient::auditLog(Done<AuditLogPage> done)
{
    auto page = std::make_shared<AuditLogPage>();
    page->entriesMatch = true;
    auditPage(0, page, std::move(done));
}

void NetworkClient::auditPage(qint64 after, std::shared_ptr<AuditLogPage> page, Done<AuditLogPage> done)
{
    const QString planId = m_store.setting(QStringLiteral("planId"));
    request(
        "GET", planPath(QStringLiteral("/audit?after=%1&limit=1000").arg(after)), {}, Action::AuditLog,
        [this, page, done, planId](const QJsonObject &o) {
            const QJsonArray got = o.value(QStringLiteral("entries")).toArray();
            qint64 last = 0;
            for (const QJsonValue &v : got) {
                AuditEntry e = NetworkJson::auditEntry(v.toObject(), planId);
                page->entriesMatch = page->entriesMatch && e.hashMatches;
                last = std::max(last, e.seq);
                page->entries.append(e);
            }
            page->chainIntact = o.value(QStringLiteral("chain")).toObject().value(QStringLiteral("intact")).toBool();
            if (got.size() < 1000) {
                keepCopy(m_store, *page, planId);
                done(*page);
                return;
            }
            auditPage(last, page, done);
        },
        [done](const Error &e) { done(e); });
}

void NetworkClient::devices(Done<QList<DeviceEntry>> done)
{
    const QString self = m_store.setting(QStringLiteral("sync.deviceId"));
    request(
        "GET", QStringLiteral("/v1/devices"), {}, Action::Devices,
        [done, self](const QJsonObject &o) {
            QList<DeviceEntry> list;
            for (const QJsonValue &v : o.value(QStringLiteral("devices")).toArray())
                list.append(NetworkJson::device(v.toObject(), self));
            done(list);
        },
        [done](const Error &e) { done(e); });
}

void NetworkClient::addDevice(Done<EnrolmentCode> done)
{
    request(
        "POST", QStringLiteral("/v1/devices/enrolment-codes"), QJsonObject {}, Action::AddDevice,
        [done](const QJsonObject &o) {
            done(EnrolmentCode { o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("expiresAt")).toInteger() });
        },
        [done](const Error &e) { done(e); });
}

void NetworkClient::revokeDevice(const QString &deviceId, Done<bool> done)
{
    if (!isPlainId(deviceId)) {
        done(plainError(Error { ErrorCode::NotFound, {} }, Action::RevokeDevice));
        return;
    }
    // Never the device in use (issue 12: the owner's only device, revoked with no way back). The service refuses it too
    // when no other device of the account is left (409 last-device).
    if (deviceId == m_store.setting(QStringLiteral("sync.deviceId"))) {
        done(Error { ErrorCode::Conflict, thisDeviceSentence(), {}, QStringLiteral("last-device") });
        return;
    }
    request(
        "DELETE", QStringLiteral("/v1/devices/%1").arg(deviceId), {}, Action::RevokeDevice, [done](const QJsonObject &) { done(true); },
        [done](const Error &e) { done(e); });
}

} // namespace samen
