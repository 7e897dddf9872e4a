#include "ui/people/joinflow.h"

#include "domain/frameworks.h"
#include "domain/namerule.h"
#include "domain/texthygiene.h"
#include "network/invitationlink.h"
#include "network/networkclient.h"
#include "store/planstore.h"
#include "sync/syncclient.h"
#include "ui/people/networkwords.h"
#include "ui/plancontroller.h"
#include "ui/session.h"

#include <QDateTime>
#include <QLocale>

namespace samen::app {

JoinFlow::JoinFlow(QObject *parent)
    : ServiceFlow(parent)
{
}

JoinFlow::~JoinFlow() = default;

void JoinFlow::cancel()
{
    m_client.reset();
    m_people.reset();
    m_state = QStringLiteral("form");
    m_message.clear();
    Q_EMIT changed();
}

void JoinFlow::look(const QString &linkOrCode, const QString &address, const QString &pin, const QString &passphrase)
{
    const auto link = InvitationLink::parse(linkOrCode);
    if (!link) {
        fail(link.error().message);
        return;
    }
    m_code = link->code();
    reachService({ link.value(), address, pin }, passphrase, false, QStringLiteral("looking"), tr("Looking at the invitation…"),
                 [this] { connectAndPreview(); });
}

void JoinFlow::connectAndPreview()
{
    m_client->connectService(deviceName(), {}, [this](const Result<QJsonObject> &connected) {
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
    // A name that hides something (NameRule) is said here and the offer stays, so the person can type it again.
    if (const QString tidied = NameRule::tidy(name); !tidied.isEmpty()) {
        if (Status named = NameRule::validate(tidied, NameRule::Subject::Person); !named) {
            m_message = named.error().message;
            Q_EMIT changed();
            return;
        }
    }
    m_message.clear();
    m_state = QStringLiteral("joining");
    Q_EMIT changed();
    m_people->join(m_code, NameRule::tidy(name), [this](const Result<JoinResult> &joined) {
        if (!joined) {
            fail(joined.error().message);
            return;
        }
        // SyncClient::joinPlan saved that this device waits, and for whom (join.waiting, join.from), as for samen-cli join.
        // Not deleted inside its own callback.
        m_people.release()->deleteLater();
        handOver(); // the plan opens; it waits to be let in
    });
}

} // namespace samen::app
