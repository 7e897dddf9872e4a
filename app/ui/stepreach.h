#pragma once

#include <QObject>
#include <QQmlEngine>

namespace samen::app {

class PlanController;

/**
 * "Who does it?" in the step forms (QML singleton StepReach): says, as the person is
 * chosen and before anything is saved, that they cannot see the goal's life domain, so
 * the step would never reach them (review 4, R4-13; StepRule::checkReach, the rule
 * PlanEditor applies again when the step is saved).
 */
class StepReach : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    explicit StepReach(QObject *parent = nullptr);
    static StepReach *create(QQmlEngine *, QJSEngine *) { return new StepReach; }

    /**
     * "" when a step of goalId may be given to memberId (or plan, goal or person is not
     * known); else the sentence in the app's language ("Samira cannot see Work: share
     * Work with Samira first, or give the step to someone else.").
     */
    Q_INVOKABLE QString note(samen::app::PlanController *plan, const QString &goalId, const QString &memberId) const;
};

} // namespace samen::app
