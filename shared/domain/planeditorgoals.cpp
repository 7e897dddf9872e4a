// PlanEditor: changing, unticking and deleting goals and steps (issue 17), and bringing back an earlier value. The rest is in planeditor.cpp.
#include "domain/planeditor.h"

#include "domain/schema.h"
#include "domain/steprule.h"
#include "sync/hlcclock.h"
#include "sync/statereader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace samen {

namespace {

Error invalid(const QString &message)
{
    return Error { ErrorCode::Validation, message };
}

/** A date field's value: "YYYY-MM-DD", or null to clear it. */
QJsonValue dateValue(const std::optional<QDate> &date)
{
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

/** An optional text: the text, or null to clear it when only spaces are left. */
QJsonValue optionalText(const QString &text)
{
    return text.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

/** The same value for a person: a missing field and null are both "nothing". */
bool sameValue(const QJsonObject &doc, const QString &field, const QJsonValue &value)
{
    const QJsonValue now = doc.value(field);
    const bool nowEmpty = now.isNull() || now.isUndefined();
    const bool valueEmpty = value.isNull() || value.isUndefined();
    return nowEmpty || valueEmpty ? nowEmpty == valueEmpty : now == value;
}

} // namespace

Result<Edit> PlanEditor::uncompleteStep(const QString &stepId, std::optional<bool> asOwner)
{
    const auto step = liveEntity(stepId, QStringLiteral("step"));
    if (!step)
        return invalid(QCoreApplication::translate("samen", "Choose a step of this plan."));
    if (!step->value(QStringLiteral("done")).toBool())
        return invalid(QCoreApplication::translate("samen", "This step is not done yet."));
    Edit edit;
    edit.entityId = stepId;
    edit.ops.append(makeOp(QStringLiteral("step"), stepId, QStringLiteral("done"), false));
    edit.ops.append(makeOp(QStringLiteral("step"), stepId, QStringLiteral("doneAt"), QJsonValue(QJsonValue::Null)));
    // Anyone but the owner: the timeline says so in a new entry. An entry that exists is the owner's to change (WriteRule),
    // so nobody deletes someone else's record of what happened, and the owner sees the step was ticked and why it is open.
    if (!asOwner.value_or(!m_author.isEmpty() && m_author == ownerMemberId())) {
        appendTimeline(edit, QStringLiteral("step-reopened"), step->value(QStringLiteral("title")).toString(), m_clock.now(), stepId);
        return edit;
    }
    // The owner: it was not done after all, and its small success leaves their timeline (undo brings it back).
    for (const QJsonObject &t : m_state.entities(m_planId, QStringLiteral("timeline"))) {
        if (t.value(QStringLiteral("kind")).toString() == QLatin1String("step-done") && t.value(QStringLiteral("refId")).toString() == stepId)
            edit.ops.append(makeOp(QStringLiteral("timeline"), t.value(QStringLiteral("id")).toString(), kTombstoneField, true));
    }
    return edit;
}

Result<Edit> PlanEditor::editGoal(const QString &goalId, const QString &title, const QString &why, const std::optional<QDate> &due)
{
    const auto goal = liveEntity(goalId, QStringLiteral("goal"));
    if (!goal)
        return invalid(QCoreApplication::translate("samen", "Choose a goal of this plan."));
    Edit edit;
    edit.entityId = goalId;
    const Fields fields { { QStringLiteral("title"), title }, { QStringLiteral("why"), optionalText(why) }, { QStringLiteral("due"), dateValue(due) } };
    for (const auto &[field, value] : fields) {
        if (sameValue(*goal, field, value))
            continue;
        auto one = setField(goalId, field, value);
        if (!one)
            return one.error();
        edit.ops.append(one->ops);
    }
    return edit;
}

Result<Edit> PlanEditor::editStep(const QString &stepId, const QString &title, const QString &ownerMemberId, const std::optional<QDate> &due)
{
    const auto step = liveEntity(stepId, QStringLiteral("step"));
    if (!step)
        return invalid(QCoreApplication::translate("samen", "Choose a step of this plan."));
    // A step given to someone new must reach them (review 4, R4-13); one already theirs stays as it is.
    if (ownerMemberId != step->value(QStringLiteral("ownerId")).toString())
        if (const auto goal = m_state.entity(step->value(QStringLiteral("goalId")).toString()))
            if (Status s = StepRule::checkReach(m_state, m_planId, ownerMemberId, goal->value(QStringLiteral("domainKey")).toString(),
                                                QDateTime::fromMSecsSinceEpoch(m_clock.now().wallMs).date());
                !s)
                return s.error();
    Edit edit;
    edit.entityId = stepId;
    const Fields fields { { QStringLiteral("title"), title },
                          { QStringLiteral("ownerId"), ownerMemberId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ownerMemberId) },
                          { QStringLiteral("due"), dateValue(due) } };
    for (const auto &[field, value] : fields) {
        if (sameValue(*step, field, value))
            continue;
        auto one = setField(stepId, field, value);
        if (!one)
            return one.error();
        edit.ops.append(one->ops);
    }
    return edit;
}

Result<Edit> PlanEditor::removeGoal(const QString &goalId)
{
    if (!liveEntity(goalId, QStringLiteral("goal")))
        return invalid(QCoreApplication::translate("samen", "This item is not part of this plan, or it was already deleted."));
    auto edit = remove(goalId);
    if (!edit)
        return edit;
    // Its steps go with it, so no list shows a step of a goal that is gone.
    for (const QJsonObject &s : m_state.entities(m_planId, QStringLiteral("step"))) {
        if (s.value(QStringLiteral("goalId")).toString() == goalId)
            edit->ops.append(makeOp(QStringLiteral("step"), s.value(QStringLiteral("id")).toString(), kTombstoneField, true));
    }
    return edit;
}

Result<Edit> PlanEditor::restore(const QString &entityId, const QString &field, const Operation &earlier)
{
    if (earlier.entityId != entityId || earlier.field != field || earlier.planId != m_planId)
        return invalid(QCoreApplication::translate("samen", "This earlier value belongs to something else."));
    const auto doc = m_state.entity(entityId);
    if (!doc || doc->value(QStringLiteral("planId")).toString() != m_planId)
        return invalid(QCoreApplication::translate("samen", "This item is not part of this plan."));
    // One value shown and it is this one: a new operation would only add a line to the history.
    // Two versions of a text (a conflict) still take the earlier one as the one that stays.
    if (sameValue(*doc, field, earlier.value) && m_state.fieldHeads(entityId, field).size() <= 1)
        return invalid(QCoreApplication::translate("samen", "This is already the value of %1. Nothing was changed.").arg(fieldLabel(field)));
    const QString type = doc->value(QStringLiteral("type")).toString();
    // Who may see and change what is decided at the service (access set, invitations): a value written here would
    // be put back at the next sync without a word (trial after stop 38: "is back", then undone).
    if (type == QLatin1StringView("grant") || type == QLatin1StringView("invitation"))
        return invalid(QCoreApplication::translate("samen",
                                                   "Access and invitations are changed at the service, not by bringing back an earlier value. "
                                                   "Change what this person may see and change instead. Nothing was changed."));
    // The time a step was done follows its done mark: alone it could say "done" without a time, or a time without "done".
    if (type == QLatin1StringView("step") && field == QLatin1StringView("doneAt"))
        return invalid(QCoreApplication::translate("samen",
                                                   "The time a step was done follows its done mark: bring back an earlier done mark instead. "
                                                   "Nothing was changed."));
    // Values that belong together change together, as when a person makes the change again:
    // a step ticked off has the time it was done and its line on the timeline; unticked, neither.
    if (type == QLatin1StringView("step") && field == QLatin1StringView("done"))
        return earlier.value.toBool() ? completeStep(entityId) : uncompleteStep(entityId);
    if (type == QLatin1StringView("goal") && field == QLatin1StringView("status"))
        return setGoalStatus(entityId, earlier.value.toString());
    return setField(entityId, field, earlier.value);
}

} // namespace samen
