#include "ui/session.h"

#include "core/passphrase.h"
#include "domain/demoplan.h"
#include "domain/frameworks.h"
#include "domain/planeditor.h"
#include "security/keystore.h"
#include "security/planeraser.h"
#include "store/caseloadfolder.h"
#include "store/planstore.h"
#include "store/storefiles.h"
#include "store/storesalvage.h"
#include "sync/hlcclock.h"
#include "sync/withdrawal.h"
#include "ui/caseload/caseloadcontroller.h"
#include "ui/caseload/devicecaseloadsource.h"
#include "ui/plancontroller.h"
#include "ui/team/reviewreminders.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcSession, "samen.app.session")

namespace samen::app {

namespace {
Session *g_instance = nullptr;
constexpr int kMaxIdleMinutes = 5; // the brief's ceiling for the default; users may choose less

/** Builds a new plan with only its owner, the framework's domains and the first timeline entry. */
std::function<Result<Session::NewPlan>(HlcClock &)> emptyPlan(const QString &planName, const QString &framework)
{
    return [planName, framework](HlcClock &clock) -> Result<Session::NewPlan> {
        auto edit = PlanEditor::createPlan(clock, planName, framework, planName);
        if (!edit)
            return edit.error();
        QString owner;
        for (const Operation &op : edit->ops) {
            if (op.entityType == QLatin1String("member"))
                owner = op.entityId;
        }
        return Session::NewPlan { edit->ops, edit->entityId, owner, {} };
    };
}
} // namespace

Session::Session(QString dataDir, bool persistSettings, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_persist(persistSettings)
{
    if (m_persist) {
        QSettings settings;
        m_idleMinutes = std::clamp(settings.value(QStringLiteral("idleMinutes"), kMaxIdleMinutes).toInt(), 1, 60);
        m_idleInterval = std::chrono::minutes(m_idleMinutes);
        m_language = settings.value(QStringLiteral("language"), QStringLiteral("nl")).toString();
    } else {
        m_language = QStringLiteral("nl");
    }
    m_state = PlanStore::exists(m_dataDir) || CaseloadFolder::isCaseload(m_dataDir) ? State::Locked : State::Welcome;
    connect(this, &Session::stateChanged, this, &Session::planChanged);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Unlocked) {
            lock();
            Q_EMIT lockedForInactivity();
        } else if (m_state == State::Damaged || m_state == State::NoPlan) {
            lock(); // drops the key held for the next step
        }
    });
    QCoreApplication::instance()->installEventFilter(this);
    installTranslator();
    // Is there a system key store? Asked once, without blocking the window.
    auto *probe = new KeyStore(m_dataDir, this);
    probe->readKey(
        [this, probe](const KeyReply &reply) {
            // Only a key store that answered normally is offered; a locked or unusable one means a passphrase.
            m_keychainNote = reply.canKeepKeys() ? QString() : reply.message;
            setKeychainAvailable(reply.canKeepKeys());
            probe->deleteLater();
        },
        this);
}

Session::~Session()
{
    dropKey();
    if (g_instance == this)
        g_instance = nullptr;
}

PlanController *Session::plan() const
{
    return m_caseload ? m_caseload->currentPlan() : m_plan.data();
}

CaseloadController *Session::caseload() const
{
    return m_caseload.data();
}

bool Session::holdsCaseload() const
{
    return m_caseload != nullptr || CaseloadFolder::isCaseload(m_dataDir);
}

void Session::showCaseload(std::unique_ptr<CaseloadSource> source)
{
    delete m_plan;
    delete m_caseload;
    m_caseload = new CaseloadController(std::move(source), this);
    connect(m_caseload, &CaseloadController::currentChanged, this, &Session::planChanged);
    dropKey();
    clearError();
    setState(State::Unlocked);
}

Session *Session::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT(g_instance);
    g_instance->m_engine = engine;
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void Session::setInstance(Session *session)
{
    g_instance = session;
}

Session *Session::instance()
{
    return g_instance;
}

void Session::dismissWelcomeNotice()
{
    if (m_state != State::Welcome)
        return;
    clearError();
    m_stateMessage.clear();
    Q_EMIT stateChanged();
}

