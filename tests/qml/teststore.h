#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantMap>

namespace samen::app {
class Session;
}

/**
 * For the QML tests only: what the case service would do to the open plan's
 * outbox, done directly on the real encrypted store (accept or refuse the
 * waiting changes), and the store's counts to check against.
 */
class TestStore : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;
    ~TestStore() override;

    /** The Session of the test file that runs now (set by the runner). */
    static void setSession(samen::app::Session *session);

    /** Marks every waiting change as sent and accepted; returns how many. */
    Q_INVOKABLE int acceptWaiting();
    /** Marks every waiting change as refused with this kept reason ("forbidden: ..."); returns how many. */
    Q_INVOKABLE int refuseWaiting(const QString &reason);
    /** Changes waiting to be sent (refused ones excluded). */
    Q_INVOKABLE int waitingCount() const;
    /** Refused operations kept in the store. */
    Q_INVOKABLE int refusedCount() const;
    /**
     * Makes this device a member's, not the owner's, with these grants (domain key ->
     * "read" / "write"), as the sync client keeps them after asking the service
     * (DeviceAccess); the plan is read again. An empty map: no part readable.
     */
    Q_INVOKABLE bool setMemberAccess(const QVariantMap &domains);
    /**
     * Marks the plan as joined and waiting to be let in by `from`, as a join leaves it
     * (settings join.waiting, join.from; see JoinFlow, SyncClient::joinPlan); the plan is read again.
     */
    Q_INVOKABLE bool setJoinWaiting(const QString &from);
    /** Makes this device the owner's again; the plan is read again. */
    Q_INVOKABLE bool setOwner();
    /** Makes the plan controller read the store again (as after a sync round). */
    Q_INVOKABLE void reload();
    /**
     * Flips one byte of the open plan file's page that holds the plan's items (the
     * entities table; after folding the WAL into the file), behind the store's back, and
     * drops the store's page cache so the next read meets the damage. True when done.
     */
    Q_INVOKABLE bool damagePlanFile();
    /** What a removal from the plan leaves (Withdrawal): no plan id, and the notice. True when saved. */
    Q_INVOKABLE bool removeFromPlan(const QString &notice);

    /**
     * Starts a real samen-service (TLS on 127.0.0.1) for this test file, connects the open
     * plan to it as samen-cli connect does, and opens the plan again (passphrase) so the
     * app syncs with it. False when any step fails.
     */
    Q_INVOKABLE bool connectToService(const QString &passphrase);
    /** Starts a real samen-service for this test file (no plan connected); its address "127.0.0.1:PORT", or empty on failure. */
    Q_INVOKABLE QString startService();
    /** The running test service's public key pin (64 hex), as it printed it. */
    Q_INVOKABLE QString servicePin() const;
    /**
     * Adds a professional to the open plan as the owner's device would (PlanEditor::addMember),
     * working on these domain keys, with phone and e-mail; the plan is read again. Their id, or "".
     */
    Q_INVOKABLE QString addProfessional(const QString &name, const QString &organisation, const QString &role, const QStringList &domains, const QString &phone,
                                        const QString &email);
    /** Changes the story as the app does, but on a device whose date is days ahead; the app then sends it. */
    Q_INVOKABLE bool setStoryWithClockAhead(const QString &text, int days);
    /** A file:// URL for a new file named name in a folder removed when the test run ends. */
    Q_INVOKABLE QUrl temporaryFileUrl(const QString &name) const;
    /** The bytes of a local file as UTF-8 text ("" when it does not exist). */
    Q_INVOKABLE QString readFile(const QUrl &file) const;
    /** Robin's demo plan, made in a store of its own and saved as Samen's FHIR file at file (the open session is not touched); true when written. */
    Q_INVOKABLE bool writeDemoBundle(const QUrl &file) const;
    /** Writes text to file (a file that is not a plan); true when written. */
    Q_INVOKABLE bool writeFile(const QUrl &file, const QString &text) const;
    /** True when the open session's data folder holds no file or folder at all. */
    Q_INVOKABLE bool dataFolderEmpty() const;
    /** From now on a local file or folder handed to the desktop (QDesktopServices::openUrl) is noted, not opened: openedPath says which. */
    Q_INVOKABLE void catchOpenedFiles();
    /** The path of the last local file or folder handed to the desktop since catchOpenedFiles ("" when none). */
    Q_INVOKABLE QString openedPath() const { return m_openedPath; }
    /** The permissions of a local file as in `ls -l` ("rw-------"); "" when it does not exist. */
    Q_INVOKABLE QString permissionsOf(const QString &path) const;

public Q_SLOTS:
    /** The handler catchOpenedFiles installs. */
    void noteOpened(const QUrl &url);

private:
    QString m_openedPath;
    bool m_catching = false;
};
