#pragma once

#include "fhir/fhirimportcontext.h"

namespace samen {

/**
 * Reads the plan's content back from a Samen FHIR Bundle (the inverse of FhirPlanExport): life
 * domains from the CarePlan's addresses (their order is the priority), self-assessments from
 * Observations, goals from Goals and steps from step Tasks. Order is given back as new sort keys
 * in the Bundle's order.
 */
class FhirPlanImport
{
public:
    static void readDomains(FhirImportContext &context, const QJsonObject &carePlan);
    static void readAssessments(FhirImportContext &context);
    static void readGoals(FhirImportContext &context);
    static void readSteps(FhirImportContext &context);
};

} // namespace samen
