#include "fhir/fhirexporter.h"

#include "fhir/fhiraccesslog.h"
#include "fhir/fhirexportcontext.h"
#include "fhir/fhirmeetingexport.h"
#include "fhir/fhirpeopleexport.h"
#include "fhir/fhirplanexport.h"
#include "fhir/fhirvocabulary.h"
#include "store/deviceaccess.h"
#include "store/planstore.h"
#include "store/planview.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace samen {

Result<QJsonObject> FhirExporter::exportPlan(const PlanStore &store, const QString &planId, const QDateTime &now)
{
    const std::optional<QJsonObject> plan = store.entity(planId);
    if (!plan || plan->value(QStringLiteral("type")).toString() != QLatin1String("plan"))
        return Result<QJsonObject>::fail(ErrorCode::NotFound, QCoreApplication::translate("samen", "There is no plan on this device to export."));
    FhirExportContext context { store, planId, *plan, {}, {}, {}, {} };
    for (const QJsonValue &m : PlanView(store, planId).all(QStringLiteral("member"))) {
        const QJsonObject member = m.toObject();
        context.members.insert(member.value(QStringLiteral("id")).toString(), member);
        if (member.value(QStringLiteral("kind")).toString() == QLatin1String("citizen") && context.ownerId.isEmpty())
            context.ownerId = member.value(QStringLiteral("id")).toString();
    }
    if (context.ownerId.isEmpty())
        return Result<QJsonObject>::fail(ErrorCode::NotFound,
                                         QCoreApplication::translate("samen", "This plan has no owner on this device yet, so it cannot be exported."));

    FhirPeopleExport::add(context);
    QJsonArray activities = FhirPlanExport::addContent(context);
    for (const QJsonValue &a : FhirMeetingExport::addMeetings(context))
        activities.append(a);
    const QJsonObject carePlan = FhirPlanExport::carePlan(context, activities);
    context.entries.prepend(QJsonObject { { QStringLiteral("fullUrl"), FhirVocabulary::urn(planId) }, { QStringLiteral("resource"), carePlan } });
    FhirMeetingExport::addTimeline(context);
    FhirAccessLog::add(context);
    if (Status health = store.health(); !health)
        return health.error();

    // Whose copy this is: a member's or professional's export holds someone else's plan, which import refuses to make
    // anyone's own plan (trial after stop 36: a professional's export became their own plan).
    const bool owner = DeviceAccess::load(store).isOwner();
    const QJsonObject tag { { QStringLiteral("system"), FhirVocabulary::exportSystem() },
                            { QStringLiteral("code"), owner ? QStringLiteral("owner-copy") : QStringLiteral("shared-copy") },
                            { QStringLiteral("display"), owner ? QStringLiteral("The owner's whole plan") : QStringLiteral("What the owner shares") } };
    return QJsonObject { { QStringLiteral("resourceType"), QStringLiteral("Bundle") },
                         { QStringLiteral("meta"), QJsonObject { { QStringLiteral("tag"), QJsonArray { tag } } } },
                         { QStringLiteral("type"), QStringLiteral("collection") },
                         { QStringLiteral("timestamp"), now.toUTC().toString(Qt::ISODate) },
                         { QStringLiteral("entry"), context.entries } };
}

QJsonObject FhirExporter::resourceCounts(const QJsonObject &bundle)
{
    QJsonObject counts;
    for (const QJsonValue &entry : bundle.value(QStringLiteral("entry")).toArray()) {
        const QString type = entry.toObject().value(QStringLiteral("resource")).toObject().value(QStringLiteral("resourceType")).toString();
        counts.insert(type, counts.value(type).toInt() + 1);
    }
    return counts;
}

} // namespace samen
