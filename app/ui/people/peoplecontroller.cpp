#include "ui/people/peoplecontroller.h"

#include "domain/texthygiene.h"
#include "network/networkclient.h"
#include "network/networkmirror.h"
#include "store/planstore.h"
#include "sync/syncclient.h"
#include "ui/people/expirywords.h"
#include "ui/plancontroller.h"
#include "ui/syncstatus.h"

#include <QDateTime>

namespace samen::app {

PeopleController::PeopleController(QObject *parent)
    : QObject(parent)
{
}

PeopleController::~PeopleController() = default;

void PeopleController::setPlan(PlanController *plan)
{
    if (m_plan == plan)
        return;
    m_plan = plan;
    m_joins.clear();
    m_invitations.clear();
    m_people = {};
    m_error.clear();
    m_notice.clear();
    Q_EMIT planChanged();
    Q_EMIT changed();
}

bool PeopleController::available() const
{
    return m_plan && m_plan->isOwner() && m_plan->sync() && m_plan->sync()->client();
}

NetworkClient *PeopleController::networkFor(PlanController *plan)
{
    SyncClient *sync = plan && plan->sync() ? plan->sync()->client() : nullptr;
    if (!sync)
        return nullptr;
    if (auto *existing = sync->findChild<NetworkClient *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new NetworkClient(*sync, plan->store(), sync);
}

NetworkClient *PeopleController::client()
{
    return available() ? networkFor(m_plan) : nullptr;
}

QString PeopleController::grantsText(const PlanController &plan, const QList<AccessGrant> &grants)
{
    QStringList parts;
    for (const AccessGrant &g : grants) {
        if (g.access == QLatin1String("none"))
            continue;
        QString label = plan.domain(g.domainKey).value(QStringLiteral("label")).toString();
        if (label.isEmpty())
            label = tr("a part of the plan");
        parts.append(g.access == QLatin1String("write") ? tr("%1 (see and change)").arg(label) : tr("%1 (see)").arg(label));
    }
    return parts.isEmpty() ? tr("nothing yet") : parts.join(QStringLiteral(", "));
}

QString PeopleController::nameOf(const QString &memberId) const
{
    for (const PersonEntry &p : m_people.people)
        if (p.memberId == memberId)
            return p.name;
    return {};
}

void PeopleController::busy()
{
    m_loading = true;
    m_error.clear();
    Q_EMIT changed();
}

void PeopleController::fail(const Error &error)
{
    m_loading = false;
    m_error = error.message;
    Q_EMIT changed();
}

void PeopleController::done(const QString &notice)
{
    m_loading = false;
    if (!notice.isEmpty())
        m_notice = notice;
    Q_EMIT changed();
}

void PeopleController::clearNotice()
{
    m_notice.clear();
    Q_EMIT changed();
}

void PeopleController::refresh()
{
    afterChange({});
}

void PeopleController::afterChange(const QString &notice)
{
    NetworkClient *c = client();
    if (!c) {
        done(notice);
        return;
    }
    busy();
    QPointer<PeopleController> guard(this);
    c->members([guard, notice](const Result<PeopleList> &people) {
        if (!guard)
            return;
        if (!people) {
            guard->fail(people.error());
            return;
        }
        guard->m_people = people.value();
        NetworkClient *c2 = guard->client();
        if (!c2) {
            guard->done(notice);
            return;
        }
        c2->invitations([guard, notice](const Result<QList<InvitationEntry>> &open) {
            if (!guard || !guard->m_plan)
                return;
            if (!open) {
                guard->fail(open.error());
                return;
            }
            PlanController &plan = *guard->m_plan;
            auto clock = plan.store().makeClock();
            NetworkMirror mirror(plan.store(), *clock, plan.store().setting(QStringLiteral("planId")), plan.memberId());
            if (const Status s = mirror.reconcile(guard->m_people, open.value()); !s)
                qWarning("the people could not be written into the plan (%d)", static_cast<int>(s.error().code));
            QVariantList joins;
            for (const PersonEntry &p : guard->m_people.people) {
                if (p.status != QLatin1String("pending"))
                    continue;
                const QString offered = grantsText(plan, p.offered);
                QString description
                    = tr("%1 used your invitation and waits for you to let them in. Letting them in gives: %2.").arg(TextHygiene::isolate(p.name), offered);
                // A professional's account on an invitation for someone from the network: said before they are let in.
                if (p.kind != QLatin1String("professional") && !p.registeredOrganisation.isEmpty())
                    description += QLatin1Char(' ')
                        + tr("This is the account of a professional registered with the service: %1 of %2.")
                              .arg(TextHygiene::isolate(p.registeredName), TextHygiene::isolate(p.registeredOrganisation));
                joins.append(QVariantMap { { QStringLiteral("memberId"), p.memberId },
                                           { QStringLiteral("name"), p.name },
                                           { QStringLiteral("offered"), offered },
                                           { QStringLiteral("description"), description } });
            }
            QVariantList invitations;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const InvitationEntry &i : open.value()) {
                if (i.status != QLatin1String("pending"))
                    continue;
                const QString expiry = ExpiryWords::until(QDateTime::fromMSecsSinceEpoch(i.expiresMs, Qt::UTC), now);
                invitations.append(QVariantMap {
                    { QStringLiteral("invitationId"), i.invitationId },
                    { QStringLiteral("name"), i.name },
                    { QStringLiteral("expiry"), expiry },
                    { QStringLiteral("description"), tr("Invitation for %1: %2. %3").arg(TextHygiene::isolate(i.name), grantsText(plan, i.grants), expiry) } });
            }
            guard->m_joins = joins;
            guard->m_invitations = invitations;
            plan.refresh();
            plan.sync()->changeMade();
            guard->done(notice);
        });
    });
}

void PeopleController::letIn(const QString &memberId)
{
    NetworkClient *c = client();
    if (!c)
        return;
    busy();
    QPointer<PeopleController> guard(this);
    c->letIn(memberId, [guard](const Result<PersonEntry> &person) {
        if (!guard || !guard->m_plan)
            return;
        if (!person) {
            guard->fail(person.error());
            return;
        }
        auto clock = guard->m_plan->store().makeClock();
        NetworkMirror mirror(guard->m_plan->store(), *clock, guard->m_plan->store().setting(QStringLiteral("planId")), guard->m_plan->memberId());
        (void)mirror.letIn(person.value());
        guard->afterChange(tr("%1 is now in your plan and may see: %2.").arg(TextHygiene::isolate(person->name), grantsText(*guard->m_plan, person->grants)));
    });
}

void PeopleController::decline(const QString &memberId)
{
    NetworkClient *c = client();
    if (!c)
        return;
    const QString name = nameOf(memberId);
    busy();
    QPointer<PeopleController> guard(this);
    c->decline(memberId, [guard, name](const Result<bool> &declined) {
        if (!guard)
            return;
        if (!declined) {
            guard->fail(declined.error());
            return;
        }
        guard->afterChange(tr("%1 was not let in and sees nothing of your plan.").arg(TextHygiene::isolate(name)));
    });
}

void PeopleController::withdrawInvitation(const QString &invitationId)
{
    NetworkClient *c = client();
    if (!c)
        return;
    busy();
    QPointer<PeopleController> guard(this);
    c->withdrawInvitation(invitationId, [guard, invitationId](const Result<bool> &withdrawn) {
        if (!guard || !guard->m_plan)
            return;
        if (!withdrawn) {
            guard->fail(withdrawn.error());
            return;
        }
        auto clock = guard->m_plan->store().makeClock();
        NetworkMirror mirror(guard->m_plan->store(), *clock, guard->m_plan->store().setting(QStringLiteral("planId")), guard->m_plan->memberId());
        (void)mirror.withdrawn(invitationId);
        guard->afterChange(tr("The invitation is withdrawn: its code no longer works."));
    });
}

} // namespace samen::app
