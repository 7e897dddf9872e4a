#pragma once

#include "network/invitationlink.h"
#include "store/database.h"
#include "ui/people/serviceprobe.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

Q_MOC_INCLUDE("ui/session.h")

namespace samen {
class PlanStore;
class SyncClient;
} // namespace samen

namespace samen::app {

class Session;

/**
 * What joining a plan (JoinFlow) and adding a person's next device (DeviceFlow) share:
 * a store for this device (made on first run with a new passphrase or a key in the
 * system key store; opened with the held key in NoPlan), the service named by a link or
 * by a typed address and check code (ServiceProbe, the check code compared), a
 * SyncClient configured to trust it, and handing the store to Session. `state` and
 * `message` are the subclass's; every failure is a plain sentence (`fail`).
 */
class ServiceFlow : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    /** The app's Session (QML: session: Session). */
    Q_PROPERTY(samen::app::Session *session READ session WRITE setSession NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    /** True on first run: the person chooses a passphrase (or the device's key store) for this device's copy. */
    Q_PROPERTY(bool needsNewPassphrase READ needsNewPassphrase NOTIFY changed)
    /** True when this device's existing plan file needs its passphrase typed (NoPlan without a held key). */
    Q_PROPERTY(bool needsPassphrase READ needsPassphrase NOTIFY changed)
    Q_PROPERTY(QStringList pinGroups READ pinGroups NOTIFY changed)
public:
    explicit ServiceFlow(QObject *parent = nullptr);
    ~ServiceFlow() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString state() const { return m_state; }
    QString message() const { return m_message; }
    bool needsNewPassphrase() const;
    bool needsPassphrase() const;
    QStringList pinGroups() const;

Q_SIGNALS:
    void changed();

protected:
    /** Goes to state "failed" with this plain sentence (DeviceFlow also removes the store it made). */
    virtual void fail(const QString &message);
    void setState(const QString &state, const QString &message = {});
    /**
     * Makes (Welcome: with passphrase, or a new key in the system key store when
     * useKeychain) or opens (NoPlan) this device's store; false after fail().
     */
    bool openStore(const QString &passphrase, bool useKeychain = false);
    /** What reachService needs: the link (or bare code) and, for a bare code, the address and check code as typed. */
    struct Target {
        InvitationLink link;
        QString address;
        QString pin;
    };
    /**
     * Checks what was typed, opens the store (openStore), goes to busyState, then checks
     * the service and compares its check code, then calls next with a SyncClient
     * configured to trust it (m_client). Every failure goes to fail().
     */
    void reachService(const Target &target, const QString &passphrase, bool useKeychain, const QString &busyState, const QString &busyMessage,
                      const std::function<void()> &next);
    /** Opens the plan: the store goes to Session (which shows it, or NoPlan when it holds none). */
    void handOver();
    /** A name for this device at the service (its host name, or "My device"). */
    static QString deviceName();

    QPointer<Session> m_session;
    QNetworkAccessManager m_network;
    ServiceProbe m_probe;
    QString m_state = QStringLiteral("form");
    QString m_message;
    QString m_pin;
    std::unique_ptr<PlanStore> m_store;
    std::optional<DatabaseKey> m_key;
    std::unique_ptr<SyncClient> m_client;
};

} // namespace samen::app
