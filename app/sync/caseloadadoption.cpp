#include "sync/caseloadadoption.h"

#include "domain/texthygiene.h"
#include "store/caseloadfolder.h"
#include "store/caseloadsummary.h"
#include "store/devicestore.h"
#include "sync/caseloadchanges.h"
#include "sync/syncclient.h"
#include "sync/synchttp.h"

#include <QJsonArray>

namespace samen {

namespace {

const QString kAccountOrganisation = QStringLiteral("account.organisation");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool isMembership(const QJsonObject &m)
{
    // Removed memberships are not listed (PlanApi::listPlans); a role other than a member's is not a caseload's.
    const QString status = str(m, "status");
    return !str(m, "planId").isEmpty() && !str(m, "memberId").isEmpty() && (status == QLatin1String("active") || status == QLatin1String("pending"))
        && str(m, "role") != QLatin1String("owner");
}

} // namespace

QString CaseloadAdoption::accountOrganisation(const SettingStore &device)
{
    return device.setting(kAccountOrganisation);
}

void CaseloadAdoption::listMemberships(SyncHttp &http, CaseloadFolder &folder, Done<QList<QJsonObject>> done)
{
    auto c = std::make_shared<SyncHttp::Request>();
    c->verb = "GET";
    c->path = QStringLiteral("/v1/plans");
    c->done = [&folder, done](const Result<QJsonObject> &listed) {
        if (!listed) {
            done(listed.error());
            return;
        }
        if (!listed->value(QStringLiteral("plans")).isArray()) {
            done(CaseloadChanges::incompleteAnswer());
            return;
        }
        // The operator's words for the account (review 5: a row of an invitation without an organisation showed none).
        const QString organisation
            = TextHygiene::withoutInvisible(listed->value(QStringLiteral("registered")).toObject().value(QStringLiteral("organisation")).toString().left(120));
        if (!organisation.isEmpty() && folder.device().setting(kAccountOrganisation) != organisation)
            (void)folder.device().setSetting(kAccountOrganisation, organisation);
        QList<QJsonObject> out;
        for (const QJsonValue &p : listed->value(QStringLiteral("plans")).toArray()) {
            if (isMembership(p.toObject()))
                out.append(p.toObject());
        }
        done(out);
    };
    http.send(c);
}

Status CaseloadAdoption::add(CaseloadFolder &folder, const QJsonObject &membership)
{
    const QString planId = str(membership, "planId");
    const bool waiting = str(membership, "status") != QLatin1String("active");
    // The citizen's name arrives with the plan (CaseloadSummary); until then, for a join that waits, the name the
    // invitation gave (the service lists it with the membership, as the join answered it).
    const QString from = TextHygiene::withoutInvisible(membership.value(QStringLiteral("from")).toObject().value(QStringLiteral("name")).toString());
    auto store = folder.addPlan(planId, CaseloadSummary::beforeArrival(waiting ? from : QString(), waiting));
    if (!store)
        return store.error();
    const Status s = takeUp(*store.value(), membership);
    if (!s)
        (void)folder.removePlan(planId);
    return s;
}

Status CaseloadAdoption::takeUp(PlanStore &store, const QJsonObject &membership)
{
    // As a join leaves it (SyncClient::takeUpJoin), but a membership let in already does not wait.
    Status s = SyncClient::takeUpJoin(store, membership);
    if (s && str(membership, "status") == QLatin1String("active"))
        s = store.setSetting(QStringLiteral("join.waiting"), QString());
    return s;
}

void CaseloadAdoption::adoptNew(SyncHttp &http, CaseloadFolder &folder, bool letGoToo, const QStringList &again, Done<QStringList> done)
{
    listMemberships(http, folder, [&folder, letGoToo, again, done](const Result<QList<QJsonObject>> &memberships) {
        if (!memberships) {
            done(memberships.error());
            return;
        }
        const QStringList held = letGoToo ? folder.device().planIds() : folder.device().heldPlanIds();
        QStringList added;
        for (const QJsonObject &m : memberships.value()) {
            const QString planId = str(m, "planId");
            if ((held.contains(planId) && !again.contains(planId)) || folder.device().planIds().contains(planId) || !DeviceStore::isPlanId(planId))
                continue;
            if (Status s = add(folder, m); !s) {
                done(s.error());
                return;
            }
            added.append(planId);
        }
        done(added);
    });
}

} // namespace samen
