#pragma once

#include "fhir/fhirexportcontext.h"

namespace samen {

/**
 * The people of a plan as FHIR R4 (docs/fhir.md, "People"): the citizen as Patient, network
 * members as RelatedPerson, professionals as Practitioner + PractitionerRole + Organization,
 * everyone in one CareTeam (roles, periods, the coordinator), and one Consent per member with
 * the member's grants as per-domain provisions.
 */
class FhirPeopleExport
{
public:
    /** Adds every people resource of the plan to context.entries. */
    static void add(FhirExportContext &context);
    /** The CareTeam's id for a plan (stable, derived from the plan id). */
    static QString careTeamId(const QString &planId);

private:
    static QJsonObject personResource(const FhirExportContext &context, const QJsonObject &member);
    static QJsonObject careTeam(const FhirExportContext &context, const QList<QJsonObject> &members);
    static QJsonObject consent(const FhirExportContext &context, const QJsonObject &member, const QList<QJsonObject> &grants);
};

} // namespace samen
