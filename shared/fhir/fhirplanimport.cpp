#include "fhir/fhirplanimport.h"

#include "fhir/fhirstatus.h"
#include "fhir/fhirvocabulary.h"
#include "sync/fractionalindex.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace samen {

namespace {

using V = FhirVocabulary;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString firstText(const QJsonValue &list)
{
    return list.toArray().first().toObject().value(QStringLiteral("text")).toString();
}

/** n sort keys in increasing order (FractionalIndex), for a list given back in order. */
QStringList sortKeys(int n)
{
    return n > 0 ? keysBetween(QString(), QString(), n) : QStringList();
}

QList<QJsonObject> withIdentifier(const QList<QJsonObject> &resources, const QString &entityType)
{
    QList<QJsonObject> list;
    for (const QJsonObject &r : resources) {
        if (!V::samenId(r, entityType).isEmpty())
            list.append(r);
    }
    return list;
}

} // namespace

void FhirPlanImport::readDomains(FhirImportContext &context, const QJsonObject &carePlan)
{
    const QJsonArray addresses = carePlan.value(QStringLiteral("addresses")).toArray();
    const QStringList keys = sortKeys(int(addresses.size()));
    for (qsizetype i = 0; i < addresses.size() && !context.failed(); ++i) {
        const QJsonObject condition = context.resolve(addresses.at(i));
        if (str(condition, "resourceType") != QLatin1String("Condition")) {
            context.fail(QCoreApplication::translate("samen", "A life domain the plan addresses is missing from the file."));
            return;
        }
        const QString id = context.create(QStringLiteral("domain"), V::samenId(condition, QStringLiteral("domain")));
        context.set(id, QStringLiteral("key"), V::codeIn(condition.value(QStringLiteral("code")), V::domainSystem()));
        context.set(id, QStringLiteral("sortKey"), keys.value(int(i)));
    }
}

void FhirPlanImport::readAssessments(FhirImportContext &context)
{
    for (const QJsonObject &o : context.ofType(QStringLiteral("Observation"))) {
        const QString id = context.create(QStringLiteral("assessment"), V::samenId(o, QStringLiteral("assessment")));
        context.set(id, QStringLiteral("domainKey"), V::codeIn(o.value(QStringLiteral("code")), V::domainSystem()));
        if (!o.value(QStringLiteral("valueInteger")).isDouble())
            context.fail(QCoreApplication::translate("samen", "A self-assessment in the file has no score."));
        context.set(id, QStringLiteral("score"), o.value(QStringLiteral("valueInteger")));
        context.set(id, QStringLiteral("note"), firstText(o.value(QStringLiteral("note"))));
        context.set(id, QStringLiteral("date"), str(o, "effectiveDateTime"));
    }
}

void FhirPlanImport::readGoals(FhirImportContext &context)
{
    const QList<QJsonObject> goals = context.ofType(QStringLiteral("Goal"));
    const QStringList keys = sortKeys(int(goals.size()));
    for (int i = 0; i < goals.size() && !context.failed(); ++i) {
        const QJsonObject g = goals.at(i);
        const QString id = context.create(QStringLiteral("goal"), V::samenId(g, QStringLiteral("goal")));
        context.set(id, QStringLiteral("domainKey"), V::codeIn(g.value(QStringLiteral("category")).toArray().first(), V::domainSystem()));
        context.set(id, QStringLiteral("title"), g.value(QStringLiteral("description")).toObject().value(QStringLiteral("text")));
        context.set(id, QStringLiteral("why"), firstText(g.value(QStringLiteral("note"))));
        const QString status = FhirStatus::goalFromFhir(str(g, "lifecycleStatus"));
        if (status.isEmpty())
            context.fail(QCoreApplication::translate("samen", "A goal in the file has a status Samen does not know."));
        context.set(id, QStringLiteral("status"), status);
        context.set(id, QStringLiteral("due"), str(g.value(QStringLiteral("target")).toArray().first().toObject(), "dueDate"));
        QJsonArray helpers;
        for (const QJsonValue &ref : V::extensionValues(g, QStringLiteral("helper"))) {
            const QString member = context.memberFor(ref);
            if (member.isEmpty())
                context.fail(QCoreApplication::translate("samen", "Someone who helps with a goal in the file is not in the plan."));
            helpers.append(member);
        }
        context.set(id, QStringLiteral("helperIds"), helpers);
        context.set(id, QStringLiteral("sortKey"), keys.value(i));
    }
}

void FhirPlanImport::readSteps(FhirImportContext &context)
{
    const QList<QJsonObject> steps = withIdentifier(context.ofType(QStringLiteral("Task")), QStringLiteral("step"));
    // Sort keys per goal, in the Bundle's order.
    QHash<QString, int> countOf;
    for (const QJsonObject &t : steps)
        ++countOf[context.entityFor(t.value(QStringLiteral("focus")), QStringLiteral("goal"))];
    QHash<QString, QStringList> keysOf;
    for (auto it = countOf.cbegin(); it != countOf.cend(); ++it)
        keysOf.insert(it.key(), sortKeys(it.value()));
    QHash<QString, int> used;
    for (const QJsonObject &t : steps) {
        if (context.failed())
            return;
        const QString goalId = context.entityFor(t.value(QStringLiteral("focus")), QStringLiteral("goal"));
        if (goalId.isEmpty()) {
            context.fail(QCoreApplication::translate("samen", "A step in the file belongs to no goal."));
            return;
        }
        const QString id = context.create(QStringLiteral("step"), V::samenId(t, QStringLiteral("step")));
        context.set(id, QStringLiteral("goalId"), goalId);
        context.set(id, QStringLiteral("title"), str(t, "description"));
        const QJsonValue owner = t.value(QStringLiteral("owner"));
        if (!owner.isUndefined() && context.memberFor(owner).isEmpty())
            context.fail(QCoreApplication::translate("samen", "Who does a step in the file is not in the plan."));
        context.set(id, QStringLiteral("ownerId"), context.memberFor(owner));
        context.set(id, QStringLiteral("due"), str(t.value(QStringLiteral("restriction")).toObject().value(QStringLiteral("period")).toObject(), "end"));
        context.set(id, QStringLiteral("done"), str(t, "status") == QLatin1String("completed"));
        context.set(id, QStringLiteral("doneAt"), str(t.value(QStringLiteral("executionPeriod")).toObject(), "end"));
        context.set(id, QStringLiteral("sortKey"), keysOf.value(goalId).value(used[goalId]++));
    }
}

} // namespace samen
