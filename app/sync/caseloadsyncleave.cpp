// CaseloadSync: how a plan or the whole caseload leaves a professional's device on purpose or on
// the service's word: the professional leaves a plan (review 4, R4-8), the device is revoked (R4-20).
#include "domain/texthygiene.h"
#include "store/caseloadfolder.h"
#include "sync/caseloadsync.h"
#include "sync/synchttp.h"
#include "sync/withdrawal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace samen {

namespace {
const QString kRevoked = QStringLiteral("caseload.revoked"); ///< "1" once the service said this device is revoked

/** What a leave says when the service cannot be reached (WHO: the citizen's name, isolated). */
QString notLeftOffline(const QString &who)
{
    return QCoreApplication::translate("samen",
                                       "The case service could not be reached, so you did not leave %1's plan. Nothing was changed: try again "
                                       "when you are online.")
        .arg(who);
}
} // namespace

QString CaseloadSync::revokedSentence()
{
    return QCoreApplication::translate("samen",
                                       "This device was disconnected from the case service: it was revoked, by your administrator or from "
                                       "another device of yours. A disconnected device is no longer trusted with citizens' plans, so they "
                                       "were removed from it; they are still at the service. To work with them again, ask your administrator "
                                       "for a new enrolment code for your existing account, not for a new account (a new account starts "
                                       "empty), or make one on another device of yours; then connect this device again with it.");
}

QString CaseloadSync::reconnectCommand()
{
    return QCoreApplication::translate("samen",
                                       "Connect again with: samen-cli connect --enrol-code CODE (a code for your existing account from your "
                                       "administrator, or from device add on another device of yours).");
}

bool CaseloadSync::isRevoked(const SettingStore &device)
{
    return device.setting(kRevoked) == QLatin1String("1");
}

void CaseloadSync::leave(const QString &planId, Done<QString> done)
{
    const QJsonObject row = m_folder.device().row(planId);
    if (row.isEmpty()) {
        done(Error { ErrorCode::NotFound, QCoreApplication::translate("samen", "This plan is not in your caseload.") });
        return;
    }
    const QString citizen = row.value(QStringLiteral("citizen")).toString();
    if (m_running) { // after the round that runs now (the app's rounds run on their own)
        // Unless the service could not be reached at the last round: this round's retries can take minutes, and the
        // professional would wait without an answer, then leave when it came back (review 5, #2). Said now, as offline.
        if (offlineSince(m_folder.device()).isValid()) {
            done(Error { ErrorCode::Network, notLeftOffline(TextHygiene::isolate(citizen)) });
            return;
        }
        m_afterRound.append([this, planId, done] { leave(planId, done); });
        return;
    }
    auto store = m_folder.plan(planId);
    const QString memberId = store ? store.value()->setting(QStringLiteral("sync.serviceMemberId")) : QString();
    if (memberId.isEmpty()) {
        done(Error { ErrorCode::Damaged,
                     QCoreApplication::translate("samen",
                                                 "This device cannot tell the service who you are in this plan, so you did not leave it. Nothing "
                                                 "was changed: let the next sync fetch the plan again, then try again.") });
        return;
    }
    if (store.value()->outbox(-1).isEmpty()) {
        leaveMembership(planId, memberId, citizen, std::move(done));
        return;
    }
    // What was made here and not sent yet goes to the service first (review 5, #1): leaving takes the plan off this
    // device, and those changes with it. When they cannot all be sent, nothing changes.
    m_running = true; // no other round of the plan meanwhile
    syncPlan(planId, [this, planId, memberId, citizen, done](const Result<SyncSummary> &round) {
        m_running = false;
        const bool stillHere = !m_folder.device().row(planId).isEmpty();
        if (round && round->waiting == 0 && stillHere) {
            leaveMembership(planId, memberId, citizen, done);
            return;
        }
        // The round found the plan gone already (the citizen removed the professional, withdrew all, or erased it): there is
        // nothing left to leave, and its notice says what happened, not that changes wait (review 5).
        if (!stillHere) {
            done(notices().value(notices().size() - 1));
            runWaitingSoon();
            return;
        }
        const QString who = TextHygiene::isolate(citizen);
        done(Error { round ? ErrorCode::Conflict : round.error().code,
                     !round && round.error().code != ErrorCode::Network
                         ? QCoreApplication::translate("samen",
                                                       "Changes you made in %1's plan could not be sent, so you did not leave it: leaving "
                                                       "would lose them. %2")
                               .arg(who, round.error().message)
                         : QCoreApplication::translate("samen",
                                                       "Changes you made in %1's plan have not been sent yet, so you did not leave it: "
                                                       "leaving would lose them. Nothing was changed: try again when you are online.")
                               .arg(who) });
        runWaitingSoon();
    });
}

