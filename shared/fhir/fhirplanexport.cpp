#include "fhir/fhirplanexport.h"

#include "fhir/fhirpeopleexport.h"
#include "fhir/fhirstatus.h"
#include "store/planview.h"

namespace samen {

namespace {

using V = FhirVocabulary;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonArray activityReference(const QString &id)
{
    return QJsonArray { QJsonObject { { QStringLiteral("reference"), V::reference(id) } } };
}

} // namespace

QJsonArray FhirPlanExport::addContent(FhirExportContext &context)
{
    const PlanView view(context.store, context.planId);
    for (const QJsonValue &d : view.all(QStringLiteral("domain"))) {
        context.domainIds.insert(str(d.toObject(), "key"), str(d.toObject(), "id"));
        context.add(condition(context, d.toObject()));
    }
    for (const QJsonValue &a : view.all(QStringLiteral("assessment")))
        context.add(observation(context, a.toObject()));
    const QJsonArray goals = view.all(QStringLiteral("goal"));
    for (const QJsonValue &g : goals)
        context.add(goal(context, g.toObject()));
    // Steps grouped by goal, in the goal's order: the order the importer gives them again.
    QHash<QString, QJsonArray> stepsOf;
    for (const QJsonValue &s : view.all(QStringLiteral("step")))
        stepsOf[str(s.toObject(), "goalId")].append(s);
    QJsonArray activities;
    for (const QJsonValue &g : goals) {
        for (const QJsonValue &s : stepsOf.value(str(g.toObject(), "id"))) {
            context.add(stepTask(context, s.toObject()));
            activities.append(activityReference(str(s.toObject(), "id")).first());
        }
    }
    return activities;
}

QJsonObject FhirPlanExport::carePlan(const FhirExportContext &context, const QJsonArray &activities)
{
    const QJsonObject &plan = context.plan;
    QJsonObject r { { QStringLiteral("resourceType"), QStringLiteral("CarePlan") },
                    { QStringLiteral("id"), context.planId },
                    { QStringLiteral("identifier"), V::identifier(QStringLiteral("plan"), context.planId) },
                    { QStringLiteral("status"), QStringLiteral("active") },
                    { QStringLiteral("intent"), QStringLiteral("plan") },
                    { QStringLiteral("title"), str(plan, "name") },
                    { QStringLiteral("subject"), V::reference(context.ownerId) },
                    { QStringLiteral("author"), V::reference(context.ownerId) },
                    { QStringLiteral("careTeam"), QJsonArray { V::reference(FhirPeopleExport::careTeamId(context.planId)) } } };
    if (!str(plan, "framework").isEmpty())
        r.insert(QStringLiteral("extension"), QJsonArray { V::extensionOf(QStringLiteral("framework"), QStringLiteral("valueCode"), str(plan, "framework")) });
    if (!str(plan, "story").isEmpty())
        r.insert(QStringLiteral("description"), str(plan, "story"));
    if (!str(plan, "createdAt").isEmpty())
        r.insert(QStringLiteral("created"), str(plan, "createdAt"));
    QJsonArray addresses;
    for (const QJsonValue &entry : context.entries) {
        const QJsonObject resource = entry.toObject().value(QStringLiteral("resource")).toObject();
        if (str(resource, "resourceType") == QLatin1String("Condition"))
            addresses.append(V::reference(str(resource, "id")));
    }
    if (!addresses.isEmpty())
        r.insert(QStringLiteral("addresses"), addresses);
    QJsonArray goals;
    for (const QJsonValue &entry : context.entries) {
        const QJsonObject resource = entry.toObject().value(QStringLiteral("resource")).toObject();
        if (str(resource, "resourceType") == QLatin1String("Goal"))
            goals.append(V::reference(str(resource, "id")));
    }
    if (!goals.isEmpty())
        r.insert(QStringLiteral("goal"), goals);
    if (!activities.isEmpty())
        r.insert(QStringLiteral("activity"), activities);
    return r;
}

QJsonObject FhirPlanExport::condition(const FhirExportContext &context, const QJsonObject &domain)
{
    const QString key = str(domain, "key");
    return QJsonObject {
        { QStringLiteral("resourceType"), QStringLiteral("Condition") },
        { QStringLiteral("id"), str(domain, "id") },
        { QStringLiteral("identifier"), V::identifier(QStringLiteral("domain"), str(domain, "id")) },
        { QStringLiteral("clinicalStatus"),
          V::codeable(QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical"), QStringLiteral("active"), QStringLiteral("Active")) },
        { QStringLiteral("category"),
          QJsonArray { V::codeable(QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-category"), QStringLiteral("problem-list-item"),
                                   QStringLiteral("Problem List Item")) } },
        { QStringLiteral("code"), V::codeable(V::domainSystem(), key, V::domainDisplay(key)) },
        { QStringLiteral("subject"), V::reference(context.ownerId) },
    };
}

QJsonObject FhirPlanExport::observation(const FhirExportContext &context, const QJsonObject &assessment)
{
    const QString key = str(assessment, "domainKey");
    QJsonObject r {
        { QStringLiteral("resourceType"), QStringLiteral("Observation") },
        { QStringLiteral("id"), str(assessment, "id") },
        { QStringLiteral("identifier"), V::identifier(QStringLiteral("assessment"), str(assessment, "id")) },
        { QStringLiteral("status"), QStringLiteral("final") },
        { QStringLiteral("category"),
          QJsonArray {
              V::codeable(QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"), QStringLiteral("survey"), QStringLiteral("Survey")) } },
        { QStringLiteral("code"),
          V::codeable(V::domainSystem(), key, V::domainDisplay(key), QStringLiteral("Self-assessment (1-10): ") + V::domainDisplay(key)) },
        { QStringLiteral("subject"), V::reference(context.ownerId) },
        { QStringLiteral("performer"), QJsonArray { V::reference(context.ownerId) } },
        { QStringLiteral("effectiveDateTime"), str(assessment, "date") },
        { QStringLiteral("valueInteger"), assessment.value(QStringLiteral("score")).toInt() },
    };
    if (context.domainIds.contains(key))
        r.insert(QStringLiteral("focus"), QJsonArray { V::reference(context.domainIds.value(key)) });
    if (!str(assessment, "note").isEmpty())
        r.insert(QStringLiteral("note"), QJsonArray { QJsonObject { { QStringLiteral("text"), str(assessment, "note") } } });
    return r;
}

QJsonObject FhirPlanExport::goal(const FhirExportContext &context, const QJsonObject &goal)
{
    QJsonObject r { { QStringLiteral("resourceType"), QStringLiteral("Goal") },
                    { QStringLiteral("id"), str(goal, "id") },
                    { QStringLiteral("identifier"), V::identifier(QStringLiteral("goal"), str(goal, "id")) },
                    { QStringLiteral("lifecycleStatus"), FhirStatus::goalToFhir(str(goal, "status")) },
                    { QStringLiteral("description"), QJsonObject { { QStringLiteral("text"), str(goal, "title") } } },
                    { QStringLiteral("subject"), V::reference(context.ownerId) } };
    QJsonArray helpers;
    for (const QJsonValue &id : goal.value(QStringLiteral("helperIds")).toArray()) {
        if (context.members.contains(id.toString()))
            helpers.append(V::extensionOf(QStringLiteral("helper"), QStringLiteral("valueReference"), V::reference(id.toString())));
    }
    if (!helpers.isEmpty())
        r.insert(QStringLiteral("extension"), helpers);
    if (!str(goal, "due").isEmpty())
        r.insert(QStringLiteral("target"), QJsonArray { QJsonObject { { QStringLiteral("dueDate"), str(goal, "due") } } });
    const QString key = str(goal, "domainKey");
    r.insert(QStringLiteral("category"), QJsonArray { V::codeable(V::domainSystem(), key, V::domainDisplay(key)) });
    if (context.domainIds.contains(key))
        r.insert(QStringLiteral("addresses"), QJsonArray { V::reference(context.domainIds.value(key)) });
    if (!str(goal, "why").isEmpty())
        r.insert(QStringLiteral("note"), QJsonArray { QJsonObject { { QStringLiteral("text"), str(goal, "why") } } });
    return r;
}

QJsonObject FhirPlanExport::stepTask(const FhirExportContext &context, const QJsonObject &step)
{
    const bool done = step.value(QStringLiteral("done")).toBool();
    QJsonObject r { { QStringLiteral("resourceType"), QStringLiteral("Task") },
                    { QStringLiteral("id"), str(step, "id") },
                    { QStringLiteral("identifier"), V::identifier(QStringLiteral("step"), str(step, "id")) },
                    { QStringLiteral("basedOn"), QJsonArray { V::reference(context.planId) } },
                    { QStringLiteral("status"), done ? QStringLiteral("completed") : QStringLiteral("ready") },
                    { QStringLiteral("intent"), QStringLiteral("plan") },
                    { QStringLiteral("code"), QJsonObject { { QStringLiteral("text"), QStringLiteral("Step") } } },
                    { QStringLiteral("description"), str(step, "title") },
                    { QStringLiteral("focus"), V::reference(str(step, "goalId")) },
                    { QStringLiteral("for"), V::reference(context.ownerId) } };
    if (!context.memberReference(str(step, "ownerId")).isEmpty())
        r.insert(QStringLiteral("owner"), context.memberReference(str(step, "ownerId")));
    if (!str(step, "due").isEmpty())
        r.insert(QStringLiteral("restriction"), QJsonObject { { QStringLiteral("period"), QJsonObject { { QStringLiteral("end"), str(step, "due") } } } });
    if (!str(step, "doneAt").isEmpty())
        r.insert(QStringLiteral("executionPeriod"), QJsonObject { { QStringLiteral("end"), str(step, "doneAt") } });
    return r;
}

} // namespace samen
