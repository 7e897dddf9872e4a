#include "sync/withdrawal.h"

#include "domain/texthygiene.h"

#include "domain/frameworks.h"

#include "store/deviceaccess.h"
#include "store/planstore.h"
#include "store/planview.h"
#include "sync/syncclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace samen {

namespace {

/** True when every domain a "domains" notice names is readable again. */
bool readableAgain(const QJsonObject &notice, const QSet<QString> &readable)
{
    const QJsonArray domains = notice.value(QStringLiteral("domains")).toArray();
    return !domains.isEmpty() && std::all_of(domains.cbegin(), domains.cend(), [&](const QJsonValue &d) { return readable.contains(d.toString()); });
}

/** The domain keys in the kept list of readable domains (a JSON array; "" before the first check). */
QStringList readDomainsIn(const QString &json)
{
    QStringList keys;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        keys.append(v.toString());
    return keys;
}

const QString kNotice = QStringLiteral("sync.withdrawalNotice");
const QString kReadDomains = QStringLiteral("sync.readDomains");
const QString kRole = QStringLiteral("sync.role"); ///< "owner" or "member", from the caseload

Error incomplete()
{
    return Error { ErrorCode::Network,
                   QCoreApplication::translate("samen", "The service's answer about your access was incomplete; it is asked again at the next sync.") };
}

QString joinNames(const QStringList &names)
{
    if (names.size() < 2)
        return names.join(QString());
    return QCoreApplication::translate("samen", "%1 and %2").arg(QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")), names.last());
}

} // namespace

Withdrawal::Withdrawal(PlanStore &store, SyncClient &client, std::function<void(const QString &)> onWithdrawn)
    : m_store(store)
    , m_client(client)
    , m_onWithdrawn(std::move(onWithdrawn))
{
}

QString Withdrawal::notice() const
{
    return noticeText(m_store);
}

void Withdrawal::dismissNotice()
{
    (void)m_store.setSetting(kNotice, QString());
}

void Withdrawal::check(Done<bool> done)
{
    m_pending = false;
    const QString planId = m_store.setting(QStringLiteral("planId"));
    const QString role = m_store.setting(kRole);
    if (planId.isEmpty() || m_store.setting(QStringLiteral("sync.serviceMemberId")).isEmpty() || role == QLatin1String("owner")) {
        done(true); // the owner reads everything: nothing to withdraw
        return;
    }
    if (!role.isEmpty()) {
        checkGrants(done);
        return;
    }
    // The role is learnt once from the caseload; until it is known nothing is deleted.
    m_client.call("GET", QStringLiteral("/v1/plans"), {}, [this, done, planId](const Result<QJsonObject> &plans) {
        if (!plans) {
            done(plans.error());
            return;
        }
        for (const QJsonValue &p : plans->value(QStringLiteral("plans")).toArray()) {
            if (p[QStringLiteral("planId")].toString() != planId)
                continue;
            const QString found = p[QStringLiteral("role")].toString() == QLatin1String("owner") ? QStringLiteral("owner") : QStringLiteral("member");
            if (Status s = m_store.setSetting(kRole, found); !s) {
                done(s.error());
                return;
            }
            if (found == QLatin1String("owner"))
                done(true);
            else
                checkGrants(done);
            return;
        }
        done(true);
    });
}

void Withdrawal::checkGrants(Done<bool> done)
{
    m_client.call("GET", QStringLiteral("/v1/plans/%1/grants").arg(m_store.setting(QStringLiteral("planId"))), {},
                  [this, done](const Result<QJsonObject> &grants) {
                      // Never read a cut-off or odd answer as "no grants": that would delete what the member may read.
                      if (grants && !grants->value(QStringLiteral("grants")).isArray())
                          done(incomplete());
                      else if (grants)
                          applyGrants(grants.value(), done);
                      else if (grants.error().reason == QLatin1String("plan-erased"))
                          planErased(done);
                      else if (grants.error().code == ErrorCode::NotFound)
                          confirmRemoved(done);
                      else
                          done(grants.error());
                  });
}

void Withdrawal::applyGrants(const QJsonObject &grants, Done<bool> done)
{
    const QString planId = m_store.setting(QStringLiteral("planId"));
    const QString me = m_store.setting(QStringLiteral("sync.serviceMemberId"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The service answers a member's grants only once they are let in: no longer waiting, for the app and samen-cli
    // alike, so a later removal is told as a removal and not as a declined join.
    if (m_store.setting(QStringLiteral("join.waiting")) == QLatin1String("1"))
        if (Status s = m_store.setSetting(QStringLiteral("join.waiting"), QString()); !s) {
            done(s.error());
            return;
        }
    MemberAccess access = MemberAccess::member();
    access.setMemberId(m_store.setting(QStringLiteral("memberId")));
    for (const QJsonValue &g : grants.value(QStringLiteral("grants")).toArray()) {
        const QJsonObject o = g.toObject();
        const bool inForce = !o.contains(QStringLiteral("until")) || o.value(QStringLiteral("until")).toInteger() > now;
        if (o.value(QStringLiteral("memberId")).toString() == me && inForce)
            access.grant(o.value(QStringLiteral("domainKey")).toString(), o.value(QStringLiteral("access")).toString());
    }
    // Agreements and meetings that name this member: readable whatever their domain (ReadRule); one named away goes.
    for (const QJsonValue &id : grants.value(QStringLiteral("named")).toArray())
        access.addNamed(id.toString());
    const QStringList namedBefore = DeviceAccess::load(m_store).named();
    const QStringList namedNow = access.named();
    const bool newlyNamed = std::any_of(namedNow.cbegin(), namedNow.cend(), [&](const QString &id) { return !namedBefore.contains(id); });
    const QStringList granted = access.grantedDomains();
    const QSet<QString> readable(granted.cbegin(), granted.cend());
    const bool accessChanged = !(DeviceAccess::load(m_store) == access);
    // Saved first: the app offers only what this access allows, even if the purge below fails (a commit only when it changed).
    if (Status s
        = accessChanged || m_store.setting(QStringLiteral("sync.role")) != QLatin1String("member") ? DeviceAccess::saveMember(m_store, access) : Status();
        !s) {
        done(s.error());
        return;
    }

    // Names are read before the purge: it may take the owner's member entity and the domains' labels with it.
    const QString owner = ownerName();
    const bool heldPlan = !m_store.entity(planId).value_or(QJsonObject()).isEmpty();
    const QString framework = m_store.entity(planId).value_or(QJsonObject()).value(QStringLiteral("framework")).toString();
    // The domains that went: those this device received anything of, and those it could read before even when it never
    // received anything there, where only its own unsent changes may be (review 4, finding 10: those went without a word).
    const QString before = m_store.setting(kReadDomains);
    QStringList lostKeys;
    for (const QString &key : m_store.receivedDomainKeys(planId) + readDomainsIn(before)) {
        if (!readable.contains(key) && !lostKeys.contains(key))
            lostKeys << key;
    }
    // One rule with the service (ReadRule): lost domains, and with no domain left the whole plan. Reading every
    // entity's scope costs a pass over the plan, so only when something may have become unreadable.
    int unsentLost = 0; // changes not sent yet that went with what was purged
    if (accessChanged || !lostKeys.isEmpty() || (!access.readsAnything() && heldPlan)) {
        const int unsentBefore = unsentCount();
        const auto purged = m_store.purgeUnreadable(planId, access);
        if (!purged) {
            done(purged.error());
            return;
        }
        if (purged.value() > 0)
            qCInfo(lcSync, "access was withdrawn: %d entities deleted from this device", purged.value());
        unsentLost = unsentBefore - unsentCount();
    }
    if (!access.readsAnything() && heldPlan) {
        tell(QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("all") }, { QStringLiteral("owner"), owner }, { QStringLiteral("unsentLost"), unsentLost } });
    } else if (!lostKeys.isEmpty()) {
        tell(QJsonObject { { QStringLiteral("kind"), QStringLiteral("domains") },
                           { QStringLiteral("owner"), owner },
                           { QStringLiteral("framework"), framework },
                           { QStringLiteral("domains"), QJsonArray::fromStringList(lostKeys) },
                           { QStringLiteral("unsentLost"), unsentLost } });
    } else if (const QJsonObject standing = QJsonDocument::fromJson(m_store.setting(kNotice).toUtf8()).object(); access.readsAnything()
               && (standing.value(QStringLiteral("kind")).toString() == QLatin1String("all")
                   || (standing.value(QStringLiteral("kind")).toString() == QLatin1String("domains") && readableAgain(standing, readable)))) {
        // Access is back: "all your access was withdrawn", or "your access to Money was withdrawn" once Money is shared
        // again, no longer holds (review 4, finding 10: the notice outlived the grant).
        dismissNotice();
    }

    QStringList readableNow(readable.cbegin(), readable.cend());
    readableNow.sort();
    const QStringList previousList = readDomainsIn(before);
    const QSet<QString> previous(previousList.cbegin(), previousList.cend());
    const QString readableJson = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(readableNow)).toJson(QJsonDocument::Compact));
    // Operations of a newly granted domain lie before this device's cursor: the round's history
    // fetch takes them from the start (it goes on where it stopped if the round is cut off).
    const bool gained = (!before.isEmpty() && !(readable - previous).isEmpty()) || newlyNamed;
    const qint64 cursor = m_store.setting(QStringLiteral("sync.cursor")).toLongLong();
    if (gained && cursor > 0) {
        if (Status s = m_client.fetchHistoryUpTo(cursor); !s) {
            done(s.error());
            return;
        }
    }
    if (Status s = readableJson == before ? Status() : m_store.setSetting(kReadDomains, readableJson); !s) { // a commit only when it changed
        done(s.error());
        return;
    }
    done(true);
}

