#pragma once

#include "core/result.h"
#include "sync/operation.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace samen {

class HlcClock;

/**
 * What the parts of one FHIR import share: the Bundle's resources by id, the new Samen id of
 * every entity read so far (each entity gets a new id; the old one is read from its identifier),
 * and the operations that make the new plan. The first error stops the import; nothing is
 * written until the whole Bundle was read (FhirImporter).
 */
class FhirImportContext
{
public:
    FhirImportContext(const QJsonObject &bundle, HlcClock &clock);

    /** The resources of a type, in Bundle order. */
    QList<QJsonObject> ofType(const QString &resourceType) const;
    /** The resource a "urn:uuid:" reference points to, or an empty object. */
    QJsonObject resolve(const QJsonValue &reference) const;
    /** A new entity of entityType for the Samen id oldId: its new id (made once, in the order asked). */
    QString create(const QString &entityType, const QString &oldId);
    /** The new id of an entity read before, or empty. */
    QString mapped(const QString &oldId) const { return m_ids.value(oldId); }
    /** The new id of the entity of entityType a reference points to, or empty (also when it is another type). */
    QString entityFor(const QJsonValue &reference, const QString &entityType) const;
    /** The new id of the member a reference points to, or empty. */
    QString memberFor(const QJsonValue &reference) const;
    /** Sets a field of a new entity: checked with validateField; an empty value is left out. */
    void set(const QString &entityId, const QString &field, const QJsonValue &value);
    /** The import's time (UTC ms since the epoch), from its clock: what "in the future" is judged against. */
    qint64 nowMs() const;
    /** Stops the import with a plain reason (the first one wins). */
    void fail(const QString &reason);
    /** Ends reading: every created entity has its required fields; the operations, or the first error. */
    Result<QList<Operation>> finish();

    bool failed() const { return !m_error.isEmpty(); }
    const QString &planId() const { return m_planId; }
    const QString &ownerId() const { return m_ownerId; }
    void setOwner(const QString &memberId) { m_ownerId = memberId; }
    /** The author of the next fields set (the owner by default; a timeline entry keeps its own). */
    void setAuthor(const QString &memberId) { m_author = memberId; }

private:
    QHash<QString, QJsonObject> m_resources; ///< by the id in the entry's urn:uuid: fullUrl
    QList<QJsonObject> m_order;
    HlcClock &m_clock;
    QHash<QString, QString> m_ids; ///< old Samen id -> new id
    QHash<QString, QString> m_types; ///< new id -> entity type
    QList<Operation> m_ops;
    QString m_planId;
    QString m_ownerId;
    QString m_author;
    QString m_error;
};

} // namespace samen
