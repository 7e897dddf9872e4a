#include "fhir/fhirimporter.h"

#include "fhir/fhiraccesslog.h"
#include "fhir/fhirimportcontext.h"
#include "fhir/fhirmeetingimport.h"
#include "fhir/fhirpeopleimport.h"
#include "fhir/fhirplanimport.h"
#include "fhir/fhirvocabulary.h"
#include "store/planstore.h"
#include "sync/hlcclock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace samen {

namespace {

Error unreadable(const QString &why)
{
    return Error { ErrorCode::Validation, QCoreApplication::translate("samen", "Samen cannot import this file. %1 Nothing was imported.").arg(why) };
}

/** The resource types a Samen Bundle holds; anything else is not from Samen. */
const QSet<QString> &knownTypes()
{
    static const QSet<QString> types {
        QStringLiteral("CarePlan"),         QStringLiteral("Patient"),      QStringLiteral("RelatedPerson"), QStringLiteral("Practitioner"),
        QStringLiteral("PractitionerRole"), QStringLiteral("Organization"), QStringLiteral("CareTeam"),      QStringLiteral("Consent"),
        QStringLiteral("Condition"),        QStringLiteral("Observation"),  QStringLiteral("Goal"),          QStringLiteral("Task"),
        QStringLiteral("Appointment"),      QStringLiteral("AuditEvent")
    };
    return types;
}

} // namespace

Result<QJsonObject> FhirImporter::parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return unreadable(QCoreApplication::translate("samen", "It is not a FHIR file (JSON)."));
    const QJsonObject bundle = doc.object();
    if (bundle.value(QStringLiteral("resourceType")).toString() != QLatin1String("Bundle") || !bundle.value(QStringLiteral("entry")).isArray())
        return unreadable(QCoreApplication::translate("samen", "It is not a FHIR Bundle."));
    return bundle;
}

Result<FhirImportedPlan> FhirImporter::read(const QJsonObject &bundle, HlcClock &clock)
{
    // Someone else's plan as it was shared with a member or professional never becomes the importer's own plan.
    for (const QJsonValue &tag : bundle.value(QStringLiteral("meta")).toObject().value(QStringLiteral("tag")).toArray()) {
        if (tag[QStringLiteral("system")].toString() == FhirVocabulary::exportSystem()
            && tag[QStringLiteral("code")].toString().compare(QLatin1String("shared-copy"), Qt::CaseInsensitive) == 0)
            return Result<FhirImportedPlan>::fail(ErrorCode::Permission,
                                                  QCoreApplication::translate("samen",
                                                                              "This file holds what the owner of a plan shares with you, saved on your "
                                                                              "device. It is their plan, not yours, so it cannot be imported as a plan "
                                                                              "of your own. Nothing was changed."));
    }
    for (const QJsonValue &entry : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject resource = entry.toObject().value(QStringLiteral("resource")).toObject();
        const QString type = resource.value(QStringLiteral("resourceType")).toString();
        if (!knownTypes().contains(type))
            return unreadable(QCoreApplication::translate("samen", "It holds a kind of record Samen does not use (%1).").arg(type.left(40)));
        if (!entry.toObject().value(QStringLiteral("fullUrl")).toString().startsWith(QStringLiteral("urn:uuid:")))
            return unreadable(QCoreApplication::translate("samen", "It was not exported by Samen."));
    }
    // Every operation is made before any is stored (importInto stores them in one transaction).
    HlcClock::FloorReadOnce floorOnce(clock);
    FhirImportContext context(bundle, clock);
    const QJsonObject carePlan = FhirPeopleImport::readPlan(context);
    if (!context.failed())
        FhirPeopleImport::readMembers(context, carePlan);
    if (!context.failed())
        FhirPlanImport::readDomains(context, carePlan);
    if (!context.failed())
        FhirPlanImport::readAssessments(context);
    if (!context.failed())
        FhirPlanImport::readGoals(context);
    if (!context.failed())
        FhirPlanImport::readSteps(context);
    if (!context.failed())
        FhirMeetingImport::readMeetings(context);
    if (!context.failed())
        FhirMeetingImport::readAgreements(context);
    if (!context.failed())
        FhirPeopleImport::readGrants(context);
    if (!context.failed())
        FhirMeetingImport::readTimeline(context);
    QList<AccessLogRecord> accessLog;
    if (!context.failed())
        accessLog = FhirAccessLog::read(context);
    auto ops = context.finish();
    if (!ops)
        return unreadable(ops.error().message);
    return FhirImportedPlan { context.planId(), context.ownerId(), ops.value(), accessLog };
}

Result<FhirImportedPlan> FhirImporter::importInto(PlanStore &store, HlcClock &clock, const QJsonObject &bundle)
{
    if (!store.planIds().isEmpty())
        return Error { ErrorCode::Conflict, QCoreApplication::translate("samen", "There is already a plan here. Import a plan only where there is none.") };
    auto plan = read(bundle, clock);
    if (!plan)
        return plan.error();
    if (Status stored = store.applyLocal(plan->ops); !stored)
        return stored.error();
    if (Status kept = AccessLogCopy::keepImported(store, plan->accessLog); !kept)
        return kept.error();
    return plan;
}

} // namespace samen
