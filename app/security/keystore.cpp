#include "keystore.h"

#include "store/storefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimer>

#include <optional>

#ifdef SAMEN_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif
#if defined(SAMEN_HAVE_KEYCHAIN) && defined(Q_OS_LINUX) && defined(QT_DBUS_LIB)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#define SAMEN_PROBE_DBUS 1
#endif

Q_LOGGING_CATEGORY(lcSecurity, "samen.security")

namespace samen {

namespace {

const QString kModeFile = QStringLiteral("keymode");

KeyReply reply(KeyReply::Status status, const char *message)
{
    return { status, {}, QCoreApplication::translate("samen", message) };
}

KeyReply unavailable()
{
    return reply(KeyReply::Status::Unavailable,
                 QT_TRANSLATE_NOOP("samen", "This computer has no system keychain Samen can use. Protect the plan with a passphrase instead."));
}

KeyReply locked()
{
    return reply(
        KeyReply::Status::Locked,
        QT_TRANSLATE_NOOP("samen",
                          "The system keychain is locked. Unlock it (for example by signing in to this computer again) and try again, or use a passphrase."));
}

#ifdef SAMEN_HAVE_KEYCHAIN
KeyReply fromJob(const QKeychain::Job &job, bool read)
{
    switch (job.error()) {
    case QKeychain::NoError:
        if (read) {
            const QByteArray key = static_cast<const QKeychain::ReadPasswordJob &>(job).binaryData();
            if (key.size() != KeyStore::kKeyBytes)
                return reply(KeyReply::Status::Failed, QT_TRANSLATE_NOOP("samen", "The key in the system keychain is not a Samen key."));
            return { KeyReply::Status::Ok, key, {} };
        }
        return { KeyReply::Status::Ok, {}, {} };
    case QKeychain::EntryNotFound:
        return reply(KeyReply::Status::NotFound, QT_TRANSLATE_NOOP("samen", "The system keychain holds no key for this plan."));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return unavailable();
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return reply(KeyReply::Status::Denied, QT_TRANSLATE_NOOP("samen", "Samen was not allowed to use the system keychain."));
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return reply(KeyReply::Status::Failed, QT_TRANSLATE_NOOP("samen", "The system keychain could not be used."));
}
#endif

/** What the OS secret store can do right now, asked before a QtKeychain job is started. */
enum class SecretStore { Absent, NoKeyring, Locked, Ready };

#ifdef SAMEN_PROBE_DBUS
/**
 * The Secret Service's default collection (where QtKeychain's libsecret backend
 * stores and looks up keys): none, locked, or open. Freedesktop Secret Service
 * API 0.2: Service.ReadAlias("default") gives "/" when there is none; the
 * collection's "Locked" property says whether items can be read or created.
 * A locked collection hides its items, so libsecret answers "not found" to a
 * read and "access denied" to a write; asking first tells the person the truth.
 */
SecretStore defaultCollectionState(QDBusConnection &bus)
{
    const QString service = QStringLiteral("org.freedesktop.secrets");
    QDBusInterface secrets(service, QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("org.freedesktop.Secret.Service"), bus);
    secrets.setTimeout(5000);
    const QDBusReply<QDBusObjectPath> alias = secrets.call(QStringLiteral("ReadAlias"), QStringLiteral("default"));
    if (!alias.isValid())
        return SecretStore::Absent;
    const QString path = alias.value().path();
    if (path.isEmpty() || path == QLatin1String("/"))
        return SecretStore::NoKeyring;
    QDBusInterface props(service, path, QStringLiteral("org.freedesktop.DBus.Properties"), bus);
    props.setTimeout(5000);
    const QDBusReply<QDBusVariant> isLocked = props.call(QStringLiteral("Get"), QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked"));
    if (!isLocked.isValid())
        return SecretStore::NoKeyring;
    return isLocked.value().variant().toBool() ? SecretStore::Locked : SecretStore::Ready;
}
#endif

/**
 * On Linux, QtKeychain reports a missing D-Bus session or secret service, a
 * secret service without a keyring, and a locked keyring as generic errors (or
 * as "not found"); probing first lets us say "unavailable" or "locked" (use a
 * passphrase) rather than "failed", and avoids starting a job that cannot succeed.
 */
SecretStore secretStoreState()
{
#ifdef SAMEN_PROBE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return SecretStore::Absent;
    QStringList names = bus.interface()->registeredServiceNames().value();
    const QDBusReply<QStringList> activatable = bus.interface()->call(QStringLiteral("ListActivatableNames"));
    if (activatable.isValid())
        names += activatable.value();
    bool freedesktop = false;
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("org.kde.kwalletd")))
            return SecretStore::Ready; // KWallet: QtKeychain's own backend, which opens the wallet itself
        freedesktop = freedesktop || name == QLatin1String("org.freedesktop.secrets");
    }
    return freedesktop ? defaultCollectionState(bus) : SecretStore::Absent;
#else
    return SecretStore::Ready;
#endif
}

} // namespace

