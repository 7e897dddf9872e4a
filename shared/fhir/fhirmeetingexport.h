#pragma once

#include "fhir/fhirexportcontext.h"

namespace samen {

/**
 * Meetings, agreements and the timeline as FHIR R4 (docs/fhir.md): a meeting is an Appointment
 * (participants, agenda domains as reasonReference, agenda points as reasonCode text), an
 * agreement a Task whose reasonReference is the meeting it was made at, and each timeline entry
 * an AuditEvent (what happened, when, who did it, about which resource).
 */
class FhirMeetingExport
{
public:
    /** Adds Appointments and agreement Tasks to context.entries; returns the references for CarePlan.activity. */
    static QJsonArray addMeetings(FhirExportContext &context);
    /** Adds an AuditEvent per timeline entry (run last: it refers to resources already added). */
    static void addTimeline(FhirExportContext &context);

private:
    static QJsonObject appointment(const FhirExportContext &context, const QJsonObject &meeting);
    static QJsonObject agreementTask(const FhirExportContext &context, const QJsonObject &agreement);
};

} // namespace samen
