#pragma once

#include "store/database.h"
#include "ui/people/serviceprobe.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

#include <memory>
#include <optional>

Q_MOC_INCLUDE("ui/session.h")

namespace samen {
class NetworkClient;
class PlanStore;
class SyncClient;
} // namespace samen

namespace samen::app {

class Session;

/**
 * Joining someone's plan with an invitation, from the first-run page (Welcome) or when
 * this device holds no plan (NoPlan): the link or code (and, for a bare code, the
 * service's address and check code), then what the invitation offers (who invites,
 * which parts, see or see and change, purpose, until), then the join; the plan opens
 * and says "waiting for Robin to let you in" until the owner does. Session's lifecycle
 * stays in Session: this class makes or opens the store (a new passphrase on first
 * run; the key Session holds in NoPlan), connects it (ServiceProbe, SyncClient), asks
 * NetworkClient for the offer and the join, and hands the store to Session.
 * States: form, looking, offer, joining, failed; every failure a plain sentence.
 */
class JoinFlow : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** The app's Session (QML: session: Session). */
    Q_PROPERTY(samen::app::Session *session READ session WRITE setSession NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    /** True on first run: the person chooses a passphrase for this device's copy. */
    Q_PROPERTY(bool needsNewPassphrase READ needsNewPassphrase NOTIFY changed)
    /** True when this device's existing plan file needs its passphrase typed (NoPlan without a held key). */
    Q_PROPERTY(bool needsPassphrase READ needsPassphrase NOTIFY changed)
    Q_PROPERTY(QString fromName READ fromName NOTIFY changed)
    Q_PROPERTY(QString invitedName READ invitedName NOTIFY changed)
    /** What the invitation offers, in one plain sentence. */
    Q_PROPERTY(QString offerText READ offerText NOTIFY changed)
    Q_PROPERTY(QStringList pinGroups READ pinGroups NOTIFY changed)
public:
    explicit JoinFlow(QObject *parent = nullptr);
    ~JoinFlow() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString state() const { return m_state; }
    QString message() const { return m_message; }
    bool needsNewPassphrase() const;
    bool needsPassphrase() const;
    QString fromName() const { return m_fromName; }
    QString invitedName() const { return m_invitedName; }
    QString offerText() const { return m_offerText; }
    QStringList pinGroups() const;

    /** Looks at the invitation: link or code; address and pin only for a bare code; passphrase as needsNewPassphrase/needsPassphrase say. */
    Q_INVOKABLE void look(const QString &linkOrCode, const QString &address, const QString &pin, const QString &passphrase);
    /** Joins under this name (empty: the name the invitation was made for); the plan opens, waiting to be let in. */
    Q_INVOKABLE void accept(const QString &name);
    /** Back to the form; a store made on this device stays (it holds no plan: the NoPlan page offers the next step). */
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void changed();

private:
    void fail(const QString &message);
    bool openStore(const QString &passphrase);
    void connectAndPreview(const ServiceCheck &found);

    QPointer<Session> m_session;
    QNetworkAccessManager m_network;
    ServiceProbe m_probe;
    QString m_state = QStringLiteral("form");
    QString m_message;
    QString m_code;
    QString m_pin;
    QString m_fromName;
    QString m_invitedName;
    QString m_offerText;
    std::unique_ptr<PlanStore> m_store;
    std::optional<DatabaseKey> m_key;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<NetworkClient> m_people;
};

} // namespace samen::app