void Withdrawal::confirmRemoved(Done<bool> done)
{
    // "Not found" may also mean "not confirmed yet": only a plan missing from the caseload is gone.
    // Only a device known to be a member's gets here, never the owner's.
    m_client.call("GET", QStringLiteral("/v1/plans"), {}, [this, done](const Result<QJsonObject> &plans) {
        if (!plans) {
            done(plans.error());
            return;
        }
        if (!plans->value(QStringLiteral("plans")).isArray()) {
            done(incomplete());
            return;
        }
        const QString planId = m_store.setting(QStringLiteral("planId"));
        for (const QJsonValue &p : plans->value(QStringLiteral("plans")).toArray()) {
            if (p[QStringLiteral("planId")].toString() == planId) {
                // Joined, not let in yet: say so (PlanController::waitingToJoin), whoever made the join (app or samen-cli).
                m_pending = p[QStringLiteral("status")].toString() == QLatin1String("pending");
                if (m_pending && m_store.setting(QStringLiteral("join.waiting")) != QLatin1String("1"))
                    (void)m_store.setSetting(QStringLiteral("join.waiting"), QStringLiteral("1"));
                done(true);
                return;
            }
        }
        dropPlan(QStringLiteral("removed"), done);
    });
}

void Withdrawal::planErased(Done<bool> done)
{
    dropPlan(QStringLiteral("erased"), done);
}