void Session::eraseHere(const QString &notice)
{
    // A professional's device: only the open plan's copy goes; the caseload, its other plans and device.db stay.
    if (m_caseload) {
        if (PlanController *open = m_caseload->currentPlan())
            m_caseload->eraseFromDevice(open->planId(), notice);
        return;
    }
    auto eraseFiles = [this, notice] {
        PlanEraser::erase(m_dataDir, this, [this, notice](const Status &erased) {
            if (!erased) {
                setError(erased.error().message);
                m_stateMessage = erased.error().message;
                setState(PlanStore::exists(m_dataDir) ? State::Locked : State::Welcome);
                return;
            }
            qCInfo(lcSession, "the plan was erased from this device");
        });
    };
    dropKey();
    clearError();
    m_stateMessage = notice;
    PlanController *plan = m_plan;
    m_plan = nullptr;
    setState(State::Welcome);
    if (!plan) {
        eraseFiles();
        return;
    }
    // The store closes when its controller is gone (SQLCipher wipes the key); only then are its files deleted.
    connect(plan, &QObject::destroyed, this, eraseFiles);
    plan->deleteLater();
}

int Session::minPassphraseLength() const
{
    return kMinPassphraseLength;
}

void Session::setIdleMinutes(int minutes)
{
    minutes = std::clamp(minutes, 1, 60);
    if (minutes == m_idleMinutes)
        return;
    m_idleMinutes = minutes;
    m_idleInterval = std::chrono::minutes(minutes);
    if (m_persist)
        QSettings().setValue(QStringLiteral("idleMinutes"), minutes);
    if (m_state == State::Unlocked)
        m_idleTimer.start(m_idleInterval);
    Q_EMIT idleMinutesChanged();
}

void Session::setLanguageForThisRun(const QString &language)
{
    const bool persist = m_persist;
    m_persist = false;
    setLanguage(language);
    m_persist = persist;
}

void Session::setLanguage(const QString &language)
{
    const QString lang = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
    if (lang == m_language)
        return;
    m_language = lang;
    if (m_persist)
        QSettings().setValue(QStringLiteral("language"), lang);
    installTranslator();
    if (m_plan)
        m_plan->refresh(); // domain names come from the translations
    if (m_caseload) {
        m_caseload->refresh(); // the rows' words
        if (PlanController *open = m_caseload->currentPlan())
            open->refresh();
    }
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
}

void Session::installTranslator()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
        m_translator = nullptr;
    }
    auto *translator = new QTranslator(this);
    if (translator->load(QStringLiteral("samen_%1").arg(m_language), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        m_translator = translator;
    } else {
        delete translator;
    }
    QLocale::setDefault(QLocale(m_language == QLatin1String("en") ? QStringLiteral("en_GB") : QStringLiteral("nl_NL")));
}

void Session::setError(const QString &message)
{
    if (m_error != message) {
        m_error = message;
        Q_EMIT errorChanged();
    }
}

void Session::clearError()
{
    setError({});
}

void Session::setIdleInterval(std::chrono::milliseconds interval)
{
    m_idleInterval = interval;
    if (m_idleTimer.isActive())
        m_idleTimer.start(m_idleInterval);
}

void Session::setState(State state)
{
    m_state = state;
    if (state != State::Unlocked)
        dismissRepairNotice(); // it was about the plan that was open
    if (state == State::Unlocked || state == State::Damaged || state == State::NoPlan)
        m_idleTimer.start(m_idleInterval);
    else
        m_idleTimer.stop();
    Q_EMIT stateChanged();
}

QVariantList Session::frameworks() const
{
    return {
        QVariantMap { { QStringLiteral("key"), QStringLiteral("default") },
                      { QStringLiteral("name"), frameworkName(QStringLiteral("default")) },
                      { QStringLiteral("description"), tr("Housing, money, work, health, family and friends, meaning, daily life.") } },
        QVariantMap {
            { QStringLiteral("key"), QStringLiteral("positive-health") },
            { QStringLiteral("name"), frameworkName(QStringLiteral("positive-health")) },
            { QStringLiteral("description"), tr("A way of looking at health in six parts: body, mind, meaning, quality of life, taking part, daily life.") } },
        QVariantMap { { QStringLiteral("key"), QStringLiteral("self-reliance") },
                      { QStringLiteral("name"), frameworkName(QStringLiteral("self-reliance")) },
                      { QStringLiteral("description"),
                        tr("The list many care workers use (the Self-Reliance Matrix): eleven parts, such as money, housing and addiction.") } },
    };
}

bool Session::checkNewPlan(const QString &planName, const QString &framework)
{
    HlcClock probe(QStringLiteral("probe"));
    if (auto check = PlanEditor::createPlan(probe, planName, framework, planName); !check) {
        setError(check.error().message);
        return false;
    }
    return true;
}

