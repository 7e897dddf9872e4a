#pragma once

#include "models/rowlistmodel.h"

#include <QDateTime>
#include <QPointer>
#include <QQmlEngine>

Q_MOC_INCLUDE("ui/plancontroller.h")

namespace samen::app {

class PlanController;

/**
 * The Devices page: this account's devices as the case service lists them (roles id,
 * name, addedText, revoked, isThis, description), a one-time code for the person's
 * next device (`nextCode`, with a `nextLink` for its QR code: samen://device?service=
 * <address>&pin=<pin>&code=<code>, and `nextExpiry` in words), and revoking a lost
 * device. Needs the plan to be connected (`connected`); every failure is a plain
 * sentence in `error`. Set `plan`, then call reload().
 */
class DeviceListModel : public samen::app::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(samen::app::PlanController *plan READ plan WRITE setPlan NOTIFY planChanged)
    Q_PROPERTY(bool connected READ connected NOTIFY planChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    /** A plain sentence after a change ("The device … can no longer …"); empty otherwise. */
    Q_PROPERTY(QString notice READ notice NOTIFY stateChanged)
    Q_PROPERTY(QString nextCode READ nextCode NOTIFY stateChanged)
    Q_PROPERTY(QString nextLink READ nextLink NOTIFY stateChanged)
    Q_PROPERTY(QString nextExpiry READ nextExpiry NOTIFY stateChanged)
public:
    explicit DeviceListModel(QObject *parent = nullptr);

    PlanController *plan() const { return m_plan; }
    void setPlan(PlanController *plan);
    bool connected() const;
    bool loading() const { return m_loading; }
    QString error() const { return m_error; }
    QString notice() const { return m_notice; }
    QString nextCode() const { return m_nextCode; }
    QString nextLink() const;
    QString nextExpiry() const;

    /** Asks the service for the list again. */
    Q_INVOKABLE void reload();
    /** Asks the service for a one-time code for the next device (shown once; see nextCode). */
    Q_INVOKABLE void addDevice();
    /** Revokes a device (it can no longer sign in); the list is read again. */
    Q_INVOKABLE void revoke(const QString &deviceId);
    /** Forgets the code shown (the person has used or copied it). */
    Q_INVOKABLE void clearCode();

Q_SIGNALS:
    void planChanged();
    void stateChanged();

private:
    void fail(const QString &message);

    QPointer<PlanController> m_plan;
    bool m_loading = false;
    QString m_error;
    QString m_notice;
    QString m_nextCode;
    QDateTime m_nextExpires;
};

} // namespace samen::app
