#include "fhir/fhirimportcontext.h"

#include "domain/schema.h"
#include "fhir/fhirvocabulary.h"
#include "sync/hlcclock.h"
#include "sync/uuid7.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace samen {

namespace {

/** How an entity is named in an error sentence. */
QString entityWords(const QString &type)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("plan"), QT_TRANSLATE_NOOP("samen", "the plan") },
        { QStringLiteral("member"), QT_TRANSLATE_NOOP("samen", "a person") },
        { QStringLiteral("domain"), QT_TRANSLATE_NOOP("samen", "a life domain") },
        { QStringLiteral("assessment"), QT_TRANSLATE_NOOP("samen", "a self-assessment") },
        { QStringLiteral("goal"), QT_TRANSLATE_NOOP("samen", "a goal") },
        { QStringLiteral("step"), QT_TRANSLATE_NOOP("samen", "a step") },
        { QStringLiteral("grant"), QT_TRANSLATE_NOOP("samen", "what someone may see") },
        { QStringLiteral("meeting"), QT_TRANSLATE_NOOP("samen", "a meeting") },
        { QStringLiteral("agreement"), QT_TRANSLATE_NOOP("samen", "an agreement") },
        { QStringLiteral("timeline"), QT_TRANSLATE_NOOP("samen", "an entry of the timeline") },
    };
    return QCoreApplication::translate("samen", words.value(type, QT_TRANSLATE_NOOP("samen", "a part of the plan")));
}

} // namespace

FhirImportContext::FhirImportContext(const QJsonObject &bundle, HlcClock &clock)
    : m_clock(clock)
{
    for (const QJsonValue &e : bundle.value(QStringLiteral("entry")).toArray()) {
        const QString fullUrl = e.toObject().value(QStringLiteral("fullUrl")).toString();
        const QJsonObject resource = e.toObject().value(QStringLiteral("resource")).toObject();
        if (fullUrl.startsWith(QStringLiteral("urn:uuid:")))
            m_resources.insert(fullUrl.mid(9), resource);
        m_order.append(resource);
    }
}

QList<QJsonObject> FhirImportContext::ofType(const QString &resourceType) const
{
    QList<QJsonObject> list;
    for (const QJsonObject &r : m_order) {
        if (r.value(QStringLiteral("resourceType")).toString() == resourceType)
            list.append(r);
    }
    return list;
}

QJsonObject FhirImportContext::resolve(const QJsonValue &reference) const
{
    return m_resources.value(FhirVocabulary::referencedId(reference));
}

QString FhirImportContext::create(const QString &entityType, const QString &oldId)
{
    if (failed())
        return {};
    if (!isUuid(oldId) || m_ids.contains(oldId)) {
        fail(QCoreApplication::translate("samen",
                                         "Samen cannot read %1 in this file: it is not marked as coming from Samen, or it is marked the same as another part.")
                 .arg(entityWords(entityType)));
        return {};
    }
    const QString id = newUuid7();
    m_ids.insert(oldId, id);
    m_types.insert(id, entityType);
    if (entityType == QLatin1String("plan"))
        m_planId = id;
    return id;
}

QString FhirImportContext::entityFor(const QJsonValue &reference, const QString &entityType) const
{
    const QString id = mapped(FhirVocabulary::referencedId(reference));
    return m_types.value(id) == entityType ? id : QString();
}

QString FhirImportContext::memberFor(const QJsonValue &reference) const
{
    return entityFor(reference, QStringLiteral("member"));
}

void FhirImportContext::set(const QString &entityId, const QString &field, const QJsonValue &value)
{
    if (failed() || entityId.isEmpty() || value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty()))
        return;
    const QString type = m_types.value(entityId);
    if (const Status valid = validateField(type, field, value); !valid) {
        fail(QCoreApplication::translate("samen", "Samen cannot read %1 in this file: %2").arg(entityWords(type), valid.error().message));
        return;
    }
    Operation op;
    op.opId = newUuid7();
    op.planId = m_planId;
    op.entityType = type;
    op.entityId = entityId;
    op.field = field;
    op.value = value;
    op.hlc = m_clock.now();
    op.authorMemberId = m_author.isEmpty() ? m_ownerId : m_author;
    m_ops.append(op);
}

qint64 FhirImportContext::nowMs() const
{
    return m_clock.now().wallMs;
}

void FhirImportContext::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
}

Result<QList<Operation>> FhirImportContext::finish()
{
    if (!failed()) {
        QHash<QString, QSet<QString>> fieldsOf;
        for (const Operation &op : m_ops)
            fieldsOf[op.entityId].insert(op.field);
        for (auto it = m_types.cbegin(); it != m_types.cend() && !failed(); ++it) {
            for (const FieldSpec &f : entitySpec(it.value())->fields) {
                if (f.required && !fieldsOf.value(it.key()).contains(f.name)) {
                    fail(QCoreApplication::translate("samen", "Samen cannot read %1 in this file: it has no %2.")
                             .arg(entityWords(it.value()), fieldLabel(f.name)));
                    break;
                }
            }
        }
    }
    if (failed())
        return Result<QList<Operation>>::fail(ErrorCode::Validation, m_error);
    // Operations made before the owner was known (the plan's own fields) are the owner's too.
    for (Operation &op : m_ops) {
        op.planId = m_planId;
        if (op.authorMemberId.isEmpty())
            op.authorMemberId = m_ownerId;
    }
    return m_ops;
}

} // namespace samen