void CaseloadSync::leaveMembership(const QString &planId, const QString &memberId, const QString &citizen, Done<QString> done)
{
    m_running = true; // no round of the plan while it goes
    // A join that still waits is taken back, not left (trial after stop 36: "You left Robin's plan").
    const bool waiting = m_folder.device().row(planId).value(QStringLiteral("waiting")).toBool();
    call("DELETE", QStringLiteral("/v1/plans/%1/members/%2").arg(planId, memberId), {},
         [this, planId, citizen, waiting, done](const Result<QJsonObject> &left) {
             m_running = false;
             // Gone already (the citizen removed the professional, or erased the plan): there is nothing left to leave.
             const bool gone = left || left.error().code == ErrorCode::NotFound || left.error().reason == QLatin1String("plan-erased");
             if (!gone) {
                 const QString who = TextHygiene::isolate(citizen);
                 done(Error { left.error().code,
                              left.error().code == ErrorCode::Network
                                  ? notLeftOffline(who)
                                  : QCoreApplication::translate("samen", "The case service did not let you leave %1's plan. Nothing was changed. %2")
                                        .arg(who, left.error().message),
                              // A network reason would have samen-cli say only what the network did (CliContext::fail): this sentence
                              // also says that nothing changed.
                              left.error().detail, left.error().code == ErrorCode::Network ? QString() : left.error().reason });
             } else {
                 qCInfo(lcSync, "the professional left a plan");
                 dropPlan(planId, waiting ? QStringLiteral("withdrew") : QStringLiteral("left"));
                 done(notices().value(notices().size() - 1));
             }
             runWaitingSoon();
         });
}

void CaseloadSync::whyGone(const QString &planId, std::function<void(const QString &why)> done)
{
    // One entry of the caseload's changes: the service says "left" of a plan the caller left from any of their devices.
    const QJsonObject asked { { QStringLiteral("planId"), planId }, { QStringLiteral("after"), 0 } };
    call("POST", QStringLiteral("/v1/caseload/changes"), QJsonObject { { QStringLiteral("plans"), QJsonArray { asked } } },
         [planId, done](const Result<QJsonObject> &answer) {
             bool left = false;
             if (answer) {
                 for (const QJsonValue &g : answer->value(QStringLiteral("gone")).toArray())
                     left = left || (g[QStringLiteral("planId")].toString() == planId && g[QStringLiteral("left")].toBool());
             }
             done(left ? QStringLiteral("left") : QStringLiteral("removed"));
         });
}

void CaseloadSync::dropRevoked()
{
    if (m_revoked)
        return;
    m_revoked = true;
    stop();
    m_http->clearToken();
    DeviceStore &device = m_folder.device();
    int unsentLost = 0;
    int dropped = 0;
    for (const QString &planId : device.planIds()) {
        if (const auto store = m_folder.plan(planId))
            unsentLost += Withdrawal::unsentIn(*store.value());
        if (Status s = m_folder.removePlan(planId); !s)
            qCWarning(lcSync, "a plan of a revoked device could not be deleted");
        else
            ++dropped;
    }
    qCInfo(lcSync, "this device was revoked: %d plan(s) taken off it", dropped);
    // The service no longer knows the device: it enrols anew with a code (samen-cli connect --enrol-code).
    (void)device.setSettings({ { QStringLiteral("sync.deviceId"), QString() },
                               { QStringLiteral("sync.deviceKey"), QString() },
                               { kRevoked, QStringLiteral("1") },
                               { QStringLiteral("caseload.offlineSince"), QString() },
                               { QStringLiteral("caseload.lastError"), QStringLiteral("device-revoked") } }); // worded when shown (lastError)
    addNotice(QJsonObject { { QStringLiteral("kind"), QStringLiteral("revoked") }, { QStringLiteral("unsentLost"), unsentLost } });
    emit caseloadChanged();
}

} // namespace samen
