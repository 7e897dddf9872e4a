#include "domain/referencechecker.h"

#include "domain/frameworks.h"
#include "domain/schema.h"
#include "sync/operation.h"
#include "sync/statereader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace samen {

namespace {

Status invalid(const char *message)
{
    return Status::fail(ErrorCode::Validation, QCoreApplication::translate("samen", message));
}

} // namespace

ReferenceChecker::ReferenceChecker(const StateReader &state, QString planId)
    : m_state(state)
    , m_planId(std::move(planId))
{
}

std::optional<QJsonObject> ReferenceChecker::liveEntity(const QString &entityId, const QString &type) const
{
    auto doc = m_state.entity(entityId);
    if (!doc || doc->value(QStringLiteral("planId")).toString() != m_planId || doc->value(kTombstoneField).toBool())
        return std::nullopt;
    if (!type.isEmpty() && doc->value(QStringLiteral("type")).toString() != type)
        return std::nullopt;
    return doc;
}

Status ReferenceChecker::check(const QString &entityType, const QString &field, const QJsonValue &value) const
{
    const EntitySpec *spec = entitySpec(entityType);
    const FieldSpec *f = spec ? spec->field(field) : nullptr;
    if (!f || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return {};
    QSet<QString> domainKeys;
    for (const QJsonObject &d : m_state.entities(m_planId, QStringLiteral("domain")))
        domainKeys.insert(d.value(QStringLiteral("key")).toString());
    // A member's device holds only the domains it may read; the plan has every domain of its framework
    // (createPlan), so a coordinator may name one they do not read (a meeting's agenda, an agreement).
    if (const auto plan = m_state.entity(m_planId)) {
        const QString framework = plan->value(QStringLiteral("framework")).toString();
        for (const LifeDomain &d : frameworkDomains(framework.isEmpty() ? QStringLiteral("default") : framework))
            domainKeys.insert(d.key);
    }
    auto isMember = [this](const QString &id) { return liveEntity(id, QStringLiteral("member")).has_value(); };
    const char *noDomain = QT_TRANSLATE_NOOP("samen", "Choose one of the life domains of this plan.");
    const char *noMember = QT_TRANSLATE_NOOP("samen", "Choose a person who is a member of this plan.");
    if (field == QLatin1StringView("domainKey"))
        return domainKeys.contains(value.toString()) ? Status() : invalid(noDomain);
    if (f->kind == FieldKind::Reference) {
        const QString id = value.toString();
        if (field == QLatin1StringView("goalId"))
            return liveEntity(id, QStringLiteral("goal")) ? Status() : invalid(QT_TRANSLATE_NOOP("samen", "Choose a goal of this plan."));
        if (field == QLatin1StringView("meetingId"))
            return liveEntity(id, QStringLiteral("meeting")) ? Status() : invalid(QT_TRANSLATE_NOOP("samen", "Choose a meeting of this plan."));
        if (field == QLatin1StringView("refId")) {
            // A timeline entry may point at something deleted later, but never outside the plan.
            const auto doc = m_state.entity(id);
            const bool inPlan = doc && doc->value(QStringLiteral("planId")).toString() == m_planId;
            return inPlan ? Status() : invalid(QT_TRANSLATE_NOOP("samen", "The linked item is not part of this plan."));
        }
        return isMember(id) ? Status() : invalid(noMember);
    }
    if (f->kind == FieldKind::StringList) {
        for (const QJsonValue &item : value.toArray()) {
            const QString s = item.toString();
            if (field == QLatin1StringView("helperIds") || field == QLatin1StringView("participantIds")) {
                if (!isMember(s))
                    return invalid(noMember);
            } else if (field == QLatin1StringView("agendaPoints")) {
                continue; // texts people write, not keys
            } else if (field == QLatin1StringView("grants")) {
                if (!domainKeys.contains(s.section(QLatin1Char(':'), 0, 0)))
                    return invalid(noDomain);
            } else if (!domainKeys.contains(s)) {
                return invalid(noDomain);
            }
        }
    }
    return {};
}

} // namespace samen
