#include "ui/caseload/enrolflow.h"

#include "core/passphrase.h"
#include "security/keystore.h"
#include "store/caseloadfolder.h"
#include "store/storefiles.h"
#include "sync/caseloadsync.h"
#include "sync/synctls.h"
#include "ui/caseload/devicecaseloadsource.h"
#include "ui/people/connectcontroller.h"
#include "ui/people/networkwords.h"
#include "ui/plancontroller.h" // connectcontroller.h needs it complete
#include "ui/session.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSysInfo>

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
        m_checkedMessage = m_check.trustedBySystem || m_pinTyped ? tr("The service was found and its certificate is in order.")
                                                                 : tr("This device does not know this service yet. Compare the check code of the service "
                                                                      "with the one you were given, group by group. Only connect if they are the same.");
        setState(QStringLiteral("checked"), m_checkedMessage);
    });
}

void EnrolFlow::enrol(const QString &code, const QString &passphrase, bool useKeychain, bool pinConfirmed)
{
    if (m_state != QLatin1String("checked")) {
        setState(QStringLiteral("failed"), tr("Check the service first."));
        return;
    }
    // The form's own mistakes keep the check ("checked") and its words: the person corrects them and goes on; each is
    // said beside its field.
    auto ask = [this](const QString &field, const QString &message) {
        m_formErrorField = field;
        m_formError = message;
        Q_EMIT changed();
    };
    if (needsComparison() && !pinConfirmed)
        return ask(QStringLiteral("compare"), tr("First compare the check code and confirm that it is the same."));
    if (code.trimmed().isEmpty())
        return ask(QStringLiteral("code"), tr("Type the enrolment code your administrator gave you."));
    if (!useKeychain) {
        if (const Status strong = validateNewPassphrase(passphrase); !strong)
            return ask(QStringLiteral("passphrase"), strong.error().message);
    }
    if (!m_session || m_session->state() != Session::State::Welcome)
        return ask(QString(), tr("This device already holds a plan."));
    m_formError.clear();
    m_formErrorField.clear();
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
    m_formError.clear();
    m_formErrorField.clear();
    Q_EMIT changed();
}

void EnrolFlow::start(const QString &code, const QString &passphrase, bool useKeychain)
{
    const QString dataDir = m_session->dataDir();
    DatabaseKey key = DatabaseKey::passphrase(passphrase);
    KeyStore::Mode mode = KeyStore::Mode::Passphrase;
    if (useKeychain) {
        const QByteArray raw = KeyStore::generateKey();
        if (!KeyStore(dataDir).writeKeySync(raw).ok()) {
            setState(QStringLiteral("failed"), tr("This device could not keep the key safe. Choose a passphrase instead."));
            return;
        }
        key = DatabaseKey::raw(raw);
        mode = KeyStore::Mode::Keychain;
    }
    auto made = CaseloadFolder::create(dataDir, key);
    if (!made) {
        if (useKeychain)
            (void)KeyStore(dataDir).deleteKeySync();
        setState(QStringLiteral("failed"), tr("This device could not make a place for your caseload. Nothing was changed."), made.error().message);
        return;
    }
    (void)KeyStore(dataDir).setMode(mode);
    m_folder = std::move(made).value();
    m_sync = std::make_unique<CaseloadSync>(*m_folder, m_network);
    m_sync->setMaxAttempts(2);
    m_network.clearConnectionCache(); // made with the probe's TLS settings
    SyncTrust trust;
    trust.caPem = m_check.trustedBySystem ? QByteArray() : m_check.chainPem;
    trust.pinSha256 = m_check.pin;
    if (const Status configured = m_sync->configure(m_check.url, trust); !configured) {
        failAndDiscard(NetworkWords::error(configured.error()), configured.error().detail);
        return;
    }
    setState(QStringLiteral("enrolling"), tr("Signing in to your organisation…"));
    const QString host = QSysInfo::machineHostName().left(80);
    m_sync->enrol(host.isEmpty() ? tr("My device") : host, code, [this](const Result<QJsonObject> &enrolled) {
        if (!enrolled) {
            if (enrolled.error().reason == QLatin1String("enrolment-code-invalid"))
                refuseCode();
            else
                failAndDiscard(NetworkWords::error(enrolled.error()), enrolled.error().detail);
            return;
        }
        if (enrolled->value(QLatin1String("kind")).toString() != QLatin1String("professional")) {
            failAndDiscard(tr("This code is for a person's own device, not for someone who works with citizens. On the "
                              "welcome page, choose 'I already use Samen on another device'."));
            return;
        }
        // Not deleted inside its own callback; the caseload's own sync takes over.
        m_sync.release()->deleteLater();
        setState(QStringLiteral("done"));
        if (m_session)
            m_session->showCaseload(std::make_unique<DeviceCaseloadSource>(std::move(m_folder)));
    });
}

void EnrolFlow::failAndDiscard(const QString &message, const QString &detail)
{
    discard();
    setState(QStringLiteral("failed"), message, detail);
}

void EnrolFlow::refuseCode()
{
    discard();
    // The check still holds: the next code enrols with the same trust, made anew (start), as the first try did.
    setState(QStringLiteral("checked"), m_checkedMessage);
    m_formErrorField = QStringLiteral("code");
    // Only the professional's half of the advice (SyncHttp::enrolmentCodeInvalidSentence also tells a person's device).
    m_formError = tr("This enrolment code is not known, was used already, or has expired. Ask your administrator for a new code.");
    Q_EMIT changed();
    Q_EMIT codeRefused();
}

void EnrolFlow::discard()
{
    if (m_sync)
        m_sync.release()->deleteLater(); // may be inside its callback
    m_folder.reset();
    if (m_session) {
        const QString dataDir = m_session->dataDir();
        const QString path = DeviceStore::databasePath(dataDir);
        (void)storefiles::remove(path);
        QDir(dataDir + QStringLiteral("/plans")).removeRecursively();
        if (KeyStore(dataDir).mode() == KeyStore::Mode::Keychain)
            (void)KeyStore(dataDir).deleteKeySync();
        QFile::remove(KeyStore::modeFilePath(dataDir));
    }
}

} // namespace samen::app