Error KeyReply::toError() const
{
    switch (status) {
    case Status::Ok:
        break;
    case Status::NotFound:
        return { ErrorCode::NotFound, message };
    case Status::Denied:
    case Status::Locked:
        return { ErrorCode::Permission, message };
    case Status::Unavailable:
    case Status::Failed:
        return { ErrorCode::Io, message };
    }
    return { ErrorCode::Internal, QCoreApplication::translate("samen", "Something went wrong.") };
}

KeyStore::KeyStore(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(QDir(dataDir).absolutePath())
{
}

QString KeyStore::serviceName()
{
    return QStringLiteral("Samen");
}

QString KeyStore::account() const
{
    return QStringLiteral("database key for %1").arg(QDir::cleanPath(m_dataDir));
}

QByteArray KeyStore::generateKey()
{
    QByteArray key(kKeyBytes, '\0');
    // QRandomGenerator::system() is the OS's cryptographically secure source.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), kKeyBytes / 4);
    return key;
}

QString KeyStore::modeFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(kModeFile);
}

KeyStore::Mode KeyStore::mode() const
{
    QFile file(modeFilePath(m_dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return Mode::Unknown;
    const QByteArray text = file.read(64).trimmed();
    if (text == "keychain")
        return Mode::Keychain;
    if (text == "passphrase")
        return Mode::Passphrase;
    return Mode::Unknown;
}

Status KeyStore::setMode(Mode mode)
{
    if (mode == Mode::Unknown)
        return QFile::remove(modeFilePath(m_dataDir)) || !QFile::exists(modeFilePath(m_dataDir))
            ? Status()
            : Status::fail(ErrorCode::Io, QCoreApplication::translate("samen", "The key setting could not be removed."));
    storefiles::makeOwnerOnlyFolder(m_dataDir); // the data folder's first file may be this one
    QSaveFile file(modeFilePath(m_dataDir));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(mode == Mode::Keychain ? "keychain\n" : "passphrase\n");
        if (file.commit())
            return {};
    }
    return Status::fail(ErrorCode::Io, QCoreApplication::translate("samen", "The key setting could not be saved in the data folder."));
}

void KeyStore::readKey(const Callback &done, QObject *context)
{
    start(Action::Read, {}, done, context);
}

void KeyStore::writeKey(const QByteArray &key, const Callback &done, QObject *context)
{
    start(Action::Write, key, done, context);
}

void KeyStore::deleteKey(const Callback &done, QObject *context)
{
    start(Action::Delete, {}, done, context);
}

void KeyStore::start(Action action, const QByteArray &key, const Callback &done, QObject *context)
{
    QObject *target = context ? context : this;
    if (action == Action::Write && key.size() != kKeyBytes) {
        QTimer::singleShot(0, target, [done] { done(reply(KeyReply::Status::Failed, QT_TRANSLATE_NOOP("samen", "A database key must be 32 bytes."))); });
        return;
    }
#ifdef SAMEN_HAVE_KEYCHAIN
    switch (secretStoreState()) {
    case SecretStore::Ready:
        break;
    case SecretStore::Locked:
        qCInfo(lcSecurity) << "the secret service's default keyring is locked";
        QTimer::singleShot(0, target, [done] { done(locked()); });
        return;
    case SecretStore::Absent:
    case SecretStore::NoKeyring:
        qCInfo(lcSecurity) << "no secret service with a keyring reachable";
        QTimer::singleShot(0, target, [done] { done(unavailable()); });
        return;
    }
    QKeychain::Job *job = nullptr;
    switch (action) {
    case Action::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Action::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName());
        write->setBinaryData(key);
        job = write;
        break;
    }
    case Action::Delete:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    // Never the plaintext QSettings fallback: without a secret store the caller uses a passphrase.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(account());
    const bool read = action == Action::Read;
    connect(job, &QKeychain::Job::finished, target, [done, read](QKeychain::Job *finished) {
        const KeyReply r = fromJob(*finished, read);
        if (!r.ok())
            qCInfo(lcSecurity) << "keychain job failed with code" << int(finished->error());
        done(r);
    });
    job->start();
#else
    Q_UNUSED(action)
    QTimer::singleShot(0, target, [done] { done(unavailable()); });
#endif
}

KeyReply KeyStore::runSync(Action action, const QByteArray &key, int timeoutMs)
{
    QEventLoop loop;
    std::optional<KeyReply> result;
    {
        QObject guard; // destroying it drops the callback if the job outlives the timeout
        start(
            action, key,
            [&](const KeyReply &r) {
                result = r;
                loop.quit();
            },
            &guard);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!result)
            loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!result) {
        qCInfo(lcSecurity) << "keychain did not answer within" << timeoutMs << "ms";
        KeyReply r = unavailable();
        r.message = QCoreApplication::translate("samen", "The system keychain did not answer. Try again, or use a passphrase.");
        return r;
    }
    return *result;
}

KeyReply KeyStore::readKeySync(int timeoutMs)
{
    return runSync(Action::Read, {}, timeoutMs);
}

KeyReply KeyStore::writeKeySync(const QByteArray &key, int timeoutMs)
{
    return runSync(Action::Write, key, timeoutMs);
}

KeyReply KeyStore::deleteKeySync(int timeoutMs)
{
    return runSync(Action::Delete, {}, timeoutMs);
}

} // namespace samen
