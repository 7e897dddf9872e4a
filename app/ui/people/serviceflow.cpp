#include "ui/people/serviceflow.h"

#include "core/passphrase.h"
#include "security/keystore.h"
#include "store/planstore.h"
#include "sync/syncclient.h"
#include "ui/people/connectcontroller.h"
#include "ui/people/networkwords.h"
#include "ui/plancontroller.h"
#include "ui/session.h"

#include <QSysInfo>

namespace samen::app {

ServiceFlow::ServiceFlow(QObject *parent)
    : QObject(parent)
    , m_probe(m_network)
{
}

ServiceFlow::~ServiceFlow() = default;

void ServiceFlow::setSession(Session *session)
{
    m_session = session;
    Q_EMIT changed();
}

bool ServiceFlow::needsNewPassphrase() const
{
    Session *s = m_session;
    return s && s->state() == Session::State::Welcome && !m_store;
}

bool ServiceFlow::needsPassphrase() const
{
    Session *s = m_session;
    return s && s->state() == Session::State::NoPlan && s->needsPassphrase() && !m_store;
}

QStringList ServiceFlow::pinGroups() const
{
    return ConnectController::groups(m_pin);
}

void ServiceFlow::fail(const QString &message)
{
    setState(QStringLiteral("failed"), message);
}

void ServiceFlow::setState(const QString &state, const QString &message)
{
    m_state = state;
    m_message = message;
    Q_EMIT changed();
}

QString ServiceFlow::deviceName()
{
    const QString device = QSysInfo::machineHostName().left(80);
    return device.isEmpty() ? tr("My device") : device;
}

bool ServiceFlow::openStore(const QString &passphrase, bool useKeychain)
{
    if (m_store)
        return true;
    Session *s = m_session;
    if (!s)
        return false;
    if (s->state() == Session::State::Welcome) {
        KeyStore::Mode mode = KeyStore::Mode::Passphrase;
        if (useKeychain) {
            const QByteArray raw = KeyStore::generateKey();
            if (!KeyStore(s->dataDir()).writeKeySync(raw).ok()) {
                fail(tr("This device could not keep the key safe. Choose a passphrase instead."));
                return false;
            }
            m_key = DatabaseKey::raw(raw);
            mode = KeyStore::Mode::Keychain;
        } else {
            if (const Status strong = validateNewPassphrase(passphrase); !strong) {
                fail(strong.error().message);
                return false;
            }
            m_key = DatabaseKey::passphrase(passphrase);
        }
        auto made = PlanStore::create(s->dataDir(), *m_key);
        if (!made) {
            fail(tr("This device could not make a place for the plan. Nothing was changed."));
            return false;
        }
        (void)KeyStore(s->dataDir()).setMode(mode);
        m_store = std::move(made).value();
        return true;
    }
    if (s->state() != Session::State::NoPlan) {
        fail(tr("This device already holds a plan."));
        return false;
    }
    m_key = s->keyFor(passphrase);
    if (!m_key) {
        fail(s->error());
        return false;
    }
    auto opened = PlanStore::open(s->dataDir(), *m_key);
    if (!opened) {
        fail(opened.error().code == ErrorCode::WrongKey ? tr("That is not the right passphrase. Try again.") : NetworkWords::error(opened.error()));
        return false;
    }
    m_store = std::move(opened).value();
    return true;
}

void ServiceFlow::reachService(const Target &target, const QString &passphrase, bool useKeychain, const QString &busyState, const QString &busyMessage,
                               const std::function<void()> &next)
{
    const QString service = target.link.hasService() ? target.link.service().toString() : target.address;
    QString wanted = target.link.pin();
    if (wanted.isEmpty() && !target.pin.trimmed().isEmpty()) {
        QString compact = target.pin;
        compact.remove(QLatin1Char(' '));
        const auto normal = SyncTrust::normalisePin(compact);
        if (!normal) {
            fail(tr("The check code should be 64 characters: the digits 0 to 9 and the letters a to f. Leave it empty if you do not have it."));
            return;
        }
        wanted = normal.value();
    }
    if (service.trimmed().isEmpty()) {
        fail(tr("This is only a code. Fill in the address of the service too, or paste the whole link you were sent."));
        return;
    }
    if (!openStore(passphrase, useKeychain))
        return;
    setState(busyState, busyMessage);
    QPointer<ServiceFlow> guard(this);
    m_probe.check(service, [guard, wanted, next](const Result<ServiceCheck> &found) {
        if (!guard)
            return;
        if (!found) {
            guard->fail(found.error().message);
            return;
        }
        guard->m_pin = found->pin;
        if (!wanted.isEmpty() && wanted != found->pin) {
            guard->fail(tr("The check code of this service is not the one you were given. Do not connect: you may not be talking to the right service."));
            return;
        }
        if (wanted.isEmpty() && !found->trustedBySystem) {
            guard->fail(tr("This device does not know this service. Ask for the whole link (it holds the check code), or type the check code you were given."));
            return;
        }
        if (!guard->m_store) { // cancelled meanwhile
            guard->fail(tr("Nothing was changed."));
            return;
        }
        guard->m_network.clearConnectionCache();
        guard->m_client = std::make_unique<SyncClient>(*guard->m_store, guard->m_network);
        guard->m_client->setMaxAttempts(2);
        SyncTrust trust;
        trust.caPem = found->trustedBySystem ? QByteArray() : found->chainPem;
        trust.pinSha256 = found->pin;
        if (const Status s = guard->m_client->configure(found->url, trust); !s) {
            guard->fail(NetworkWords::error(s.error()));
            return;
        }
        next();
    });
}

void ServiceFlow::handOver()
{
    // Not deleted inside its own callback.
    if (m_client)
        m_client.release()->deleteLater();
    if (m_session && m_store)
        m_session->showStore(std::move(m_store), *m_key);
}

} // namespace samen::app
