// PlanEditor: meetings and agreements (issue 13). The rest of the editor is in planeditor.cpp.
#include "domain/planeditor.h"

#include "domain/meetingtime.h"
#include "domain/schema.h"
#include "sync/hlcclock.h"
#include "sync/statereader.h"
#include "sync/uuid7.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace samen {

namespace {

Error invalid(const QString &message)
{
    return Error { ErrorCode::Validation, message };
}

QString str(const QJsonObject &doc, const char *field)
{
    return doc.value(QLatin1StringView(field)).toString();
}

/** Trimmed, without empty items and repeats, in the order given. */
QStringList cleaned(const QStringList &items)
{
    QStringList out;
    for (const QString &item : items) {
        const QString t = item.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    }
    return out;
}

} // namespace

QString PlanEditor::ownerMemberId() const
{
    for (const QJsonObject &m : m_state.entities(m_planId, QStringLiteral("member"))) {
        if (str(m, "kind") == QLatin1StringView("citizen"))
            return str(m, "id");
    }
    return {};
}

Operation PlanEditor::freeTextOp(const QString &entityType, const QString &entityId, const QString &field, const QString &text)
{
    return makeOp(entityType, entityId, field, text, m_state.fieldHeads(entityId, field));
}

Result<Edit> PlanEditor::planMeeting(const MeetingInput &meeting)
{
    return newMeeting(meeting, QStringLiteral("planned"), QString());
}

Result<Edit> PlanEditor::recordHeldMeeting(const MeetingInput &meeting, const QString &notes)
{
    return newMeeting(meeting, QStringLiteral("held"), notes);
}

Result<Edit> PlanEditor::newMeeting(const MeetingInput &meeting, const QString &status, const QString &notes)
{
    const QString type = QStringLiteral("meeting");
    const bool held = status == QLatin1String("held");
    if (!meeting.at.isValid())
        return invalid(QCoreApplication::translate("samen", "Choose the date and time of the meeting."));
    // Planned ahead, recorded afterwards (MeetingTime): the same rule the service applies to the operations.
    const Hlc now = m_clock.now();
    if (Status s = held ? meetingtime::checkHeld(meeting.at, now.wallMs, meetingtime::kDeviceMarginMs)
                        : meetingtime::checkPlanned(meeting.at, now.wallMs, meetingtime::kDeviceMarginMs);
        !s)
        return s.error();
    if (meeting.place.trimmed().isEmpty() && meeting.videoLink.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("samen", "Say where the meeting is: a place, a video link, or both."));
    QStringList participants = cleaned(meeting.participantIds);
    const QString owner = ownerMemberId();
    if (!owner.isEmpty() && !participants.contains(owner))
        participants.prepend(owner); // the citizen is always invited and cannot be left out
    for (const QString &id : std::as_const(participants)) {
        const auto member = liveEntity(id, QStringLiteral("member"));
        const QDate until = member ? QDate::fromString(str(*member, "until"), Qt::ISODate) : QDate();
        if (!member || (until.isValid() && until <= meeting.at.toLocalTime().date()))
            return invalid(QCoreApplication::translate("samen", "Invite people who are part of the plan now."));
    }
    const QStringList points = cleaned(meeting.agendaPoints);
    if (points.size() > kMaxAgendaPoints)
        return invalid(QCoreApplication::translate("samen", "A meeting can have at most %1 extra points on its agenda.").arg(kMaxAgendaPoints));
    if (Status s = validateField(type, QStringLiteral("notes"), notes); !s)
        return s.error();
    Fields fields { { QStringLiteral("title"), meeting.title },
                    { QStringLiteral("at"), meeting.at.toUTC().toString(Qt::ISODate) },
                    { QStringLiteral("minutes"), meeting.minutes },
                    { QStringLiteral("participantIds"), QJsonArray::fromStringList(participants) },
                    { QStringLiteral("status"), status } };
    if (!meeting.place.trimmed().isEmpty())
        fields.append({ QStringLiteral("place"), meeting.place.trimmed() });
    if (!meeting.videoLink.trimmed().isEmpty())
        fields.append({ QStringLiteral("videoLink"), meeting.videoLink.trimmed() });
    if (!meeting.agendaDomains.isEmpty())
        fields.append({ QStringLiteral("agendaDomains"), QJsonArray::fromStringList(cleaned(meeting.agendaDomains)) });
    if (!points.isEmpty())
        fields.append({ QStringLiteral("agendaPoints"), QJsonArray::fromStringList(points) });
    if (!notes.trimmed().isEmpty())
        fields.append({ QStringLiteral("notes"), notes });
    // Validated and checked as every new entity is (createEntity), then its timeline entry.
    auto made = createEntity(type, newUuid7(), fields);
    if (!made)
        return made;
    Edit edit = made.value();
    // A held meeting enters the history at the time it took place; a planned one when it was planned.
    appendTimeline(edit, held ? QStringLiteral("meeting-held") : QStringLiteral("meeting-planned"), meeting.title,
                   held ? Hlc { meeting.at.toMSecsSinceEpoch(), 0, {} } : m_clock.now(), edit.entityId);
    return edit;
}

