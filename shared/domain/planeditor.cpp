#include "domain/planeditor.h"

#include "domain/pasttime.h"

#include "domain/frameworks.h"
#include "domain/referencechecker.h"
#include "domain/schema.h"
#include "domain/steprule.h"
#include "domain/texthygiene.h"
#include "sync/fractionalindex.h"
#include "sync/hlcclock.h"
#include "sync/statereader.h"
#include "sync/uuid7.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace samen {

namespace {

Error invalid(const QString &message)
{
    return Error { ErrorCode::Validation, message };
}

QString isoUtc(const Hlc &at)
{
    return QDateTime::fromMSecsSinceEpoch(at.wallMs, Qt::UTC).toString(Qt::ISODate);
}

// "Today" is the person's local date at the clock's time, so tests can set it through the clock.
QString localDate(const Hlc &at)
{
    return QDateTime::fromMSecsSinceEpoch(at.wallMs).date().toString(Qt::ISODate);
}

Status validateAll(const QString &entityType, const PlanEditor::Fields &fields)
{
    for (const auto &[field, value] : fields) {
        if (Status s = validateField(entityType, field, value); !s)
            return s;
    }
    return {};
}

bool sortsBefore(const QJsonObject &a, const QJsonObject &b)
{
    const QString ka = a.value(QStringLiteral("sortKey")).toString();
    const QString kb = b.value(QStringLiteral("sortKey")).toString();
    if (ka != kb)
        return ka < kb;
    return a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id")).toString();
}

QString str(const QJsonObject &doc, const char *field)
{
    return doc.value(QLatin1StringView(field)).toString();
}

} // namespace

PlanEditor::PlanEditor(const StateReader &state, HlcClock &clock, QString planId, QString authorMemberId)
    : m_state(state)
    , m_clock(clock)
    , m_planId(std::move(planId))
    , m_author(std::move(authorMemberId))
{
}

Result<Edit> PlanEditor::createPlan(HlcClock &clock, const QString &planName, const QString &framework, const QString &ownerName)
{
    if (frameworkDomains(framework).isEmpty())
        return invalid(QCoreApplication::translate("samen", "Choose a set of life domains: %1.").arg(frameworkKeys().join(QStringLiteral(", "))));
    if (Status s = validateField(QStringLiteral("plan"), QStringLiteral("name"), planName); !s)
        return s.error();
    if (Status s = validateField(QStringLiteral("member"), QStringLiteral("name"), ownerName); !s)
        return s.error();
    Edit edit;
    edit.entityId = newUuid7();
    const QString ownerId = newUuid7();
    auto add = [&](const QString &type, const QString &id, const Fields &fields) {
        for (const auto &[field, value] : fields)
            edit.ops.append(Operation { newUuid7(), edit.entityId, type, id, field, value, clock.now(), ownerId, {} });
    };
    const Hlc start = clock.now();
    add(QStringLiteral("plan"), edit.entityId,
        { { QStringLiteral("name"), planName }, { QStringLiteral("framework"), framework }, { QStringLiteral("createdAt"), isoUtc(start) } });
    add(QStringLiteral("member"), ownerId,
        { { QStringLiteral("kind"), QStringLiteral("citizen") },
          { QStringLiteral("name"), ownerName },
          { QStringLiteral("coordinator"), true },
          { QStringLiteral("since"), localDate(start) } });
    const QList<LifeDomain> &domains = frameworkDomains(framework);
    const QStringList keys = keysBetween(QString(), QString(), int(domains.size()));
    for (qsizetype i = 0; i < domains.size(); ++i)
        add(QStringLiteral("domain"), newUuid7(), { { QStringLiteral("key"), domains[i].key }, { QStringLiteral("sortKey"), keys[i] } });
    add(QStringLiteral("timeline"), newUuid7(),
        { { QStringLiteral("kind"), QStringLiteral("plan-created") }, { QStringLiteral("at"), isoUtc(start) }, { QStringLiteral("refId"), edit.entityId } });
    return edit;
}

