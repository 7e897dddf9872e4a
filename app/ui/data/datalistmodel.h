#pragma once

#include "models/planmodels.h"

#include <QJsonObject>

namespace samen::app {

/**
 * "See everything" (issue 15): every piece of data the plan on this device holds, history
 * included, in people's words and grouped: the same data as `samen-cli --json plan show`
 * (PlanView::plan), never an id or a code. Roles: id (a row key, not shown), section (the
 * group heading), title, detail (one or more lines). Groups, in this order: the plan and
 * its story; life domains with every self-assessment; goals with their steps; people; who
 * may see what; invitations; meetings; agreements; texts written in two places at once;
 * what happened (newest first); the copy of the case service's access log the device holds
 * (AccessLogCopy, newest first, in AccessLogWords' sentences). Empty groups are left out.
 */
class DataListModel : public samen::app::PlanFollowingModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit DataListModel(QObject *parent = nullptr);

    /** The rows for a plan as PlanView::plan gives it (static, so it can be checked without a store). */
    static QList<QVariantMap> rowsFor(const QJsonObject &plan, const QString &ownerMemberId);

protected:
    void reload() override;
};

} // namespace samen::app
