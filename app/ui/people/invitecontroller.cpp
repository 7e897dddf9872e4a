#include "ui/people/invitecontroller.h"

#include "domain/memberwords.h"
#include "domain/namerule.h"
#include "domain/texthygiene.h"
#include "network/invitationlink.h"
#include "network/networkclient.h"
#include "network/networkmirror.h"
#include "store/planstore.h"
#include "ui/people/expirywords.h"
#include "ui/people/peoplecontroller.h"
#include "ui/plancontroller.h"
#include "ui/syncstatus.h"

#include <QDate>

namespace samen::app {

InviteController::InviteController(QObject *parent)
    : QObject(parent)
{
}

InviteController::~InviteController() = default;

void InviteController::setPlan(PlanController *plan)
{
    if (m_plan == plan)
        return;
    m_plan = plan;
    reset();
    Q_EMIT planChanged();
}

NetworkClient *InviteController::client()
{
    return m_plan && m_plan->isOwner() ? PeopleController::networkFor(m_plan) : nullptr;
}

QVariantList InviteController::relations()
{
    QVariantList list;
    for (const QString &code : MemberWords::relationCodes())
        list.append(QVariantMap { { QStringLiteral("key"), code }, { QStringLiteral("label"), MemberWords::relationLabel(code) } });
    return list;
}

QString InviteController::expiry() const
{
    return m_state == QLatin1String("made") ? ExpiryWords::until(m_expires, QDateTime::currentDateTimeUtc()) : QString();
}

void InviteController::fail(const QString &message)
{
    if (m_state == QLatin1String("sending"))
        m_state = QStringLiteral("form");
    m_error = message;
    Q_EMIT changed();
}

void InviteController::invite(const QVariantMap &form)
{
    NetworkClient *c = client();
    if (!c) {
        fail(tr("Connect your plan to a case service first. Then you can invite people."));
        return;
    }
    InvitationRequest request;
    request.kind = form.value(QStringLiteral("kind")).toString();
    request.memberId = form.value(QStringLiteral("memberId")).toString();
    request.name = NameRule::tidy(form.value(QStringLiteral("name")).toString());
    request.relation = request.kind == QLatin1String("network") ? form.value(QStringLiteral("relation")).toString() : QString();
    request.organisation = request.kind == QLatin1String("professional") ? form.value(QStringLiteral("organisation")).toString().trimmed() : QString();
    request.role = request.kind == QLatin1String("professional") ? form.value(QStringLiteral("role")).toString().trimmed() : QString();
    request.fromName = m_plan->ownerName();
    const QString purpose = form.value(QStringLiteral("purpose")).toString().trimmed();
    if (request.name.isEmpty() || !TextHygiene::hasVisibleCharacter(request.name)) {
        fail(tr("Fill in the name of the person you invite."));
        return;
    }
    if (Status named = NameRule::validate(request.name, NameRule::Subject::Person); !named) {
        fail(named.error().message);
        return;
    }
    if (request.kind != QLatin1String("network") && request.kind != QLatin1String("professional")) {
        fail(tr("Choose whether this is someone from your own circle or a professional."));
        return;
    }
    const QVariantMap grants = form.value(QStringLiteral("grants")).toMap();
    for (auto it = grants.begin(); it != grants.end(); ++it) {
        const QString access = it.value().toString();
        if (access == QLatin1String("read") || access == QLatin1String("write"))
            request.grants.append(AccessGrant { it.key(), access, purpose, 0, {} });
    }
    if (request.grants.isEmpty()) {
        fail(tr("Choose at least one part of your plan this person may see."));
        return;
    }
    const QString untilText = form.value(QStringLiteral("until")).toString().trimmed();
    if (!untilText.isEmpty()) {
        const QDate until = QDate::fromString(untilText, Qt::ISODate);
        if (!until.isValid() || until <= m_plan->today()) {
            fail(tr("The end date must be a date after today, written as year-month-day, for example 2027-06-30."));
            return;
        }
        request.untilMs = QDateTime(until.addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - 1; // the whole last day
        for (AccessGrant &g : request.grants)
            g.untilMs = request.untilMs;
    }
    m_state = QStringLiteral("sending");
    m_error.clear();
    Q_EMIT changed();
    QPointer<InviteController> guard(this);
    c->invite(request, [guard](const Result<InvitationEntry> &made) {
        if (!guard || !guard->m_plan)
            return;
        if (!made) {
            guard->fail(made.error().message);
            return;
        }
        PlanController &plan = *guard->m_plan;
        auto clock = plan.store().makeClock();
        NetworkMirror mirror(plan.store(), *clock, plan.store().setting(QStringLiteral("planId")), plan.memberId());
        (void)mirror.invited(made.value());
        plan.refresh();
        plan.sync()->changeMade();
        guard->m_invitationId = made->invitationId;
        guard->m_code = made->code;
        guard->m_expires = QDateTime::fromMSecsSinceEpoch(made->expiresMs, Qt::UTC);
        guard->m_link = InvitationLink::ofDevice(plan.store(), made->code).toString();
        guard->m_summary = tr("The invitation for %1 is ready. Letting %1 in gives: %2. Give %1 the code or the link, or let them scan the QR code. "
                              "When %1 has used it, you decide on the People page whether to let them in.")
                               .arg(TextHygiene::isolate(made->name), PeopleController::grantsText(plan, made->grants));
        guard->m_state = QStringLiteral("made");
        Q_EMIT guard->changed();
        Q_EMIT guard->invitationsChanged();
    });
}

void InviteController::withdraw()
{
    NetworkClient *c = client();
    if (!c || m_invitationId.isEmpty())
        return;
    QPointer<InviteController> guard(this);
    const QString id = m_invitationId;
    c->withdrawInvitation(id, [guard, id](const Result<bool> &done) {
        if (!guard || !guard->m_plan)
            return;
        if (!done) {
            guard->fail(done.error().message);
            return;
        }
        auto clock = guard->m_plan->store().makeClock();
        NetworkMirror mirror(guard->m_plan->store(), *clock, guard->m_plan->store().setting(QStringLiteral("planId")), guard->m_plan->memberId());
        (void)mirror.withdrawn(id);
        guard->m_plan->refresh();
        guard->m_plan->sync()->changeMade();
        guard->m_code.clear();
        guard->m_link.clear();
        guard->m_summary = tr("The invitation is withdrawn: its code no longer works.");
        guard->m_state = QStringLiteral("withdrawn");
        Q_EMIT guard->changed();
        Q_EMIT guard->invitationsChanged();
    });
}

void InviteController::reset()
{
    m_state = QStringLiteral("form");
    m_error.clear();
    m_code.clear();
    m_link.clear();
    m_summary.clear();
    m_invitationId.clear();
    Q_EMIT changed();
}

} // namespace samen::app
