#include "fhir/fhirstatus.h"

#include <QList>

#include <utility>

namespace samen {

namespace {

using Pairs = QList<std::pair<QString, QString>>;

QString toFhir(const Pairs &pairs, const QString &samen)
{
    for (const auto &[s, f] : pairs) {
        if (s == samen)
            return f;
    }
    return pairs.first().second; // an empty (unset) status is the first one
}

QString fromFhir(const Pairs &pairs, const QString &fhir)
{
    for (const auto &[s, f] : pairs) {
        if (f == fhir)
            return s;
    }
    return {};
}

// Goal.lifecycleStatus (required binding http://hl7.org/fhir/ValueSet/goal-status).
const Pairs &goalPairs()
{
    static const Pairs p { { QStringLiteral("open"), QStringLiteral("accepted") },
                           { QStringLiteral("in-progress"), QStringLiteral("active") },
                           { QStringLiteral("done"), QStringLiteral("completed") },
                           { QStringLiteral("paused"), QStringLiteral("on-hold") } };
    return p;
}

// Appointment.status (required binding http://hl7.org/fhir/ValueSet/appointmentstatus).
const Pairs &meetingPairs()
{
    static const Pairs p { { QStringLiteral("planned"), QStringLiteral("booked") },
                           { QStringLiteral("held"), QStringLiteral("fulfilled") },
                           { QStringLiteral("cancelled"), QStringLiteral("cancelled") } };
    return p;
}

// Task.status (required binding http://hl7.org/fhir/ValueSet/task-status).
const Pairs &agreementPairs()
{
    static const Pairs p { { QStringLiteral("open"), QStringLiteral("ready") },
                           { QStringLiteral("done"), QStringLiteral("completed") },
                           { QStringLiteral("dropped"), QStringLiteral("cancelled") } };
    return p;
}

} // namespace

QString FhirStatus::goalToFhir(const QString &status)
{
    return toFhir(goalPairs(), status);
}

QString FhirStatus::goalFromFhir(const QString &lifecycleStatus)
{
    return fromFhir(goalPairs(), lifecycleStatus);
}

QString FhirStatus::meetingToFhir(const QString &status)
{
    return toFhir(meetingPairs(), status);
}

QString FhirStatus::meetingFromFhir(const QString &appointmentStatus)
{
    return fromFhir(meetingPairs(), appointmentStatus);
}

QString FhirStatus::agreementToFhir(const QString &status)
{
    return toFhir(agreementPairs(), status);
}

QString FhirStatus::agreementFromFhir(const QString &taskStatus)
{
    return fromFhir(agreementPairs(), taskStatus);
}

} // namespace samen
