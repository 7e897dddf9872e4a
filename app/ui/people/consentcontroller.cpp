#include "ui/people/consentcontroller.h"

#include "domain/texthygiene.h"
#include "models/planmodels.h"
#include "network/networkclient.h"
#include "network/networkmirror.h"
#include "store/planstore.h"
#include "store/planview.h"
#include "ui/people/peoplecontroller.h"
#include "ui/plancontroller.h"
#include "ui/syncstatus.h"

#include <QJsonArray>
#include <QJsonObject>

namespace samen::app {

ConsentController::ConsentController(QObject *parent)
    : QObject(parent)
{
}

ConsentController::~ConsentController() = default;

void ConsentController::setPlan(PlanController *plan)
{
    if (!PlanController::follow(this, m_plan, plan, [this] { Q_EMIT changed(); }))
        return;
    Q_EMIT planChanged();
    Q_EMIT changed();
}

void ConsentController::setMemberId(const QString &id)
{
    if (id == m_memberId)
        return;
    m_memberId = id;
    m_error.clear();
    m_notice.clear();
    m_removed = false;
    Q_EMIT planChanged();
    Q_EMIT changed();
}

NetworkClient *ConsentController::client()
{
    return m_plan && m_plan->isOwner() ? PeopleController::networkFor(m_plan) : nullptr;
}

QString ConsentController::name() const
{
    if (!m_plan || !m_plan->view())
        return {};
    for (const QJsonValue &v : m_plan->view()->members())
        if (v.toObject().value(QStringLiteral("id")).toString() == m_memberId)
            return v.toObject().value(QStringLiteral("name")).toString();
    return {};
}

QVariantList ConsentController::rows() const
{
    QVariantList out;
    if (!m_plan || !m_plan->view())
        return out;
    QHash<QString, QJsonObject> grants;
    for (const QJsonValue &v : m_plan->view()->all(QStringLiteral("grant"))) {
        const QJsonObject g = v.toObject();
        if (g.value(QStringLiteral("memberId")).toString() == m_memberId)
            grants.insert(g.value(QStringLiteral("domainKey")).toString(), g);
    }
    for (int i = 0; i < m_plan->domains()->rowCount(); ++i) {
        const QVariantMap d = m_plan->domains()->get(i);
        const QString key = d.value(QStringLiteral("key")).toString();
        const QJsonObject g = grants.value(key);
        const QString access = g.value(QStringLiteral("access")).toString();
        out.append(QVariantMap { { QStringLiteral("domainKey"), key },
                                 { QStringLiteral("label"), d.value(QStringLiteral("label")) },
                                 { QStringLiteral("access"), access.isEmpty() ? QStringLiteral("none") : access },
                                 { QStringLiteral("purpose"), g.value(QStringLiteral("purpose")).toString() },
                                 { QStringLiteral("until"), g.value(QStringLiteral("until")).toString() } });
    }
    return out;
}

QString ConsentController::currentAccess(const QString &domainKey) const
{
    for (const QVariant &r : rows())
        if (r.toMap().value(QStringLiteral("domainKey")).toString() == domainKey)
            return r.toMap().value(QStringLiteral("access")).toString();
    return QStringLiteral("none");
}

QString ConsentController::changeSentence(const QString &name, const QString &domainLabel, const QString &before, const QString &after)
{
    const QString who = TextHygiene::isolate(name);
    if (after == before)
        return tr("What %1 may do in %2 stays the same. The purpose and the end date are saved.").arg(who, domainLabel);
    if (after == QLatin1String("none"))
        return tr("%1 will no longer see %2. %1's devices delete it at their next sync.").arg(who, domainLabel);
    if (after == QLatin1String("write"))
        return tr("%1 may now see and change %2.").arg(who, domainLabel);
    if (before == QLatin1String("write"))
        return tr("%1 may still see %2, but no longer change it.").arg(who, domainLabel);
    return tr("%1 may now see %2, but not change it.").arg(who, domainLabel);
}

void ConsentController::fail(const QString &message)
{
    m_busy = false;
    m_error = message;
    Q_EMIT changed();
}

void ConsentController::setAccess(const QString &domainKey, const QString &access, const QString &purpose, const QString &until)
{
    if (!m_plan)
        return;
    const QString label = m_plan->domain(domainKey).value(QStringLiteral("label")).toString();
    if (label.isEmpty() || !(access == QLatin1String("none") || access == QLatin1String("read") || access == QLatin1String("write"))) {
        fail(tr("This part of the plan is not known. Nothing was changed."));
        return;
    }
    qint64 untilMs = 0;
    if (!until.trimmed().isEmpty()) {
        const QDate date = QDate::fromString(until.trimmed(), Qt::ISODate);
        if (!date.isValid() || date <= m_plan->today()) {
            fail(tr("The end date must be a date after today, written as year-month-day, for example 2027-06-30."));
            return;
        }
        untilMs = QDateTime(date.addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - 1;
    }
    send({ AccessGrant { domainKey, access, access == QLatin1String("none") ? QString() : purpose.trimmed(), untilMs, {} } },
         changeSentence(name(), label, currentAccess(domainKey), access));
}

void ConsentController::withdrawAll()
{
    QList<AccessGrant> grants;
    for (const QVariant &r : rows())
        if (r.toMap().value(QStringLiteral("access")).toString() != QLatin1String("none"))
            grants.append(AccessGrant { r.toMap().value(QStringLiteral("domainKey")).toString(), QStringLiteral("none"), {}, 0, {} });
    if (grants.isEmpty()) {
        m_notice = tr("%1 already sees no part of your plan.").arg(TextHygiene::isolate(name()));
        Q_EMIT changed();
        return;
    }
    send(grants, tr("%1 no longer sees any part of your plan. %1's devices delete what they held at their next sync.").arg(TextHygiene::isolate(name())));
}

void ConsentController::send(const QList<AccessGrant> &grants, const QString &notice)
{
    NetworkClient *c = client();
    if (!c) {
        fail(tr("Connect your plan to a case service first."));
        return;
    }
    m_busy = true;
    m_error.clear();
    Q_EMIT changed();
    QPointer<ConsentController> guard(this);
    const QString memberId = m_memberId;
    c->setAccess(memberId, grants, [guard, memberId, notice](const Result<QList<AccessGrant>> &all) {
        if (!guard || !guard->m_plan)
            return;
        if (!all) {
            guard->fail(all.error().message);
            return;
        }
        auto clock = guard->m_plan->store().makeClock();
        NetworkMirror mirror(guard->m_plan->store(), *clock, guard->m_plan->store().setting(QStringLiteral("planId")), guard->m_plan->memberId());
        (void)mirror.setAccess(memberId, all.value());
        guard->m_busy = false;
        guard->m_notice = notice;
        guard->m_plan->refresh();
        guard->m_plan->sync()->changeMade();
        Q_EMIT guard->changed();
    });
}

void ConsentController::removeFromPlan()
{
    NetworkClient *c = client();
    if (!c) {
        fail(tr("Connect your plan to a case service first."));
        return;
    }
    m_busy = true;
    m_error.clear();
    Q_EMIT changed();
    QPointer<ConsentController> guard(this);
    const QString memberId = m_memberId;
    const QString who = name();
    c->removeMember(memberId, [guard, memberId, who](const Result<bool> &done) {
        if (!guard || !guard->m_plan)
            return;
        if (!done) {
            guard->fail(done.error().message);
            return;
        }
        auto clock = guard->m_plan->store().makeClock();
        NetworkMirror mirror(guard->m_plan->store(), *clock, guard->m_plan->store().setting(QStringLiteral("planId")), guard->m_plan->memberId());
        (void)mirror.removeMember(memberId);
        guard->m_busy = false;
        guard->m_removed = true;
        guard->m_notice = tr("%1 is no longer in your plan. %1's devices delete your plan at their next sync.").arg(TextHygiene::isolate(who));
        guard->m_plan->refresh();
        guard->m_plan->sync()->changeMade();
        Q_EMIT guard->changed();
    });
}

} // namespace samen::app
