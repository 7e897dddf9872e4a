#pragma once

#include "ui/people/serviceprobe.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

#include <memory>

Q_MOC_INCLUDE("ui/plancontroller.h")

namespace samen {
class SyncClient;
}

namespace samen::app {

class PlanController;

/**
 * The Connect page: connects the open plan to a case service. First `check` an
 * address (ServiceProbe): the service's public key pin is then shown in groups of
 * four characters to compare aloud with the one whoever runs the service gives;
 * when the certificate is not signed by an authority this device trusts, the person
 * must say the pins are the same (or have typed the pin, and it matched) before
 * `connectService`. That configures the plan's SyncClient (trusting exactly that
 * certificate chain, pinned), enrols this device and registers the plan, after which
 * the plan syncs (SyncStatus). States: idle, checking, checked, connecting,
 * connected, failed; every failure a plain sentence in `message` (and the sync
 * client's own text, in English, only as `detail`).
 */
class ConnectController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(samen::app::PlanController *plan READ plan WRITE setPlan NOTIFY planChanged)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString detail READ detail NOTIFY changed)
    /** The checked (or connected) service's address. */
    Q_PROPERTY(QString address READ address NOTIFY changed)
    /** The service's public key pin in 16 groups of 4 hex characters; empty before a check. */
    Q_PROPERTY(QStringList pinGroups READ pinGroups NOTIFY changed)
    /** True when the person must compare the pin and confirm it (not trusted by the system, no pin typed). */
    Q_PROPERTY(bool needsComparison READ needsComparison NOTIFY changed)
    /** True when the plan on this device is connected to a service. */
    Q_PROPERTY(bool connected READ connected NOTIFY changed)
    /** A name for this device as the service will list it (the person may change it). */
    Q_PROPERTY(QString suggestedDeviceName READ suggestedDeviceName CONSTANT)
public:
    explicit ConnectController(QObject *parent = nullptr);
    ~ConnectController() override;

    PlanController *plan() const { return m_plan; }
    void setPlan(PlanController *plan);
    QString state() const { return m_state; }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }
    QString address() const;
    QStringList pinGroups() const { return groups(m_check.pin); }
    bool needsComparison() const { return m_state == QLatin1String("checked") && !m_check.trustedBySystem && !m_pinTyped; }
    bool connected() const;
    QString suggestedDeviceName() const;

    /** A 64-hex pin as 16 groups of 4 (what a person reads aloud); empty for anything else. */
    static QStringList groups(const QString &pin);

    /**
     * Looks at the service (see ServiceProbe). pin: optional, as the service printed it
     * (spaces and colons allowed); when given it must match or the check fails.
     */
    Q_INVOKABLE void check(const QString &address, const QString &pin);
    /** After a check: connects the plan (see class). pinConfirmed: the person compared the pin and it is the same. */
    Q_INVOKABLE void connectService(const QString &deviceName, bool pinConfirmed);
    /** Back to the form (idle), forgetting the check. */
    Q_INVOKABLE void reset();
    /** Seconds before an unanswered check fails (tests). */
    void setTimeoutSeconds(int seconds) { m_probe.setTimeoutSeconds(seconds); }

Q_SIGNALS:
    void planChanged();
    void changed();

private:
    void setState(const QString &state, const QString &message = {}, const QString &detail = {});
    void showConnected();

    QPointer<PlanController> m_plan;
    QNetworkAccessManager m_network;
    ServiceProbe m_probe;
    ServiceCheck m_check;
    bool m_pinTyped = false;
    QString m_state = QStringLiteral("idle");
    QString m_message;
    QString m_detail;
    std::unique_ptr<SyncClient> m_client; ///< only while connecting
};

} // namespace samen::app