QString PlanEditor::ownerMemberIdOf(const Edit &createPlanEdit)
{
    for (const Operation &op : createPlanEdit.ops) {
        if (op.entityType == QLatin1StringView("member"))
            return op.entityId;
    }
    return {};
}

Operation PlanEditor::makeOp(const QString &entityType, const QString &entityId, const QString &field, const QJsonValue &value, const QStringList &base)
{
    return Operation { newUuid7(), m_planId, entityType, entityId, field, value, m_clock.now(), m_author, base };
}

std::optional<QJsonObject> PlanEditor::liveEntity(const QString &entityId, const QString &type) const
{
    return ReferenceChecker(m_state, m_planId).liveEntity(entityId, type);
}

Status PlanEditor::checkReferences(const QString &entityType, const QString &field, const QJsonValue &value) const
{
    return ReferenceChecker(m_state, m_planId).check(entityType, field, value);
}

void PlanEditor::appendEntity(Edit &edit, const QString &entityType, const QString &entityId, const Fields &fields)
{
    for (const auto &[field, value] : fields)
        edit.ops.append(makeOp(entityType, entityId, field, value));
}

void PlanEditor::appendTimeline(Edit &edit, const QString &kind, const QString &text, const Hlc &at, const QString &refId)
{
    Fields fields { { QStringLiteral("kind"), kind }, { QStringLiteral("at"), isoUtc(at) }, { QStringLiteral("refId"), refId } };
    if (!text.isEmpty())
        fields.append({ QStringLiteral("text"), text });
    appendEntity(edit, QStringLiteral("timeline"), newUuid7(), fields);
}

QList<QJsonObject> PlanEditor::domainsInOrder() const
{
    QList<QJsonObject> domains = m_state.entities(m_planId, QStringLiteral("domain"));
    std::sort(domains.begin(), domains.end(), sortsBefore);
    return domains;
}

QString PlanEditor::sortKeyAfterLast(const QString &entityType, const QString &groupField, const QString &groupValue) const
{
    // PlanState answers from an index, so adding n items in memory (the demo, bulk builds) stays linear (issue 18).
    const QString last = m_state.lastSortKey(m_planId, entityType, groupField, groupValue);
    const QString next = keyBetween(last, QString());
    return next.isEmpty() ? keyBetween(QString(), QString()) : next;
}

Result<Edit> PlanEditor::setStory(const QString &text)
{
    return setField(m_planId, QStringLiteral("story"), text);
}

Result<Edit> PlanEditor::reorderDomains(const QList<QJsonObject> &order)
{
    Edit edit;
    edit.entityId = m_planId;
    const QStringList keys = keysBetween(QString(), QString(), int(order.size()));
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (str(order[i], "sortKey") != keys[i])
            edit.ops.append(makeOp(QStringLiteral("domain"), str(order[i], "id"), QStringLiteral("sortKey"), keys[i]));
    }
    return edit;
}

Result<Edit> PlanEditor::prioritize(const QStringList &domainKeysInOrder)
{
    QList<QJsonObject> rest = domainsInOrder();
    QList<QJsonObject> order;
    for (const QString &key : domainKeysInOrder) {
        const auto it = std::find_if(rest.begin(), rest.end(), [&](const QJsonObject &d) { return str(d, "key") == key; });
        if (it == rest.end()) {
            const bool twice = std::any_of(order.begin(), order.end(), [&](const QJsonObject &d) { return str(d, "key") == key; });
            return invalid(twice ? QCoreApplication::translate("samen", "Each life domain can be in the order only once.")
                                 : QCoreApplication::translate("samen", "Choose one of the life domains of this plan."));
        }
        order.append(*it);
        rest.erase(it);
    }
    return reorderDomains(order + rest);
}

