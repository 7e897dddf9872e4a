#include "ui/plancontroller.h"

#include "domain/editundo.h"
#include "domain/goalprogress.h"
#include "domain/planeditor.h"
#include "domain/texthygiene.h"
#include "domain/writerule.h"
#include "models/planmodels.h"
#include "store/deviceaccess.h"
#include "store/goalsummary.h"
#include "store/pagecheck.h"
#include "store/planstore.h"
#include "store/planview.h"
#include "sync/withdrawal.h"
#include "ui/pagecheckwatch.h"
#include "ui/syncstatus.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcPlan, "samen.app.plan")

namespace samen::app {

PlanController::PlanController(std::shared_ptr<PlanStore> store, QString planId, QString memberId, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_planId(std::move(planId))
    , m_memberId(std::move(memberId))
    , m_domains(new DomainListModel(this))
    , m_timeline(new TimelineModel(this))
    , m_members(new MemberListModel(this))
{
    // Floored by the store's high-water mark: no edit sorts before what this device has seen.
    m_clock = m_store->makeClock();
    m_view = std::make_unique<PlanView>(*m_store, m_planId);
    refresh();
    m_sync = std::make_unique<SyncStatus>(*m_store, *m_clock);
    connect(m_sync.get(), &SyncStatus::updated, this, &PlanController::refresh);
    // Refused changes are described with the plan's titles, in the current language.
    connect(this, &PlanController::changed, m_sync.get(), &SyncStatus::reloadRefused);
    // A store opened with its page check left for later (Session): checked after the first frame;
    // a damaged page found then closes the plan as damage found while reading does.
    if (auto check = m_store->pendingPageCheck()) {
        auto *watch = new PageCheckWatch(check, this);
        connect(watch, &PageCheckWatch::finished, this, [this](bool intact) {
            if (!intact)
                Q_EMIT damaged();
        });
        watch->startAfterFirstFrame();
    }
}

PlanController::~PlanController() = default;

QDate PlanController::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QString PlanController::name() const
{
    return m_store->entity(m_planId).value_or(QJsonObject()).value(QStringLiteral("name")).toString();
}

QString PlanController::story() const
{
    return m_view->story().value(QStringLiteral("text")).toString();
}

QStringList PlanController::storyVersions() const
{
    QStringList versions;
    for (const QJsonValue &v : m_view->story().value(QStringLiteral("conflict")).toArray())
        versions.append(v.toObject().value(QStringLiteral("text")).toString());
    return versions;
}

QString PlanController::ownerName() const
{
    for (const QJsonValue &m : m_view->members()) {
        if (m.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("citizen"))
            return m.toObject().value(QStringLiteral("name")).toString();
    }
    return {};
}

QString PlanController::ownerInText() const
{
    const QString owner = ownerName();
    return owner.isEmpty() ? tr("the owner of the plan") : TextHygiene::isolate(owner);
}

QString PlanController::title() const
{
    if (m_access.isOwner())
        return tr("My plan");
    const QString owner = ownerName();
    return owner.isEmpty() ? tr("The plan") : tr("%1's plan").arg(TextHygiene::isolate(owner));
}

QVariantMap PlanController::domainAccess() const
{
    QVariantMap map;
    for (int i = 0; i < m_domains->rowCount(); ++i) {
        const QString key = m_domains->get(i).value(QStringLiteral("key")).toString();
        if (m_access.canRead(key))
            map.insert(key, m_access.canWrite(key) ? QStringLiteral("write") : QStringLiteral("read"));
    }
    return map;
}

QString PlanController::coordinatorName() const
{
    for (const QJsonValue &m : m_view->members()) {
        if (m.toObject().value(QStringLiteral("coordinator")).toBool())
            return m.toObject().value(QStringLiteral("name")).toString();
    }
    return {};
}

PlanEditor PlanController::editor()
{
    return PlanEditor(*m_store, *m_clock, m_planId, m_memberId);
}

void PlanController::fail(const QString &message)
{
    m_errorField.clear();
    m_lastError = message;
    Q_EMIT lastErrorChanged();
}

void PlanController::clearError()
{
    if (!m_lastError.isEmpty() || !m_errorField.isEmpty()) {
        m_lastError.clear();
        m_errorField.clear();
        Q_EMIT lastErrorChanged();
    }
}

QString PlanController::applyEdit(const Result<Edit> &edit)
{
    if (!edit) {
        fail(edit.error().message);
        return {};
    }
    if (const Status allowed = WriteRule::check(*m_store, m_access, edit->ops); !allowed) {
        fail(allowed.error().message);
        return {};
    }
    if (const Status stored = m_store->applyLocal(edit->ops); !stored) {
        qCWarning(lcPlan, "could not store a change (%s)", qPrintable(errorCodeName(stored.error().code)));
        if (!m_store->health()) {
            Q_EMIT damaged();
            return {};
        }
        fail(tr("Your change could not be saved. Nothing was changed. Please try again."));
        return {};
    }
    clearError();
    if (m_undo) { // a newer change: the last one can no longer be undone on its own
        m_undo.reset();
        Q_EMIT undoChanged();
    }
    refresh();
    m_sync->changeMade();
    Q_EMIT edited();
    return edit->entityId;
}

bool PlanController::follow(QObject *receiver, QPointer<PlanController> &slot, PlanController *plan, const std::function<void()> &onChange)
{
    if (slot == plan)
        return false;
    if (slot)
        disconnect(slot, nullptr, receiver, nullptr);
    slot = plan;
    if (slot)
        connect(slot, &PlanController::changed, receiver, onChange);
    return true;
}

Result<std::optional<QDate>> PlanController::parseDate(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::optional<QDate>();
    // 2026-12-31, or day first as people in the Netherlands write it: 31-12-2026, 31/12/2026, 31.12.2026.
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})$"));
    QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (const QRegularExpressionMatch m = dayFirst.match(text.trimmed()); !d.isValid() && m.hasMatch())
        d = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (!d.isValid())
        return Result<std::optional<QDate>>::fail(ErrorCode::Validation, tr("Write the date like 31-12-2026."));
    return std::optional<QDate>(d);
}

