#include "ui/team/meetingcontroller.h"

#include "domain/meetingtime.h"
#include "domain/planeditor.h"
#include "domain/texthygiene.h"
#include "models/planmodels.h"
#include "store/planview.h"
#include "store/teamview.h"
#include "ui/plancontroller.h"
#include "ui/team/teamwords.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTime>

namespace samen::app {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList strings(const QVariant &v)
{
    QStringList out;
    for (const QVariant &s : v.toList())
        if (!s.toString().trimmed().isEmpty())
            out.append(s.toString().trimmed());
    return out;
}

} // namespace

MeetingController::MeetingController(QObject *parent)
    : PlanFeatureController(parent)
{
}

bool MeetingController::canPlan() const
{
    if (!m_plan || !m_plan->view())
        return false;
    if (m_plan->isOwner())
        return true;
    for (const QJsonValue &v : m_plan->view()->members())
        if (v.toObject().value(QStringLiteral("coordinator")).toBool())
            return str(v.toObject(), "id") == m_plan->memberId();
    return false;
}

void MeetingController::reload()
{
    m_meetings.clear();
    m_talk.clear();
    m_suggestion.clear();
    m_participants.clear();
    m_agenda.clear();
    if (m_plan && m_plan->view() && m_plan->hasAccess()) {
        const TeamView team(m_plan->store(), m_plan->planId());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<QDateTime> held; // newest first, as meetings() lists them
        bool plannedAhead = false;
        QString lastHeldId;
        for (const QJsonValue &v : team.meetings()) {
            const QJsonObject m = v.toObject();
            const QDateTime at = QDateTime::fromString(str(m, "at"), Qt::ISODate);
            QVariantMap words = TeamWords::meeting(m);
            // Whether it can be marked held yet (PlanEditor::recordMeeting refuses one that has not started).
            words.insert(QStringLiteral("started"), meetingtime::checkHeld(at, now.toMSecsSinceEpoch(), meetingtime::kDeviceMarginMs).ok());
            m_meetings.append(words);
            if (str(m, "status") == QLatin1String("held")) {
                if (held.isEmpty())
                    lastHeldId = str(m, "id");
                held.append(at);
            } else if (str(m, "status") == QLatin1String("planned") && (held.isEmpty() || at > held.first()) && at >= now) {
                plannedAhead = true;
            }
        }
        const QJsonObject talk = team.toTalkAbout(now);
        const QJsonObject next = talk.value(QStringLiteral("nextMeeting")).toObject();
        QVariantList reviews;
        for (const QJsonValue &a : talk.value(QStringLiteral("reviewsDue")).toArray())
            reviews.append(TeamWords::agreement(a.toObject()));
        m_talk = { { QStringLiteral("nextMeeting"), next.isEmpty() ? QVariantMap() : TeamWords::meeting(next) }, { QStringLiteral("reviewsDue"), reviews } };
        if (!held.isEmpty() && !plannedAhead) {
            const auto previous = held.size() > 1 ? std::optional<QDateTime>(held.at(1)) : std::nullopt;
            QDateTime suggested = TeamView::suggestedNextMeeting(held.first(), previous).toLocalTime();
            // Never in the past: the rhythm counts on from today when the meeting was long ago.
            while (suggested.date() <= m_plan->today())
                suggested = suggested.addDays(7);
            m_suggestion = { { QStringLiteral("meetingId"), lastHeldId },
                             { QStringLiteral("date"), suggested.date().toString(Qt::ISODate) },
                             { QStringLiteral("time"), suggested.time().toString(QStringLiteral("HH:mm")) },
                             { QStringLiteral("text"), tr("Meet again around %1?").arg(TeamWords::moment(suggested.toUTC())) } };
        }
        const QString ownerMember = m_plan->isOwner() ? m_plan->memberId() : QString();
        for (const QJsonValue &v : m_plan->view()->members()) {
            const QJsonObject m = v.toObject();
            if (!PlanView::isCurrentMember(m, m_plan->today()))
                continue;
            const bool owner = str(m, "kind") == QLatin1String("citizen");
            const QVariantMap person = TeamWords::person(m, ownerMember);
            m_participants.append(QVariantMap { { QStringLiteral("id"), str(m, "id") },
                                                { QStringLiteral("name"), str(m, "name") },
                                                { QStringLiteral("roleText"), owner ? tr("always invited") : person.value(QStringLiteral("roleText")) },
                                                { QStringLiteral("fixed"), owner } });
        }
        for (int i = 0; i < m_plan->domains()->rowCount(); ++i) {
            const QVariantMap d = m_plan->domains()->get(i);
            m_agenda.append(QVariantMap { { QStringLiteral("key"), d.value(QStringLiteral("key")) },
                                          { QStringLiteral("label"), d.value(QStringLiteral("label")) },
                                          { QStringLiteral("preselected"), i < 3 } });
        }
    }
    Q_EMIT changed();
}