void Withdrawal::deviceRevoked(Done<bool> done)
{
    dropPlan(QStringLiteral("revoked"), done);
}

void Withdrawal::dropPlan(const QString &kind, Done<bool> done)
{
    const QString planId = m_store.setting(QStringLiteral("planId"));
    // Still waiting to be let in when the plan went: the owner declined the join, which is not a removal
    // (the person was never in). Who invited is all such a device knows of the owner (join.from).
    const bool declined = kind == QLatin1String("removed") && m_store.setting(QStringLiteral("join.waiting")) == QLatin1String("1");
    const QString owner = declined ? m_store.setting(QStringLiteral("join.from")) : ownerName();
    const bool ownersDevice = m_store.setting(kRole) == QLatin1String("owner");
    const int waitingBefore = unsentCount();
    QList<std::pair<QString, QString>> cleared;
    for (const char *key : { "planId", "memberId", "sync.serviceMemberId", "sync.cursor", "sync.historyUntil", "sync.historyCursor", "sync.readDomains",
                             "sync.role", "join.waiting" })
        cleared.append({ QLatin1String(key), QString() });
    if (kind == QLatin1String("revoked")) // the service no longer knows this device: it enrols anew with a code
        for (const char *key : { "sync.deviceId", "sync.deviceKey" })
            cleared.append({ QLatin1String(key), QString() });
    if (Status s = m_store.setSettings(cleared); !s) {
        done(s.error());
        return;
    }
    const auto purged = m_store.purgePlan(planId);
    if (!purged) {
        done(purged.error());
        return;
    }
    qCInfo(lcSync, "the plan (%d entities) was deleted from this device: %s", purged.value(), qPrintable(kind));
    tell(QJsonObject { { QStringLiteral("kind"), declined ? QStringLiteral("declined") : kind },
                       { QStringLiteral("owner"), owner },
                       { QStringLiteral("ownDevice"), ownersDevice },
                       { QStringLiteral("unsentLost"), waitingBefore - unsentCount() } });
    done(false);
}

int Withdrawal::unsentCount() const
{
    // Waiting to be pushed, or refused and kept for the person to retry: neither is at the service.
    return unsentIn(m_store);
}

