#include "ui/data/erasecontroller.h"

#include "domain/texthygiene.h"
#include "store/planstore.h"
#include "sync/planerasure.h"
#include "sync/syncclient.h"
#include "ui/plancontroller.h"
#include "ui/session.h"
#include "ui/syncstatus.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcErase)

namespace samen::app {

EraseController::EraseController(QObject *parent)
    : QObject(parent)
{
}

void EraseController::setPlan(PlanController *plan)
{
    if (m_plan == plan)
        return;
    m_plan = plan;
    Q_EMIT planChanged();
}

bool EraseController::erasesAtService() const
{
    return m_plan && m_plan->isOwner() && PlanErasure::isConnected(m_plan->store()) && m_plan->sync()->client();
}

bool EraseController::leavesAtService() const
{
    return m_plan && !m_plan->isOwner() && PlanErasure::isConnected(m_plan->store()) && m_plan->sync()->client();
}

QString EraseController::copyAdvice() const
{
    if (!m_plan || !m_plan->isOwner())
        return {};
    return tr("Do you want to keep a copy? Choose Cancel and first save a copy of your plan. Then come back here.");
}

QString EraseController::firstQuestion() const
{
    if (m_plan && !m_plan->isOwner()) // a member erases their copy, not the plan (review 6, #4)
        return tr("Erase your copy of this plan?");
    return tr("Erase your plan?");
}

QString EraseController::explanation() const
{
    if (!m_plan)
        return {};
    if (erasesAtService())
        return tr("Your plan is deleted from this device and from the case service. The people you invited lose it the next time their "
                  "device syncs. This cannot be undone.");
    if (leavesAtService())
        return tr("You leave %1's plan: %1 sees that you left, and what you could see ends. Your copy is deleted from this device. The plan "
                  "itself stays with %1. To help again later, ask %1 for a new invitation.")
            .arg(TextHygiene::isolate(m_plan->ownerName()));
    if (!m_plan->isOwner())
        return tr("Your copy of %1's plan is deleted from this device. The plan itself belongs to %1: it stays at the case service and "
                  "with the others. This cannot be undone.")
            .arg(TextHygiene::isolate(m_plan->ownerName()));
    return tr("Your plan is deleted from this device. It is only on this device, so after this it is gone. This cannot be undone.");
}

QString EraseController::secondQuestion() const
{
    if (m_plan && !m_plan->isOwner())
        return tr("Are you sure? Your copy will be gone from this device.");
    return tr("Are you sure? Your plan will be gone for good.");
}

void EraseController::erase()
{
    if (!m_plan || m_busy)
        return;
    if (leavesAtService()) {
        leave();
        return;
    }
    if (!erasesAtService()) {
        eraseHere(m_plan->isOwner() ? tr("Your plan is erased from this device. It was only on this device, so it is gone.")
                                    : tr("Your copy of the plan is erased from this device. The plan itself stays with its owner."));
        return;
    }
    m_busy = true;
    m_error.clear();
    m_canEraseHereOnly = false;
    Q_EMIT changed();
    SyncClient *client = m_plan->sync()->client();
    client->stop(); // no round of its own while the plan goes
    QPointer<EraseController> self(this);
    PlanErasure::eraseAtService(*client, m_plan->store(), [self](const Result<PlanErasure::Outcome> &erased) {
        if (!self)
            return;
        if (!erased) {
            const bool offline = erased.error().code == ErrorCode::Network;
            self->fail(offline ? tr("The case service could not be reached, so nothing was erased: not there and not on this device. Try again "
                                    "when you are online.")
                               : tr("The case service did not erase the plan, so nothing was erased. %1").arg(erased.error().message),
                       offline);
            return;
        }
        self->eraseHere(tr("Your plan is erased from this device and from the case service. The people in it lose it at their next sync."));
    });
}

void EraseController::leave()
{
    m_busy = true;
    m_error.clear();
    m_canEraseHereOnly = false;
    Q_EMIT changed();
    SyncClient *client = m_plan->sync()->client();
    client->stop(); // no round of its own while the member leaves
    const QString owner = TextHygiene::isolate(m_plan->ownerName());
    QPointer<EraseController> self(this);
    PlanErasure::leaveAtService(*client, m_plan->store(), [self, owner](const Result<PlanErasure::Outcome> &left) {
        if (!self)
            return;
        if (!left) {
            const bool offline = left.error().code == ErrorCode::Network;
            self->fail(offline ? tr("The case service could not be reached, so you did not leave the plan and nothing was erased. Try again "
                                    "when you are online.")
                               : tr("The case service did not let you leave the plan, so nothing was erased. %1").arg(left.error().message),
                       offline);
            return;
        }
        self->eraseHere(tr("You left %1's plan, and your copy is erased from this device. To help again, ask %1 for a new invitation.").arg(owner));
    });
}

void EraseController::eraseHereOnly()
{
    if (!m_plan || m_busy)
        return;
    if (!m_plan->isOwner()) {
        eraseHere(tr("Your copy of the plan is erased from this device. You are still a member of %1's plan until %1 removes you.")
                      .arg(TextHygiene::isolate(m_plan->ownerName())));
        return;
    }
    eraseHere(tr("Your plan is erased from this device. It is still at the case service and with the people in it."));
}

void EraseController::fail(const QString &message, bool hereOnly)
{
    m_busy = false;
    m_error = message;
    m_canEraseHereOnly = hereOnly;
    if (m_plan && m_plan->sync()->client())
        m_plan->sync()->client()->start(60000); // back to keeping the plan in step
    Q_EMIT changed();
}

void EraseController::eraseHere(const QString &notice)
{
    Session *session = Session::instance();
    if (!session) {
        fail(tr("The plan could not be erased. Please try again."), false);
        return;
    }
    qCInfo(lcErase, "erasing the plan on this device");
    m_busy = true;
    Q_EMIT changed();
    session->eraseHere(notice);
}

} // namespace samen::app
