#include "fhir/fhirmeetingimport.h"

#include "domain/meetingtime.h"
#include "fhir/fhiraccesslog.h"
#include "fhir/fhirstatus.h"
#include "fhir/fhirvocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace samen {

namespace {

using V = FhirVocabulary;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString firstString(const QJsonArray &values)
{
    return values.isEmpty() ? QString() : values.first().toString();
}

} // namespace

void FhirMeetingImport::readMeetings(FhirImportContext &context)
{
    for (const QJsonObject &a : context.ofType(QStringLiteral("Appointment"))) {
        const QString id = context.create(QStringLiteral("meeting"), V::samenId(a, QStringLiteral("meeting")));
        context.set(id, QStringLiteral("title"), str(a, "description"));
        context.set(id, QStringLiteral("at"), str(a, "start"));
        context.set(id, QStringLiteral("minutes"), a.value(QStringLiteral("minutesDuration")));
        context.set(id, QStringLiteral("place"), firstString(V::extensionValues(a, QStringLiteral("place"))));
        context.set(id, QStringLiteral("videoLink"), firstString(V::extensionValues(a, QStringLiteral("videoLink"))));
        QJsonArray participants;
        for (const QJsonValue &p : a.value(QStringLiteral("participant")).toArray()) {
            const QString member = context.memberFor(p.toObject().value(QStringLiteral("actor")));
            if (member.isEmpty())
                context.fail(QCoreApplication::translate("samen", "Someone at a meeting in the file is not in the plan."));
            participants.append(member);
        }
        context.set(id, QStringLiteral("participantIds"), participants);
        QJsonArray domains;
        for (const QJsonValue &r : a.value(QStringLiteral("reasonReference")).toArray())
            domains.append(V::codeIn(context.resolve(r).value(QStringLiteral("code")), V::domainSystem()));
        context.set(id, QStringLiteral("agendaDomains"), domains);
        QJsonArray points;
        for (const QJsonValue &r : a.value(QStringLiteral("reasonCode")).toArray())
            points.append(r.toObject().value(QStringLiteral("text")));
        context.set(id, QStringLiteral("agendaPoints"), points);
        context.set(id, QStringLiteral("notes"), str(a, "comment"));
        const QString status = FhirStatus::meetingFromFhir(str(a, "status"));
        if (status.isEmpty())
            context.fail(QCoreApplication::translate("samen", "A meeting in the file has a status Samen does not know."));
        // A held meeting took place: one that starts later than now is a wrong file, as it would be
        // when recorded by hand (PlanEditor::recordHeldMeeting, MeetingTime). A planned one is kept as
        // it was, also when its time has passed since the file was made (whether it took place is not known).
        if (status == QLatin1String("held")
            && !meetingtime::checkHeld(QDateTime::fromString(str(a, "start"), Qt::ISODate), context.nowMs(), meetingtime::kDeviceMarginMs))
            context.fail(QCoreApplication::translate("samen", "A meeting in the file is marked as held, but it starts later than now."));
        context.set(id, QStringLiteral("status"), status);
    }
}

void FhirMeetingImport::readAgreements(FhirImportContext &context)
{
    for (const QJsonObject &t : context.ofType(QStringLiteral("Task"))) {
        if (V::samenId(t, QStringLiteral("agreement")).isEmpty()) {
            if (V::samenId(t, QStringLiteral("step")).isEmpty())
                context.fail(QCoreApplication::translate("samen", "The file holds a task that is neither a step nor an agreement from Samen."));
            continue;
        }
        const QString id = context.create(QStringLiteral("agreement"), V::samenId(t, QStringLiteral("agreement")));
        context.set(id, QStringLiteral("what"), str(t, "description"));
        if (t.contains(QStringLiteral("reasonReference"))) {
            const QString meeting = context.entityFor(t.value(QStringLiteral("reasonReference")), QStringLiteral("meeting"));
            if (meeting.isEmpty())
                context.fail(QCoreApplication::translate("samen", "An agreement in the file was made at a meeting that is not in the file."));
            context.set(id, QStringLiteral("meetingId"), meeting);
        }
        const QJsonValue owner = t.value(QStringLiteral("owner"));
        if (!owner.isUndefined() && context.memberFor(owner).isEmpty())
            context.fail(QCoreApplication::translate("samen", "Who keeps an agreement in the file is not in the plan."));
        context.set(id, QStringLiteral("whoId"), context.memberFor(owner));
        context.set(id, QStringLiteral("by"), str(t.value(QStringLiteral("restriction")).toObject().value(QStringLiteral("period")).toObject(), "end"));
        context.set(id, QStringLiteral("domainKey"), V::codeIn(V::extensionValues(t, QStringLiteral("domain")).first(), V::domainSystem()));
        context.set(id, QStringLiteral("evaluationDate"), firstString(V::extensionValues(t, QStringLiteral("evaluationDate"))));
        const QString status = FhirStatus::agreementFromFhir(str(t, "status"));
        if (status.isEmpty())
            context.fail(QCoreApplication::translate("samen", "An agreement in the file has a status Samen does not know."));
        context.set(id, QStringLiteral("status"), status);
        context.set(id, QStringLiteral("evaluation"), t.value(QStringLiteral("note")).toArray().first().toObject().value(QStringLiteral("text")));
    }
}

void FhirMeetingImport::readTimeline(FhirImportContext &context)
{
    for (const QJsonObject &e : context.ofType(QStringLiteral("AuditEvent"))) {
        if (FhirAccessLog::isAccessEntry(e))
            continue; // the service's access log: FhirAccessLog::read
        const QJsonObject samenId = V::extensionValues(e, QStringLiteral("timeline")).first().toObject();
        const QString id = context.create(QStringLiteral("timeline"), str(samenId, "value"));
        context.setAuthor(context.memberFor(e.value(QStringLiteral("agent")).toArray().first().toObject().value(QStringLiteral("who"))));
        context.set(id, QStringLiteral("kind"), V::codeIn(e.value(QStringLiteral("type")), V::timelineSystem()));
        context.set(id, QStringLiteral("text"), str(e, "outcomeDesc"));
        context.set(id, QStringLiteral("at"), str(e, "recorded"));
        const QJsonValue what = e.value(QStringLiteral("entity")).toArray().first().toObject().value(QStringLiteral("what"));
        if (!what.isUndefined()) {
            const QString ref = context.mapped(V::referencedId(what));
            if (ref.isEmpty())
                context.fail(QCoreApplication::translate("samen", "An entry of the timeline in the file is about something that is not in the file."));
            context.set(id, QStringLiteral("refId"), ref);
        }
        context.setAuthor({});
    }
}

} // namespace samen
