#include "ui/people/connectcontroller.h"

#include "domain/namerule.h"
#include "store/planstore.h"
#include "sync/syncclient.h"
#include "sync/synctls.h"
#include "ui/people/networkwords.h"
#include "ui/plancontroller.h"
#include "ui/syncstatus.h"

#include <QRegularExpression>
#include <QSysInfo>

namespace samen::app {

ConnectController::ConnectController(QObject *parent)
    : QObject(parent)
    , m_probe(m_network)
{
}

ConnectController::~ConnectController() = default;

void ConnectController::setPlan(PlanController *plan)
{
    if (m_plan == plan)
        return;
    m_plan = plan;
    m_client.reset();
    m_check = {};
    if (connected())
        showConnected();
    else
        setState(QStringLiteral("idle"));
    Q_EMIT planChanged();
}

QString ConnectController::address() const
{
    return m_check.url.toString();
}

bool ConnectController::connected() const
{
    return m_plan && !m_plan->store().setting(QStringLiteral("sync.deviceId")).isEmpty() && !m_plan->store().setting(QStringLiteral("sync.service")).isEmpty();
}

QString ConnectController::suggestedDeviceName() const
{
    const QString host = QSysInfo::machineHostName().left(80);
    return host.isEmpty() ? tr("My device") : host;
}

QStringList ConnectController::groups(const QString &pin)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(pin).hasMatch())
        return {};
    QStringList out;
    for (int i = 0; i < pin.size(); i += 4)
        out.append(pin.mid(i, 4));
    return out;
}

void ConnectController::check(const QString &address, const QString &pin)
{
    if (!m_plan) {
        setState(QStringLiteral("failed"), tr("Open your plan first."));
        return;
    }
    QString wanted;
    if (!pin.trimmed().isEmpty()) {
        QString compact = pin;
        compact.remove(QRegularExpression(QStringLiteral("\\s")));
        const auto normal = SyncTrust::normalisePin(compact);
        if (!normal) {
            setState(QStringLiteral("failed"),
                     tr("The check code should be 64 characters: the digits 0 to 9 and the letters a to f. Leave it empty if you do not have it."));
            return;
        }
        wanted = normal.value();
    }
    m_check = {};
    m_pinTyped = !wanted.isEmpty();
    setState(QStringLiteral("checking"), tr("Looking for the service…"));
    m_probe.check(address, [this, wanted](const Result<ServiceCheck> &found) {
        if (!found) {
            setState(QStringLiteral("failed"), found.error().message);
            return;
        }
        m_check = found.value();
        if (!wanted.isEmpty() && wanted != m_check.pin) {
            const ServiceCheck shown = m_check;
            m_check = {};
            m_check.pin = shown.pin; // shown, to compare; never used to connect
            setState(QStringLiteral("failed"),
                     tr("The check code of this service is not the one you were given. Do not connect: you may not be talking to the right service."));
            return;
        }
        setState(QStringLiteral("checked"),
                 m_check.trustedBySystem || m_pinTyped ? tr("The service was found and its certificate is in order.")
                                                       : tr("This device does not know this service yet. Compare the check code of the service with the "
                                                            "one you were given, group by group. Only connect if they are the same."));
    });
}

void ConnectController::connectService(const QString &deviceName, bool pinConfirmed)
{
    if (!m_plan || m_state != QLatin1String("checked")) {
        setState(QStringLiteral("failed"), tr("Check the service first."));
        return;
    }
    // A citizen's plan in a professional's caseload syncs through the caseload's connection (device.db): connecting it
    // here would register the citizen's copy as a plan of its own (review 4, finding 25). Nothing is written.
    if (m_plan->sync() && m_plan->sync()->inCaseload()) {
        setState(QStringLiteral("failed"), tr("This plan is in your caseload: it is connected through your caseload's service. Nothing was changed."));
        return;
    }
    if (needsComparison() && !pinConfirmed) {
        // Stays "checked": the person can still compare and confirm.
        m_message = tr("First compare the check code and confirm that it is the same.");
        Q_EMIT changed();
        return;
    }
    const QString typed = NameRule::tidy(deviceName);
    const QString name = typed.isEmpty() ? suggestedDeviceName() : typed;
    if (Status named = NameRule::validate(name, NameRule::Subject::Device); !named) {
        // Stays "checked": the person can change the name and connect again.
        m_message = named.error().message;
        Q_EMIT changed();
        return;
    }
    SyncTrust trust;
    trust.caPem = m_check.trustedBySystem ? QByteArray() : m_check.chainPem;
    trust.pinSha256 = m_check.pin;
    m_network.clearConnectionCache(); // made with the probe's TLS settings
    m_client = std::make_unique<SyncClient>(m_plan->store(), m_network);
    m_client->setMaxAttempts(2);
    const bool wasConnected = connected();
    if (const Status configured = m_client->configure(m_check.url, trust); !configured) {
        m_client.reset();
        setState(QStringLiteral("failed"), NetworkWords::error(configured.error()), configured.error().detail);
        return;
    }
    setState(QStringLiteral("connecting"), tr("Connecting your plan…"));
    m_client->connectService(name, {}, [this, wasConnected](const Result<QJsonObject> &done) {
        // The client may not be deleted inside its own callback.
        m_client.release()->deleteLater();
        if (!done) {
            // A first connect that failed leaves the plan unconnected, not half-configured (as samen-cli connect).
            if (!wasConnected && m_plan)
                (void)m_plan->store().setSetting(QStringLiteral("sync.service"), QString());
            setState(QStringLiteral("failed"), NetworkWords::error(done.error()), done.error().detail);
            return;
        }
        if (m_plan)
            m_plan->sync()->startSyncing();
        showConnected();
    });
}

void ConnectController::reset()
{
    m_client.reset();
    m_check = {};
    m_pinTyped = false;
    if (connected())
        showConnected();
    else
        setState(QStringLiteral("idle"));
}

void ConnectController::showConnected()
{
    m_check = {};
    m_check.url = QUrl(m_plan->store().setting(QStringLiteral("sync.service")));
    m_check.pin = m_plan->store().setting(QStringLiteral("sync.pin"));
    setState(QStringLiteral("connected"), tr("Your plan is connected to this service. Changes are sent there and shared with the people you invite."));
}

void ConnectController::setState(const QString &state, const QString &message, const QString &detail)
{
    m_state = state;
    m_message = message;
    m_detail = detail;
    Q_EMIT changed();
}

} // namespace samen::app
