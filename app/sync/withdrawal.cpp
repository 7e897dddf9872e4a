#include "sync/withdrawal.h"

#include "store/planstore.h"
#include "store/planview.h"
#include "sync/syncclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace samen {

namespace {

const QString kNotice = QStringLiteral("sync.withdrawalNotice");
const QString kReadDomains = QStringLiteral("sync.readDomains");
const QString kRole = QStringLiteral("sync.role"); ///< "owner" or "member", from the caseload

Error incomplete()
{
    return Error { ErrorCode::Network, QStringLiteral("The service's answer about your access was incomplete; it is asked again at the next sync.") };
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
    return m_store.setting(kNotice);
}

void Withdrawal::dismissNotice()
{
    (void)m_store.setSetting(kNotice, QString());
}

void Withdrawal::check(Done<bool> done)
{
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
    QSet<QString> readable;
    for (const QJsonValue &g : grants.value(QStringLiteral("grants")).toArray()) {
        const QJsonObject o = g.toObject();
        const bool inForce = !o.contains(QStringLiteral("until")) || o.value(QStringLiteral("until")).toInteger() > now;
        if (o.value(QStringLiteral("memberId")).toString() == me && inForce)
            readable.insert(o.value(QStringLiteral("domainKey")).toString());
    }

    QStringList lost;
    for (const QString &key : m_store.receivedDomainKeys(planId)) {
        if (readable.contains(key))
            continue;
        const QString name = PlanView(m_store, planId).domainLabel(key);
        const auto purged = m_store.purgeDomain(planId, key);
        if (!purged) {
            done(purged.error());
            return;
        }
        qCInfo(lcSync, "access to a domain was withdrawn: %d entities deleted from this device", purged.value());
        lost << name;
    }
    if (!lost.isEmpty()) {
        tell((lost.size() == 1
                  ? QCoreApplication::translate("samen", "%1 has withdrawn your access to %2. That part of the plan is no longer on this device.")
                  : QCoreApplication::translate("samen", "%1 has withdrawn your access to %2. Those parts of the plan are no longer on this device."))
                 .arg(ownerName(), joinNames(lost)));
    }

    QStringList readableNow(readable.cbegin(), readable.cend());
    readableNow.sort();
    const QString before = m_store.setting(kReadDomains);
    const QSet<QString> previous = [&] {
        QSet<QString> set;
        for (const QJsonValue &v : QJsonDocument::fromJson(before.toUtf8()).array())
            set.insert(v.toString());
        return set;
    }();
    const QString readableJson = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(readableNow)).toJson(QJsonDocument::Compact));
    // Operations of a newly granted domain lie before this device's cursor: the round's history
    // fetch takes them from the start (it goes on where it stopped if the round is cut off).
    const bool gained = !before.isEmpty() && !(readable - previous).isEmpty();
    const qint64 cursor = m_store.setting(QStringLiteral("sync.cursor")).toLongLong();
    if (gained && cursor > 0) {
        if (Status s = m_client.fetchHistoryUpTo(cursor); !s) {
            done(s.error());
            return;
        }
    }
    if (Status s = m_store.setSetting(kReadDomains, readableJson); !s) {
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
                done(true);
                return;
            }
        }
        const QString owner = ownerName();
        QList<std::pair<QString, QString>> cleared;
        for (const char *key :
             { "planId", "memberId", "sync.serviceMemberId", "sync.cursor", "sync.historyUntil", "sync.historyCursor", "sync.readDomains", "sync.role" })
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
        qCInfo(lcSync, "membership was withdrawn: the plan (%d entities) was deleted from this device", purged.value());
        tell(QCoreApplication::translate("samen", "%1 has removed you from the plan. The plan is no longer on this device.").arg(owner));
        done(false);
    });
}

QString Withdrawal::ownerName() const
{
    const QString planId = m_store.setting(QStringLiteral("planId"));
    for (const QJsonObject &m : m_store.entities(planId, QStringLiteral("member"))) {
        if (m.value(QStringLiteral("kind")).toString() == QLatin1String("citizen") && !m.value(QStringLiteral("name")).toString().isEmpty())
            return m.value(QStringLiteral("name")).toString();
    }
    return QStringLiteral("The plan's owner");
}

void Withdrawal::tell(const QString &message)
{
    (void)m_store.setSetting(kNotice, message);
    if (m_onWithdrawn)
        m_onWithdrawn(message);
}

} // namespace samen
