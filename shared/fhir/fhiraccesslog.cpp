#include "fhir/fhiraccesslog.h"

#include "fhir/fhirexportcontext.h"
#include "fhir/fhirimportcontext.h"
#include "fhir/fhirvocabulary.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace samen {

namespace {

using V = FhirVocabulary;

const QString kAuditEventTypes = QStringLiteral("http://terminology.hl7.org/CodeSystem/audit-event-type");
const QString kAdministrator = QStringLiteral("admin");

/** AuditEvent.action (required binding audit-event-action): what kind of access the service's action was. */
QString actionCode(const QString &action)
{
    if (action.endsWith(QLatin1String(".read")))
        return QStringLiteral("R");
    static const QStringList created { QStringLiteral("plan.create"),  QStringLiteral("invitation.create"), QStringLiteral("grant.add"),
                                       QStringLiteral("device.enrol"), QStringLiteral("professional.add"),  QStringLiteral("organisation.add") };
    static const QStringList deleted { QStringLiteral("member.remove"),       QStringLiteral("member.leave"), QStringLiteral("grant.remove"),
                                       QStringLiteral("invitation.withdraw"), QStringLiteral("plan.erase"),   QStringLiteral("device.revoke") };
    if (created.contains(action))
        return QStringLiteral("C");
    if (deleted.contains(action))
        return QStringLiteral("D");
    if (action == QLatin1String("ops.write") || action == QLatin1String("grant.set"))
        return QStringLiteral("U");
    return QStringLiteral("E");
}

QString instant(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

void FhirAccessLog::add(FhirExportContext &context)
{
    const AccessLogCopy copy = AccessLogCopy::read(context.store);
    const QString site = QStringLiteral("Samen case service");
    for (const AccessLogRecord &r : copy.all()) {
        QJsonArray extensions {
            V::extensionOf(
                QStringLiteral("access"), QStringLiteral("valueIdentifier"),
                QJsonObject { { QStringLiteral("system"), V::idSystem(QStringLiteral("access")) }, { QStringLiteral("value"), QString::number(r.seq) } }),
        };
        if (!r.fetchedAt.isEmpty())
            extensions.append(V::extensionOf(QStringLiteral("fetchedAt"), QStringLiteral("valueDateTime"), r.fetchedAt));
        if (!r.domainKey.isEmpty())
            extensions.append(V::extensionOf(QStringLiteral("domain"), QStringLiteral("valueCoding"),
                                             QJsonObject { { QStringLiteral("system"), V::domainSystem() },
                                                           { QStringLiteral("code"), r.domainKey },
                                                           { QStringLiteral("display"), V::domainDisplay(r.domainKey) } }));
        if (!r.entityType.isEmpty())
            extensions.append(V::extensionOf(QStringLiteral("entityType"), QStringLiteral("valueCode"), r.entityType));
        if (r.count != 1)
            extensions.append(V::extensionOf(QStringLiteral("count"), QStringLiteral("valueInteger"), r.count));
        QJsonObject agent { { QStringLiteral("requestor"), true } };
        if (r.byAdministrator) {
            agent.insert(QStringLiteral("altId"), kAdministrator);
            agent.insert(QStringLiteral("who"), QJsonObject { { QStringLiteral("display"), QStringLiteral("The service's administrator") } });
        } else if (context.members.contains(r.actorMemberId)) {
            agent.insert(QStringLiteral("who"), V::reference(r.actorMemberId));
        }
        QJsonObject event {
            { QStringLiteral("resourceType"), QStringLiteral("AuditEvent") },
            { QStringLiteral("id"), V::derivedId(context.planId, QStringLiteral("access-%1-%2").arg(r.fetchedAt).arg(r.seq)) },
            { QStringLiteral("extension"), extensions },
            { QStringLiteral("type"),
              QJsonObject { { QStringLiteral("system"), kAuditEventTypes },
                            { QStringLiteral("code"), QStringLiteral("rest") },
                            { QStringLiteral("display"), QStringLiteral("RESTful Operation") } } },
            { QStringLiteral("subtype"), QJsonArray { QJsonObject { { QStringLiteral("system"), V::accessSystem() }, { QStringLiteral("code"), r.action } } } },
            { QStringLiteral("action"), actionCode(r.action) },
            { QStringLiteral("recorded"), instant(r.atMs) },
            { QStringLiteral("outcome"), QStringLiteral("0") },
            { QStringLiteral("agent"), QJsonArray { agent } },
            { QStringLiteral("source"),
              QJsonObject { { QStringLiteral("site"), site }, { QStringLiteral("observer"), QJsonObject { { QStringLiteral("display"), site } } } } },
        };
        if (context.members.contains(r.memberId))
            event.insert(QStringLiteral("entity"), QJsonArray { QJsonObject { { QStringLiteral("what"), V::reference(r.memberId) } } });
        context.add(event);
    }
}

bool FhirAccessLog::isAccessEntry(const QJsonObject &auditEvent)
{
    return !V::extensionValues(auditEvent, QStringLiteral("access")).isEmpty();
}

QList<AccessLogRecord> FhirAccessLog::read(FhirImportContext &context)
{
    static const QRegularExpression actionShape(QStringLiteral("^[a-z][a-z-]{0,30}(\\.[a-z][a-z-]{0,30})?$"));
    QList<AccessLogRecord> records;
    for (const QJsonObject &e : context.ofType(QStringLiteral("AuditEvent"))) {
        if (!isAccessEntry(e))
            continue;
        const auto bad = [&context] {
            context.fail(QCoreApplication::translate("samen", "An entry of the access log in the file cannot be read."));
            return QList<AccessLogRecord>();
        };
        AccessLogRecord r;
        bool number = false;
        r.seq = V::extensionValues(e, QStringLiteral("access")).first().toObject().value(QStringLiteral("value")).toString().toLongLong(&number);
        const QDateTime at = QDateTime::fromString(e.value(QStringLiteral("recorded")).toString(), Qt::ISODateWithMs);
        r.action = V::codeIn(e.value(QStringLiteral("subtype")).toArray().at(0), V::accessSystem());
        if (!number || !at.isValid() || !actionShape.match(r.action).hasMatch())
            return bad();
        r.atMs = at.toMSecsSinceEpoch();
        const QJsonObject agent = e.value(QStringLiteral("agent")).toArray().at(0).toObject();
        r.byAdministrator = agent.value(QStringLiteral("altId")).toString() == kAdministrator;
        if (!r.byAdministrator && agent.contains(QStringLiteral("who"))) {
            r.actorMemberId = context.memberFor(agent.value(QStringLiteral("who")));
            if (r.actorMemberId.isEmpty())
                return bad();
        }
        const QJsonValue what = e.value(QStringLiteral("entity")).toArray().at(0).toObject().value(QStringLiteral("what"));
        if (!what.isUndefined()) {
            r.memberId = context.memberFor(what);
            if (r.memberId.isEmpty())
                return bad();
        }
        const QJsonArray domain = V::extensionValues(e, QStringLiteral("domain"));
        r.domainKey = domain.isEmpty() ? QString() : V::codeIn(domain.first(), V::domainSystem());
        const QJsonArray type = V::extensionValues(e, QStringLiteral("entityType"));
        r.entityType = type.isEmpty() ? QString() : type.first().toString().left(40);
        const QJsonArray count = V::extensionValues(e, QStringLiteral("count"));
        r.count = count.isEmpty() ? 1 : count.first().toInt(1);
        const QJsonArray fetched = V::extensionValues(e, QStringLiteral("fetchedAt"));
        r.fetchedAt = fetched.isEmpty() ? QString() : fetched.first().toString().left(40);
        records.append(r);
    }
    return records;
}

} // namespace samen
