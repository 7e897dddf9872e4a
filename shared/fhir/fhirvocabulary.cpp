#include "fhir/fhirvocabulary.h"

#include "domain/frameworks.h"

#include <QUuid>

namespace samen {

QString FhirVocabulary::base()
{
    return QStringLiteral("https://samen.example.nl/fhir");
}

QString FhirVocabulary::domainSystem()
{
    return base() + QStringLiteral("/CodeSystem/samen-domains");
}

QString FhirVocabulary::peopleSystem()
{
    return base() + QStringLiteral("/CodeSystem/samen-people");
}

QString FhirVocabulary::timelineSystem()
{
    return base() + QStringLiteral("/CodeSystem/samen-timeline");
}

QString FhirVocabulary::accessSystem()
{
    return base() + QStringLiteral("/CodeSystem/samen-access");
}

QString FhirVocabulary::exportSystem()
{
    return base() + QStringLiteral("/CodeSystem/samen-export");
}

QString FhirVocabulary::idSystem(const QString &entityType)
{
    return base() + QStringLiteral("/sid/") + entityType;
}

QString FhirVocabulary::domainDisplay(const QString &key)
{
    for (const QString &framework : frameworkKeys()) {
        for (const LifeDomain &domain : frameworkDomains(framework)) {
            if (domain.key == key)
                return QString::fromLatin1(domain.label);
        }
    }
    return key;
}

QString FhirVocabulary::extension(const QString &name)
{
    return base() + QStringLiteral("/StructureDefinition/") + name;
}

QString FhirVocabulary::urn(const QString &id)
{
    return QStringLiteral("urn:uuid:") + id;
}

QJsonObject FhirVocabulary::reference(const QString &id)
{
    return QJsonObject { { QStringLiteral("reference"), urn(id) } };
}

QString FhirVocabulary::referencedId(const QJsonValue &reference)
{
    const QString ref = reference.toObject().value(QStringLiteral("reference")).toString();
    return ref.startsWith(QStringLiteral("urn:uuid:")) ? ref.mid(9) : QString();
}

QString FhirVocabulary::derivedId(const QString &id, const QString &what)
{
    return QUuid::createUuidV5(QUuid::fromString(id), what).toString(QUuid::WithoutBraces);
}

QJsonArray FhirVocabulary::identifier(const QString &entityType, const QString &id)
{
    return QJsonArray { QJsonObject { { QStringLiteral("system"), idSystem(entityType) }, { QStringLiteral("value"), id } } };
}

QString FhirVocabulary::samenId(const QJsonObject &resource, const QString &entityType)
{
    const QString system = idSystem(entityType);
    for (const QJsonValue &v : resource.value(QStringLiteral("identifier")).toArray()) {
        if (v.toObject().value(QStringLiteral("system")).toString() == system)
            return v.toObject().value(QStringLiteral("value")).toString();
    }
    return {};
}

QJsonObject FhirVocabulary::codeable(const QString &system, const QString &code, const QString &display, const QString &text)
{
    QJsonObject coding { { QStringLiteral("system"), system }, { QStringLiteral("code"), code } };
    if (!display.isEmpty())
        coding.insert(QStringLiteral("display"), display);
    QJsonObject result { { QStringLiteral("coding"), QJsonArray { coding } } };
    if (!text.isEmpty())
        result.insert(QStringLiteral("text"), text);
    return result;
}

QString FhirVocabulary::codeIn(const QJsonValue &conceptOrCoding, const QString &system)
{
    const QJsonObject object = conceptOrCoding.toObject();
    const QJsonArray codings = object.contains(QStringLiteral("coding")) ? object.value(QStringLiteral("coding")).toArray() : QJsonArray { object };
    for (const QJsonValue &c : codings) {
        if (c.toObject().value(QStringLiteral("system")).toString() == system)
            return c.toObject().value(QStringLiteral("code")).toString();
    }
    return {};
}

QJsonObject FhirVocabulary::extensionOf(const QString &name, const QString &valueKey, const QJsonValue &value)
{
    return QJsonObject { { QStringLiteral("url"), extension(name) }, { valueKey, value } };
}

QJsonArray FhirVocabulary::extensionValues(const QJsonObject &resource, const QString &name)
{
    const QString url = extension(name);
    QJsonArray values;
    for (const QJsonValue &v : resource.value(QStringLiteral("extension")).toArray()) {
        const QJsonObject ext = v.toObject();
        if (ext.value(QStringLiteral("url")).toString() != url)
            continue;
        for (auto it = ext.begin(); it != ext.end(); ++it) {
            if (it.key().startsWith(QStringLiteral("value")))
                values.append(it.value());
        }
    }
    return values;
}

} // namespace samen
