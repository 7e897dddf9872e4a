#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

#include <memory>

Q_MOC_INCLUDE("ui/plancontroller.h")

namespace samen {
class NetworkClient;
struct AccessGrant;
} // namespace samen

namespace samen::app {

class PlanController;

/**
 * The consent grid for one member (owner): per life domain none / see / see and change,
 * with a purpose and an end date; "withdraw all"; "remove from my plan". Each change goes
 * to the case service at once (NetworkClient::setAccess / removeMember), is mirrored into
 * the plan's grant and member entities, and says once, in plain words, what it means
 * ("Sam will no longer see Money and debts. Sam's devices delete it at their next sync.").
 * rows items: {domainKey, label, access ("none"|"read"|"write"), purpose, until ("YYYY-MM-DD" or "")},
 * from the plan's grant entities, in the plan's domain order.
 */
class ConsentController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(samen::app::PlanController *plan READ plan WRITE setPlan NOTIFY planChanged)
    Q_PROPERTY(QString memberId READ memberId WRITE setMemberId NOTIFY planChanged)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QVariantList rows READ rows NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    /** The plain sentence about the last change; empty before one. */
    Q_PROPERTY(QString notice READ notice NOTIFY changed)
    /** True after "remove from my plan" succeeded. */
    Q_PROPERTY(bool removed READ removed NOTIFY changed)
public:
    explicit ConsentController(QObject *parent = nullptr);
    ~ConsentController() override;

    PlanController *plan() const { return m_plan; }
    void setPlan(PlanController *plan);
    QString memberId() const { return m_memberId; }
    void setMemberId(const QString &id);
    QString name() const;
    QVariantList rows() const;
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    QString notice() const { return m_notice; }
    bool removed() const { return m_removed; }

    /** Sets one domain's access ("none", "read", "write"), purpose and end date ("YYYY-MM-DD" or ""). */
    Q_INVOKABLE void setAccess(const QString &domainKey, const QString &access, const QString &purpose, const QString &until);
    /** Every domain to none at once: the member stays in the plan but sees nothing. */
    Q_INVOKABLE void withdrawAll();
    /** Removes the member and all their access from the plan. */
    Q_INVOKABLE void removeFromPlan();

    /** The sentence for one domain's change from `before` to `after` access (see class). */
    static QString changeSentence(const QString &name, const QString &domainLabel, const QString &before, const QString &after);

Q_SIGNALS:
    void planChanged();
    void changed();

private:
    NetworkClient *client();
    void send(const QList<AccessGrant> &grants, const QString &notice);
    void fail(const QString &message);
    QString currentAccess(const QString &domainKey) const;

    QPointer<PlanController> m_plan;
    QString m_memberId;
    bool m_busy = false;
    bool m_removed = false;
    QString m_error;
    QString m_notice;
};

} // namespace samen::app
