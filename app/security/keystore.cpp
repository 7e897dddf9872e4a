#include "keystore.h"

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
#include <QDBusReply>
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
    return reply(KeyReply::Status::Unavailable, "This computer has no system keychain Samen can use. Protect the plan with a passphrase instead.");
}

#ifdef SAMEN_HAVE_KEYCHAIN
KeyReply fromJob(const QKeychain::Job &job, bool read)
{
    switch (job.error()) {
    case QKeychain::NoError:
        if (read) {
            const QByteArray key = static_cast<const QKeychain::ReadPasswordJob &>(job).binaryData();
            if (key.size() != KeyStore::kKeyBytes)
                return reply(KeyReply::Status::Failed, "The key in the system keychain is not a Samen key.");
            return { KeyReply::Status::Ok, key, {} };
        }
        return { KeyReply::Status::Ok, {}, {} };
    case QKeychain::EntryNotFound:
        return reply(KeyReply::Status::NotFound, "The system keychain holds no key for this plan.");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return unavailable();
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return reply(KeyReply::Status::Denied, "Samen was not allowed to use the system keychain.");
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return reply(KeyReply::Status::Failed, "The system keychain could not be used.");
}
#endif

/**
 * On Linux, QtKeychain reports a missing D-Bus session or secret service as a
 * generic error; probing first lets us say "unavailable" (use a passphrase)
 * rather than "failed", and avoids starting a job that cannot succeed.
 */
bool secretServiceReachable()
{
#ifdef SAMEN_PROBE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    QStringList names = bus.interface()->registeredServiceNames().value();
    const QDBusReply<QStringList> activatable = bus.interface()->call(QStringLiteral("ListActivatableNames"));
    if (activatable.isValid())
        names += activatable.value();
    for (const QString &name : names) {
        if (name == QLatin1String("org.freedesktop.secrets") || name.startsWith(QLatin1String("org.kde.kwalletd")))
            return true;
    }
    return false;
#else
    return true;
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
    QDir().mkpath(m_dataDir);
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
        QTimer::singleShot(0, target, [done] { done(reply(KeyReply::Status::Failed, "A database key must be 32 bytes.")); });
        return;
    }
#ifdef SAMEN_HAVE_KEYCHAIN
    if (!secretServiceReachable()) {
        qCInfo(lcSecurity) << "no secret service reachable";
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
