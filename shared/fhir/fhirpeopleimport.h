#pragma once

#include "fhir/fhirimportcontext.h"

namespace samen {

/**
 * Reads the plan and its people back from a Samen FHIR Bundle (the inverse of
 * FhirPeopleExport and of the CarePlan's own fields): the CarePlan, the CareTeam's
 * participants with their Patient / RelatedPerson / PractitionerRole (+ Practitioner,
 * Organization), and each Consent's provisions as grants.
 */
class FhirPeopleImport
{
public:
    /** The plan entity from the one CarePlan; returns the CarePlan (empty after an error). */
    static QJsonObject readPlan(FhirImportContext &context);
    /** Members in the CareTeam's order; the Patient becomes the owner. */
    static void readMembers(FhirImportContext &context, const QJsonObject &carePlan);
    /** Grants from each Consent's nested provisions. */
    static void readGrants(FhirImportContext &context);
};

} // namespace samen
