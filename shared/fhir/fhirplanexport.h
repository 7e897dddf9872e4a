#pragma once

#include "fhir/fhirexportcontext.h"

namespace samen {

/**
 * The plan's own content as FHIR R4 (docs/fhir.md, "The plan"): one Condition per life domain
 * (what the plan addresses, in the citizen's priority order), an Observation per
 * self-assessment, a Goal per goal, a Task per step, and the CarePlan that ties them together
 * with the story. Meetings and agreements come from FhirMeetingExport; their references are
 * passed in as the CarePlan's further activities.
 */
class FhirPlanExport
{
public:
    /** Adds Conditions, Observations, Goals and step Tasks to context.entries; returns the references for CarePlan.activity. */
    static QJsonArray addContent(FhirExportContext &context);
    /** The CarePlan: story, domains addressed in priority order, goals, and activities (the references given). */
    static QJsonObject carePlan(const FhirExportContext &context, const QJsonArray &activities);

private:
    static QJsonObject condition(const FhirExportContext &context, const QJsonObject &domain);
    static QJsonObject observation(const FhirExportContext &context, const QJsonObject &assessment);
    static QJsonObject goal(const FhirExportContext &context, const QJsonObject &goal);
    static QJsonObject stepTask(const FhirExportContext &context, const QJsonObject &step);
};

} // namespace samen
