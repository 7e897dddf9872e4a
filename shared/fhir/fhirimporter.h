#pragma once

#include "core/result.h"
#include "store/accesslogcopy.h"
#include "sync/operation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace samen {

class HlcClock;
class PlanStore;

/** A plan read from a FHIR Bundle: its new ids and the operations that make it. */
struct FhirImportedPlan {
    QString planId;
    QString ownerMemberId; ///< the citizen (the Bundle's Patient): this device's member
    QList<Operation> ops;
    QList<AccessLogRecord> accessLog; ///< the case service's access log the file carried (kept as AccessLogCopy::imported)
};

/**
 * Restores a plan from a FHIR R4 Bundle that Samen exported (FhirExporter; docs/fhir.md,
 * "Import"). Every entity gets a new id (the old one is read from the resource's Samen
 * identifier, so references are mapped); every value is checked as any edit is
 * (validateField, required fields). A Bundle Samen cannot read gives a Validation error in
 * plain words and writes nothing.
 */
class FhirImporter
{
public:
    /** Parses a file's bytes: Validation when it is not a JSON FHIR Bundle. */
    static Result<QJsonObject> parse(const QByteArray &bytes);
    /** Reads a Bundle into operations (nothing written); clock stamps them, the owner is their author. */
    static Result<FhirImportedPlan> read(const QJsonObject &bundle, HlcClock &clock);
    /**
     * Reads the Bundle and stores the plan in store in one transaction (PlanStore::applyLocal):
     * all of it or nothing; then the access log it carried (AccessLogCopy::keepImported).
     * Conflict when the store already holds a plan; Validation as read().
     */
    static Result<FhirImportedPlan> importInto(PlanStore &store, HlcClock &clock, const QJsonObject &bundle);
};

} // namespace samen
