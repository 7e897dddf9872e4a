#include "ui/caseload/caseloadcontroller.h"

#include "domain/texthygiene.h"
#include "store/planstore.h"
#include "ui/caseload/caseloadmodel.h"
#include "ui/caseload/caseloadreach.h"
#include "ui/plancontroller.h"
#include "ui/syncstatus.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

namespace samen::app {

CaseloadController::CaseloadController(std::unique_ptr<CaseloadSource> source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_model(new CaseloadModel(this))
    , m_reach(new CaseloadReach(*m_source, this))
{
    m_source->setChangedHandler([this] { refresh(); });
    refresh();
}

CaseloadController::~CaseloadController()
{
    // The plans close (their stores wipe their keys) before the source that opened them.
    for (OpenPlan &open : m_open)
        delete open.plan;
    m_open.clear();
}

PlanController *CaseloadController::currentPlan() const
{
    if (m_currentId.isEmpty())
        return nullptr;
    for (const OpenPlan &open : m_open) {
        if (open.planId == m_currentId)
            return open.plan;
    }
    return nullptr;
}

QString CaseloadController::currentName() const
{
    return m_currentId.isEmpty() ? QString() : m_model->citizenName(m_currentId);
}

QStringList CaseloadController::openPlanIds() const
{
    QStringList ids;
    for (const OpenPlan &open : m_open)
        ids.append(open.planId);
    return ids;
}

bool CaseloadController::openPlan(const QString &planId)
{
    clearError();
    clearLeaveError();
    if (planId == m_currentId && currentPlan())
        return true;
    const QString name = TextHygiene::isolate(m_model->citizenName(planId)); // put into sentences below
    if (name.isEmpty()) {
        setError(tr("This plan is not in your caseload any more."));
        return false;
    }
    auto found = std::find_if(m_open.begin(), m_open.end(), [&](const OpenPlan &open) { return open.planId == planId; });
    if (found != m_open.end()) {
        std::rotate(m_open.begin(), found, found + 1); // most recent first
    } else {
        auto store = m_source->openPlan(planId);
        if (!store && store.error().code == ErrorCode::Damaged) {
            // Repaired now, not when the plan next changes at the service (review 4, R4-22): its round rebuilds the copy and
            // fetches it again (CaseloadSync::rebuildDamaged), with the caseload's notice.
            setError(tr("%1's plan could not be read on this device. The next sync fetches it again.").arg(name));
            m_source->planEdited(planId);
            return false;
        }
        if (!store) {
            setError(tr("%1's plan could not be opened on this device. %2").arg(name, store.error().message));
            return false;
        }
        std::shared_ptr<PlanStore> opened = std::move(store).value();
        const QString memberId = opened->setting(QStringLiteral("memberId"));
        auto *plan = new PlanController(std::move(opened), planId, memberId, this);
        connect(plan, &PlanController::edited, this, [this, planId] { m_source->planEdited(planId); });
        // The caseload's rounds sync the plan; its status line reads what they leave (not "only on this device").
        if (SettingStore *identity = m_source->identity())
            plan->sync()->followCaseload(*identity, [this, planId] { m_source->planEdited(planId); });
        connect(
            plan, &PlanController::planRemoved, this,
            [this, planId](const QString &) {
                drop(planId);
                refresh();
            },
            Qt::QueuedConnection);
        connect(
            plan, &PlanController::damaged, this,
            [this, planId, name] {
                drop(planId);
                setError(tr("%1's plan could not be read on this device. The next sync fetches it again.").arg(name));
                m_source->planEdited(planId); // that sync, now: its round rebuilds the copy and fetches it (CaseloadSync::rebuildDamaged)
            },
            Qt::QueuedConnection);
        m_open.insert(m_open.begin(), OpenPlan { planId, plan });
        while (int(m_open.size()) > keptOpen) {
            delete m_open.back().plan;
            m_open.pop_back();
        }
    }
    m_currentId = planId;
    Q_EMIT currentChanged();
    return true;
}

void CaseloadController::closePlan()
{
    if (m_currentId.isEmpty())
        return;
    m_currentId.clear();
    Q_EMIT currentChanged();
}

void CaseloadController::refresh()
{
    QHash<QString, QString> openNames;
    for (const OpenPlan &open : m_open)
        openNames.insert(open.planId, m_model->citizenName(open.planId));
    const QList<CaseloadItem> items = m_source->items();
    m_model->setItems(items);
    QSet<QString> still;
    for (const CaseloadItem &item : items)
        still.insert(item.planId);
    const bool told = !m_source->notices().isEmpty();
    for (auto it = openNames.cbegin(); it != openNames.cend(); ++it) {
        if (still.contains(it.key()))
            continue;
        drop(it.key());
        if (!told && !it.value().isEmpty())
            m_ownNotices.append(tr("You are no longer part of %1's plan. It has been removed from this device.").arg(TextHygiene::isolate(it.value())));
    }
    updateNotice();
    if (const bool disconnected = m_source->disconnected(); disconnected != m_disconnected) {
        m_disconnected = disconnected;
        Q_EMIT disconnectedChanged();
    }
    m_reach->update();
    // The plan open now reads what the round brought, and the open plans' status lines how it ended.
    for (const OpenPlan &open : m_open)
        open.plan->sync()->caseloadRoundEnded();
    if (PlanController *open = currentPlan())
        open->refresh();
}

void CaseloadController::join(const QString &code)
{
    runOnce(
        &CaseloadController::m_joining, &CaseloadController::joiningChanged, &CaseloadController::joined,
        [this, code](std::function<void(const QString &)> done) { m_source->join(code, std::move(done)); }, joinGiveUpMs,
        tr("The service did not answer, so you did not join the plan. Check the internet connection and try again in a few "
           "minutes. If it still does not work, ask your administrator whether the service is running."));
}

void CaseloadController::cancelJoin()
{
    if (!m_joining)
        return;
    ++m_run; // the answer of the join that ran is not shown
    m_joining = false;
    Q_EMIT joiningChanged();
    clearError();
}

void CaseloadController::runOnce(bool CaseloadController::*busy, void (CaseloadController::*busyChanged)(), void (CaseloadController::*succeeded)(),
                                 const std::function<void(std::function<void(const QString &)>)> &start, int giveUpMs, const QString &giveUpError)
{
    if (this->*busy)
        return;
    clearError();
    this->*busy = true;
    Q_EMIT(this->*busyChanged)();
    const quint64 run = ++m_run;
    QPointer<CaseloadController> guard(this);
    auto finish = [guard, run, busy, busyChanged, succeeded](const QString &error) {
        if (!guard)
            return;
        CaseloadController &self = *guard;
        if (self.m_run != run || !(self.*busy)) {
            self.refresh(); // cancelled or given up: what it did after all shows, nothing is said
            return;
        }
        ++self.m_run;
        self.*busy = false;
        Q_EMIT(self.*busyChanged)();
        self.refresh();
        if (!error.isEmpty())
            self.setError(error);
        else if (succeeded)
            Q_EMIT(self.*succeeded)();
    };
    if (giveUpMs > 0)
        QTimer::singleShot(giveUpMs, this, [this, run, finish, giveUpError] {
            if (m_run == run)
                finish(giveUpError);
        });
    start(finish);
}

QString CaseloadController::leaveQuestion() const
{
    return m_currentId.isEmpty() ? QString() : tr("Leave %1's plan?").arg(TextHygiene::isolate(currentName()));
}

QString CaseloadController::leaveExplanation() const
{
    if (m_currentId.isEmpty())
        return {};
    return tr("You stop helping with this plan. %1 sees that you left, and what you could see and change ends. The plan is removed from "
              "this device and from your other devices. The plan itself stays with %1. To help %1 again later, you need a new invitation.")
        .arg(TextHygiene::isolate(currentName()));
}

void CaseloadController::leaveCurrentPlan()
{
    if (m_leaving || m_currentId.isEmpty())
        return;
    clearError();
    m_leaving = true;
    m_leaveError.clear();
    Q_EMIT leavingChanged();
    const QString planId = m_currentId;
    QPointer<CaseloadController> guard(this);
    m_source->leavePlan(planId, [guard, planId](const QString &error, const QString &notice) {
        if (!guard)
            return;
        guard->m_leaving = false;
        guard->m_leaveError = error; // when set, nothing changed: the plan stays open
        Q_EMIT guard->leavingChanged();
        if (!error.isEmpty())
            return;
        guard->drop(planId);
        // The source keeps the notice (the caseload's); a source that keeps none has it said here.
        if (!guard->m_source->notices().contains(notice) && !notice.isEmpty())
            guard->m_ownNotices.append(notice);
        guard->refresh();
        Q_EMIT guard->left();
    });
}

void CaseloadController::connectAgain(const QString &code)
{
    runOnce(&CaseloadController::m_connecting, &CaseloadController::disconnectedChanged, nullptr,
            [this, code](std::function<void(const QString &)> done) { m_source->connectAgain(code, std::move(done)); });
}

void CaseloadController::clearLeaveError()
{
    if (m_leaveError.isEmpty())
        return;
    m_leaveError.clear();
    Q_EMIT leavingChanged();
}

void CaseloadController::drop(const QString &planId)
{
    auto found = std::find_if(m_open.begin(), m_open.end(), [&](const OpenPlan &open) { return open.planId == planId; });
    if (found == m_open.end())
        return;
    const bool wasCurrent = planId == m_currentId;
    if (wasCurrent)
        m_currentId.clear();
    PlanController *plan = found->plan;
    m_open.erase(found);
    if (wasCurrent)
        Q_EMIT currentChanged(); // QML lets go of the plan before it is deleted
    plan->deleteLater();
}

void CaseloadController::eraseFromDevice(const QString &planId, const QString &notice)
{
    auto remove = [this, planId, notice] {
        if (Status removed = m_source->erasePlan(planId); !removed) {
            setError(removed.error().message);
            return;
        }
        m_ownNotices.append(notice);
        refresh();
    };
    auto found = std::find_if(m_open.begin(), m_open.end(), [&](const OpenPlan &open) { return open.planId == planId; });
    if (found == m_open.end()) {
        remove();
        return;
    }
    // The store closes when its controller is gone; only then are its files deleted.
    connect(found->plan, &QObject::destroyed, this, remove);
    drop(planId);
}

void CaseloadController::updateNotice()
{
    // Newest first, and only the newest few unless asked: the notice of today was last under 30 old ones (review 5, #2).
    QStringList all = m_source->notices() + m_ownNotices;
    std::reverse(all.begin(), all.end());
    const int count = int(all.size());
    if (!m_allNotices && count > noticesShown)
        all = all.mid(0, noticesShown);
    const QString notice = all.join(QLatin1Char('\n'));
    if (notice == m_notice && count == m_noticeCount)
        return;
    m_notice = notice;
    m_notices = all;
    m_noticeCount = count;
    Q_EMIT noticeChanged();
}

void CaseloadController::setAllNotices(bool all)
{
    if (all == m_allNotices)
        return;
    m_allNotices = all;
    const QString before = m_notice;
    updateNotice(); // emits when the text changed
    if (m_notice == before)
        Q_EMIT noticeChanged(); // allNotices and the button's words changed all the same
}

QString CaseloadController::noticesToggleText() const
{
    if (m_noticeCount <= noticesShown)
        return {};
    return m_allNotices ? tr("Show only the newest notices") : tr("Show all %1 notices").arg(m_noticeCount);
}

void CaseloadController::dismissNotice()
{
    m_ownNotices.clear();
    m_allNotices = false;
    m_source->dismissNotices();
    updateNotice();
}

void CaseloadController::setError(const QString &message)
{
    m_error = message;
    Q_EMIT errorChanged();
}

void CaseloadController::clearError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    Q_EMIT errorChanged();
}

} // namespace samen::app