bool Session::createPlan(const QString &planName, const QString &framework, const QString &passphrase)
{
    if (!checkNewPlan(planName, framework))
        return false;
    if (const Status strong = validateNewPassphrase(passphrase); !strong) {
        setError(strong.error().message);
        return false;
    }
    return createStore(DatabaseKey::passphrase(passphrase), KeyStore::Mode::Passphrase, emptyPlan(planName, framework));
}

bool Session::createPlanWithKeychain(const QString &planName, const QString &framework)
{
    if (!checkNewPlan(planName, framework))
        return false;
    return createStoreWithNewKey(emptyPlan(planName, framework));
}

bool Session::createStoreWithNewKey(const std::function<Result<NewPlan>(HlcClock &)> &build)
{
    KeyStore keys(m_dataDir);
    const QByteArray key = KeyStore::generateKey();
    if (const KeyReply written = keys.writeKeySync(key); !written.ok()) {
        qCInfo(lcSession, "keychain write failed");
        setError(tr("This device could not keep the key safe. Choose a passphrase instead."));
        m_keychainNote = written.message;
        setKeychainAvailable(false);
        return false;
    }
    if (createStore(DatabaseKey::raw(key), KeyStore::Mode::Keychain, build))
        return true;
    (void)keys.deleteKeySync(); // no plan was made: its key opens nothing
    return false;
}

bool Session::createDemoPlan(const QString &passphrase)
{
    if (const Status strong = validateNewPassphrase(passphrase); !strong) {
        setError(strong.error().message);
        return false;
    }
    return createStore(DatabaseKey::passphrase(passphrase), KeyStore::Mode::Passphrase, [](HlcClock &clock) -> Result<NewPlan> {
        auto demo = buildDemoPlan(clock, QDate::currentDate());
        if (!demo)
            return demo.error();
        return NewPlan { demo->ops, demo->planId, demo->ownerMemberId, {} };
    });
}

bool Session::createStore(const DatabaseKey &key, KeyStore::Mode mode, const std::function<Result<NewPlan>(HlcClock &)> &build)
{
    auto store = PlanStore::create(m_dataDir, key);
    if (!store) {
        setError(tr("Your plan could not be made: %1").arg(store.error().message));
        return false;
    }
    const std::unique_ptr<HlcClock> clock = store.value()->makeClock();
    const Result<NewPlan> plan = build(*clock);
    if (!plan || !store.value()->applyLocal(plan->ops) || (plan->keepMore && !plan->keepMore(*store.value()))) {
        // The file was made here a moment ago: a half-made plan is not left behind (the next start would ask to unlock it).
        store.value().reset();
        (void)storefiles::remove(PlanStore::databasePath(m_dataDir));
        setError(plan ? tr("Your plan could not be saved. Please try again.") : plan.error().message);
        return false;
    }
    (void)KeyStore(m_dataDir).setMode(mode);
    (void)store.value()->setSetting(QStringLiteral("planId"), plan->planId);
    (void)store.value()->setSetting(QStringLiteral("memberId"), plan->ownerId);
    return showStore(std::move(store).value(), key);
}

bool Session::unlock(const QString &passphrase)
{
    return openStore(DatabaseKey::passphrase(passphrase), tr("That is not the right passphrase. Try again."));
}

bool Session::unlockWithKeychain()
{
    KeyReply reply = KeyStore(m_dataDir).readKeySync();
    if (!reply.ok()) {
        qCInfo(lcSession, "keychain read failed");
        setError(reply.status == KeyReply::Status::Locked
                     ? tr("Your plan is locked with this device's key store, and that key store is locked now. Unlock it (for example by signing in to "
                          "this computer again), then choose 'Open my plan' again.")
                     : tr("The key of your plan could not be read from this device's key store. Is the key store unlocked?"));
        return false;
    }
    const bool opened = unlockWithKey(reply.key);
    reply.key.fill('\0');
    return opened;
}

bool Session::unlockWithKey(const QByteArray &rawKey)
{
    return openStore(DatabaseKey::raw(rawKey), tr("The key in this device's key store does not open this plan."));
}