QString Withdrawal::ownerName() const
{
    const QString planId = m_store.setting(QStringLiteral("planId"));
    for (const QJsonObject &m : m_store.entities(planId, QStringLiteral("member"))) {
        if (m.value(QStringLiteral("kind")).toString() == QLatin1String("citizen") && !m.value(QStringLiteral("name")).toString().isEmpty())
            return m.value(QStringLiteral("name")).toString();
    }
    return {};
}

void Withdrawal::tell(const QJsonObject &notice)
{
    // Kept as facts, not as a sentence: it is worded when read, in the language of whoever reads it.
    (void)m_store.setSetting(kNotice, QString::fromUtf8(QJsonDocument(notice).toJson(QJsonDocument::Compact)));
    if (m_onWithdrawn)
        m_onWithdrawn(noticeText(m_store));
}

QString Withdrawal::noticeText(const PlanStore &store)
{
    const QString stored = store.setting(kNotice);
    const QJsonObject n = QJsonDocument::fromJson(stored.toUtf8()).object();
    if (n.isEmpty())
        return stored; // empty, or a sentence kept by an older version
    const QString text = noticeSentence(n);
    // Never silently: what the person typed and the service had not taken in went with the plan (or the part of it): waiting
    // changes and refused ones alike, so never "not sent yet" for a change that was sent and refused (trial after stop 40).
    return text + unsentLostSentence(n.value(QStringLiteral("unsentLost")).toInt());
}

QString Withdrawal::unsentLostSentence(int lost)
{
    if (lost <= 0)
        return {};
    return QLatin1Char(' ')
        + QCoreApplication::translate("samen", "%n change(s) you had made here, not taken in by the service yet, went with it: they were not saved anywhere.",
                                      nullptr, lost);
}

int Withdrawal::unsentIn(const PlanStore &store)
{
    // Counted as the person made them, as samen-cli sync counts: a new goal is one change, not its four fields.
    QSet<QString> items;
    for (const QList<OutboxEntry> &entries : { store.outbox(-1), store.rejected() }) {
        for (const OutboxEntry &e : entries)
            items.insert(e.op.entityId);
    }
    return int(items.size());
}

QString Withdrawal::noticeSentence(const QJsonObject &n)
{
    const QString owner = n.value(QStringLiteral("owner")).toString().isEmpty() ? QCoreApplication::translate("samen", "The plan's owner")
                                                                                : TextHygiene::isolate(n.value(QStringLiteral("owner")).toString());
    const QString kind = n.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("declined"))
        return QCoreApplication::translate("samen",
                                           "%1 did not accept your request to join the plan. Nothing of the plan was shared with this device. "
                                           "If you think this is a mistake, ask %1 for a new invitation.")
            .arg(owner);
    if (kind == QLatin1String("revoked"))
        return QCoreApplication::translate(
            "samen",
            "This device was revoked at the service (from another of your devices, or by the service's operator), so the plan was deleted "
            "from it. To use it again: on another of your devices, make a code for a new device (Devices, or "
            "samen-cli device add), then connect this device with that code (samen-cli connect --enrol-code CODE).");
    if (kind == QLatin1String("erased") && n.value(QStringLiteral("ownDevice")).toBool())
        return QCoreApplication::translate("samen", "You erased this plan on another device. It is no longer on this device either.");
    if (kind == QLatin1String("erased"))
        return QCoreApplication::translate("samen", "%1 has erased the plan. It is no longer on this device.").arg(owner);
    if (kind == QLatin1String("removed"))
        return QCoreApplication::translate("samen", "%1 has removed you from the plan. The plan is no longer on this device.").arg(owner);
    if (kind == QLatin1String("all"))
        return QCoreApplication::translate("samen",
                                           "%1 has withdrawn all your access. The plan is no longer on this device. You are still a member: "
                                           "when %1 shares a part of the plan with you again, it comes back at the next sync.")
            .arg(owner);
    QStringList labels;
    const QString framework = n.value(QStringLiteral("framework")).toString();
    for (const QJsonValue &key : n.value(QStringLiteral("domains")).toArray())
        labels << domainLabel(framework.isEmpty() ? QStringLiteral("default") : framework, key.toString());
    return (labels.size() == 1
                ? QCoreApplication::translate("samen", "%1 has withdrawn your access to %2. That part of the plan is no longer on this device.")
                : QCoreApplication::translate("samen", "%1 has withdrawn your access to %2. Those parts of the plan are no longer on this device."))
        .arg(owner, joinNames(labels));
}

} // namespace samen
