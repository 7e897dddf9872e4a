#include "sync/planerasure.h"

#include "store/planstore.h"
#include "sync/devicekey.h"
#include "sync/erasureproof.h"
#include "sync/syncclient.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace samen {

bool PlanErasure::isConnected(const PlanStore &store)
{
    return !store.setting(QStringLiteral("sync.serviceMemberId")).isEmpty() && !store.setting(QStringLiteral("sync.deviceId")).isEmpty();
}

void PlanErasure::eraseAtService(SyncClient &client, PlanStore &store, Done done)
{
    const QString planId = store.setting(QStringLiteral("planId"));
    if (!isConnected(store) || planId.isEmpty()) {
        done(Outcome::NotConnected);
        return;
    }
    if (store.setting(QStringLiteral("sync.role")) == QLatin1String("member")) {
        done(Error { ErrorCode::Permission, QCoreApplication::translate("samen", "Only the plan's owner can erase it at the service.") });
        return;
    }
    auto key = DeviceKey::loadOrCreate(store);
    if (!key) {
        done(key.error());
        return;
    }
    const DeviceKey k = key.value();
    const QString deviceId = store.setting(QStringLiteral("sync.deviceId"));
    client.call("POST", QStringLiteral("/v1/auth/challenge"), QJsonObject { { QStringLiteral("deviceId"), deviceId } },
                [&client, done, k, planId](const Result<QJsonObject> &challenge) {
                    if (!challenge) {
                        done(challenge.error());
                        return;
                    }
                    const QString nonce = challenge->value(QStringLiteral("nonce")).toString();
                    const QJsonObject proof { { QStringLiteral("nonce"), nonce },
                                              { QStringLiteral("signature"), QString::fromLatin1(k.sign(ErasureProof::message(planId, nonce)).toBase64()) } };
                    client.call("POST", QStringLiteral("/v1/plans/%1/erase").arg(planId), proof, [done](const Result<QJsonObject> &erased) {
                        if (erased || erased.error().reason == QLatin1String("plan-erased"))
                            done(Outcome::Erased); // erased now, or by an earlier attempt whose answer was lost
                        else if (erased.error().code == ErrorCode::Permission || erased.error().code == ErrorCode::NotFound)
                            done(Error { ErrorCode::Permission,
                                         QCoreApplication::translate("samen", "The service did not let this device erase the plan: only its owner can."),
                                         erased.error().detail, erased.error().reason });
                        else
                            done(erased.error());
                    });
                });
}

void PlanErasure::leaveAtService(SyncClient &client, PlanStore &store, Done done)
{
    const QString planId = store.setting(QStringLiteral("planId"));
    const QString memberId = store.setting(QStringLiteral("sync.serviceMemberId"));
    if (!isConnected(store) || planId.isEmpty()) {
        done(Outcome::NotConnected);
        return;
    }
    client.call("DELETE", QStringLiteral("/v1/plans/%1/members/%2").arg(planId, memberId), {}, [done](const Result<QJsonObject> &left) {
        // Gone already (removed by the owner, or the plan erased): nothing is left to leave.
        if (left && left->value(QStringLiteral("waited")).toBool())
            done(Outcome::Withdrew);
        else if (left || left.error().code == ErrorCode::NotFound || left.error().reason == QLatin1String("plan-erased"))
            done(Outcome::Left);
        else
            done(left.error());
    });
}

} // namespace samen
