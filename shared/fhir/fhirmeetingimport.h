#pragma once

#include "fhir/fhirimportcontext.h"

namespace samen {

/** Reads meetings (Appointment), agreements (agreement Tasks) and the timeline (AuditEvent) back from a Samen FHIR Bundle: the inverse of FhirMeetingExport. */
class FhirMeetingImport
{
public:
    static void readMeetings(FhirImportContext &context);
    static void readAgreements(FhirImportContext &context);
    static void readTimeline(FhirImportContext &context);
};

} // namespace samen
