#pragma once

#include "core/result.h"
#include "security/keystore.h"
#include "store/database.h"
#include "sync/operation.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

Q_MOC_INCLUDE("ui/plancontroller.h")
Q_MOC_INCLUDE("ui/caseload/caseloadcontroller.h")

class QJsonObject;
class QTranslator;

namespace samen {
class HlcClock;
class PlanStore;
} // namespace samen

namespace samen::app {

class CaseloadController;
class CaseloadSource;
class Notifier;
class PlanController;

/**
 * The app's lifecycle, one per process: first run (welcome), locked, unlocked, and
 * the two states with a way forward of their own: damaged (repair or start over) and
 * no plan (start a new plan; after a removal or a join that did not finish).
 * Holds the data folder, opens and closes the encrypted store, locks after a
 * period without input, and switches the language. Built in main and handed to
 * QML as the Session singleton. Plan data is only reachable through `plan`,
 * which exists only while unlocked. On a professional's device (a caseload, see
 * docs/architecture.md) unlocking opens the caseload (`caseload`) and `plan` is the
 * plan opened from it.
 */
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    /** The open plan: the citizen's own, or on a professional's device the one opened from the caseload; null otherwise. */
    Q_PROPERTY(samen::app::PlanController *plan READ plan NOTIFY planChanged)
    /** A professional's caseload while unlocked on their device; null on a citizen's or member's device and while locked. */
    Q_PROPERTY(samen::app::CaseloadController *caseload READ caseload NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /** True on a professional's device (a caseload, open or locked): pages say "caseload" where they would say "your plan". */
    Q_PROPERTY(bool holdsCaseload READ holdsCaseload NOTIFY stateChanged)
    Q_PROPERTY(int idleMinutes READ idleMinutes WRITE setIdleMinutes NOTIFY idleMinutesChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int minPassphraseLength READ minPassphraseLength CONSTANT)
    /** True when this device has a system key store (the plan's key can live there, no passphrase needed). */
    Q_PROPERTY(bool keychainAvailable READ keychainAvailable NOTIFY keychainAvailableChanged)
    /** Why the device's own lock is not offered (locked or no key store), in plain words; empty when it is. */
    Q_PROPERTY(QString keychainNote READ keychainNote NOTIFY keychainAvailableChanged)
    /** True when this plan's key is in the system key store rather than behind a passphrase. */
    Q_PROPERTY(bool usesKeychain READ usesKeychain NOTIFY stateChanged)
    /**
     * Why the device is in the Damaged or NoPlan state, in plain words (e.g. who removed you, what a repair did); in Welcome, what
     * an erasure did; empty otherwise.
     */
    Q_PROPERTY(QString stateMessage READ stateMessage NOTIFY stateChanged)
    /** True in Damaged/NoPlan when the next step needs the passphrase typed again (the key is not held and not in the key store). */
    Q_PROPERTY(bool needsPassphrase READ needsPassphrase NOTIFY stateChanged)
    /** After a repair opened the plan: what it did, in plain words (nothing was lost, or what was kept); "" once dismissed or locked. */
    Q_PROPERTY(QString repairNotice READ repairNotice NOTIFY repairNoticeChanged)
public:
    /**
     * Welcome: no plan file. Locked: a plan file, not opened. Unlocked: the plan is open.
     * Damaged: the plan file is damaged (next: repair, or start over). NoPlan: the file
     * holds no plan (removed from it, or a join did not finish; next: a new plan).
     */
    enum class State { Welcome, Locked, Unlocked, Damaged, NoPlan };
    Q_ENUM(State)

    /** persistSettings false: language and idle time are not written (tests, screenshots). */
    explicit Session(QString dataDir, bool persistSettings = true, QObject *parent = nullptr);
    ~Session() override;

    /** The instance main() built; QML's Session singleton. */
    static Session *create(QQmlEngine *engine, QJSEngine *);
    static void setInstance(Session *session);
    /** The instance main() built (the one QML sees); null before. */
    static Session *instance();

    State state() const { return m_state; }
    PlanController *plan() const;
    CaseloadController *caseload() const;
    /** True when this data folder is a professional's device (a caseload, open or locked). */
    bool holdsCaseload() const;
    /**
     * Shows a professional's caseload (Unlocked): the device's plans come from source
     * (the professional's device.db, or a test's). Whatever was open closes first.
     */
    void showCaseload(std::unique_ptr<CaseloadSource> source);
    QString error() const { return m_error; }
    int idleMinutes() const { return m_idleMinutes; }
    /** The idle time before locking, finer than minutes (tests). setIdleMinutes overrides it. */
    void setIdleInterval(std::chrono::milliseconds interval);
    void setIdleMinutes(int minutes);
    QString language() const { return m_language; }
    /** Switches the language and saves it (the settings page). */
    void setLanguage(const QString &language);
    /** Switches the language for this run only, saving nothing (--language: a flag is not a setting, docs/running.md). */
    void setLanguageForThisRun(const QString &language);
    int minPassphraseLength() const;
    QString dataDir() const { return m_dataDir; }
    bool keychainAvailable() const { return m_keychainAvailable; }
    QString keychainNote() const { return m_keychainNote; }
    bool usesKeychain() const;
    /**
     * The desktop's notifications (built in main; nullptr: none, as in tests and one-shot runs).
     * Each plan opened afterwards tells due reviews and the next meeting through it (ReviewReminders).
     * notifier must outlive the session.
     */
    void setNotifier(Notifier *notifier) { m_notifier = notifier; }

    /** What a new plan starts with (see createStore). */
    struct NewPlan {
        QList<Operation> ops;
        QString planId;
        QString ownerId;
        /** What the new plan keeps besides its operations (an imported access log), written after them; a failure makes no plan. */
        std::function<Status(PlanStore &)> keepMore;
    };

    /** Makes a new plan locked with this passphrase; true on success (then unlocked). */
    Q_INVOKABLE bool createPlan(const QString &planName, const QString &framework, const QString &passphrase);
    /** Makes Robin's demo plan (for trying the app). */
    Q_INVOKABLE bool createDemoPlan(const QString &passphrase);
    /** Makes a new plan whose random key is kept in the system key store; true on success. */
    Q_INVOKABLE bool createPlanWithKeychain(const QString &planName, const QString &framework);
    /**
     * Welcome: brings back a plan from a FHIR R4 Bundle that Samen exported (FhirImporter; docs/fhir.md,
     * "Import"), locked with this passphrase (checked as for a new plan); true then Unlocked on it. The whole
     * Bundle is read before any file is made: a Bundle Samen cannot read, a weak passphrase or a store that
     * could not be written leaves no plan file, and error says why in plain words.
     */
    bool importPlan(const QJsonObject &bundle, const QString &passphrase);
    /** importPlan with a random key kept in the system key store instead of a passphrase. */
    bool importPlanWithKeychain(const QJsonObject &bundle);
    Q_INVOKABLE bool unlock(const QString &passphrase);
    /** Opens a plan whose key is in the system key store. */
    Q_INVOKABLE bool unlockWithKeychain();
    /** Opens the plan with its 32-byte raw key (what unlockWithKeychain does after reading the key store). */
    bool unlockWithKey(const QByteArray &rawKey);
    Q_INVOKABLE void lock();
    /**
     * Damaged: moves the damaged file aside (kept, see StoreSalvage), makes a new one with
     * the same key holding the changes not yet sent that can still be read, and opens it;
     * when the device is connected to a service its sync fetches the plan again. passphrase
     * is used only when needsPassphrase. True when a plan is open afterwards (Unlocked);
     * otherwise the state says what is next (NoPlan) or error says why.
     */
    Q_INVOKABLE bool repair(const QString &passphrase);
    /** Damaged: moves the damaged file aside (kept) and goes back to the first-run page. */
    Q_INVOKABLE bool startOver();
    /** NoPlan: makes a new plan in this device's plan file, with the key it already has. */
    Q_INVOKABLE bool startPlanHere(const QString &planName, const QString &framework, const QString &passphrase);
    /**
     * Erases the plan from this device (docs/security.md, "Erasing a plan"): closes it, then
     * PlanEraser deletes its files and its key in the key store. The state is Welcome at once
     * with `notice` as stateMessage (what happened, also at the service); when a file could
     * not be deleted the state follows what is left and `error` says what. The caller
     * (EraseController) has done the service's part before. On a professional's device only
     * the open plan's copy goes (CaseloadController::eraseFromDevice): the caseload stays open.
     */
    void eraseHere(const QString &notice);
    QString stateMessage() const { return m_stateMessage; }
    bool needsPassphrase() const;
    Q_INVOKABLE void clearError();
    /** Welcome: closes the message about an erasure (stateMessage and error). */
    Q_INVOKABLE void dismissWelcomeNotice();
    QString repairNotice() const { return m_repairNotice; }
    Q_INVOKABLE void dismissRepairNotice();
    /** Life-domain frameworks to choose from: [{key, name, description}]. */
    Q_INVOKABLE QVariantList frameworks() const;

Q_SIGNALS:
    void stateChanged();
    /** `plan` is another one (the state changed, or another plan was opened from the caseload). */
    void planChanged();
    void errorChanged();
    void idleMinutesChanged();
    void languageChanged();
    /** The app locked itself after idle time. */
    void lockedForInactivity();
    void keychainAvailableChanged();
    void repairNoticeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Joining a plan or adding this device (Welcome/NoPlan) opens the store it made or opened through showStore, with keyFor's key.
    friend class ServiceFlow;
    void setError(const QString &message);
    void setState(State state);
    bool checkNewPlan(const QString &planName, const QString &framework);
    /** Makes the plan file and stores what build gives in it; when that fails no plan file is left (error says why). */
    bool createStore(const DatabaseKey &key, KeyStore::Mode mode, const std::function<Result<NewPlan>(HlcClock &)> &build);
    /** createStore with a new random key written to the system key store first (removed again when the plan is not made). */
    bool createStoreWithNewKey(const std::function<Result<NewPlan>(HlcClock &)> &build);
    bool openStore(const DatabaseKey &key, const QString &wrongKeyMessage);
    /** Leaves the open plan for Damaged or NoPlan (the store closes; the key is not kept). */
    void leavePlan(State state, const QString &message);
    /** The key for a step in Damaged/NoPlan: the one held since unlock, the key store's, or the passphrase. */
    std::optional<DatabaseKey> keyFor(const QString &passphrase);
    void holdKey(const DatabaseKey &key);
    void dropKey();
    /** Opens a plan store that holds a plan, or goes to NoPlan with the reason. */
    bool showStore(std::unique_ptr<PlanStore> store, const DatabaseKey &key);
    void setKeychainAvailable(bool available);
    void installTranslator();

    QString m_dataDir;
    bool m_persist = true;
    State m_state = State::Welcome;
    QPointer<PlanController> m_plan;
    QPointer<CaseloadController> m_caseload; ///< only while unlocked on a professional's device
    Notifier *m_notifier = nullptr;
    QString m_error;
    int m_idleMinutes = 5;
    std::chrono::milliseconds m_idleInterval = std::chrono::minutes(5);
    QString m_language;
    QTimer m_idleTimer;
    QTranslator *m_translator = nullptr;
    QQmlEngine *m_engine = nullptr;
    bool m_keychainAvailable = false;
    QString m_keychainNote;
    QString m_stateMessage;
    QString m_repairNotice;
    std::unique_ptr<DatabaseKey> m_heldKey; ///< only in Damaged/NoPlan after an unlock, wiped when leaving them
};

} // namespace samen::app