bool Session::openStore(const DatabaseKey &key, const QString &wrongKeyMessage)
{
    if (CaseloadFolder::isCaseload(m_dataDir)) {
        auto folder = CaseloadFolder::open(m_dataDir, key);
        if (!folder) {
            qCInfo(lcSession, "unlock failed: %s", qPrintable(errorCodeName(folder.error().code)));
            setError(folder.error().code == ErrorCode::WrongKey ? wrongKeyMessage : folder.error().message);
            return false;
        }
        showCaseload(std::make_unique<DeviceCaseloadSource>(std::move(folder).value()));
        return true;
    }
    // Every page of the file is read after the first frame, not before (issue 18: most of a large plan's
    // start); writes wait for it (PlanController starts it, and reports damage found then).
    auto store = PlanStore::open(m_dataDir, key, PlanStore::PageCheckTiming::Later);
    if (!store) {
        qCInfo(lcSession, "unlock failed: %s", qPrintable(errorCodeName(store.error().code)));
        if (store.error().code == ErrorCode::Damaged) {
            holdKey(key); // the repair needs it; wiped when leaving the damaged screen
            clearError();
            m_stateMessage.clear();
            setState(State::Damaged);
            return false;
        }
        setError(store.error().code == ErrorCode::WrongKey ? wrongKeyMessage : store.error().message);
        return false;
    }
    return showStore(std::move(store).value(), key);
}

bool Session::showStore(std::unique_ptr<PlanStore> store, const DatabaseKey &key)
{
    const QString planId = store->setting(QStringLiteral("planId"));
    const QString memberId = store->setting(QStringLiteral("memberId"));
    if (!store->health()) {
        holdKey(key);
        setState(State::Damaged);
        return false;
    }
    if (planId.isEmpty()) {
        // Removed from the plan, or a join that did not finish: the file is fine, the next step is a new plan.
        const QString removed = Withdrawal::noticeText(*store);
        m_stateMessage = !removed.isEmpty()                             ? removed
            : !store->setting(QStringLiteral("sync.service")).isEmpty() ? tr("This device holds no plan: joining a plan did not finish.")
                                                                        : tr("This device holds no plan yet.");
        holdKey(key);
        clearError();
        setState(State::NoPlan);
        return false;
    }
    m_plan = new PlanController(std::move(store), planId, memberId, this);
    if (!m_plan->store().health()) { // its first read met a damaged page
        delete m_plan;
        holdKey(key);
        setState(State::Damaged);
        return false;
    }
    connect(
        m_plan, &PlanController::damaged, this, [this] { leavePlan(State::Damaged, {}); }, Qt::QueuedConnection);
    connect(
        m_plan, &PlanController::planRemoved, this, [this](const QString &notice) { leavePlan(State::NoPlan, notice); }, Qt::QueuedConnection);
    if (m_notifier)
        new ReviewReminders(m_plan, m_notifier, m_plan); // closes with the plan
    dropKey();
    clearError();
    setState(State::Unlocked);
    return true;
}

void Session::leavePlan(State state, const QString &message)
{
    if (m_state != State::Unlocked)
        return;
    PlanController *plan = m_plan;
    m_plan = nullptr;
    m_stateMessage = state == State::NoPlan && message.isEmpty() ? tr("The plan is no longer on this device.") : message;
    setState(state);
    if (plan)
        plan->deleteLater(); // closes the store: nothing more is read from it or written to it
}

void Session::holdKey(const DatabaseKey &key)
{
    dropKey();
    m_heldKey = std::make_unique<DatabaseKey>(key);
}

void Session::dropKey()
{
    if (m_heldKey) {
        m_heldKey->secret.fill('\0');
        m_heldKey.reset();
    }
}

bool Session::needsPassphrase() const
{
    return (m_state == State::Damaged || m_state == State::NoPlan) && !m_heldKey && !usesKeychain();
}

std::optional<DatabaseKey> Session::keyFor(const QString &passphrase)
{
    if (m_heldKey)
        return *m_heldKey;
    if (usesKeychain()) {
        KeyReply reply = KeyStore(m_dataDir).readKeySync();
        if (!reply.ok()) {
            setError(tr("The key of your plan could not be read from this device's key store. Is the key store unlocked?"));
            return std::nullopt;
        }
        const DatabaseKey key = DatabaseKey::raw(reply.key);
        reply.key.fill('\0');
        return key;
    }
    if (passphrase.isEmpty()) {
        setError(tr("Type your passphrase first."));
        return std::nullopt;
    }
    return DatabaseKey::passphrase(passphrase);
}

