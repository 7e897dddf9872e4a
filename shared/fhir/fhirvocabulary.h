#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace samen {

/**
 * The names Samen's FHIR R4 Bundles use (docs/fhir.md): the project's canonical base
 * https://samen.example.nl/fhir, its CodeSystems (published in docs/fhir/), the identifier
 * system per entity type that carries Samen's own ids, its extensions, and small builders for
 * references, codings and identifiers shared by the exporter and the importer.
 */
class FhirVocabulary
{
public:
    /** The project namespace every Samen canonical URL starts with. */
    static QString base();
    /** CodeSystem of life domains (every framework's keys): docs/fhir/codesystem-samen-domains.json. */
    static QString domainSystem();
    /** CodeSystem of people's places in a plan (kind, relation, coordinator): docs/fhir/codesystem-samen-people.json. */
    static QString peopleSystem();
    /** CodeSystem of timeline kinds (AuditEvent.type): docs/fhir/codesystem-samen-timeline.json. */
    static QString timelineSystem();
    /** CodeSystem of the case service's access-log actions (AuditEvent.subtype): docs/fhir/codesystem-samen-access.json. */
    static QString accessSystem();
    /**
     * CodeSystem of whose copy a Bundle is (Bundle.meta.tag): "owner-copy" (the owner's whole plan) or "shared-copy"
     * (what the owner shares with a member or professional, saved on their device): docs/fhir/codesystem-samen-export.json.
     */
    static QString exportSystem();
    /** The identifier system holding the Samen id of an entity of this type (plan, member, goal, ...). */
    static QString idSystem(const QString &entityType);
    /** The English label of a life-domain key (the CodeSystem's display), or the key when no framework knows it. */
    static QString domainDisplay(const QString &key);
    /** The URL of a Samen extension, e.g. extension("ring"). */
    static QString extension(const QString &name);

    /** "urn:uuid:<id>": fullUrl of a Bundle entry and the reference to it. */
    static QString urn(const QString &id);
    /** { "reference": "urn:uuid:<id>" }. */
    static QJsonObject reference(const QString &id);
    /** The id in a "urn:uuid:<id>" reference, or empty. */
    static QString referencedId(const QJsonValue &reference);
    /** A second stable id derived from a Samen id (a Practitioner beside a member's PractitionerRole, a Consent...). */
    static QString derivedId(const QString &id, const QString &what);
    /** [{ "system": idSystem(type), "value": id }]. */
    static QJsonArray identifier(const QString &entityType, const QString &id);
    /** The Samen id in a resource's identifier of that entity type, or empty. */
    static QString samenId(const QJsonObject &resource, const QString &entityType);
    /** { "coding": [{system, code, display}], "text": text }. */
    static QJsonObject codeable(const QString &system, const QString &code, const QString &display, const QString &text = {});
    /** The first code of a CodeableConcept (or Coding) in system, or empty. */
    static QString codeIn(const QJsonValue &conceptOrCoding, const QString &system);
    /** { "url": extension(name), "value<X>": value }. */
    static QJsonObject extensionOf(const QString &name, const QString &valueKey, const QJsonValue &value);
    /** Every value of a Samen extension on a resource (the value[x] field), in order. */
    static QJsonArray extensionValues(const QJsonObject &resource, const QString &name);
};

} // namespace samen
