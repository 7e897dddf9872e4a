#include "models/planmodels.h"

#include "domain/goalprogress.h"
#include "domain/steprule.h"
#include "store/planview.h"
#include "ui/plancontroller.h"

#include <QJsonArray>
#include <QLocale>

namespace samen::app {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QVariant scoreOf(const QJsonObject &assessment)
{
    return assessment.isEmpty() ? QVariant() : QVariant(assessment.value(QStringLiteral("score")).toInt());
}

/** A date for people: "23 Nov 2026" in the user's language. */
QString shortDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

/** The first open step of a goal (by due date, then order), or an empty object. */
QJsonObject nextOpenStep(const QJsonObject &goal)
{
    QJsonObject best;
    for (const QJsonValue &v : goal.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("done")).toBool())
            continue;
        if (best.isEmpty() || (!str(s, "due").isEmpty() && (str(best, "due").isEmpty() || str(s, "due") < str(best, "due"))))
            best = s;
    }
    return best;
}

QVariantMap goalRow(const QJsonObject &g)
{
    int open = 0;
    int done = 0;
    for (const QJsonValue &s : g.value(QStringLiteral("steps")).toArray())
        (s.toObject().value(QStringLiteral("done")).toBool() ? done : open)++;
    const QJsonObject next = nextOpenStep(g);
    return { { QStringLiteral("id"), str(g, "id") },
             { QStringLiteral("title"), str(g, "title") },
             { QStringLiteral("why"), str(g, "why") },
             { QStringLiteral("status"), str(g, "status").isEmpty() ? QStringLiteral("open") : str(g, "status") },
             { QStringLiteral("due"), shortDate(str(g, "due")) },
             { QStringLiteral("domainKey"), str(g, "domainKey") },
             { QStringLiteral("openSteps"), open },
             { QStringLiteral("doneSteps"), done },
             { QStringLiteral("nextStep"), str(next, "title") },
             { QStringLiteral("statusText"), goalprogress::word(str(g, "status"), done, open) },
             { QStringLiteral("offersDone"), goalprogress::offersDone(str(g, "status"), done, open) } };
}

} // namespace

DomainListModel::DomainListModel(QObject *parent)
    : RowListModel({ QStringLiteral("id"), QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("priority"), QStringLiteral("score"),
                     QStringLiteral("note"), QStringLiteral("assessedOn"), QStringLiteral("previousScore"), QStringLiteral("goalCount"),
                     QStringLiteral("nextStep") },
                   parent)
{
}

void DomainListModel::reload(const PlanView &view, const QHash<QString, DomainGoals> &goals)
{
    QList<QVariantMap> rows;
    for (const QJsonValue &v : view.domains()) {
        const QJsonObject d = v.toObject();
        const QJsonObject a = d.value(QStringLiteral("assessment")).toObject();
        rows.append({ { QStringLiteral("id"), str(d, "id") },
                      { QStringLiteral("key"), str(d, "key") },
                      { QStringLiteral("label"), str(d, "label") },
                      { QStringLiteral("priority"), d.value(QStringLiteral("priority")).toInt() },
                      { QStringLiteral("score"), scoreOf(a) },
                      { QStringLiteral("note"), str(a, "note") },
                      { QStringLiteral("assessedOn"), shortDate(str(a, "date")) },
                      { QStringLiteral("previousScore"), scoreOf(d.value(QStringLiteral("previousAssessment")).toObject()) },
                      { QStringLiteral("goalCount"), goals.value(str(d, "key")).goals },
                      { QStringLiteral("nextStep"), goals.value(str(d, "key")).nextStep } });
    }
    setRows(rows);
}

TimelineModel::TimelineModel(QObject *parent)
    : RowListModel({ QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("text"), QStringLiteral("at") }, parent)
{
}

void TimelineModel::reload(const PlanView &view)
{
    QList<QVariantMap> rows;
    for (const QJsonValue &v : view.timeline()) {
        const QJsonObject e = v.toObject();
        rows.append({ { QStringLiteral("id"), str(e, "id") },
                      { QStringLiteral("kind"), str(e, "kind") },
                      { QStringLiteral("title"), str(e, "title") },
                      { QStringLiteral("text"), str(e, "text") },
                      { QStringLiteral("at"), shortDate(str(e, "at")) } });
    }
    setRows(rows);
}

MemberListModel::MemberListModel(QObject *parent)
    : RowListModel({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("relation"), QStringLiteral("organisation"),
                     QStringLiteral("role"), QStringLiteral("coordinator") },
                   parent)
{
}