Result<Edit> PlanEditor::moveDomain(const QString &domainKey, int delta)
{
    QList<QJsonObject> order = domainsInOrder();
    const auto it = std::find_if(order.begin(), order.end(), [&](const QJsonObject &d) { return str(d, "key") == domainKey; });
    if (it == order.end())
        return invalid(QCoreApplication::translate("samen", "Choose one of the life domains of this plan."));
    const qsizetype from = it - order.begin();
    const qsizetype to = std::clamp<qsizetype>(from + delta, 0, order.size() - 1);
    if (to == from)
        return invalid(delta < 0 ? QCoreApplication::translate("samen", "This life domain is already at the top.")
                                 : QCoreApplication::translate("samen", "This life domain is already at the bottom."));
    const QJsonObject moved = order.takeAt(from);
    const QString lower = to > 0 ? str(order[to - 1], "sortKey") : QString();
    const QString upper = to < order.size() ? str(order[to], "sortKey") : QString();
    const QString key = keyBetween(lower, upper);
    order.insert(to, moved);
    if (key.isEmpty()) // two concurrent moves left equal keys: give the whole list fresh ones
        return reorderDomains(order);
    Edit edit;
    edit.entityId = str(moved, "id");
    edit.ops.append(makeOp(QStringLiteral("domain"), edit.entityId, QStringLiteral("sortKey"), key));
    return edit;
}

Result<Edit> PlanEditor::assess(const QString &domainKey, int score, const QString &note, const QDate &date)
{
    const QString type = QStringLiteral("assessment");
    Fields fields { { QStringLiteral("domainKey"), domainKey }, { QStringLiteral("score"), score }, { QStringLiteral("date"), date.toString(Qt::ISODate) } };
    if (!note.trimmed().isEmpty())
        fields.append({ QStringLiteral("note"), note });
    if (!date.isValid())
        return invalid(QCoreApplication::translate("samen", "Choose the date of this assessment."));
    // The service refuses it too (pasttime): a future date would stay "the latest" on every device.
    if (!pasttime::check(type, QStringLiteral("date"), date.toString(Qt::ISODate), QDateTime::currentMSecsSinceEpoch(), 0))
        return invalid(QCoreApplication::translate("samen", "A self-assessment is about today or a day that has passed. Choose another date."));
    if (Status s = validateAll(type, fields); !s)
        return s.error();
    if (Status s = checkReferences(type, QStringLiteral("domainKey"), domainKey); !s)
        return s.error();
    Edit edit;
    edit.entityId = newUuid7();
    appendEntity(edit, type, edit.entityId, fields);
    return edit;
}

Result<Edit> PlanEditor::addGoal(const QString &domainKey, const QString &title, const QString &why, const std::optional<QDate> &due)
{
    const QString type = QStringLiteral("goal");
    Fields fields { { QStringLiteral("domainKey"), domainKey }, { QStringLiteral("title"), title }, { QStringLiteral("status"), QStringLiteral("open") } };
    if (!why.trimmed().isEmpty())
        fields.append({ QStringLiteral("why"), why });
    if (due)
        fields.append({ QStringLiteral("due"), due->toString(Qt::ISODate) });
    if (Status s = validateAll(type, fields); !s)
        return s.error();
    if (Status s = checkReferences(type, QStringLiteral("domainKey"), domainKey); !s)
        return s.error();
    fields.append({ QStringLiteral("sortKey"), sortKeyAfterLast(type, QStringLiteral("domainKey"), domainKey) });
    Edit edit;
    edit.entityId = newUuid7();
    appendEntity(edit, type, edit.entityId, fields);
    return edit;
}

Result<Edit> PlanEditor::setGoalStatus(const QString &goalId, const QString &status)
{
    const auto goal = liveEntity(goalId, QStringLiteral("goal"));
    if (!goal)
        return invalid(QCoreApplication::translate("samen", "Choose a goal of this plan."));
    auto edit = setField(goalId, QStringLiteral("status"), status);
    if (edit && status == QLatin1StringView("done") && str(*goal, "status") != status) {
        const Hlc at = m_clock.now();
        appendTimeline(edit.value(), QStringLiteral("goal-done"), str(*goal, "title"), at, goalId);
    }
    return edit;
}

