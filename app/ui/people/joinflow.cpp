#include "ui/people/joinflow.h"

#include "core/passphrase.h"
#include "domain/frameworks.h"
#include "domain/texthygiene.h"
#include "network/invitationlink.h"
#include "network/networkclient.h"
#include "security/keystore.h"
#include "store/planstore.h"
#include "sync/syncclient.h"
#include "ui/people/connectcontroller.h"
#include "ui/people/networkwords.h"
#include "ui/plancontroller.h"
#include "ui/session.h"

#include <QDateTime>
#include <QLocale>
#include <QSysInfo>

namespace samen::app {

JoinFlow::JoinFlow(QObject *parent)
    : QObject(parent)
    , m_probe(m_network)
{
}

JoinFlow::~JoinFlow() = default;

void JoinFlow::setSession(Session *session)
{
    m_session = session;
    Q_EMIT changed();
}

bool JoinFlow::needsNewPassphrase() const
{
    Session *s = m_session;
    return s && s->state() == Session::State::Welcome && !m_store;
}

bool JoinFlow::needsPassphrase() const
{
    Session *s = m_session;
    return s && s->state() == Session::State::NoPlan && s->needsPassphrase() && !m_store;
}

QStringList JoinFlow::pinGroups() const
{
    return ConnectController::groups(m_pin);
}

void JoinFlow::fail(const QString &message)
{
    m_state = QStringLiteral("failed");
    m_message = message;
    Q_EMIT changed();
}

void JoinFlow::cancel()
{
    m_client.reset();
    m_people.reset();
    m_state = QStringLiteral("form");
    m_message.clear();
    Q_EMIT changed();
}

bool JoinFlow::openStore(const QString &passphrase)
{
    if (m_store)
        return true;
    Session *s = m_session;
    if (!s)
        return false;
    if (s->state() == Session::State::Welcome) {
        if (const Status strong = validateNewPassphrase(passphrase); !strong) {
            fail(strong.error().message);
            return false;
        }
        m_key = DatabaseKey::passphrase(passphrase);
        auto made = PlanStore::create(s->dataDir(), *m_key);
        if (!made) {
            fail(tr("This device could not make a place for the plan. Nothing was changed."));
            return false;
        }
        (void)KeyStore(s->dataDir()).setMode(KeyStore::Mode::Passphrase);
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

void JoinFlow::look(const QString &linkOrCode, const QString &address, const QString &pin, const QString &passphrase)
{
    const auto link = InvitationLink::parse(linkOrCode);
    if (!link) {
        fail(link.error().message);
        return;
    }
    m_code = link->code();
    QString service = link->hasService() ? link->service().toString() : address;
    QString wanted = link->pin();
    if (wanted.isEmpty() && !pin.trimmed().isEmpty()) {
        QString compact = pin;
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
    if (!openStore(passphrase))
        return;
    m_state = QStringLiteral("looking");
    m_message = tr("Looking at the invitation…");
    Q_EMIT changed();
    m_probe.check(service, [this, wanted](const Result<ServiceCheck> &found) {
        if (!found) {
            fail(found.error().message);
            return;
        }
        m_pin = found->pin;
        if (!wanted.isEmpty() && wanted != found->pin) {
            fail(tr("The check code of this service is not the one you were given. Do not connect: you may not be talking to the right service."));
            return;
        }
        if (wanted.isEmpty() && !found->trustedBySystem) {
            fail(tr("This device does not know this service. Ask for the whole link (it holds the check code), or type the check code you were given."));
            return;
        }
        connectAndPreview(found.value());
    });
}

void JoinFlow::connectAndPreview(const ServiceCheck &found)
{
    m_network.clearConnectionCache();
    m_client = std::make_unique<SyncClient>(*m_store, m_network);
    m_client->setMaxAttempts(2);
    SyncTrust trust;
    trust.caPem = found.trustedBySystem ? QByteArray() : found.chainPem;
    trust.pinSha256 = found.pin;
    if (const Status s = m_client->configure(found.url, trust); !s) {
        fail(NetworkWords::error(s.error()));
        return;
    }
    const QString device = QSysInfo::machineHostName().left(80);
    m_client->connectService(device.isEmpty() ? tr("My device") : device, {}, [this](const Result<QJsonObject> &connected) {
        if (!connected) {
            fail(NetworkWords::error(connected.error()));
            return;
        }
        m_people = std::make_unique<NetworkClient>(*m_client, *m_store);
        m_people->preview(m_code, [this](const Result<InvitationOffer> &offer) {
            if (!offer) {
                fail(offer.error().message);
                return;
            }
            m_fromName = offer->fromName;
            m_invitedName = offer->name;
            QStringList parts;
            for (const AccessGrant &g : offer->grants) {
                const QString label = domainLabel(QStringLiteral("default"), g.domainKey);
                parts.append(g.access == QLatin1String("write") ? tr("%1 (see and change)").arg(label) : tr("%1 (see)").arg(label));
            }
            const QString who = m_fromName.isEmpty() ? tr("The owner of the plan") : TextHygiene::isolate(m_fromName);
            QString text = tr("%1 invites you to help with their plan. You may: %2.").arg(who, parts.join(QStringLiteral(", ")));
            if (!offer->grants.isEmpty() && !offer->grants.first().purpose.isEmpty())
                text += QLatin1Char(' ') + tr("Why: %1.").arg(TextHygiene::isolate(offer->grants.first().purpose));
            if (offer->untilMs > 0)
                text += QLatin1Char(' ') + tr("Until %1.").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(offer->untilMs).date(), QLocale::LongFormat));
            m_offerText = text;
            m_state = QStringLiteral("offer");
            m_message.clear();
            Q_EMIT changed();
        });
    });
}

void JoinFlow::accept(const QString &name)
{
    if (m_state != QLatin1String("offer") || !m_people)
        return;
    m_state = QStringLiteral("joining");
    Q_EMIT changed();
    m_people->join(m_code, name.trimmed(), [this](const Result<JoinResult> &joined) {
        if (!joined) {
            fail(joined.error().message);
            return;
        }
        (void)m_store->setSettings({ { QStringLiteral("join.waiting"), QStringLiteral("1") }, { QStringLiteral("join.from"), m_fromName } });
        // Not deleted inside their own callback.
        m_people.release()->deleteLater();
        m_client.release()->deleteLater();
        if (m_session)
            m_session->showStore(std::move(m_store), *m_key); // the plan opens; it waits to be let in
    });
}

} // namespace samen::app
