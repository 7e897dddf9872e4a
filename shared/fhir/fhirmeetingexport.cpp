#include "fhir/fhirmeetingexport.h"

#include "fhir/fhirstatus.h"
#include "store/planstore.h"
#include "store/planview.h"

#include <QDateTime>
#include <QSet>

namespace samen {

namespace {

using V = FhirVocabulary;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject domainCoding(const QString &key)
{
    return QJsonObject { { QStringLiteral("system"), V::domainSystem() },
                         { QStringLiteral("code"), key },
                         { QStringLiteral("display"), V::domainDisplay(key) } };
}

} // namespace

QJsonArray FhirMeetingExport::addMeetings(FhirExportContext &context)
{
    const PlanView view(context.store, context.planId);
    QJsonArray activities;
    for (const QJsonValue &m : view.all(QStringLiteral("meeting"))) {
        context.add(appointment(context, m.toObject()));
        activities.append(QJsonObject { { QStringLiteral("reference"), V::reference(str(m.toObject(), "id")) } });
    }
    QSet<QString> meetings;
    for (const QJsonValue &m : view.all(QStringLiteral("meeting")))
        meetings.insert(str(m.toObject(), "id"));
    for (const QJsonValue &a : view.all(QStringLiteral("agreement"))) {
        QJsonObject agreement = a.toObject();
        if (!meetings.contains(str(agreement, "meetingId")))
            agreement.remove(QStringLiteral("meetingId"));
        context.add(agreementTask(context, agreement));
        activities.append(QJsonObject { { QStringLiteral("reference"), V::reference(str(agreement, "id")) } });
    }
    return activities;
}

QJsonObject FhirMeetingExport::appointment(const FhirExportContext &context, const QJsonObject &meeting)
{
    const QDateTime at = QDateTime::fromString(str(meeting, "at"), Qt::ISODate);
    QJsonObject r { { QStringLiteral("resourceType"), QStringLiteral("Appointment") },
                    { QStringLiteral("id"), str(meeting, "id") },
                    { QStringLiteral("identifier"), V::identifier(QStringLiteral("meeting"), str(meeting, "id")) },
                    { QStringLiteral("status"), FhirStatus::meetingToFhir(str(meeting, "status")) },
                    { QStringLiteral("description"), str(meeting, "title") },
                    { QStringLiteral("start"), str(meeting, "at") } };
    const int minutes = meeting.value(QStringLiteral("minutes")).toInt();
    // Appointment (app-2): start and end both, or neither; without a length the meeting ends as it starts.
    r.insert(QStringLiteral("end"), at.addSecs(qint64(minutes) * 60).toUTC().toString(Qt::ISODate));
    if (minutes > 0)
        r.insert(QStringLiteral("minutesDuration"), minutes);
    QJsonArray ext;
    if (!str(meeting, "place").isEmpty())
        ext.append(V::extensionOf(QStringLiteral("place"), QStringLiteral("valueString"), str(meeting, "place")));
    if (!str(meeting, "videoLink").isEmpty())
        ext.append(V::extensionOf(QStringLiteral("videoLink"), QStringLiteral("valueUrl"), str(meeting, "videoLink")));
    if (!ext.isEmpty())
        r.insert(QStringLiteral("extension"), ext);
    QJsonArray reasons;
    for (const QJsonValue &key : meeting.value(QStringLiteral("agendaDomains")).toArray()) {
        if (context.domainIds.contains(key.toString()))
            reasons.append(V::reference(context.domainIds.value(key.toString())));
    }
    if (!reasons.isEmpty())
        r.insert(QStringLiteral("reasonReference"), reasons);
    QJsonArray points;
    for (const QJsonValue &point : meeting.value(QStringLiteral("agendaPoints")).toArray())
        points.append(QJsonObject { { QStringLiteral("text"), point.toString() } });
    if (!points.isEmpty())
        r.insert(QStringLiteral("reasonCode"), points);
    if (!str(meeting, "notes").isEmpty())
        r.insert(QStringLiteral("comment"), str(meeting, "notes"));
    QJsonArray participants;
    for (const QJsonValue &id : meeting.value(QStringLiteral("participantIds")).toArray()) {
        if (context.members.contains(id.toString()))
            participants.append(
                QJsonObject { { QStringLiteral("actor"), V::reference(id.toString()) }, { QStringLiteral("status"), QStringLiteral("accepted") } });
    }
    if (participants.isEmpty()) // Appointment.participant is 1..*: the plan's owner is always in a meeting
        participants.append(
            QJsonObject { { QStringLiteral("actor"), V::reference(context.ownerId) }, { QStringLiteral("status"), QStringLiteral("accepted") } });
    r.insert(QStringLiteral("participant"), participants);
    return r;
}

QJsonObject FhirMeetingExport::agreementTask(const FhirExportContext &context, const QJsonObject &agreement)
{
    const QString key = str(agreement, "domainKey");
    QJsonObject r { { QStringLiteral("resourceType"), QStringLiteral("Task") },
                    { QStringLiteral("id"), str(agreement, "id") },
                    { QStringLiteral("identifier"), V::identifier(QStringLiteral("agreement"), str(agreement, "id")) },
                    { QStringLiteral("extension"), QJsonArray { V::extensionOf(QStringLiteral("domain"), QStringLiteral("valueCoding"), domainCoding(key)) } },
                    { QStringLiteral("basedOn"), QJsonArray { V::reference(context.planId) } },
                    { QStringLiteral("status"), FhirStatus::agreementToFhir(str(agreement, "status")) },
                    { QStringLiteral("intent"), QStringLiteral("plan") },
                    { QStringLiteral("code"), QJsonObject { { QStringLiteral("text"), QStringLiteral("Agreement") } } },
                    { QStringLiteral("description"), str(agreement, "what") },
                    { QStringLiteral("for"), V::reference(context.ownerId) } };
    if (!str(agreement, "evaluationDate").isEmpty()) {
        QJsonArray ext = r.value(QStringLiteral("extension")).toArray();
        ext.append(V::extensionOf(QStringLiteral("evaluationDate"), QStringLiteral("valueDate"), str(agreement, "evaluationDate")));
        r.insert(QStringLiteral("extension"), ext);
    }
    if (context.domainIds.contains(key))
        r.insert(QStringLiteral("focus"), V::reference(context.domainIds.value(key)));
    if (!str(agreement, "meetingId").isEmpty())
        r.insert(QStringLiteral("reasonReference"), V::reference(str(agreement, "meetingId")));
    if (!context.memberReference(str(agreement, "whoId")).isEmpty())
        r.insert(QStringLiteral("owner"), context.memberReference(str(agreement, "whoId")));
    if (!str(agreement, "by").isEmpty())
        r.insert(QStringLiteral("restriction"), QJsonObject { { QStringLiteral("period"), QJsonObject { { QStringLiteral("end"), str(agreement, "by") } } } });
    if (!str(agreement, "evaluation").isEmpty())
        r.insert(QStringLiteral("note"), QJsonArray { QJsonObject { { QStringLiteral("text"), str(agreement, "evaluation") } } });
    return r;
}

void FhirMeetingExport::addTimeline(FhirExportContext &context)
{
    QSet<QString> exported;
    for (const QJsonValue &entry : context.entries)
        exported.insert(entry.toObject().value(QStringLiteral("resource")).toObject().value(QStringLiteral("id")).toString());
    const PlanView view(context.store, context.planId);
    for (const QJsonValue &t : view.all(QStringLiteral("timeline"))) {
        const QJsonObject entry = t.toObject();
        const QString id = str(entry, "id");
        const QList<Operation> history = context.store.history(id);
        const QString author = history.isEmpty() ? QString() : history.first().authorMemberId;
        QJsonObject agent { { QStringLiteral("requestor"), true } };
        if (context.members.contains(author))
            agent.insert(QStringLiteral("who"), V::reference(author));
        QJsonObject r {
            { QStringLiteral("resourceType"), QStringLiteral("AuditEvent") },
            { QStringLiteral("id"), id },
            { QStringLiteral("extension"),
              QJsonArray {
                  V::extensionOf(QStringLiteral("timeline"), QStringLiteral("valueIdentifier"), V::identifier(QStringLiteral("timeline"), id).first()) } },
            { QStringLiteral("type"), QJsonObject { { QStringLiteral("system"), V::timelineSystem() }, { QStringLiteral("code"), str(entry, "kind") } } },
            { QStringLiteral("recorded"), str(entry, "at") },
            { QStringLiteral("outcome"), QStringLiteral("0") },
            { QStringLiteral("agent"), QJsonArray { agent } },
            { QStringLiteral("source"),
              QJsonObject { { QStringLiteral("site"), QStringLiteral("Samen") }, { QStringLiteral("observer"), V::reference(context.ownerId) } } },
        };
        if (!str(entry, "text").isEmpty())
            r.insert(QStringLiteral("outcomeDesc"), str(entry, "text"));
        if (exported.contains(str(entry, "refId")))
            r.insert(QStringLiteral("entity"), QJsonArray { QJsonObject { { QStringLiteral("what"), V::reference(str(entry, "refId")) } } });
        context.add(r);
    }
}

} // namespace samen
