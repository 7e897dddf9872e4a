#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace samen {

class PlanStore;

/**
 * The whole plan as one HL7 FHIR R4 (4.0.1) Bundle of type "collection" (docs/fhir.md): the
 * materialised plan this device holds, live entities only, the shown value of a free text in
 * conflict. Every resource carries its Samen entity id in an identifier (FhirVocabulary::idSystem)
 * and has it as its id where the entity maps to one resource; references are urn:uuid: within
 * the Bundle. Reads only; deterministic apart from Bundle.timestamp.
 */
class FhirExporter
{
public:
    /**
     * The Bundle for planId, stamped with now (UTC). Errors: NotFound when the store holds no
     * such plan or the plan has no citizen (the Patient every resource refers to); Damaged when
     * the store met a damaged page while reading (PlanStore::health).
     */
    static Result<QJsonObject> exportPlan(const PlanStore &store, const QString &planId, const QDateTime &now);
    /** How many resources of each type a Bundle holds, e.g. {"Goal": 3, "Task": 9}. */
    static QJsonObject resourceCounts(const QJsonObject &bundle);
};

} // namespace samen