const QJsonArray &PlanController::goals() const
{
    if (!m_goals)
        m_goals = m_view->goals();
    return *m_goals;
}

void PlanController::refresh()
{
    m_goals.reset(); // the store may have changed: every list reads the goals again
    if (!m_store->health()) {
        Q_EMIT damaged();
        return;
    }
    if (m_store->setting(QStringLiteral("planId")).isEmpty()) {
        Q_EMIT planRemoved(Withdrawal::noticeText(*m_store));
        return;
    }
    m_access = DeviceAccess::load(*m_store);
    if (hasAccess() && m_store->setting(QStringLiteral("join.waiting")) == QLatin1String("1"))
        (void)m_store->setSetting(QStringLiteral("join.waiting"), QString()); // let in: a later withdrawal is not a wait
    // The home's first screen: each domain's goal count and next step, without building every goal and
    // step (issue 18); the goals are read when a list first asks for them (goals()).
    m_domains->reload(*m_view, summarizeGoals(*m_store, m_planId));
    m_timeline->reload(*m_view);
    m_members->reload(*m_view, today());
    // A damaged page met while reading: the models may be incomplete, so they are not shown.
    if (!m_store->health()) {
        Q_EMIT damaged();
        return;
    }
    Q_EMIT changed();
}

bool PlanController::setStory(const QString &text)
{
    const auto state = m_store->fieldState(m_planId, QStringLiteral("story"));
    if (state && state->inConflict())
        return !apply(editor().resolveConflict(m_planId, QStringLiteral("story"), text)).isEmpty();
    return !apply(editor().setStory(text)).isEmpty();
}

bool PlanController::moveDomain(const QString &key, int delta)
{
    return !apply(editor().moveDomain(key, delta)).isEmpty();
}

bool PlanController::assess(const QString &key, int score, const QString &note)
{
    return !apply(editor().assess(key, score, note, today())).isEmpty();
}

QString PlanController::addGoal(const QString &domainKey, const QString &title, const QString &why, const QString &dueText)
{
    std::optional<QDate> due;
    if (!checkFormField(QStringLiteral("goal"), QStringLiteral("title"), title)
        || (!why.trimmed().isEmpty() && !checkFormField(QStringLiteral("goal"), QStringLiteral("why"), why)) || !checkFormDate(dueText, due))
        return {};
    return apply(editor().addGoal(domainKey, title, why, due));
}

bool PlanController::setGoalStatus(const QString &goalId, const QString &status)
{
    return !apply(editor().setGoalStatus(goalId, status)).isEmpty();
}

QString PlanController::addStep(const QString &goalId, const QString &title, const QString &ownerId, const QString &dueText)
{
    std::optional<QDate> due;
    if (!checkFormField(QStringLiteral("step"), QStringLiteral("title"), title) || !checkFormDate(dueText, due))
        return {};
    return apply(editor().addStep(goalId, title, ownerId.isEmpty() ? m_memberId : ownerId, due));
}

bool PlanController::completeStep(const QString &stepId)
{
    const QString title = m_store->entity(stepId).value_or(QJsonObject()).value(QStringLiteral("title")).toString();
    if (apply(editor().completeStep(stepId)).isEmpty())
        return false;
    Q_EMIT stepCompleted(title);
    return true;
}

QVariantMap PlanController::goal(const QString &goalId) const
{
    for (const QJsonValue &g : goals()) {
        const QJsonObject o = g.toObject();
        if (o.value(QStringLiteral("id")).toString() == goalId) {
            QVariantMap map = o.toVariantMap();
            map.remove(QStringLiteral("steps"));
            map.remove(QString(kTombstoneField)); // a goal brought back is the goal it was
            const QDate due = QDate::fromString(o.value(QStringLiteral("due")).toString(), Qt::ISODate);
            map.insert(QStringLiteral("dueText"), due.isValid() ? QLocale().toString(due, QLocale::ShortFormat) : QString());
            int done = 0;
            int open = 0;
            for (const QJsonValue &s : o.value(QStringLiteral("steps")).toArray())
                (s.toObject().value(QStringLiteral("done")).toBool() ? done : open)++;
            map.insert(QStringLiteral("doneSteps"), done);
            map.insert(QStringLiteral("openSteps"), open);
            map.insert(QStringLiteral("statusText"), goalprogress::word(o.value(QStringLiteral("status")).toString(), done, open));
            map.insert(QStringLiteral("offersDone"), goalprogress::offersDone(o.value(QStringLiteral("status")).toString(), done, open));
            return map;
        }
    }
    return {};
}

bool PlanController::waitingToJoin() const
{
    // JoinFlow marks a join that waits; the first grant that arrives ends the wait (refresh).
    return !hasAccess() && m_store->setting(QStringLiteral("join.waiting")) == QLatin1String("1");
}

QString PlanController::waitingFor() const
{
    return waitingToJoin() ? m_store->setting(QStringLiteral("join.from")) : QString();
}

QVariantMap PlanController::domain(const QString &key) const
{
    for (int i = 0; i < m_domains->rowCount(); ++i) {
        const QVariantMap row = m_domains->get(i);
        if (row.value(QStringLiteral("key")).toString() == key)
            return row;
    }
    return {};
}

} // namespace samen::app
