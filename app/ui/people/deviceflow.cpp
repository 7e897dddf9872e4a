#include "ui/people/deviceflow.h"

#include "network/invitationlink.h"
#include "security/keystore.h"
#include "store/planstore.h"
#include "store/storefiles.h"
#include "sync/syncclient.h"
#include "ui/people/networkwords.h"
#include "ui/plancontroller.h"
#include "ui/session.h"

#include <QFile>

namespace samen::app {

DeviceFlow::DeviceFlow(QObject *parent)
    : ServiceFlow(parent)
{
}

DeviceFlow::~DeviceFlow() = default;

void DeviceFlow::addDevice(const QString &linkOrCode, const QString &address, const QString &pin, const QString &passphrase, bool useKeychain)
{
    Session *s = m_session;
    if (!s || s->state() != Session::State::Welcome) {
        fail(tr("This device already has a plan file. Adding it to your account works only on a device that does not use Samen yet."));
        return;
    }
    const auto link = InvitationLink::parseDevice(linkOrCode);
    if (!link) {
        fail(link.error().message);
        return;
    }
    m_code = link->code();
    m_madeStore = true; // reachService makes it (first run); a failure removes it again
    reachService({ link.value(), address, pin }, passphrase, useKeychain, QStringLiteral("checking"), tr("Checking the service…"), [this] { enrol(); });
}

void DeviceFlow::enrol()
{
    setState(QStringLiteral("enrolling"), tr("Adding this device to your account…"));
    m_client->connectService(deviceName(), m_code, [this](const Result<QJsonObject> &connected) {
        if (!connected) {
            // The service refuses an unknown, used or expired code with 403 (Permission).
            fail(connected.error().code == ErrorCode::Permission
                     ? tr("This code does not work (any more): it may have expired or been used already. On your other device, open Settings, then My "
                          "devices, and make a new code. Then try again.")
                     : NetworkWords::error(connected.error()));
            return;
        }
        adopt();
    });
}

void DeviceFlow::adopt()
{
    m_client->adoptAccountPlan([this](const Result<QJsonObject> &adopted) {
        if (!adopted) {
            fail(adopted.error().message);
            return;
        }
        load();
    });
}

void DeviceFlow::load()
{
    setState(QStringLiteral("loading"), tr("Loading your plan…"));
    m_client->syncOnce([this](const Result<SyncSummary> &synced) {
        if (!synced) {
            fail(tr("Your plan could not be loaded: %1 Try again.").arg(NetworkWords::error(synced.error())));
            return;
        }
        m_madeStore = false;
        setState(QStringLiteral("done"));
        handOver();
    });
}

void DeviceFlow::dismiss()
{
    if (m_state == QLatin1String("failed"))
        setState(QStringLiteral("form"));
}

void DeviceFlow::fail(const QString &message)
{
    if (!m_madeStore || !m_store) {
        m_madeStore = false;
        ServiceFlow::fail(message);
        return;
    }
    // Often inside the SyncClient's own callback: the client and the store go once it has returned.
    m_madeStore = false;
    QMetaObject::invokeMethod(
        this,
        [this, message] {
            discardStore();
            ServiceFlow::fail(message);
        },
        Qt::QueuedConnection);
}

void DeviceFlow::discardStore()
{
    m_client.reset();
    m_store.reset();
    m_key.reset();
    Session *s = m_session;
    if (!s)
        return;
    const QString path = PlanStore::databasePath(s->dataDir());
    (void)storefiles::remove(path);
    if (KeyStore(s->dataDir()).mode() == KeyStore::Mode::Keychain)
        (void)KeyStore(s->dataDir()).deleteKeySync();
    QFile::remove(KeyStore::modeFilePath(s->dataDir()));
}

} // namespace samen::app
