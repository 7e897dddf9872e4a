#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include <memory>

Q_MOC_INCLUDE("ui/plancontroller.h")

namespace samen {
class NetworkClient;
}

namespace samen::app {

class PlanController;

/**
 * The Invite page (owner): for whom, which life domains with see or see-and-change, the
 * purpose and an optional end date; then a one-time code, the link that carries it with
 * the service's address and pin (InvitationLink), and its QR code; expiry in words;
 * withdraw. The invitation is mirrored into the plan (NetworkMirror::invited).
 * form (invite): {memberId (an existing contact's id, or empty), kind ("network" or
 * "professional"), name, relation, organisation, role, purpose, until ("YYYY-MM-DD" or
 * empty), grants: {domainKey: "read"|"write"}}. Errors are plain sentences in `error`;
 * a bad form changes nothing and asks the service nothing.
 */
class InviteController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(samen::app::PlanController *plan READ plan WRITE setPlan NOTIFY planChanged)
    /** "form", "sending", "made" (code and link shown), "withdrawn". */
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString link READ link NOTIFY changed)
    Q_PROPERTY(QString expiry READ expiry NOTIFY changed)
    /** One sentence on what was made: "The invitation for Sam: Social contacts (see). Give Sam the code …". */
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    /** The relations to choose from: [{key: the plan's code, label: "Friend", ...}] (MemberWords, the words samen-cli takes too). */
    Q_PROPERTY(QVariantList relations READ relations CONSTANT)
public:
    explicit InviteController(QObject *parent = nullptr);
    ~InviteController() override;

    PlanController *plan() const { return m_plan; }
    void setPlan(PlanController *plan);
    QString state() const { return m_state; }
    QString error() const { return m_error; }
    QString code() const { return m_code; }
    QString link() const { return m_link; }
    QString expiry() const;
    QString summary() const { return m_summary; }
    static QVariantList relations();

    Q_INVOKABLE void invite(const QVariantMap &form);
    /** Withdraws the invitation just made: its code stops working. */
    Q_INVOKABLE void withdraw();
    /** Back to an empty form. */
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void planChanged();
    void changed();
    /** An invitation was made or withdrawn (the People page reads the service again). */
    void invitationsChanged();

private:
    void fail(const QString &message);
    NetworkClient *client();

    QPointer<PlanController> m_plan;
    QString m_state = QStringLiteral("form");
    QString m_error;
    QString m_code;
    QString m_link;
    QString m_summary;
    QString m_invitationId;
    QDateTime m_expires;
};

} // namespace samen::app
