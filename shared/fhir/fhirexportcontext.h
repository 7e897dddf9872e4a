#pragma once

#include "fhir/fhirvocabulary.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace samen {

class PlanStore;

/** What the parts of one FHIR export share: the plan, who is who, and the Bundle's entries so far. */
struct FhirExportContext {
    const PlanStore &store;
    QString planId;
    QJsonObject plan; ///< the plan entity's fields
    QString ownerId; ///< the citizen's member id: the Patient
    QHash<QString, QJsonObject> members; ///< live members by id: every reference to a person goes to one of them
    QHash<QString, QString> domainIds; ///< life-domain key -> the domain entity's id (its Condition)
    QJsonArray entries;

    /** Appends one resource as a Bundle entry whose fullUrl is urn:uuid:<its id>. */
    void add(const QJsonObject &resource)
    {
        entries.append(QJsonObject { { QStringLiteral("fullUrl"), FhirVocabulary::urn(resource.value(QStringLiteral("id")).toString()) },
                                     { QStringLiteral("resource"), resource } });
    }
    /** A reference to a member's resource (Patient, RelatedPerson or PractitionerRole), or an empty object for an unknown member. */
    QJsonObject memberReference(const QString &memberId) const { return members.contains(memberId) ? FhirVocabulary::reference(memberId) : QJsonObject(); }
};

} // namespace samen
