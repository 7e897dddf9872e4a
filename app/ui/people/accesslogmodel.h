#pragma once

#include "models/rowlistmodel.h"

#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

#include <memory>

Q_MOC_INCLUDE("ui/plancontroller.h")

namespace samen {
class NetworkClient;
struct AuditLogPage;
} // namespace samen

namespace samen::app {

class PlanController;

/**
 * The Access log page (owner): the case service's audit entries in plain words
 * (AccessLogWords: names from the plan, domain labels, never ids or codes), grouped by
 * day (`day` is the section: "Today", "Yesterday" or the date), newest first, repeated
 * reads folded; filter by person (`memberFilter`, a member id; empty: everyone).
 * Roles: id, day, time, text, actorMemberId, description (time and text, for screen
 * readers). `chain` says in one sentence whether the log's hash chain holds.
 */
class AccessLogModel : public samen::app::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(samen::app::PlanController *plan READ plan WRITE setPlan NOTIFY planChanged)
    Q_PROPERTY(QString memberFilter READ memberFilter WRITE setMemberFilter NOTIFY memberFilterChanged)
    Q_PROPERTY(bool available READ available NOTIFY planChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(QString chain READ chain NOTIFY stateChanged)
    /** People to filter by: [{memberId, name}], the plan's members who are not the owner. */
    Q_PROPERTY(QVariantList people READ people NOTIFY stateChanged)
public:
    explicit AccessLogModel(QObject *parent = nullptr);
    ~AccessLogModel() override;

    PlanController *plan() const { return m_plan; }
    void setPlan(PlanController *plan);
    QString memberFilter() const { return m_filter; }
    void setMemberFilter(const QString &memberId);
    bool available() const;
    bool loading() const { return m_loading; }
    QString error() const { return m_error; }
    QString chain() const { return m_chain; }
    QVariantList people() const;

    /** Fetches the log from the service again. */
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void planChanged();
    void memberFilterChanged();
    void stateChanged();

private:
    void show();

    QPointer<PlanController> m_plan;
    std::unique_ptr<AuditLogPage> m_page;
    QString m_filter;
    bool m_loading = false;
    QString m_error;
    QString m_chain;
};

} // namespace samen::app