Result<Edit> PlanEditor::recordMeeting(const QString &meetingId, const QString &notes)
{
    const auto meeting = liveEntity(meetingId, QStringLiteral("meeting"));
    if (!meeting)
        return invalid(QCoreApplication::translate("samen", "Choose a meeting of this plan."));
    if (str(*meeting, "status") == QLatin1StringView("cancelled"))
        return invalid(QCoreApplication::translate("samen", "This meeting was cancelled. Plan a new one instead."));
    if (Status s = validateField(QStringLiteral("meeting"), QStringLiteral("notes"), notes); !s)
        return s.error();
    const Hlc at = m_clock.now();
    if (str(*meeting, "status") != QLatin1StringView("held"))
        if (Status s = meetingtime::checkHeld(QDateTime::fromString(str(*meeting, "at"), Qt::ISODate), at.wallMs, meetingtime::kDeviceMarginMs); !s)
            return s.error();
    Edit edit;
    edit.entityId = meetingId;
    if (str(*meeting, "status") != QLatin1StringView("held"))
        edit.ops.append(makeOp(QStringLiteral("meeting"), meetingId, QStringLiteral("status"), QStringLiteral("held")));
    if (!notes.trimmed().isEmpty() && notes != str(*meeting, "notes")) // no notes given: the ones it has stay
        edit.ops.append(freeTextOp(QStringLiteral("meeting"), meetingId, QStringLiteral("notes"), notes));
    if (str(*meeting, "status") != QLatin1StringView("held"))
        appendTimeline(edit, QStringLiteral("meeting-held"), str(*meeting, "title"), at, meetingId);
    if (edit.ops.isEmpty())
        return invalid(QCoreApplication::translate("samen", "This meeting is already marked as held."));
    return edit;
}

Result<Edit> PlanEditor::cancelMeeting(const QString &meetingId)
{
    const auto meeting = liveEntity(meetingId, QStringLiteral("meeting"));
    if (!meeting)
        return invalid(QCoreApplication::translate("samen", "Choose a meeting of this plan."));
    if (str(*meeting, "status") == QLatin1StringView("held"))
        return invalid(QCoreApplication::translate("samen", "This meeting was already held, so it cannot be cancelled."));
    if (str(*meeting, "status") == QLatin1StringView("cancelled"))
        return invalid(QCoreApplication::translate("samen", "This meeting is already cancelled."));
    Edit edit;
    edit.entityId = meetingId;
    edit.ops.append(makeOp(QStringLiteral("meeting"), meetingId, QStringLiteral("status"), QStringLiteral("cancelled")));
    return edit;
}

