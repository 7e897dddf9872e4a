#include "fhir/fhirpeopleimport.h"

#include "fhir/fhirvocabulary.h"

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

QString telecom(const QJsonObject &resource, const char *system)
{
    for (const QJsonValue &t : resource.value(QStringLiteral("telecom")).toArray()) {
        if (str(t.toObject(), "system") == QLatin1String(system))
            return str(t.toObject(), "value");
    }
    return {};
}

QString firstString(const QJsonArray &values)
{
    return values.isEmpty() ? QString() : values.first().toString();
}

} // namespace

QJsonObject FhirPeopleImport::readPlan(FhirImportContext &context)
{
    const QList<QJsonObject> plans = context.ofType(QStringLiteral("CarePlan"));
    if (plans.size() != 1 || V::samenId(plans.first(), QStringLiteral("plan")).isEmpty()) {
        context.fail(QCoreApplication::translate("samen", "The file does not hold exactly one plan from Samen."));
        return {};
    }
    const QJsonObject carePlan = plans.first();
    const QString id = context.create(QStringLiteral("plan"), V::samenId(carePlan, QStringLiteral("plan")));
    context.set(id, QStringLiteral("name"), str(carePlan, "title"));
    context.set(id, QStringLiteral("story"), str(carePlan, "description"));
    context.set(id, QStringLiteral("framework"), firstString(V::extensionValues(carePlan, QStringLiteral("framework"))));
    context.set(id, QStringLiteral("createdAt"), str(carePlan, "created"));
    return carePlan;
}

void FhirPeopleImport::readMembers(FhirImportContext &context, const QJsonObject &carePlan)
{
    const QJsonObject careTeam = context.resolve(carePlan.value(QStringLiteral("careTeam")).toArray().first());
    const QJsonObject patient = context.resolve(carePlan.value(QStringLiteral("subject")));
    if (str(careTeam, "resourceType") != QLatin1String("CareTeam") || str(patient, "resourceType") != QLatin1String("Patient")) {
        context.fail(QCoreApplication::translate("samen", "The file does not say whose plan it is and who helps (a Patient and a CareTeam)."));
        return;
    }
    for (const QJsonValue &p : careTeam.value(QStringLiteral("participant")).toArray()) {
        const QJsonObject participant = p.toObject();
        const QJsonObject person = context.resolve(participant.value(QStringLiteral("member")));
        const QString type = str(person, "resourceType");
        QString kind;
        bool coordinator = false;
        for (const QJsonValue &role : participant.value(QStringLiteral("role")).toArray()) {
            const QString code = V::codeIn(role, V::peopleSystem());
            if (code == QLatin1String("coordinator"))
                coordinator = true;
            else if (!code.isEmpty())
                kind = code;
        }
        const QString id = context.create(QStringLiteral("member"), V::samenId(person, QStringLiteral("member")));
        if (context.failed())
            return;
        if (person == patient)
            context.setOwner(id);
        context.set(id, QStringLiteral("kind"), kind);
        QString name = firstText(person.value(QStringLiteral("name")));
        if (type == QLatin1String("PractitionerRole")) {
            const QJsonObject practitioner = context.resolve(person.value(QStringLiteral("practitioner")));
            name = firstText(practitioner.value(QStringLiteral("name")));
            context.set(id, QStringLiteral("organisation"), str(context.resolve(person.value(QStringLiteral("organization"))), "name"));
            context.set(id, QStringLiteral("role"), firstText(person.value(QStringLiteral("code"))));
        } else if (type == QLatin1String("RelatedPerson")) {
            context.set(id, QStringLiteral("relation"), V::codeIn(person.value(QStringLiteral("relationship")).toArray().first(), V::peopleSystem()));
        } else if (type != QLatin1String("Patient")) {
            context.fail(QCoreApplication::translate("samen", "Someone in the file's care team is not a person Samen knows."));
            return;
        }
        context.set(id, QStringLiteral("name"), name);
        context.set(id, QStringLiteral("phone"), telecom(person, "phone"));
        context.set(id, QStringLiteral("email"), telecom(person, "email"));
        const QJsonObject period = participant.value(QStringLiteral("period")).toObject();
        context.set(id, QStringLiteral("since"), str(period, "start"));
        context.set(id, QStringLiteral("until"), str(period, "end"));
        context.set(id, QStringLiteral("coordinator"), coordinator);
        context.set(id, QStringLiteral("ring"), firstString(V::extensionValues(person, QStringLiteral("ring"))));
        QJsonArray domains;
        for (const QJsonValue &coding : V::extensionValues(person, QStringLiteral("domain")))
            domains.append(V::codeIn(coding, V::domainSystem()));
        context.set(id, QStringLiteral("domains"), domains);
        context.set(id, QStringLiteral("contact"), firstString(V::extensionValues(person, QStringLiteral("contact"))));
        context.set(id, QStringLiteral("note"), firstString(V::extensionValues(person, QStringLiteral("note"))));
    }
    if (context.ownerId().isEmpty())
        context.fail(QCoreApplication::translate("samen", "The file does not say whose plan it is and who helps (a Patient and a CareTeam)."));
}

void FhirPeopleImport::readGrants(FhirImportContext &context)
{
    for (const QJsonObject &consent : context.ofType(QStringLiteral("Consent"))) {
        const QJsonObject base = consent.value(QStringLiteral("provision")).toObject();
        const QString memberId = context.memberFor(base.value(QStringLiteral("actor")).toArray().first().toObject().value(QStringLiteral("reference")));
        if (memberId.isEmpty()) {
            context.fail(QCoreApplication::translate("samen", "A consent in the file is for someone who is not in the plan."));
            return;
        }
        for (const QJsonValue &p : base.value(QStringLiteral("provision")).toArray()) {
            const QJsonObject provision = p.toObject();
            const QJsonObject grantId = V::extensionValues(provision, QStringLiteral("grant")).first().toObject();
            const QString id = context.create(QStringLiteral("grant"), str(grantId, "value"));
            context.set(id, QStringLiteral("memberId"), memberId);
            context.set(id, QStringLiteral("domainKey"), V::codeIn(provision.value(QStringLiteral("code")).toArray().first(), V::domainSystem()));
            QString access = QStringLiteral("none");
            if (str(provision, "type") == QLatin1String("permit")) {
                access = QStringLiteral("read");
                for (const QJsonValue &action : provision.value(QStringLiteral("action")).toArray()) {
                    if (V::codeIn(action, QStringLiteral("http://terminology.hl7.org/CodeSystem/consentaction")) == QLatin1String("correct"))
                        access = QStringLiteral("write");
                }
            }
            context.set(id, QStringLiteral("access"), access);
            context.set(id, QStringLiteral("purpose"), firstString(V::extensionValues(provision, QStringLiteral("purpose"))));
            context.set(id, QStringLiteral("until"), str(provision.value(QStringLiteral("period")).toObject(), "end"));
        }
    }
}

} // namespace samen