bool Session::repair(const QString &passphrase)
{
    if (m_state != State::Damaged)
        return false;
    const auto key = keyFor(passphrase);
    if (!key)
        return false;
    auto rebuilt = StoreSalvage::rebuild(m_dataDir, *key);
    if (!rebuilt) {
        qCInfo(lcSession, "repair failed: %s", qPrintable(errorCodeName(rebuilt.error().code)));
        setError(rebuilt.error().code == ErrorCode::WrongKey ? tr("That is not the right passphrase. Try again.")
                                                             : tr("The plan file could not be repaired: %1").arg(rebuilt.error().message));
        return false;
    }
    StoreSalvage::Report report = std::move(rebuilt.value());
    qCInfo(lcSession, "repaired: %d unsent changes kept, connected: %d", report.unsentKept, report.connected ? 1 : 0);
    // Said once the plan shows: what the repair did (trial after stop 36: the app said nothing, also when nothing was lost).
    const QString notice = report.saltRestored ? tr("Only the start of your plan file was damaged. It was written back from its copy, and nothing was lost.")
                                               : tr("Your plan file was repaired. The damaged file is kept on this device.")
            + (report.unsentComplete ? QString() : QLatin1Char(' ') + tr("Some changes that were not sent yet could not be read: make them again."))
            + (report.connected ? QLatin1Char(' ') + tr("Your plan is fetched again from the case service.") : QString());
    const bool opened = showStore(std::move(report.store), *key);
    if (opened && m_repairNotice != notice) {
        m_repairNotice = notice;
        Q_EMIT repairNoticeChanged();
    }
    if (!opened && m_state == State::NoPlan)
        m_stateMessage = tr("Samen made a new plan file and kept the damaged one. This device's connection to a service could not be read from "
                            "the damaged file, so your plan cannot be fetched again from here. Start a new plan, or ask the plan's owner for a "
                            "new invitation.");
    Q_EMIT stateChanged();
    return opened;
}

void Session::dismissRepairNotice()
{
    if (m_repairNotice.isEmpty())
        return;
    m_repairNotice.clear();
    Q_EMIT repairNoticeChanged();
}

bool Session::startOver()
{
    if (m_state != State::Damaged)
        return false;
    // The damaged files are kept in a folder of their own, never deleted.
    if (const auto kept = PlanStore::moveAside(m_dataDir); !kept) {
        setError(kept.error().message);
        return false;
    }
    dropKey();
    m_stateMessage.clear();
    clearError();
    setState(State::Welcome);
    return true;
}

bool Session::startPlanHere(const QString &planName, const QString &framework, const QString &passphrase)
{
    if (m_state != State::NoPlan || !checkNewPlan(planName, framework))
        return false;
    const auto key = keyFor(passphrase);
    if (!key)
        return false;
    auto store = PlanStore::open(m_dataDir, *key);
    if (!store) {
        setError(store.error().code == ErrorCode::WrongKey ? tr("That is not the right passphrase. Try again.") : store.error().message);
        return false;
    }
    if (!store.value()->setting(QStringLiteral("planId")).isEmpty())
        return showStore(std::move(store).value(), *key); // a plan arrived meanwhile (e.g. another program joined)
    // Floored by what this file has held before (PlanStore::makeClock), like every clock that writes to a store.
    const std::unique_ptr<HlcClock> clock = store.value()->makeClock();
    const auto plan = emptyPlan(planName, framework)(*clock);
    if (!plan || !store.value()->applyLocal(plan->ops)
        || !store.value()->setSettings({ { QStringLiteral("planId"), plan->planId },
                                         { QStringLiteral("memberId"), plan->ownerId },
                                         { QStringLiteral("sync.withdrawalNotice"), QString() } })) {
        setError(tr("Your plan could not be saved. Please try again."));
        return false;
    }
    m_stateMessage.clear();
    return showStore(std::move(store).value(), *key);
}

bool Session::usesKeychain() const
{
    return KeyStore(m_dataDir).mode() == KeyStore::Mode::Keychain;
}

void Session::setKeychainAvailable(bool available)
{
    if (available == m_keychainAvailable) {
        Q_EMIT keychainAvailableChanged(); // the note may have changed
        return;
    }
    m_keychainAvailable = available;
    Q_EMIT keychainAvailableChanged();
}

void Session::lock()
{
    if (m_state == State::Damaged || m_state == State::NoPlan) {
        // Nothing is open; the held key is dropped so the next step asks for it again.
        dropKey();
        m_stateMessage.clear();
        setState(PlanStore::exists(m_dataDir) ? State::Locked : State::Welcome);
        return;
    }
    if (m_state != State::Unlocked)
        return;
    // Closing the store drops the key from memory (SQLCipher wipes its private heap: docs/security.md, "Memory").
    PlanController *plan = m_plan;
    CaseloadController *caseload = m_caseload;
    m_plan = nullptr;
    m_caseload = nullptr;
    setState(State::Locked);
    if (plan)
        plan->deleteLater();
    if (caseload)
        caseload->deleteLater(); // its plans close with it
}

bool Session::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (m_idleTimer.isActive())
            m_idleTimer.start(m_idleInterval);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace samen::app
