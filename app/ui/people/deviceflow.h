#pragma once

#include "ui/people/serviceflow.h"

namespace samen::app {

/**
 * Adding this device to a person's account on first run (Welcome), with the code or
 * samen://device link their first device shows (DeviceListModel): a passphrase or the
 * device's key store for this device's own copy, the service reached and its check code
 * compared (ServiceFlow), the device enrolled with the code
 * (SyncClient::connectService), the account's plan taken up
 * (SyncClient::adoptAccountPlan), its first sync, then the plan opens (Session).
 * States: form, checking, enrolling, loading, failed; every failure a plain sentence
 * with a next step. A failure removes the store this flow made, so the device is back
 * at the first-run page with nothing half made (a device enrolled before a later step
 * failed stays in the account's list, where it can be revoked).
 */
class DeviceFlow : public samen::app::ServiceFlow
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit DeviceFlow(QObject *parent = nullptr);
    ~DeviceFlow() override;

    /**
     * Adds this device: link or code (address and pin only for a bare code);
     * passphrase for this device's copy unless useKeychain. Only on first run.
     */
    Q_INVOKABLE void addDevice(const QString &linkOrCode, const QString &address, const QString &pin, const QString &passphrase, bool useKeychain);
    /** Back to the form after a failure. */
    Q_INVOKABLE void dismiss();

protected:
    void fail(const QString &message) override;

private:
    void enrol();
    void adopt();
    void load();
    /** Removes the store (and key mode) this flow made; Session stays at Welcome. */
    void discardStore();

    QString m_code;
    bool m_madeStore = false;
};

} // namespace samen::app