Result<Edit> PlanEditor::addStep(const QString &goalId, const QString &title, const QString &ownerMemberId, const std::optional<QDate> &due)
{
    const QString type = QStringLiteral("step");
    Fields fields { { QStringLiteral("goalId"), goalId }, { QStringLiteral("title"), title }, { QStringLiteral("done"), false } };
    if (!ownerMemberId.isEmpty())
        fields.append({ QStringLiteral("ownerId"), ownerMemberId });
    if (due)
        fields.append({ QStringLiteral("due"), due->toString(Qt::ISODate) });
    if (Status s = validateAll(type, fields); !s)
        return s.error();
    for (const auto &[field, value] : fields) {
        if (Status s = checkReferences(type, field, value); !s)
            return s.error();
    }
    // Never a step for someone who cannot see its life domain: it would never reach them (review 4, R4-13).
    if (const auto goal = m_state.entity(goalId))
        if (Status s = StepRule::checkReach(m_state, m_planId, ownerMemberId, goal->value(QStringLiteral("domainKey")).toString(),
                                            QDate::fromString(localDate(m_clock.now()), Qt::ISODate));
            !s)
            return s.error();
    fields.append({ QStringLiteral("sortKey"), sortKeyAfterLast(type, QStringLiteral("goalId"), goalId) });
    Edit edit;
    edit.entityId = newUuid7();
    appendEntity(edit, type, edit.entityId, fields);
    return edit;
}

Result<Edit> PlanEditor::completeStep(const QString &stepId)
{
    const auto step = liveEntity(stepId, QStringLiteral("step"));
    if (!step)
        return invalid(QCoreApplication::translate("samen", "Choose a step of this plan."));
    if (step->value(QStringLiteral("done")).toBool())
        return invalid(QCoreApplication::translate("samen", "This step is already done."));
    const Hlc at = m_clock.now();
    Edit edit;
    edit.entityId = stepId;
    edit.ops.append(makeOp(QStringLiteral("step"), stepId, QStringLiteral("done"), true));
    edit.ops.append(makeOp(QStringLiteral("step"), stepId, QStringLiteral("doneAt"), isoUtc(at)));
    // The small success the brief asks to celebrate: it shows on the timeline.
    appendTimeline(edit, QStringLiteral("step-done"), str(*step, "title"), at, stepId);
    return edit;
}

Result<Edit> PlanEditor::addMember(const MemberInput &member)
{
    const QString type = QStringLiteral("member");
    if (member.kind == QLatin1StringView("citizen"))
        return invalid(QCoreApplication::translate("samen", "A plan has one citizen: its owner. Add this person as a network member or a professional."));
    const Hlc at = m_clock.now();
    Fields fields { { QStringLiteral("kind"), member.kind }, { QStringLiteral("name"), member.name }, { QStringLiteral("since"), localDate(at) } };
    // The rings people draw themselves: close ones inside, professionals outside.
    const QStringList inner { QStringLiteral("partner"), QStringLiteral("family"), QStringLiteral("friend") };
    if (member.kind == QLatin1StringView("professional"))
        fields.append({ QStringLiteral("ring"), QStringLiteral("outer") });
    else
        fields.append({ QStringLiteral("ring"), inner.contains(member.relation) ? QStringLiteral("inner") : QStringLiteral("middle") });
    for (const auto &[field, value] :
         { std::pair { QStringLiteral("relation"), member.relation }, std::pair { QStringLiteral("organisation"), member.organisation },
           std::pair { QStringLiteral("role"), member.role }, std::pair { QStringLiteral("contact"), member.contact },
           std::pair { QStringLiteral("phone"), member.phone }, std::pair { QStringLiteral("email"), member.email } }) {
        if (!value.trimmed().isEmpty())
            fields.append({ field, value });
    }
    if (!member.domains.isEmpty())
        fields.append({ QStringLiteral("domains"), QJsonArray::fromStringList(member.domains) });
    if (Status s = validateAll(type, fields); !s)
        return s.error();
    if (Status s = checkReferences(type, QStringLiteral("domains"), QJsonArray::fromStringList(member.domains)); !s)
        return s.error();
    if (Status s = checkNameFree(member.name, member.id); !s)
        return s.error();
    if (!member.id.isEmpty() && !isFreshId(member.id))
        return invalid(QCoreApplication::translate("samen", "This id is already used in the plan, or is not an id."));
    Edit edit;
    edit.entityId = member.id.isEmpty() ? newUuid7() : member.id;
    appendEntity(edit, type, edit.entityId, fields);
    appendTimeline(edit, QStringLiteral("member-added"), member.name, at, edit.entityId);
    return edit;
}

