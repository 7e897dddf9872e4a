#include "plans/caseloadapi.h"

#include "http/jsonrequest.h"
#include "plans/erasureapi.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace samen::service {

CaseloadApi::CaseloadApi(ServiceStore &store)
    : m_store(store)
{
}

QString CaseloadApi::accessTag(const MemberRecord &member, const QList<GrantRecord> &grants, qint64 nowMs)
{
    QStringList parts;
    for (const GrantRecord &g : grants) {
        if (g.memberId == member.memberId && (g.untilMs == 0 || g.untilMs > nowMs))
            parts.append(QStringLiteral("%1:%2:%3").arg(g.domainKey, g.access).arg(g.untilMs));
    }
    std::sort(parts.begin(), parts.end());
    parts.prepend(member.status + QLatin1Char('|') + member.role);
    const QByteArray digest = QCryptographicHash::hash(parts.join(QLatin1Char(';')).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.first(8).toHex());
}

ApiResponse CaseloadApi::changes(const ApiRequest &request)
{
    JsonRequest in(request.body, { QStringLiteral("plans") });
    if (!in.ok())
        return in.error();
    const QJsonValue listed = in.object().value(QStringLiteral("plans"));
    if (!listed.isArray())
        return ApiResponse::badRequest(QStringLiteral("\"plans\" must be a list of {planId, after, access}."));
    const QJsonArray plans = listed.toArray();
    if (plans.size() > kMaxPlans)
        return ApiResponse::error(422, QStringLiteral("too-many-plans"),
                                  QStringLiteral("At most %1 plans per request; ask for the others in a next request.").arg(kMaxPlans));

    struct Asked {
        QString planId;
        qint64 after = 0;
        QString access;
    };
    QList<Asked> asked;
    QSet<QString> seen;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const QJsonObject o = plans.at(i).toObject();
        const QString where = QStringLiteral("plans[%1]").arg(i);
        if (!plans.at(i).isObject())
            return ApiResponse::badRequest(QStringLiteral("\"%1\" must be an object.").arg(where));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != QLatin1String("planId") && it.key() != QLatin1String("after") && it.key() != QLatin1String("access"))
                return ApiResponse::badRequest(QStringLiteral("\"%1\" has an unknown key.").arg(where));
        }
        const QJsonValue id = o.value(QStringLiteral("planId"));
        const QJsonValue after = o.value(QStringLiteral("after"));
        const QJsonValue access = o.value(QStringLiteral("access"));
        if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 64)
            return ApiResponse::badRequest(QStringLiteral("\"%1.planId\" must be a plan id of 1 to 64 characters.").arg(where));
        // Whole numbers only (a double that is not one would otherwise be rounded into a cursor).
        if (!after.isDouble() || after.toDouble() < 0 || after.toDouble() > 9007199254740991.0 || after.toDouble() != double(after.toInteger()))
            return ApiResponse::badRequest(QStringLiteral("\"%1.after\" must be a whole number, 0 or more.").arg(where));
        if (!access.isUndefined() && (!access.isString() || access.toString().size() > 64))
            return ApiResponse::badRequest(QStringLiteral("\"%1.access\" must be a text of at most 64 characters.").arg(where));
        if (seen.contains(id.toString()))
            return ApiResponse::badRequest(QStringLiteral("\"%1.planId\" is listed twice.").arg(where));
        seen.insert(id.toString());
        asked.append({ id.toString(), after.toInteger(), access.toString() });
    }

    // One read of the caller's memberships authorises every plan: a plan id of someone else's is simply not among them.
    auto memberships = m_store.membershipsOfAccount(request.device.accountId);
    if (!memberships)
        return ApiResponse::internal();
    QHash<QString, MemberRecord> mine, ended;
    for (const MemberRecord &m : memberships.value())
        (m.status != QLatin1String("removed") ? mine : ended).insert(m.planId, m);
    QJsonArray changed, gone;
    for (const Asked &a : std::as_const(asked)) {
        if (!mine.contains(a.planId)) {
            auto erased = m_store.planErased(ErasureApi::marker(a.planId));
            if (!erased)
                return ApiResponse::internal();
            QJsonObject g { { QStringLiteral("planId"), a.planId } };
            if (erased.value())
                g.insert(QStringLiteral("erased"), true);
            // The caller's own membership ended by leaving (from another of their devices): their devices say "you left",
            // not "removed" (review 4, R4-8). Only for a plan the caller was in: nothing is said of anyone else's.
            if (!erased.value() && ended.contains(a.planId)) {
                auto left = m_store.memberLeft(a.planId, ended[a.planId].memberId);
                if (!left)
                    return ApiResponse::internal();
                if (left.value())
                    g.insert(QStringLiteral("left"), true);
            }
            gone.append(g);
            continue;
        }
        const MemberRecord &m = mine[a.planId];
        QList<GrantRecord> grants;
        if (m.status == QLatin1String("active") && m.role != QLatin1String("owner")) {
            auto all = m_store.grants(a.planId);
            if (!all)
                return ApiResponse::internal();
            grants = all.value();
        }
        // A member who waits to be let in reads nothing yet: no sequence number until then.
        qint64 head = 0;
        if (m.status == QLatin1String("active")) {
            auto h = m_store.planHead(a.planId);
            if (!h)
                return ApiResponse::internal();
            head = h.value();
        }
        const QString tag = accessTag(m, grants, request.nowMs);
        if (head > a.after || tag != a.access)
            changed.append(QJsonObject { { QStringLiteral("planId"), a.planId },
                                         { QStringLiteral("head"), head },
                                         { QStringLiteral("access"), tag },
                                         { QStringLiteral("status"), m.status } });
    }
    return ApiResponse::json(200,
                             QJsonObject { { QStringLiteral("changed"), changed },
                                           { QStringLiteral("gone"), gone },
                                           { QStringLiteral("unchanged"), qint64(asked.size() - changed.size() - gone.size()) } });
}

} // namespace samen::service
