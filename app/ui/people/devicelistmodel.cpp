#include "ui/people/devicelistmodel.h"

#include "domain/texthygiene.h"
#include "network/invitationlink.h"
#include "network/networkclient.h"
#include "store/planstore.h"
#include "sync/syncclient.h"
#include "ui/people/expirywords.h"
#include "ui/people/networkwords.h"
#include "ui/plancontroller.h"
#include "ui/syncstatus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace samen::app {

DeviceListModel::DeviceListModel(QObject *parent)
    : RowListModel({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("addedText"), QStringLiteral("revoked"), QStringLiteral("isThis"),
                     QStringLiteral("description") },
                   parent)
{
}

void DeviceListModel::setPlan(PlanController *plan)
{
    if (m_plan == plan)
        return;
    m_plan = plan;
    m_nextCode.clear();
    m_error.clear();
    m_notice.clear();
    setRows({});
    Q_EMIT planChanged();
    Q_EMIT stateChanged();
}

bool DeviceListModel::connected() const
{
    return m_plan && m_plan->sync() && m_plan->sync()->client();
}

QString DeviceListModel::nextLink() const
{
    if (m_nextCode.isEmpty() || !m_plan)
        return {};
    // The same link form as an invitation's (InvitationLink), so the next device parses it with the same rules.
    return InvitationLink::ofDevice(m_plan->store(), m_nextCode, InvitationLink::Kind::Device).toString();
}

QString DeviceListModel::nextExpiry() const
{
    return m_nextCode.isEmpty() ? QString() : ExpiryWords::until(m_nextExpires, QDateTime::currentDateTimeUtc());
}

void DeviceListModel::fail(const QString &message)
{
    m_loading = false;
    m_error = message;
    Q_EMIT stateChanged();
}

void DeviceListModel::reload()
{
    if (!connected()) {
        setRows({});
        fail(tr("Your plan is not connected to a case service yet. Connect it first; then your devices are listed here."));
        return;
    }
    m_loading = true;
    m_error.clear();
    Q_EMIT stateChanged();
    const QString self = m_plan->store().setting(QStringLiteral("sync.deviceId"));
    QPointer<DeviceListModel> guard(this);
    m_plan->sync()->client()->listDevices([guard, self](const Result<QJsonArray> &devices) {
        if (!guard)
            return;
        if (!devices) {
            guard->fail(NetworkWords::error(devices.error()));
            return;
        }
        QList<QVariantMap> rows;
        const QLocale locale;
        for (const QJsonValue &v : devices.value()) {
            const QJsonObject d = v.toObject();
            const QString id = d.value(QStringLiteral("deviceId")).toString();
            const QString name = d.value(QStringLiteral("displayName")).toString();
            const QDateTime added = QDateTime::fromMSecsSinceEpoch(d.value(QStringLiteral("createdAt")).toInteger()).toLocalTime();
            const bool revoked = d.contains(QStringLiteral("revokedAt"));
            const bool isThis = id == self;
            const QString addedText = tr("Added on %1").arg(locale.toString(added.date(), QLocale::LongFormat));
            QString description = tr("%1, %2", "device name, added on").arg(TextHygiene::isolate(name), addedText);
            if (isThis)
                description += tr(", this device");
            if (revoked)
                description += tr(", revoked: it can no longer sign in");
            rows.append({ { QStringLiteral("id"), id },
                          { QStringLiteral("name"), name },
                          { QStringLiteral("addedText"), addedText },
                          { QStringLiteral("revoked"), revoked },
                          { QStringLiteral("isThis"), isThis },
                          { QStringLiteral("description"), description } });
        }
        guard->setRows(rows);
        guard->m_loading = false;
        Q_EMIT guard->stateChanged();
    });
}

void DeviceListModel::addDevice()
{
    if (!connected()) {
        fail(tr("Your plan is not connected to a case service yet. Connect it first."));
        return;
    }
    m_loading = true;
    m_error.clear();
    m_notice.clear();
    Q_EMIT stateChanged();
    QPointer<DeviceListModel> guard(this);
    m_plan->sync()->client()->call("POST", QStringLiteral("/v1/devices/enrolment-codes"), QJsonObject {}, [guard](const Result<QJsonObject> &made) {
        if (!guard)
            return;
        if (!made) {
            guard->fail(NetworkWords::error(made.error()));
            return;
        }
        guard->m_nextCode = made->value(QStringLiteral("code")).toString();
        guard->m_nextExpires = QDateTime::fromMSecsSinceEpoch(made->value(QStringLiteral("expiresAt")).toInteger(), Qt::UTC);
        guard->m_loading = false;
        Q_EMIT guard->stateChanged();
    });
}

void DeviceListModel::revoke(const QString &deviceId)
{
    const int row = indexOf(deviceId);
    if (!connected() || row < 0) {
        fail(tr("This device is not in the list. Nothing was changed."));
        return;
    }
    const QString name = get(row).value(QStringLiteral("name")).toString();
    const bool isThis = get(row).value(QStringLiteral("isThis")).toBool();
    if (isThis) { // never the device in use: no way back (issue 12); the service refuses an account's last device too
        fail(NetworkClient::thisDeviceSentence());
        return;
    }
    m_loading = true;
    m_error.clear();
    Q_EMIT stateChanged();
    QPointer<DeviceListModel> guard(this);
    m_plan->sync()->client()->call("DELETE", QStringLiteral("/v1/devices/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(deviceId))), QJsonObject {},
                                   [guard, name, isThis](const Result<QJsonObject> &done) {
                                       if (!guard)
                                           return;
                                       if (!done) {
                                           guard->fail(NetworkWords::error(done.error()));
                                           return;
                                       }
                                       guard->m_notice = isThis
                                           ? tr("This device is revoked: it can no longer sync your plan.")
                                           : tr("%1 is revoked: it can no longer sign in or see your plan.").arg(TextHygiene::isolate(name));
                                       guard->reload();
                                   });
}

void DeviceListModel::clearCode()
{
    m_nextCode.clear();
    Q_EMIT stateChanged();
}

} // namespace samen::app
