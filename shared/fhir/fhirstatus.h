#pragma once

#include <QString>

namespace samen {

/**
 * Samen's statuses and FHIR R4's, both ways (docs/fhir.md): goal.status <-> Goal.lifecycleStatus,
 * meeting.status <-> Appointment.status, agreement.status <-> Task.status. Every Samen value has
 * one FHIR value and back, so a round trip keeps it. fromFhir answers empty for a FHIR value
 * Samen does not use.
 */
class FhirStatus
{
public:
    static QString goalToFhir(const QString &status);
    static QString goalFromFhir(const QString &lifecycleStatus);
    static QString meetingToFhir(const QString &status);
    static QString meetingFromFhir(const QString &appointmentStatus);
    static QString agreementToFhir(const QString &status);
    static QString agreementFromFhir(const QString &taskStatus);
};

} // namespace samen