QVariantMap MeetingController::meeting(const QString &meetingId) const
{
    for (const QVariant &m : m_meetings)
        if (m.toMap().value(QStringLiteral("id")).toString() == meetingId)
            return m.toMap();
    return {};
}

bool MeetingController::done(const QString &id)
{
    if (id.isEmpty()) {
        m_error = m_plan ? m_plan->lastError() : QString();
        if (m_plan)
            m_plan->clearError();
        Q_EMIT changed();
        return false;
    }
    if (!m_error.isEmpty()) {
        m_error.clear();
        Q_EMIT changed();
    }
    return true;
}

QString MeetingController::planMeeting(const QVariantMap &input)
{
    if (!m_plan)
        return {};
    const QDate date = QDate::fromString(input.value(QStringLiteral("date")).toString(), Qt::ISODate);
    const QTime time = QTime::fromString(input.value(QStringLiteral("time")).toString(), QStringLiteral("HH:mm"));
    if (!date.isValid() || !time.isValid()) {
        m_error = tr("Choose a day and a time for the meeting.");
        Q_EMIT changed();
        return {};
    }
    MeetingInput meeting;
    meeting.title = input.value(QStringLiteral("title")).toString().trimmed();
    meeting.at = QDateTime(date, time, Qt::LocalTime).toUTC();
    meeting.minutes = input.value(QStringLiteral("minutes"), 60).toInt();
    meeting.place = input.value(QStringLiteral("place")).toString().trimmed();
    meeting.videoLink = input.value(QStringLiteral("videoLink")).toString().trimmed();
    meeting.participantIds = strings(input.value(QStringLiteral("participantIds")));
    meeting.agendaDomains = strings(input.value(QStringLiteral("agendaDomains")));
    meeting.agendaPoints = strings(input.value(QStringLiteral("agendaPoints")));
    const QString id = m_plan->applyEdit(m_plan->editor().planMeeting(meeting));
    return done(id) ? id : QString();
}

QString MeetingController::planSuggested()
{
    if (m_suggestion.isEmpty())
        return {};
    const QVariantMap last = meeting(m_suggestion.value(QStringLiteral("meetingId")).toString());
    QVariantList participants;
    for (const QVariant &p : last.value(QStringLiteral("participants")).toList())
        participants.append(p.toMap().value(QStringLiteral("id")));
    QVariantList domains;
    for (const QVariant &d : m_agenda)
        if (d.toMap().value(QStringLiteral("preselected")).toBool())
            domains.append(d.toMap().value(QStringLiteral("key")));
    return planMeeting({ { QStringLiteral("title"), last.value(QStringLiteral("title")) },
                         { QStringLiteral("date"), m_suggestion.value(QStringLiteral("date")) },
                         { QStringLiteral("time"), m_suggestion.value(QStringLiteral("time")) },
                         { QStringLiteral("minutes"), last.value(QStringLiteral("minutes"), 60) },
                         { QStringLiteral("place"), last.value(QStringLiteral("place")) },
                         { QStringLiteral("videoLink"), last.value(QStringLiteral("videoLink")) },
                         { QStringLiteral("participantIds"), participants },
                         { QStringLiteral("agendaDomains"), domains } });
}

bool MeetingController::record(const QString &meetingId, const QString &notes)
{
    return m_plan && done(m_plan->applyEdit(m_plan->editor().recordMeeting(meetingId, notes)));
}

bool MeetingController::cancel(const QString &meetingId)
{
    return m_plan && done(m_plan->applyEdit(m_plan->editor().cancelMeeting(meetingId)));
}

QString MeetingController::proposedDate() const
{
    if (!m_suggestion.isEmpty())
        return m_suggestion.value(QStringLiteral("date")).toString();
    return (m_plan ? m_plan->today() : QDate::currentDate()).addDays(14).toString(Qt::ISODate);
}

void MeetingController::clearError()
{
    m_error.clear();
    Q_EMIT changed();
}

} // namespace samen::app