bool PlanEditor::isFreshId(const QString &entityId) const
{
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(entityId).hasMatch() && !m_state.entity(entityId).has_value();
}

Result<Edit> PlanEditor::createEntity(const QString &entityType, const QString &entityId, const Fields &fields)
{
    if (!entitySpec(entityType) || entityType == QLatin1StringView("plan"))
        return invalid(QCoreApplication::translate("samen", "This kind of item cannot be made here."));
    if (!isFreshId(entityId))
        return invalid(QCoreApplication::translate("samen", "This id is already used in the plan, or is not an id."));
    if (Status s = validateAll(entityType, fields); !s)
        return s.error();
    for (const auto &[field, value] : fields) {
        if (Status s = checkReferences(entityType, field, value); !s)
            return s.error();
    }
    Edit edit;
    edit.entityId = entityId;
    appendEntity(edit, entityType, entityId, fields);
    return edit;
}

Result<Edit> PlanEditor::setCoordinator(const QString &memberId, const QString &note, const QStringList &waiting)
{
    const auto next = liveEntity(memberId, QStringLiteral("member"));
    if (!next)
        return invalid(QCoreApplication::translate("samen", "Choose a person who is a member of this plan."));
    if (waiting.contains(memberId))
        return invalid(QCoreApplication::translate("samen", "%1 has not been let in to your plan yet. Let them in first; then they can keep the overview.")
                           .arg(TextHygiene::isolate(str(*next, "name"))));
    if (const QDate until = QDate::fromString(str(*next, "until"), Qt::ISODate); until.isValid() && until <= QDate::currentDate())
        return invalid(QCoreApplication::translate("samen", "%1 no longer helps with this plan. Choose someone who helps now.")
                           .arg(TextHygiene::isolate(str(*next, "name"))));
    if (next->value(QStringLiteral("coordinator")).toBool())
        return invalid(QCoreApplication::translate("samen", "This person is already the coordinator."));
    if (note.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("samen", "Write a short handover note: what does the new coordinator need to know?"));
    if (Status s = validateField(QStringLiteral("timeline"), QStringLiteral("text"), note); !s)
        return invalid(QCoreApplication::translate("samen", "The handover note can be at most 500 characters long, on one line."));
    const Hlc at = m_clock.now();
    Edit edit;
    edit.entityId = memberId;
    for (const QJsonObject &m : m_state.entities(m_planId, QStringLiteral("member"))) {
        if (m.value(QStringLiteral("coordinator")).toBool())
            edit.ops.append(makeOp(QStringLiteral("member"), str(m, "id"), QStringLiteral("coordinator"), false));
    }
    edit.ops.append(makeOp(QStringLiteral("member"), memberId, QStringLiteral("coordinator"), true));
    appendTimeline(edit, QStringLiteral("coordinator-handover"), note, at, memberId);
    return edit;
}

