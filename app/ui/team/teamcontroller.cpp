#include "ui/team/teamcontroller.h"

#include "domain/planeditor.h"
#include "domain/texthygiene.h"
#include "network/networkclient.h"
#include "store/planview.h"
#include "store/teamview.h"
#include "ui/people/peoplecontroller.h"
#include "ui/plancontroller.h"
#include "ui/team/teamwords.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

namespace samen::app {

TeamController::TeamController(QObject *parent)
    : PlanFeatureController(parent)
{
}

bool TeamController::canHandOver() const
{
    return m_plan && m_plan->isOwner();
}

bool TeamController::compact() const
{
    int count = static_cast<int>(m_professionals.size());
    if (m_coordinator.value(QStringLiteral("kind")).toString() == QLatin1String("professional"))
        ++count;
    return count >= 4;
}

void TeamController::reload()
{
    m_coordinator.clear();
    m_professionals.clear();
    m_former.clear();
    m_history.clear();
    m_candidates.clear();
    if (m_plan && m_plan->view() && m_plan->hasAccess()) {
        const QString ownerId = m_plan->isOwner() ? m_plan->memberId() : QString();
        const QJsonObject team = TeamView(m_plan->store(), m_plan->planId()).professionals(m_plan->today());
        const QJsonObject coordinator = team.value(QStringLiteral("coordinator")).toObject();
        if (!coordinator.isEmpty())
            m_coordinator = TeamWords::person(coordinator, ownerId);
        for (const QJsonValue &p : team.value(QStringLiteral("professionals")).toArray())
            m_professionals.append(TeamWords::person(p.toObject(), ownerId));
        for (const QJsonValue &p : team.value(QStringLiteral("former")).toArray())
            m_former.append(TeamWords::person(p.toObject(), ownerId));
        for (const QJsonValue &h : team.value(QStringLiteral("coordinatorHistory")).toArray()) {
            const QJsonObject o = h.toObject();
            QVariantMap row = o.toVariantMap();
            row.insert(QStringLiteral("periodText"),
                       TeamWords::period(o.value(QStringLiteral("from")).toString(), o.value(QStringLiteral("until")).toString()));
            m_history.append(row);
        }
        if (m_waitingPlan != m_plan->planId()) { // another plan: who waits there is asked afresh
            m_waitingPlan = m_plan->planId();
            m_waiting.clear();
            m_asked = false;
        }
        buildCandidates();
        askWhoWaits();
    }
    Q_EMIT changed();
}

void TeamController::buildCandidates()
{
    m_candidates.clear();
    if (!m_plan || !m_plan->view())
        return;
    const QString ownerId = m_plan->isOwner() ? m_plan->memberId() : QString();
    // Who may coordinate: the owner themself first, then the network, then professionals.
    QVariantList self;
    QVariantList network;
    QVariantList professionals;
    for (const QJsonValue &v : m_plan->view()->members()) {
        const QJsonObject m = v.toObject();
        if (!PlanView::isCurrentMember(m, m_plan->today()) || m_waiting.contains(m.value(QStringLiteral("id")).toString()))
            continue;
        const QString kind = m.value(QStringLiteral("kind")).toString();
        const QVariantMap person = TeamWords::person(m, ownerId);
        QVariantMap row { { QStringLiteral("id"), m.value(QStringLiteral("id")).toString() },
                          { QStringLiteral("name"), m.value(QStringLiteral("name")).toString() },
                          { QStringLiteral("roleText"), person.value(QStringLiteral("roleText")) },
                          { QStringLiteral("current"), m.value(QStringLiteral("coordinator")).toBool() } };
        if (kind == QLatin1String("citizen")) {
            row.insert(QStringLiteral("group"), QStringLiteral("self"));
            row.insert(QStringLiteral("roleText"), m_plan->isOwner() ? tr("I do it myself") : tr("the person whose plan it is"));
            self.append(row);
        } else {
            row.insert(QStringLiteral("group"), kind == QLatin1String("professional") ? QStringLiteral("professional") : QStringLiteral("network"));
            (kind == QLatin1String("professional") ? professionals : network).append(row);
        }
    }
    m_candidates = self + network + professionals;
}

void TeamController::askWhoWaits()
{
    // Only someone let in holds regie (review 2, finding 28): the service lists who still waits to be let in.
    NetworkClient *client = m_plan && m_plan->isOwner() ? PeopleController::networkFor(m_plan) : nullptr;
    // Once per controller (each page makes its own): a page opened again asks again.
    if (!client || m_asking || m_asked)
        return;
    m_asking = true;
    m_asked = true;
    QPointer<TeamController> guard(this);
    const QString planId = m_waitingPlan;
    client->members([guard, planId](const Result<PeopleList> &people) {
        if (!guard)
            return;
        guard->m_asking = false;
        if (!people || planId != guard->m_waitingPlan)
            return; // offline: the service refuses a handover to someone waiting when it arrives
        QStringList waiting;
        for (const PersonEntry &p : people->people) {
            if (p.status != QLatin1String("active"))
                waiting << p.memberId;
        }
        waiting.sort();
        if (waiting == guard->m_waiting)
            return;
        guard->m_waiting = waiting;
        guard->buildCandidates();
        Q_EMIT guard->changed();
    });
}

QString TeamController::nameOf(const QString &memberId) const
{
    for (const QVariant &c : m_candidates) {
        const QVariantMap row = c.toMap();
        if (row.value(QStringLiteral("id")).toString() == memberId)
            return row.value(QStringLiteral("name")).toString();
    }
    return {};
}

QString TeamController::handoverQuestion(const QString &memberId) const
{
    if (memberId.isEmpty())
        return {};
    if (m_plan && memberId == m_plan->memberId())
        return tr("Keep the overview of your plan yourself?");
    return tr("Hand the coordination over to %1?").arg(TextHygiene::isolate(nameOf(memberId)));
}

QString TeamController::handoverExplanation(const QString &memberId) const
{
    const QString before = m_coordinator.value(QStringLiteral("name")).toString();
    const QString stays = before.isEmpty() ? QString() : tr(" %1 stays in your plan as before.").arg(TextHygiene::isolate(before));
    if (m_plan && memberId == m_plan->memberId())
        return tr("You keep the overview of your plan and plan the meetings yourself.") + stays
            + tr(" Your note goes into the timeline, for the old and the new coordinator to read.");
    return tr("%1 keeps the overview of your plan and plans the meetings with you. You stay the one who decides.").arg(TextHygiene::isolate(nameOf(memberId)))
        + stays + tr(" Your note goes into the timeline, for the old and the new coordinator to read.");
}

bool TeamController::handOver(const QString &memberId, const QString &note)
{
    if (!m_plan)
        return false;
    m_notice.clear();
    const QString name = nameOf(memberId);
    const QString id = m_plan->applyEdit(m_plan->editor().setCoordinator(memberId, note, m_waiting));
    if (id.isEmpty()) {
        m_error = m_plan->lastError();
        m_plan->clearError();
        Q_EMIT changed();
        return false;
    }
    m_error.clear();
    m_notice = memberId == m_plan->memberId() ? tr("You now keep the overview of your plan yourself.")
                                              : tr("%1 now coordinates your plan. Your note is in the timeline.").arg(TextHygiene::isolate(name));
    Q_EMIT changed();
    return true;
}

void TeamController::clearMessages()
{
    m_error.clear();
    m_notice.clear();
    Q_EMIT changed();
}

} // namespace samen::app
