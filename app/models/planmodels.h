#pragma once

#include "models/rowlistmodel.h"

#include <QPointer>
#include <QQmlEngine>

Q_MOC_INCLUDE("ui/plancontroller.h")

namespace samen {
class PlanView;
}

namespace samen::app {

class PlanController;

/** Life domains in the citizen's priority order, with latest and previous self-assessment and the next open step. */
class DomainListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Get it from PlanController.domains")
public:
    explicit DomainListModel(QObject *parent = nullptr);
    void reload(const PlanView &view);
};

/** What happened in the plan, newest first. */
class TimelineModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Get it from PlanController.timeline")
public:
    explicit TimelineModel(QObject *parent = nullptr);
    void reload(const PlanView &view);
};

/** Everyone in the plan. */
class MemberListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Get it from PlanController.members")
public:
    explicit MemberListModel(QObject *parent = nullptr);
    void reload(const PlanView &view);
};

/** Goals of one life domain (or all goals when domainKey is empty), following the plan as it changes. */
class GoalListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(samen::app::PlanController *plan READ plan WRITE setPlan NOTIFY planChanged)
    Q_PROPERTY(QString domainKey READ domainKey WRITE setDomainKey NOTIFY domainKeyChanged)
public:
    explicit GoalListModel(QObject *parent = nullptr);
    PlanController *plan() const { return m_plan; }
    void setPlan(PlanController *plan);
    QString domainKey() const { return m_domainKey; }
    void setDomainKey(const QString &key);

Q_SIGNALS:
    void planChanged();
    void domainKeyChanged();

private:
    void reload();
    QPointer<PlanController> m_plan;
    QString m_domainKey;
};

/** Steps of one goal, following the plan as it changes. */
class StepListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(samen::app::PlanController *plan READ plan WRITE setPlan NOTIFY planChanged)
    Q_PROPERTY(QString goalId READ goalId WRITE setGoalId NOTIFY goalIdChanged)
public:
    explicit StepListModel(QObject *parent = nullptr);
    PlanController *plan() const { return m_plan; }
    void setPlan(PlanController *plan);
    QString goalId() const { return m_goalId; }
    void setGoalId(const QString &id);

Q_SIGNALS:
    void planChanged();
    void goalIdChanged();

private:
    void reload();
    QPointer<PlanController> m_plan;
    QString m_goalId;
};

} // namespace samen::app