Result<Edit> PlanEditor::setField(const QString &entityId, const QString &field, const QJsonValue &value)
{
    const auto doc = m_state.entity(entityId);
    if (!doc || str(*doc, "planId") != m_planId)
        return invalid(QCoreApplication::translate("samen", "This item is not part of this plan."));
    const QString type = str(*doc, "type");
    if (field == kTombstoneField && type == QLatin1StringView("plan"))
        return invalid(QCoreApplication::translate("samen", "A whole plan cannot be deleted here. Use \"Erase plan\" instead."));
    if (type == QLatin1StringView("member") && field == QLatin1StringView("coordinator"))
        return invalid(QCoreApplication::translate("samen", "Use the handover to choose another coordinator, so the change is logged with a note."));
    if (doc->value(kTombstoneField).toBool() && field != kTombstoneField)
        return invalid(QCoreApplication::translate("samen", "This item was deleted. Bring it back first."));
    if (Status s = validateField(type, field, value); !s)
        return s.error();
    if (Status s = checkReferences(type, field, value); !s)
        return s.error();
    if (type == QLatin1StringView("member") && field == QLatin1StringView("name"))
        if (Status s = checkNameFree(value.toString(), entityId); !s)
            return s.error();
    if (type == QLatin1StringView("meeting") && field == QLatin1StringView("participantIds") && !ownerMemberId().isEmpty()
        && !value.toArray().contains(QJsonValue(ownerMemberId())))
        return invalid(QCoreApplication::translate("samen", "The person whose plan this is is always invited to the meeting."));
    // A free-text edit names the value(s) it replaces, so a concurrent edit shows up as a conflict.
    const QStringList base = isFreeTextField(type, field) ? m_state.fieldHeads(entityId, field) : QStringList();
    Edit edit;
    edit.entityId = entityId;
    edit.ops.append(makeOp(type, entityId, field, value, base));
    return edit;
}

Result<Edit> PlanEditor::resolveConflict(const QString &entityId, const QString &field, const QString &text)
{
    const auto doc = m_state.entity(entityId);
    if (!doc || !isFreeTextField(str(*doc, "type"), field))
        return invalid(QCoreApplication::translate("samen", "Only texts people write can have two versions to choose from."));
    return setField(entityId, field, text); // its base is every current head: one value remains
}

Result<Edit> PlanEditor::remove(const QString &entityId)
{
    const auto doc = liveEntity(entityId);
    if (!doc)
        return invalid(QCoreApplication::translate("samen", "This item is not part of this plan, or it was already deleted."));
    if (str(*doc, "type") == QLatin1StringView("member") && doc->value(QStringLiteral("coordinator")).toBool())
        return invalid(QCoreApplication::translate("samen", "This person is the coordinator. Choose another coordinator first."));
    return setField(entityId, kTombstoneField, true);
}

Status PlanEditor::checkNameFree(const QString &name, const QString &exceptId) const
{
    for (const QJsonObject &m : m_state.entities(m_planId, QStringLiteral("member"))) {
        if (str(m, "id") != exceptId && TextHygiene::sameName(str(m, "name"), name)) {
            const auto folded = [](const QString &n) { return TextHygiene::withoutInvisible(n).normalized(QString::NormalizationForm_C).toCaseFolded(); };
            if (folded(str(m, "name")) != folded(name)) // alike to the eye only (NameRule::skeleton): say so
                return invalid(QCoreApplication::translate("samen",
                                                           "%1 looks the same as the name of someone in this plan, %2, though some letters differ "
                                                           "(from another alphabet, for example). Add something to tell them apart, such as a surname.")
                                   .arg(TextHygiene::isolate(name), TextHygiene::isolate(str(m, "name"))));
            return invalid(QCoreApplication::translate("samen",
                                                       "Someone in this plan is already called %1. Add something to tell them apart, such as a "
                                                       "surname.")
                               .arg(TextHygiene::isolate(name)));
        }
    }
    return {};
}

} // namespace samen
