#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace samen {

/**
 * What a keychain request ended with. Unavailable: no OS secret store Samen can
 * use answered (use a passphrase). Locked: there is one, but its keyring is
 * locked (unlock it and try again, or use a passphrase).
 */
struct KeyReply {
    enum class Status {
        Ok,
        NotFound, ///< the secret store works but holds no key for this data folder
        Unavailable, ///< no secret store on this machine, none with a keyring to keep keys in, or it did not answer in time
        Locked, ///< the secret store's default keyring is locked (a locked keyring also hides the key, so a read cannot say NotFound)
        Denied, ///< the user or the system refused access
        Failed, ///< any other keychain error
    };
    Status status = Status::Failed;
    QByteArray key; ///< the 32-byte database key (read only); wipe after use
    QString message; ///< plain words for people; never contains the key

    bool ok() const { return status == Status::Ok; }
    /** The same outcome as a samen::Error (Unavailable and Failed map to Io, Denied and Locked to Permission). */
    Error toError() const;
    /**
     * Whether a probe read with this outcome means the secret store can keep a new
     * key now: it answered Ok or NotFound. Anything else (unavailable, locked,
     * denied, failed) means the person locks the plan with a passphrase instead.
     */
    bool canKeepKeys() const { return status == Status::Ok || status == Status::NotFound; }
};

/**
 * Keeps the random 256-bit database key of one data folder in the OS secret
 * store through QtKeychain's asynchronous jobs (service "Samen", one entry per
 * data folder), never in its plaintext fallback; and records in the data
 * folder's non-secret "keymode" file whether the store is unlocked by that key
 * or by a passphrase, so the app and samen-cli know which to ask for.
 * Threading rule: use from the thread that owns the event loop.
 */
class KeyStore : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Unknown, ///< no (valid) keymode file: a new data folder
        Keychain, ///< raw key in the OS secret store
        Passphrase, ///< the person types a passphrase (SQLCipher KDF)
    };
    using Callback = std::function<void(const KeyReply &)>;

    static constexpr int kKeyBytes = 32;
    static constexpr int kDefaultTimeoutMs = 10000;

    explicit KeyStore(const QString &dataDir, QObject *parent = nullptr);

    QString dataDir() const { return m_dataDir; }
    /** The secret store entry name for this data folder (not secret). */
    QString account() const;
    static QString serviceName();
    /** A new random key from the system's cryptographic generator. */
    static QByteArray generateKey();

    Mode mode() const;
    /** Writes the keymode file atomically. */
    Status setMode(Mode mode);
    static QString modeFilePath(const QString &dataDir);

    // Asynchronous: done runs later on this thread, never inside the call.
    // It is dropped (never called) once context is destroyed (default: this).
    void readKey(const Callback &done, QObject *context = nullptr);
    void writeKey(const QByteArray &key, const Callback &done, QObject *context = nullptr);
    void deleteKey(const Callback &done, QObject *context = nullptr);

    // Synchronous wrappers for samen-cli: run a local event loop until the job
    // finishes or timeoutMs passes (then Unavailable). Do not use in the GUI thread.
    KeyReply readKeySync(int timeoutMs = kDefaultTimeoutMs);
    KeyReply writeKeySync(const QByteArray &key, int timeoutMs = kDefaultTimeoutMs);
    KeyReply deleteKeySync(int timeoutMs = kDefaultTimeoutMs);

private:
    enum class Action { Read, Write, Delete };
    void start(Action action, const QByteArray &key, const Callback &done, QObject *context);
    KeyReply runSync(Action action, const QByteArray &key, int timeoutMs);

    QString m_dataDir;
};

} // namespace samen
