#pragma once

#include "models/rowlistmodel.h"
#include "store/goalsummary.h"

#include <QDate>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>

Q_MOC_INCLUDE("ui/plancontroller.h")

namespace samen {
class PlanView;
}

namespace samen::app {

class PlanController;

/** Life domains in the citizen's priority order, with latest and previous self-assessment and the next open step. */
class DomainListModel : public samen::app::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Get it from PlanController.domains")
public:
    explicit DomainListModel(QObject *parent = nullptr);
    /** goals: each domain's goal count and next step (summarizeGoals of the same plan; not every goal, issue 18). */
    void reload(const PlanView &view, const QHash<QString, DomainGoals> &goals);
};

/** What happened in the plan, newest first. */
class TimelineModel : public samen::app::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Get it from PlanController.timeline")
public:
    explicit TimelineModel(QObject *parent = nullptr);
    void reload(const PlanView &view);
};

/** Everyone in the plan now (PlanView::isCurrentMember on `today`): who may be chosen to do a step. */
class MemberListModel : public samen::app::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Get it from PlanController.members")
public:
    explicit MemberListModel(QObject *parent = nullptr);
    /** Reloads from the plan; members whose `until` is `today` or earlier are left out. */
    void reload(const PlanView &view, const QDate &today);
};

/**
 * A list that follows a PlanController: set `plan` and it reloads whenever the plan changes.
 * Declared in QML, it loads once, when all its properties are set (componentComplete), not once
 * per property: a goal list given its plan and then its domain filled itself with every goal of
 * the plan first (issue 18: most of the model work before the app's first frame).
 */
class PlanFollowingModel : public samen::app::RowListModel, public QQmlParserStatus
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(samen::app::PlanController *plan READ plan WRITE setPlan NOTIFY planChanged)
public:
    using RowListModel::RowListModel;
    PlanController *plan() const { return m_plan; }
    void setPlan(PlanController *plan);
    void classBegin() override;
    void componentComplete() override;

Q_SIGNALS:
    void planChanged();

protected:
    /** Rebuilds the rows from the plan (and the subclass's filter). */
    virtual void reload() = 0;
    /** Sets a filter value and reloads when it changed; true if it changed. */
    bool setFilter(QString &field, const QString &value);
    /** reload(), unless QML is still setting the initial properties (componentComplete loads then). */
    void reloadWhenComplete();

    QPointer<PlanController> m_plan;

private:
    bool m_settingUp = false; ///< between classBegin and componentComplete
};

/** Goals of one life domain (or all goals when domainKey is empty), following the plan as it changes. */
class GoalListModel : public samen::app::PlanFollowingModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString domainKey READ domainKey WRITE setDomainKey NOTIFY domainKeyChanged)
public:
    explicit GoalListModel(QObject *parent = nullptr);
    QString domainKey() const { return m_domainKey; }
    void setDomainKey(const QString &key);

Q_SIGNALS:
    void domainKeyChanged();

private:
    void reload() override;
    QString m_domainKey;
};

/** Steps of one goal, following the plan as it changes. */
class StepListModel : public samen::app::PlanFollowingModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString goalId READ goalId WRITE setGoalId NOTIFY goalIdChanged)
public:
    explicit StepListModel(QObject *parent = nullptr);
    QString goalId() const { return m_goalId; }
    void setGoalId(const QString &id);

Q_SIGNALS:
    void goalIdChanged();

private:
    void reload() override;
    QString m_goalId;
};

} // namespace samen::app
