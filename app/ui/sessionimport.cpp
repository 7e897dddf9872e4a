// Session: bringing back a plan from a FHIR file on a device without a plan (issue 15; docs/fhir.md, "Import").
#include "core/passphrase.h"
#include "fhir/fhirimporter.h"
#include "store/accesslogcopy.h"
#include "store/planstore.h"
#include "sync/hlcclock.h"
#include "ui/session.h"

#include <QJsonObject>

namespace samen::app {

namespace {

/** The plan in bundle, read with the new store's clock (FhirImporter::read). */
std::function<Result<Session::NewPlan>(HlcClock &)> planFrom(const QJsonObject &bundle)
{
    return [bundle](HlcClock &clock) -> Result<Session::NewPlan> {
        auto plan = FhirImporter::read(bundle, clock);
        if (!plan)
            return plan.error();
        const QList<AccessLogRecord> accessLog = plan->accessLog;
        return Session::NewPlan { plan->ops, plan->planId, plan->ownerMemberId,
                                  [accessLog](PlanStore &store) { return AccessLogCopy::keepImported(store, accessLog); } };
    };
}

/** Reads bundle once without a store: Samen's plain reason when it cannot be brought back. */
Status readable(const QJsonObject &bundle)
{
    HlcClock probe(QStringLiteral("probe"));
    if (const auto plan = FhirImporter::read(bundle, probe); !plan)
        return plan.error();
    return {};
}

} // namespace

bool Session::importPlan(const QJsonObject &bundle, const QString &passphrase)
{
    if (const Status read = readable(bundle); !read) {
        setError(read.error().message);
        return false;
    }
    if (const Status strong = validateNewPassphrase(passphrase); !strong) {
        setError(strong.error().message);
        return false;
    }
    return createStore(DatabaseKey::passphrase(passphrase), KeyStore::Mode::Passphrase, planFrom(bundle));
}

bool Session::importPlanWithKeychain(const QJsonObject &bundle)
{
    if (const Status read = readable(bundle); !read) {
        setError(read.error().message);
        return false;
    }
    return createStoreWithNewKey(planFrom(bundle));
}

} // namespace samen::app