void MemberListModel::reload(const PlanView &view, const QDate &today)
{
    QList<QVariantMap> rows;
    for (const QJsonValue &v : view.members()) {
        const QJsonObject m = v.toObject();
        if (!PlanView::isCurrentMember(m, today))
            continue;
        rows.append({ { QStringLiteral("id"), str(m, "id") },
                      { QStringLiteral("name"), str(m, "name") },
                      { QStringLiteral("kind"), str(m, "kind") },
                      { QStringLiteral("relation"), str(m, "relation") },
                      { QStringLiteral("organisation"), str(m, "organisation") },
                      { QStringLiteral("role"), str(m, "role") },
                      { QStringLiteral("coordinator"), m.value(QStringLiteral("coordinator")).toBool() } });
    }
    setRows(rows);
}

GoalListModel::GoalListModel(QObject *parent)
    : PlanFollowingModel({ QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("why"), QStringLiteral("status"), QStringLiteral("due"),
                           QStringLiteral("domainKey"), QStringLiteral("openSteps"), QStringLiteral("doneSteps"), QStringLiteral("nextStep"),
                           QStringLiteral("statusText"), QStringLiteral("offersDone") },
                         parent)
{
}

void PlanFollowingModel::setPlan(PlanController *plan)
{
    if (!PlanController::follow(this, m_plan, plan, [this] { reload(); }))
        return;
    reloadWhenComplete();
    Q_EMIT planChanged();
}

void PlanFollowingModel::classBegin()
{
    m_settingUp = true;
}

void PlanFollowingModel::componentComplete()
{
    m_settingUp = false;
    reload();
}

void PlanFollowingModel::reloadWhenComplete()
{
    if (!m_settingUp)
        reload();
}

bool PlanFollowingModel::setFilter(QString &field, const QString &value)
{
    if (field == value)
        return false;
    field = value;
    reloadWhenComplete();
    return true;
}

void GoalListModel::setDomainKey(const QString &key)
{
    if (setFilter(m_domainKey, key))
        Q_EMIT domainKeyChanged();
}

void GoalListModel::reload()
{
    QList<QVariantMap> rows;
    if (m_plan && m_plan->view()) {
        for (const QJsonValue &g : m_plan->goals()) {
            if (m_domainKey.isEmpty() || str(g.toObject(), "domainKey") == m_domainKey)
                rows.append(goalRow(g.toObject()));
        }
    }
    setRows(rows);
}

StepListModel::StepListModel(QObject *parent)
    : PlanFollowingModel({ QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("ownerName"), QStringLiteral("due"), QStringLiteral("done"),
                           QStringLiteral("overdue"), QStringLiteral("ownerId"), QStringLiteral("dueDate"), QStringLiteral("tickable") },
                         parent)
{
}

void StepListModel::setGoalId(const QString &id)
{
    if (setFilter(m_goalId, id))
        Q_EMIT goalIdChanged();
}

void StepListModel::reload()
{
    QList<QVariantMap> rows;
    if (m_plan && m_plan->view() && !m_goalId.isEmpty()) {
        QHash<QString, QString> names;
        for (const QJsonValue &m : m_plan->view()->members())
            names.insert(str(m.toObject(), "id"), str(m.toObject(), "name"));
        const QString today = m_plan->today().toString(Qt::ISODate);
        for (const QJsonValue &g : m_plan->goals()) {
            if (str(g.toObject(), "id") != m_goalId)
                continue;
            const QString domain = str(g.toObject(), "domainKey");
            const MemberAccess &access = m_plan->access();
            for (const QJsonValue &v : g.toObject().value(QStringLiteral("steps")).toArray()) {
                const QJsonObject s = v.toObject();
                const bool done = s.value(QStringLiteral("done")).toBool();
                // Whoever may change the life domain, and the person the step is given to where they may only read (R4-18).
                const bool tickable
                    = access.isOwner() || access.canWrite(domain) || StepRule::mayTick(access, QStringLiteral("done"), domain, str(s, "ownerId"));
                rows.append({ { QStringLiteral("id"), str(s, "id") },
                              { QStringLiteral("title"), str(s, "title") },
                              { QStringLiteral("ownerName"), names.value(str(s, "ownerId")) },
                              { QStringLiteral("due"), shortDate(str(s, "due")) },
                              { QStringLiteral("done"), done },
                              { QStringLiteral("overdue"), !done && !str(s, "due").isEmpty() && str(s, "due") < today },
                              { QStringLiteral("ownerId"), str(s, "ownerId") },
                              { QStringLiteral("dueDate"), str(s, "due") },
                              { QStringLiteral("tickable"), tickable } });
            }
        }
    }
    setRows(rows);
}

} // namespace samen::app
