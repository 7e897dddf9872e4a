#include "plans/accessapi.h"

#include "domain/texthygiene.h"
#include "http/jsonrequest.h"
#include "plans/planapi.h"
#include "plans/plandomains.h"
#include "storage/storetransaction.h"

#include <QSet>
#include <QUuid>

namespace samen::service {

namespace {

// The latest end date the service takes (the year 2100), as for POST grants.
constexpr qint64 kLatestUntilMs = 4102444800000LL;

/** One requested domain: access "none", "read" or "write", purpose and end (0: none). */
struct Wanted {
    QString domainKey;
    QString access;
    QString purpose;
    qint64 untilMs = 0;
};

// Reads {grants: [{domainKey, access, purpose?, until?}]}; an empty string when valid, else the plain reason.
QString readWanted(const QJsonArray &grants, qint64 nowMs, QList<Wanted> *out)
{
    const QString shape = QStringLiteral("Each grant must be {\"domainKey\": a-z/0-9/- key, \"access\": \"none\", \"read\" or \"write\", \"purpose\": optional "
                                         "one line of at most 200 characters, \"until\": optional end in milliseconds since 1970, in the future}.");
    QSet<QString> seen;
    for (const QJsonValue &g : grants) {
        if (!g.isObject())
            return shape;
        const QJsonObject o = g.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!QStringList { QStringLiteral("domainKey"), QStringLiteral("access"), QStringLiteral("purpose"), QStringLiteral("until") }.contains(it.key()))
                return shape;
        }
        Wanted w { o.value(QStringLiteral("domainKey")).toString(), o.value(QStringLiteral("access")).toString(), {}, 0 };
        const QJsonValue purpose = o.value(QStringLiteral("purpose"));
        const QJsonValue until = o.value(QStringLiteral("until"));
        if (!PlanAccess::isDomainKey(w.domainKey)
            || !QStringList { QStringLiteral("none"), QStringLiteral("read"), QStringLiteral("write") }.contains(w.access))
            return shape;
        if (!purpose.isUndefined() && !purpose.isNull()) {
            if (!purpose.isString() || purpose.toString().size() > 200
                || TextHygiene::check(purpose.toString(), TextHygiene::Kind::OneLine, false) != TextHygiene::Problem::None)
                return shape;
            w.purpose = purpose.toString();
        }
        if (!until.isUndefined() && !until.isNull()) {
            const double d = until.toDouble();
            if (!until.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d <= static_cast<double>(nowMs)
                || d > static_cast<double>(kLatestUntilMs))
                return shape;
            w.untilMs = static_cast<qint64>(d);
        }
        if (seen.contains(w.domainKey))
            return QStringLiteral("Each domain may be in \"grants\" once.");
        seen.insert(w.domainKey);
        out->append(w);
    }
    return {};
}

} // namespace

AccessApi::AccessApi(ServiceStore &store, AuditLog &audit, const LiveEvents &events)
    : m_store(store)
    , m_audit(audit)
    , m_events(events)
{
}

ApiResponse AccessApi::setAccess(const ApiRequest &request)
{
    auto a = PlanApi::access(m_store, request, true);
    if (auto *error = std::get_if<ApiResponse>(&a))
        return *error;
    const PlanAccess &plan = std::get<PlanAccess>(a);
    const QString planId = request.segments[2];
    const QString memberId = request.segments[4];
    JsonRequest in(request.body, { QStringLiteral("grants") });
    const QJsonArray grants = in.array(QStringLiteral("grants"), 50);
    QList<Wanted> wanted;
    if (in.ok())
        if (const QString why = readWanted(grants, request.nowMs, &wanted); !why.isEmpty())
            in.fail(why);
    if (!in.ok())
        return in.error();
    bool known = false;
    for (const MemberRecord &m : plan.members())
        known = known || (m.memberId == memberId && m.status == QLatin1String("active") && m.role != QLatin1String("owner"));
    if (!known)
        return ApiResponse::notFound(QStringLiteral("There is no active member with this id (other than the owner) in this plan."));
    QStringList given; // "none" gives nothing: taking away access to any key is harmless
    for (const Wanted &w : std::as_const(wanted)) {
        if (w.access != QLatin1String("none"))
            given << w.domainKey;
    }
    if (auto refused = PlanDomains::refuseUnknown(m_store, planId, given))
        return *refused;
    StoreTransaction tx(m_store);
    if (!tx.begun())
        return ApiResponse::internal();
    bool changed = false;
    for (const Wanted &w : std::as_const(wanted)) {
        QList<GrantRecord> current;
        for (const GrantRecord &g : plan.grants()) {
            if (g.memberId == memberId && g.domainKey == w.domainKey)
                current.append(g);
        }
        // Already so: nothing to store, nothing to audit.
        if ((w.access == QLatin1String("none") && current.isEmpty())
            || (current.size() == 1 && current[0].access == w.access && current[0].purpose == w.purpose && current[0].untilMs == w.untilMs))
            continue;
        for (const GrantRecord &g : std::as_const(current)) {
            if (!m_store.deleteGrant(planId, g.grantId))
                return ApiResponse::internal();
        }
        const GrantRecord g { planId, QUuid::createUuid().toString(QUuid::WithoutBraces), memberId, w.domainKey, w.access, w.purpose, w.untilMs };
        if (w.access != QLatin1String("none") && !m_store.insertGrant(g))
            return ApiResponse::internal();
        // What it was before, so the log can tell a step up from a step down ("now lets Ria only read Work").
        QJsonObject detail = PlanApi::auditDetail(g);
        detail.insert(QStringLiteral("was"), current.isEmpty() ? QStringLiteral("none") : current[0].access);
        if (!m_audit.append(planId, request.device.id, QStringLiteral("grant.set"), memberId, detail, request.nowMs))
            return ApiResponse::internal();
        changed = true;
    }
    auto all = m_store.grants(planId);
    if (!all || !tx.commit())
        return ApiResponse::internal();
    QJsonArray out;
    for (const GrantRecord &g : all.value()) {
        if (g.memberId == memberId)
            out.append(PlanApi::grantJson(g));
    }
    if (changed)
        m_events.changed(planId, memberId);
    return ApiResponse::json(200, QJsonObject { { QStringLiteral("memberId"), memberId }, { QStringLiteral("grants"), out } });
}

} // namespace samen::service
