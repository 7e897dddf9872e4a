#pragma once

#include "core/result.h"
#include "ui/caseload/caseloaditem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace samen {
class PlanStore;
class SettingStore;
} // namespace samen

namespace samen::app {

/**
 * Where a professional's caseload comes from: the rows of the caseload (cheap, no
 * plan store opened) and each plan's own encrypted store, opened on demand. The
 * app's CaseloadController works only through this, so it does not know how the
 * device keeps its plans (device.db and one store per plan, see docs/architecture.md).
 * Threading rule: used on the UI thread only.
 */
class CaseloadSource
{
public:
    virtual ~CaseloadSource() = default;
    /** Every plan this professional is a member of, in no particular order. */
    virtual QList<CaseloadItem> items() = 0;
    /** The plan's store (its planId and memberId are in its settings), shared with the sync; a plain error when it cannot be opened. */
    virtual Result<std::shared_ptr<PlanStore>> openPlan(const QString &planId) = 0;
    /**
     * Plain sentences about plans taken off this device (the professional was removed from
     * them: the store and row are gone), oldest first, kept until dismissed; empty when none.
     */
    virtual QStringList notices() const { return {}; }
    virtual void dismissNotices() { }
    /** Called whenever the rows or notices change on their own (a sync round); set by CaseloadController. */
    virtual void setChangedHandler(std::function<void()> changed) { Q_UNUSED(changed); }
    /**
     * Where the device's service and sign-in are kept (device.db), so an open plan shows its sync
     * state (SyncStatus::followCaseload); nullptr when the caseload has no service (a test's).
     */
    virtual SettingStore *identity() { return nullptr; }
    /**
     * Deletes a plan from this device (its store and key, CaseloadFolder::removePlan); the plan
     * stays at the service and with its citizen. A plain error when it cannot.
     */
    virtual Status erasePlan(const QString &planId);
    /**
     * The professional leaves a plan at the service (the citizen sees it; CaseloadSync::leave), after which it leaves
     * the caseload and this device. done gets "" and the notice that says so, or the plain reason nothing changed
     * (offline, refused). Without a service: the reason at once.
     */
    virtual void leavePlan(const QString &planId, std::function<void(const QString &error, const QString &notice)> done);
    /**
     * True when the service revoked this device (CaseloadSync::isRevoked): its plans were taken off it and it is
     * enrolled no more, until connectAgain.
     */
    virtual bool disconnected() const { return false; }
    /**
     * Enrols a revoked device again with a new enrolment code (or the whole link from another device of the
     * professional's) at the service it was enrolled at, and takes up the account's plans. done gets "" when
     * connected, else the plain reason (nothing changed).
     */
    virtual void connectAgain(const QString &code, std::function<void(const QString &error)> done);
    /** Called after a local change to a plan (it is sent soon). */
    virtual void planEdited(const QString &planId) { Q_UNUSED(planId); }
    /** A round of every plan now, not after the waits between attempts (CaseloadSync::tryNow); nothing without a service. */
    virtual void syncNow() { }
    /** True while a round runs. */
    virtual bool syncing() const { return false; }
    /**
     * Joins another plan with an invitation code or link; done gets "" when the plan is in
     * the caseload, else a plain sentence. Without a service: a plain sentence at once.
     */
    virtual void join(const QString &code, std::function<void(const QString &error)> done);
};

inline Status CaseloadSource::erasePlan(const QString &planId)
{
    Q_UNUSED(planId);
    return Status::fail(ErrorCode::Usage, QCoreApplication::translate("samen", "This plan cannot be erased from this device."));
}

inline void CaseloadSource::leavePlan(const QString &planId, std::function<void(const QString &error, const QString &notice)> done)
{
    Q_UNUSED(planId);
    done(QCoreApplication::translate("samen", "This device is not connected to a service, so you cannot leave a plan from it."), QString());
}

inline void CaseloadSource::connectAgain(const QString &code, std::function<void(const QString &error)> done)
{
    Q_UNUSED(code);
    done(QCoreApplication::translate("samen", "This caseload has no case service to connect to."));
}

inline void CaseloadSource::join(const QString &code, std::function<void(const QString &error)> done)
{
    Q_UNUSED(code);
    done(QCoreApplication::translate("samen", "This device is not connected to a service, so it cannot join a plan."));
}

} // namespace samen::app
