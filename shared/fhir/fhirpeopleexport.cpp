#include "fhir/fhirpeopleexport.h"

#include "store/planview.h"

namespace samen {

namespace {

using V = FhirVocabulary;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonArray telecom(const QJsonObject &member)
{
    QJsonArray points;
    if (!str(member, "phone").isEmpty())
        points.append(QJsonObject { { QStringLiteral("system"), QStringLiteral("phone") }, { QStringLiteral("value"), str(member, "phone") } });
    if (!str(member, "email").isEmpty())
        points.append(QJsonObject { { QStringLiteral("system"), QStringLiteral("email") }, { QStringLiteral("value"), str(member, "email") } });
    return points;
}

QJsonObject period(const QJsonObject &entity, const char *startField, const char *endField)
{
    QJsonObject p;
    if (!str(entity, startField).isEmpty())
        p.insert(QStringLiteral("start"), str(entity, startField));
    if (!str(entity, endField).isEmpty())
        p.insert(QStringLiteral("end"), str(entity, endField));
    return p;
}

/** The member's fields FHIR has no element for, as Samen extensions (docs/fhir.md). */
QJsonArray memberExtensions(const QJsonObject &member)
{
    QJsonArray ext;
    if (!str(member, "ring").isEmpty())
        ext.append(V::extensionOf(QStringLiteral("ring"), QStringLiteral("valueCode"), str(member, "ring")));
    for (const QJsonValue &key : member.value(QStringLiteral("domains")).toArray()) {
        ext.append(V::extensionOf(QStringLiteral("domain"), QStringLiteral("valueCoding"),
                                  QJsonObject { { QStringLiteral("system"), V::domainSystem() }, { QStringLiteral("code"), key.toString() } }));
    }
    if (!str(member, "contact").isEmpty())
        ext.append(V::extensionOf(QStringLiteral("contact"), QStringLiteral("valueString"), str(member, "contact")));
    if (!str(member, "note").isEmpty())
        ext.append(V::extensionOf(QStringLiteral("note"), QStringLiteral("valueString"), str(member, "note")));
    return ext;
}

void insertIfNotEmpty(QJsonObject &o, const QString &key, const QJsonValue &value)
{
    if ((value.isArray() && !value.toArray().isEmpty()) || (value.isObject() && !value.toObject().isEmpty())
        || (value.isString() && !value.toString().isEmpty()))
        o.insert(key, value);
}

} // namespace

QString FhirPeopleExport::careTeamId(const QString &planId)
{
    return V::derivedId(planId, QStringLiteral("careteam"));
}

void FhirPeopleExport::add(FhirExportContext &context)
{
    const PlanView view(context.store, context.planId);
    QList<QJsonObject> members;
    for (const QJsonValue &m : view.all(QStringLiteral("member")))
        members.append(m.toObject());
    QHash<QString, QList<QJsonObject>> grantsOf;
    for (const QJsonValue &g : view.all(QStringLiteral("grant")))
        grantsOf[str(g.toObject(), "memberId")].append(g.toObject());

    QStringList organisations;
    for (const QJsonObject &member : members) {
        const QString kind = str(member, "kind");
        if (kind == QLatin1String("professional")) {
            const QString id = str(member, "id");
            QJsonObject practitioner { { QStringLiteral("resourceType"), QStringLiteral("Practitioner") },
                                       { QStringLiteral("id"), V::derivedId(id, QStringLiteral("practitioner")) },
                                       { QStringLiteral("identifier"), V::identifier(QStringLiteral("member"), id) },
                                       { QStringLiteral("name"), QJsonArray { QJsonObject { { QStringLiteral("text"), str(member, "name") } } } } };
            context.add(practitioner);
            const QString organisation = str(member, "organisation");
            if (!organisation.isEmpty() && !organisations.contains(organisation)) {
                organisations.append(organisation);
                context.add(QJsonObject { { QStringLiteral("resourceType"), QStringLiteral("Organization") },
                                          { QStringLiteral("id"), V::derivedId(context.planId, QStringLiteral("organisation:") + organisation) },
                                          { QStringLiteral("name"), organisation } });
            }
        }
        context.add(personResource(context, member));
    }
    context.add(careTeam(context, members));
    for (const QJsonObject &member : members) {
        if (str(member, "kind") != QLatin1String("citizen"))
            context.add(consent(context, member, grantsOf.value(str(member, "id"))));
    }
}

QJsonObject FhirPeopleExport::personResource(const FhirExportContext &context, const QJsonObject &member)
{
    const QString id = str(member, "id");
    const QString kind = str(member, "kind");
    QJsonObject r { { QStringLiteral("id"), id }, { QStringLiteral("identifier"), V::identifier(QStringLiteral("member"), id) } };
    insertIfNotEmpty(r, QStringLiteral("extension"), memberExtensions(member));
    const QJsonArray name { QJsonObject { { QStringLiteral("text"), str(member, "name") } } };
    if (kind == QLatin1String("citizen")) {
        r.insert(QStringLiteral("resourceType"), QStringLiteral("Patient"));
        r.insert(QStringLiteral("name"), name);
        insertIfNotEmpty(r, QStringLiteral("telecom"), telecom(member));
    } else if (kind == QLatin1String("network")) {
        r.insert(QStringLiteral("resourceType"), QStringLiteral("RelatedPerson"));
        r.insert(QStringLiteral("patient"), V::reference(context.ownerId));
        if (!str(member, "relation").isEmpty())
            r.insert(QStringLiteral("relationship"), QJsonArray { V::codeable(V::peopleSystem(), str(member, "relation"), QString()) });
        r.insert(QStringLiteral("name"), name);
        insertIfNotEmpty(r, QStringLiteral("telecom"), telecom(member));
        insertIfNotEmpty(r, QStringLiteral("period"), period(member, "since", "until"));
    } else {
        r.insert(QStringLiteral("resourceType"), QStringLiteral("PractitionerRole"));
        r.insert(QStringLiteral("practitioner"), V::reference(V::derivedId(id, QStringLiteral("practitioner"))));
        if (!str(member, "organisation").isEmpty())
            r.insert(QStringLiteral("organization"), V::reference(V::derivedId(context.planId, QStringLiteral("organisation:") + str(member, "organisation"))));
        if (!str(member, "role").isEmpty())
            r.insert(QStringLiteral("code"), QJsonArray { QJsonObject { { QStringLiteral("text"), str(member, "role") } } });
        insertIfNotEmpty(r, QStringLiteral("telecom"), telecom(member));
        insertIfNotEmpty(r, QStringLiteral("period"), period(member, "since", "until"));
    }
    return r;
}

QJsonObject FhirPeopleExport::careTeam(const FhirExportContext &context, const QList<QJsonObject> &members)
{
    QJsonArray participants;
    for (const QJsonObject &member : members) {
        QJsonArray roles { V::codeable(V::peopleSystem(), str(member, "kind"), QString()) };
        if (member.value(QStringLiteral("coordinator")).toBool())
            roles.append(V::codeable(V::peopleSystem(), QStringLiteral("coordinator"), QStringLiteral("Coordinator")));
        QJsonObject p { { QStringLiteral("role"), roles }, { QStringLiteral("member"), V::reference(str(member, "id")) } };
        if (str(member, "kind") == QLatin1String("professional") && !str(member, "organisation").isEmpty())
            p.insert(QStringLiteral("onBehalfOf"), V::reference(V::derivedId(context.planId, QStringLiteral("organisation:") + str(member, "organisation"))));
        insertIfNotEmpty(p, QStringLiteral("period"), period(member, "since", "until"));
        participants.append(p);
    }
    return QJsonObject { { QStringLiteral("resourceType"), QStringLiteral("CareTeam") },
                         { QStringLiteral("id"), careTeamId(context.planId) },
                         { QStringLiteral("status"), QStringLiteral("active") },
                         { QStringLiteral("subject"), V::reference(context.ownerId) },
                         { QStringLiteral("participant"), participants } };
}

QJsonObject FhirPeopleExport::consent(const FhirExportContext &context, const QJsonObject &member, const QList<QJsonObject> &grants)
{
    const QString memberId = str(member, "id");
    const QJsonObject actor { { QStringLiteral("role"),
                                V::codeable(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ParticipationType"), QStringLiteral("IRCP"),
                                            QStringLiteral("information recipient")) },
                              { QStringLiteral("reference"), V::reference(memberId) } };
    QJsonArray provisions;
    for (const QJsonObject &grant : grants) {
        const QString access = str(grant, "access");
        QJsonObject p { { QStringLiteral("type"), access == QLatin1String("none") ? QStringLiteral("deny") : QStringLiteral("permit") },
                        { QStringLiteral("code"),
                          QJsonArray { V::codeable(V::domainSystem(), str(grant, "domainKey"), V::domainDisplay(str(grant, "domainKey"))) } } };
        QJsonArray actions;
        const QString actionSystem = QStringLiteral("http://terminology.hl7.org/CodeSystem/consentaction");
        if (access != QLatin1String("none"))
            actions.append(V::codeable(actionSystem, QStringLiteral("access"), QStringLiteral("Access")));
        if (access == QLatin1String("write"))
            actions.append(V::codeable(actionSystem, QStringLiteral("correct"), QStringLiteral("Access and Correct")));
        insertIfNotEmpty(p, QStringLiteral("action"), actions);
        if (!str(grant, "until").isEmpty())
            p.insert(QStringLiteral("period"), QJsonObject { { QStringLiteral("end"), str(grant, "until") } });
        QJsonArray ext = V::identifier(QStringLiteral("grant"), str(grant, "id"));
        QJsonArray extensions { V::extensionOf(QStringLiteral("grant"), QStringLiteral("valueIdentifier"), ext.first()) };
        if (!str(grant, "purpose").isEmpty())
            extensions.append(V::extensionOf(QStringLiteral("purpose"), QStringLiteral("valueString"), str(grant, "purpose")));
        p.insert(QStringLiteral("extension"), extensions);
        provisions.append(p);
    }
    // Without grants nothing is given yet: a draft that permits nothing.
    QJsonObject provision { { QStringLiteral("type"), grants.isEmpty() ? QStringLiteral("deny") : QStringLiteral("permit") },
                            { QStringLiteral("actor"), QJsonArray { actor } } };
    insertIfNotEmpty(provision, QStringLiteral("provision"), provisions);
    return QJsonObject {
        { QStringLiteral("resourceType"), QStringLiteral("Consent") },
        { QStringLiteral("id"), V::derivedId(memberId, QStringLiteral("consent")) },
        { QStringLiteral("status"), grants.isEmpty() ? QStringLiteral("draft") : QStringLiteral("active") },
        { QStringLiteral("scope"),
          V::codeable(QStringLiteral("http://terminology.hl7.org/CodeSystem/consentscope"), QStringLiteral("patient-privacy"),
                      QStringLiteral("Privacy Consent")) },
        { QStringLiteral("category"),
          QJsonArray { QJsonObject { { QStringLiteral("text"), QStringLiteral("Access to the support plan, per life domain") } } } },
        { QStringLiteral("patient"), V::reference(context.ownerId) },
        { QStringLiteral("performer"), QJsonArray { V::reference(context.ownerId) } },
        { QStringLiteral("policy"), QJsonArray { QJsonObject { { QStringLiteral("uri"), V::base() + QStringLiteral("/policy/per-domain-access") } } } },
        { QStringLiteral("provision"), provision },
    };
}

} // namespace samen
