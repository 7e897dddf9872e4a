// PlanController: changing, deleting and unticking goals and steps, with undo (issue 17).
// The rest of the controller is in plancontroller.cpp.
#include "ui/plancontroller.h"

#include "domain/editundo.h"
#include "domain/planeditor.h"
#include "domain/schema.h"
#include "store/planstore.h"

namespace samen::app {

QString PlanController::undoText() const
{
    return m_undo ? m_undo->label() : QString();
}

bool PlanController::checkFormField(const QString &entityType, const QString &field, const QJsonValue &value)
{
    if (const Status s = validateField(entityType, field, value); !s) {
        fail(s.error().message);
        m_errorField = field;
        Q_EMIT lastErrorChanged();
        return false;
    }
    return true;
}

bool PlanController::checkFormDate(const QString &text, std::optional<QDate> &date)
{
    const auto parsed = parseDate(text);
    if (!parsed) {
        fail(parsed.error().message);
        m_errorField = QStringLiteral("due");
        Q_EMIT lastErrorChanged();
        return false;
    }
    date = parsed.value();
    return true;
}

QString PlanController::applyUndoable(const Result<Edit> &edit, const QString &label)
{
    if (edit && edit->ops.isEmpty()) { // nothing differs: nothing to store or undo
        clearError();
        return edit->entityId;
    }
    auto undo = edit ? std::make_unique<EditUndo>(EditUndo::capture(*m_store, edit.value(), label)) : nullptr;
    const QString id = applyEdit(edit);
    if (!id.isEmpty() && undo) {
        m_undo = std::move(undo);
        Q_EMIT undoChanged();
    }
    return id;
}

bool PlanController::uncompleteStep(const QString &stepId)
{
    // Anyone but the owner adds a "step-reopened" entry, which only the owner may delete: ticking the box again is their undo.
    if (!isOwner())
        return !apply(editor().uncompleteStep(stepId, false)).isEmpty();
    return !applyUndoable(editor().uncompleteStep(stepId, true), tr("The step is no longer ticked.")).isEmpty();
}

bool PlanController::editGoal(const QString &goalId, const QString &title, const QString &why, const QString &dueText)
{
    std::optional<QDate> due;
    if (!checkFormField(QStringLiteral("goal"), QStringLiteral("title"), title)
        || (!why.trimmed().isEmpty() && !checkFormField(QStringLiteral("goal"), QStringLiteral("why"), why)) || !checkFormDate(dueText, due))
        return false;
    return !applyUndoable(editor().editGoal(goalId, title, why, due), tr("Goal changed.")).isEmpty();
}

bool PlanController::deleteGoal(const QString &goalId)
{
    return !applyUndoable(editor().removeGoal(goalId), tr("Goal deleted.")).isEmpty();
}

bool PlanController::editStep(const QString &stepId, const QString &title, const QString &ownerId, const QString &dueText)
{
    std::optional<QDate> due;
    if (!checkFormField(QStringLiteral("step"), QStringLiteral("title"), title) || !checkFormDate(dueText, due))
        return false;
    return !applyUndoable(editor().editStep(stepId, title, ownerId, due), tr("Step changed.")).isEmpty();
}

bool PlanController::deleteStep(const QString &stepId)
{
    return !applyUndoable(editor().remove(stepId), tr("Step deleted.")).isEmpty();
}

bool PlanController::undo()
{
    if (!m_undo) {
        fail(tr("There is nothing to undo."));
        return false;
    }
    const std::unique_ptr<EditUndo> undo = std::move(m_undo);
    Q_EMIT undoChanged();
    PlanEditor planEditor = editor();
    return !applyEdit(undo->undo(*m_store, planEditor)).isEmpty();
}

void PlanController::dismissUndo()
{
    if (m_undo) {
        m_undo.reset();
        Q_EMIT undoChanged();
    }
}

} // namespace samen::app
