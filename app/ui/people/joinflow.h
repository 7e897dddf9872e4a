#pragma once

#include "ui/people/serviceflow.h"

#include <memory>

namespace samen {
class NetworkClient;
} // namespace samen

namespace samen::app {

/**
 * Joining someone's plan with an invitation, from the first-run page (Welcome) or when
 * this device holds no plan (NoPlan): the link or code (and, for a bare code, the
 * service's address and check code), then what the invitation offers (who invites,
 * which parts, see or see and change, purpose, until), then the join; the plan opens
 * and says "waiting for Robin to let you in" until the owner does. Session's lifecycle
 * stays in Session: ServiceFlow makes or opens the store (a new passphrase on first
 * run; the key Session holds in NoPlan) and reaches the service; this class asks
 * NetworkClient for the offer and the join, and hands the store to Session.
 * States: form, looking, offer, joining, failed; every failure a plain sentence.
 */
class JoinFlow : public samen::app::ServiceFlow
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString fromName READ fromName NOTIFY changed)
    Q_PROPERTY(QString invitedName READ invitedName NOTIFY changed)
    /** What the invitation offers, in one plain sentence. */
    Q_PROPERTY(QString offerText READ offerText NOTIFY changed)
public:
    explicit JoinFlow(QObject *parent = nullptr);
    ~JoinFlow() override;

    QString fromName() const { return m_fromName; }
    QString invitedName() const { return m_invitedName; }
    QString offerText() const { return m_offerText; }

    /** Looks at the invitation: link or code; address and pin only for a bare code; passphrase as needsNewPassphrase/needsPassphrase say. */
    Q_INVOKABLE void look(const QString &linkOrCode, const QString &address, const QString &pin, const QString &passphrase);
    /**
     * Joins under this name (empty: the name the invitation was made for); the plan opens, waiting to be let in.
     * A name the name rule refuses (NameRule) leaves the offer open with the reason in message.
     */
    Q_INVOKABLE void accept(const QString &name);
    /** Back to the form; a store made on this device stays (it holds no plan: the NoPlan page offers the next step). */
    Q_INVOKABLE void cancel();

private:
    void connectAndPreview();

    QString m_code;
    QString m_fromName;
    QString m_invitedName;
    QString m_offerText;
    std::unique_ptr<NetworkClient> m_people;
};

} // namespace samen::app
