#include "ui/caseload/enrolflow.h"

#include "core/passphrase.h"
#include "sync/synctls.h"
#include "ui/people/connectcontroller.h"
#include "ui/plancontroller.h" // connectcontroller.h needs it complete
#include "ui/session.h"

#include <QRegularExpression>

namespace samen::app {

EnrolFlow::EnrolFlow(QObject *parent)
    : QObject(parent)
    , m_probe(m_network)
{
}

EnrolFlow::~EnrolFlow() = default;

void EnrolFlow::setSession(Session *session)
{
    m_session = session;
    Q_EMIT changed();
}

QStringList EnrolFlow::pinGroups() const
{
    return ConnectController::groups(m_check.pin);
}

void EnrolFlow::check(const QString &address, const QString &pin)
{
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
            const QString shown = m_check.pin;
            m_check = {};
            m_check.pin = shown; // shown, to compare; never used to enrol
            setState(QStringLiteral("failed"),
                     tr("The check code of this service is not the one you were given. Do not connect: you may not be talking to the right service."));
            return;
        }
        setState(QStringLiteral("checked"),
                 m_check.trustedBySystem || m_pinTyped ? tr("The service was found and its certificate is in order.")
                                                       : tr("This device does not know this service yet. Compare the check code below with the one "
                                                            "you were given, group by group. Only connect if they are the same."));
    });
}

void EnrolFlow::enrol(const QString &code, const QString &passphrase, bool useKeychain, bool pinConfirmed)
{
    if (m_state != QLatin1String("checked")) {
        setState(QStringLiteral("failed"), tr("Check the service first."));
        return;
    }
    // The form's own mistakes keep the check ("checked"): the person corrects them and goes on.
    auto ask = [this](const QString &message) {
        m_message = message;
        Q_EMIT changed();
    };
    if (needsComparison() && !pinConfirmed)
        return ask(tr("First compare the check code and confirm that it is the same."));
    if (code.trimmed().isEmpty())
        return ask(tr("Type the enrolment code your administrator gave you."));
    if (!useKeychain) {
        if (const Status strong = validateNewPassphrase(passphrase); !strong)
            return ask(strong.error().message);
    }
    if (!m_session || m_session->state() != Session::State::Welcome)
        return ask(tr("This device already holds a plan."));
    start(code.trimmed(), passphrase, useKeychain);
}

void EnrolFlow::reset()
{
    m_check = {};
    m_pinTyped = false;
    setState(QStringLiteral("idle"));
}

void EnrolFlow::setState(const QString &state, const QString &message, const QString &detail)
{
    m_state = state;
    m_message = message;
    m_detail = detail;
    Q_EMIT changed();
}

void EnrolFlow::start(const QString &code, const QString &passphrase, bool useKeychain)
{
    Q_UNUSED(code);
    Q_UNUSED(passphrase);
    Q_UNUSED(useKeychain);
    // Joined to the caseload core (device.db, CaseloadSync) once it lands on this branch.
    setState(QStringLiteral("failed"), tr("This device could not be enrolled. Nothing was changed."));
}

} // namespace samen::app
