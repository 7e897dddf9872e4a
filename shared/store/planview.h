#pragma once

#include "store/planstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace samen {

/** Read-only views of a stored plan as JSON: domains in priority order with assessments, goals with steps, members, story. */
class PlanView
{
public:
    PlanView(const PlanStore &store, QString planId);

    QJsonObject plan() const;
    /** Domains in the citizen's priority order, each with label and latest assessment. */
    QJsonArray domains() const;
    /** Goals in domain-priority order, each with its steps. */
    QJsonArray goals() const;
    QJsonArray members() const;
    /** What happened, newest first. */
    QJsonArray timeline() const;
    /** The story field: value, and every concurrent value when it is in conflict. */
    QJsonObject story() const;
    /** The translated label of one of the plan's life domains in its framework (the key when the framework does not know it). */
    QString domainLabel(const QString &key) const;

private:
    QJsonArray sorted(const QString &type) const;

    const PlanStore &m_store;
    QString m_planId;
};

} // namespace samen