Result<Edit> PlanEditor::addAgreement(const AgreementInput &agreement)
{
    const QString type = QStringLiteral("agreement");
    if (agreement.domainKey.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("samen", "Choose the life domain this agreement is about."));
    Fields fields { { QStringLiteral("what"), agreement.what },
                    { QStringLiteral("domainKey"), agreement.domainKey },
                    { QStringLiteral("status"), QStringLiteral("open") } };
    if (!agreement.whoId.isEmpty()) {
        const auto who = liveEntity(agreement.whoId, QStringLiteral("member"));
        const QDate until = who ? QDate::fromString(str(*who, "until"), Qt::ISODate) : QDate();
        if (!who || (until.isValid() && until <= QDateTime::fromMSecsSinceEpoch(m_clock.now().wallMs).date()))
            return invalid(QCoreApplication::translate("samen", "Choose a person who is part of the plan now."));
        fields.append({ QStringLiteral("whoId"), agreement.whoId });
    }
    if (!agreement.meetingId.isEmpty())
        fields.append({ QStringLiteral("meetingId"), agreement.meetingId });
    if (agreement.by)
        fields.append({ QStringLiteral("by"), agreement.by->toString(Qt::ISODate) });
    if (agreement.evaluationDate)
        fields.append({ QStringLiteral("evaluationDate"), agreement.evaluationDate->toString(Qt::ISODate) });
    // Validated and checked as every new entity is (createEntity), then its timeline entry.
    auto made = createEntity(type, newUuid7(), fields);
    if (!made)
        return made;
    Edit edit = made.value();
    appendTimeline(edit, QStringLiteral("agreement-made"), agreement.what, m_clock.now(), edit.entityId);
    return edit;
}

Result<Edit> PlanEditor::evaluateAgreement(const QString &agreementId, const QString &status, const QString &evaluation,
                                           const std::optional<QDate> &nextEvaluation, const QString &whoId)
{
    const QString type = QStringLiteral("agreement");
    const auto agreement = liveEntity(agreementId, type);
    if (!agreement)
        return invalid(QCoreApplication::translate("samen", "Choose an agreement of this plan."));
    if (Status s = validateField(type, QStringLiteral("status"), status); !s || status.isEmpty())
        return invalid(QCoreApplication::translate("samen", "Say how the agreement went: open, done or dropped."));
    if (Status s = validateField(type, QStringLiteral("evaluation"), evaluation); !s)
        return s.error();
    if (nextEvaluation && !nextEvaluation->isValid())
        return invalid(QCoreApplication::translate("samen", "Choose a real date for the next evaluation."));
    if (!whoId.isEmpty()) {
        const auto who = liveEntity(whoId, QStringLiteral("member"));
        const QDate until = who ? QDate::fromString(str(*who, "until"), Qt::ISODate) : QDate();
        if (!who || (until.isValid() && until <= QDateTime::fromMSecsSinceEpoch(m_clock.now().wallMs).date()))
            return invalid(QCoreApplication::translate("samen", "Choose a person who is part of the plan now."));
    }
    const Hlc at = m_clock.now();
    Edit edit;
    edit.entityId = agreementId;
    if (str(*agreement, "status") != status)
        edit.ops.append(makeOp(type, agreementId, QStringLiteral("status"), status));
    if (!evaluation.trimmed().isEmpty())
        edit.ops.append(freeTextOp(type, agreementId, QStringLiteral("evaluation"), evaluation));
    if (nextEvaluation)
        edit.ops.append(makeOp(type, agreementId, QStringLiteral("evaluationDate"), nextEvaluation->toString(Qt::ISODate)));
    if (!whoId.isEmpty() && str(*agreement, "whoId") != whoId)
        edit.ops.append(makeOp(type, agreementId, QStringLiteral("whoId"), whoId));
    if (edit.ops.isEmpty())
        return invalid(QCoreApplication::translate("samen", "Nothing changed: give a new status, what was said, or a next evaluation date."));
    appendTimeline(edit, QStringLiteral("agreement-evaluated"), str(*agreement, "what"), at, agreementId);
    return edit;
}

} // namespace samen
