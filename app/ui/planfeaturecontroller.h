#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

Q_MOC_INCLUDE("ui/plancontroller.h")

namespace samen::app {

class PlanController;

/**
 * The base of a feature's controller that follows the plan QML gives it (its `plan`
 * property): setPlan moves the connection to the new plan (PlanController::follow) and
 * calls reload() now and after every change of the plan. Subclasses read what they show
 * in reload(). Subclasses name it fully qualified (`public samen::app::PlanFeatureController`),
 * as RowListModel's do, so qmllint knows `plan`. Threading rule: UI thread, as its plan.
 */
class PlanFeatureController : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(samen::app::PlanController *plan READ plan WRITE setPlan NOTIFY planChanged)
public:
    PlanController *plan() const { return m_plan; }
    /** Follows plan (nullptr: none); emits planChanged and reloads, unless it is the plan already followed. */
    void setPlan(PlanController *plan);

Q_SIGNALS:
    void planChanged();

protected:
    explicit PlanFeatureController(QObject *parent = nullptr);
    /** Reads what the controller shows from m_plan (which may be null) and says so. */
    virtual void reload() = 0;

    QPointer<PlanController> m_plan;
};

} // namespace samen::app
