#pragma once

#include "store/accesslogcopy.h"

#include <QList>

namespace samen {

struct FhirExportContext;
class FhirImportContext;

/**
 * The case service's access log as FHIR R4 AuditEvents (docs/fhir.md, "The access log"): every
 * entry of the copy the device holds (AccessLogCopy: what an import brought, then what the device
 * last fetched) becomes one AuditEvent of type `rest` with the service's action as subtype
 * (samen-access), who did it, when, about whom and which life domain, and when the device
 * fetched it. The importer reads them back with the people's new ids.
 */
class FhirAccessLog
{
public:
    /** Adds an AuditEvent per entry of the device's copy (after the people: it refers to them). */
    static void add(FhirExportContext &context);
    /** True for an AuditEvent that is an access-log entry (not a timeline entry). */
    static bool isAccessEntry(const QJsonObject &auditEvent);
    /** Reads the access-log AuditEvents of the Bundle (members mapped to their new ids); a malformed one fails the context. */
    static QList<AccessLogRecord> read(FhirImportContext &context);
};

} // namespace samen
