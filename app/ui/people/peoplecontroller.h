#pragma once

#include "core/result.h"
#include "network/networkshapes.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

#include <functional>
#include <memory>

Q_MOC_INCLUDE("ui/plancontroller.h")

namespace samen {
class NetworkClient;
}

namespace samen::app {

class PlanController;

/**
 * The owner's view of the people at the case service, for the People page: joins that
 * wait to be let in (with what letting them in gives) and invitations nobody used yet,
 * with Let in, Decline and Withdraw. Every answer is mirrored into the plan's member,
 * grant and invitation entities (NetworkMirror), so the plan itself stays complete and
 * syncs. A member's device sees no pending sections. Each action ends in one plain
 * sentence (`notice`) or a plain error (`error`).
 * pendingJoins items: {memberId, name, description, offered}; pendingInvitations items:
 * {invitationId, name, description, expiry}.
 */
class PeopleController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(samen::app::PlanController *plan READ plan WRITE setPlan NOTIFY planChanged)
    /** True on the owner's device when the plan is connected to a case service. */
    Q_PROPERTY(bool available READ available NOTIFY planChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString notice READ notice NOTIFY changed)
    Q_PROPERTY(QVariantList pendingJoins READ pendingJoins NOTIFY changed)
    Q_PROPERTY(QVariantList pendingInvitations READ pendingInvitations NOTIFY changed)
public:
    explicit PeopleController(QObject *parent = nullptr);
    ~PeopleController() override;

    PlanController *plan() const { return m_plan; }
    void setPlan(PlanController *plan);
    bool available() const;
    bool loading() const { return m_loading; }
    QString error() const { return m_error; }
    QString notice() const { return m_notice; }
    QVariantList pendingJoins() const { return m_joins; }
    QVariantList pendingInvitations() const { return m_invitations; }

    /** Asks the service who is in the plan and which invitations are open; brings the plan's entities in line. */
    Q_INVOKABLE void refresh();
    /** Lets a person who joined in: the grants they were offered take effect. */
    Q_INVOKABLE void letIn(const QString &memberId);
    /** Declines a join that waits: the person is not let in and the code is spent. */
    Q_INVOKABLE void decline(const QString &memberId);
    /** Withdraws an invitation nobody used yet: its code stops working. */
    Q_INVOKABLE void withdrawInvitation(const QString &invitationId);
    Q_INVOKABLE void clearNotice();

    /**
     * The plan's NetworkClient: one per running SyncClient, its child, so a request still on its
     * way when a page (and its controller) goes never calls back into a deleted client: the
     * requests live and die with the SyncClient. Null when the plan is not connected.
     */
    static NetworkClient *networkFor(PlanController *plan);
    /** "Money and debts (see and change), Work (see)": grants in words, with the plan's domain labels. */
    static QString grantsText(const PlanController &plan, const QList<AccessGrant> &grants);

Q_SIGNALS:
    void planChanged();
    void changed();

private:
    NetworkClient *client();
    void busy();
    void fail(const Error &error);
    void done(const QString &notice);
    /** After a change at the service: reads the people again and mirrors them. */
    void afterChange(const QString &notice);
    QString nameOf(const QString &memberId) const;

    QPointer<PlanController> m_plan;
    bool m_loading = false;
    QString m_error;
    QString m_notice;
    QVariantList m_joins;
    QVariantList m_invitations;
    PeopleList m_people;
};

} // namespace samen::app
