#include "cli/clicontext.h"

#include "domain/namerule.h"

#include "core/passphrase.h"
#include "core/paths.h"
#include "domain/texthygiene.h"
#include "store/deviceaccess.h"
#include "store/storeerrors.h"

#include "store/storefiles.h"
#include "sync/caseloadchanges.h"
#include "sync/caseloadsync.h"
#include "sync/synchttp.h"
#include "sync/uuid7.h"
#include "sync/withdrawal.h"
#include "ui/people/networkwords.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSysInfo>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace samen::cli {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return ExitUsage;
    case ErrorCode::Validation:
        return ExitValidation;
    case ErrorCode::WrongKey:
        return ExitWrongKey;
    case ErrorCode::Damaged:
    case ErrorCode::NotSamen:
    case ErrorCode::TooNew:
        return ExitDamaged;
    default:
        return ExitFailure;
    }
}

CliContext::~CliContext()
{
    // A change made here goes at the next sync even when the service has nothing new for the plan.
    if (m_caseload && m_store && !m_planId.isEmpty() && m_store->waitingCount() > 0)
        CaseloadChanges::markDue(*m_caseload, m_planId);
}

CliContext::CliContext(QString dataDir, bool json, QStringList args)
    : m_dataDir(std::move(dataDir))
    , m_json(json)
    , m_args(std::move(args))
{
}

Result<QString> CliContext::passphrase(const QString &prompt) const
{
    const QByteArray fromEnv = qgetenv("SAMEN_PASSPHRASE");
    if (!fromEnv.isEmpty())
        return QString::fromUtf8(fromEnv);
    if (!isatty(STDIN_FILENO))
        return Result<QString>::fail(ErrorCode::Usage,
                                     QCoreApplication::translate("samen", "No passphrase: set SAMEN_PASSPHRASE or run samen-cli in a terminal."));
    std::fprintf(stderr, "%s: ", prompt.toLocal8Bit().constData());
    std::fflush(stderr);
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    QTextStream in(stdin);
    const QString line = in.readLine();
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fprintf(stderr, "\n");
    if (line.isEmpty())
        return Result<QString>::fail(ErrorCode::Usage, QCoreApplication::translate("samen", "No passphrase given."));
    return line;
}

Error CliContext::damagedError()
{
    return { ErrorCode::Damaged,
             storeerrors::damaged().message + QLatin1Char('\n')
                 + QCoreApplication::translate("samen",
                                               "Nothing was changed. Next step: samen-cli repair. It keeps the damaged file, makes a new one with "
                                               "the changes not yet sent that can still be read and, when this device is connected to a service, "
                                               "fetches the plan from there again.") };
}

QString CliContext::defaultDeviceName()
{
    QString host = NameRule::tidy(QSysInfo::machineHostName());
    if (!NameRule::validate(host, NameRule::Subject::Device))
        host = QStringLiteral("Samen");
    const QString name = QCoreApplication::translate("samen", "%1 (command line)", "the name of a device connected with samen-cli").arg(host);
    return NameRule::validate(name, NameRule::Subject::Device) ? name : QStringLiteral("Samen");
}

QString CliContext::noPlanNextSteps()
{
    return QCoreApplication::translate("samen",
                                       "Start a new plan: samen-cli init --name NAME\n"
                                       "Or join a plan with a code from its owner: samen-cli join CODE --service URL");
}

bool CliContext::isCaseload() const
{
    return CaseloadFolder::isCaseload(m_dataDir);
}

Status CliContext::requireOwner(const QString &refusal) const
{
    if (DeviceAccess::load(*m_store).isOwner())
        return {};
    return Error { ErrorCode::Permission, refusal, {}, QStringLiteral("owner-only") };
}

Status CliContext::refuseIfRevoked()
{
    if (!isCaseload())
        return {};
    if (Status opened = openCaseload(); !opened)
        return opened; // what the command would say, without asking the passphrase twice
    if (!CaseloadSync::isRevoked(m_caseload->device()))
        return {};
    return Error {
        ErrorCode::Permission, CaseloadSync::revokedSentence() + QLatin1Char('\n') + CaseloadSync::reconnectCommand(), {}, QStringLiteral("device-revoked")
    };
}

Status CliContext::openCaseload()
{
    if (m_caseload)
        return {};
    auto pass = passphrase(QCoreApplication::translate("samen", "Passphrase"));
    if (!pass)
        return pass.error();
    auto folder = CaseloadFolder::open(m_dataDir, DatabaseKey::passphrase(pass.value()));
    if (!folder)
        return folder.error();
    m_caseload = std::move(folder).value();
    return {};
}

Status CliContext::createCaseload()
{
    auto pass = passphrase(QCoreApplication::translate("samen", "Choose a passphrase"));
    if (!pass)
        return pass.error();
    if (const Status strong = validateNewPassphrase(pass.value()); !strong)
        return strong;
    m_madeFolders = MadeFolders(m_dataDir);
    auto folder = CaseloadFolder::create(m_dataDir, DatabaseKey::passphrase(pass.value()));
    if (!folder)
        return folder.error();
    m_caseload = std::move(folder).value();
    return {};
}

Status CliContext::openCaseloadPlan()
{
    if (Status opened = openCaseload(); !opened)
        return opened;
    const QList<QJsonObject> rows = m_caseload->rows();
    QString planId;
    if (!m_planChoice.isEmpty()) {
        auto found = m_caseload->find(m_planChoice);
        if (!found)
            return found.error();
        planId = found.value();
    } else if (rows.size() == 1) {
        planId = rows.first().value(QStringLiteral("planId")).toString();
    } else if (rows.isEmpty()) {
        return Status::fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("samen", "Your caseload holds no plan yet. Join a plan with the code a citizen gave you: samen-cli join CODE"));
    } else {
        return Status::fail(ErrorCode::Usage,
                            QCoreApplication::translate("samen",
                                                        "This device holds the plans of several citizens. Say which one with --plan PLAN_ID (or the "
                                                        "citizen's name):")
                                + QLatin1Char('\n') + m_caseload->listing());
    }
    // Damage named by whose plan it is, with the repair of that plan (trial after stop 36: "This plan file is damaged").
    const auto damagedPlan = [&] {
        const QString citizen = m_caseload->device().row(planId).value(QStringLiteral("citizen")).toString();
        return Error { ErrorCode::Damaged,
                       QCoreApplication::translate("samen",
                                                   "The file of %1's plan on this device is damaged or incomplete. Nothing was changed; the plan "
                                                   "is safe at the service.\nNext step: samen-cli repair --plan %2. It keeps the damaged file and "
                                                   "fetches the plan from the service again.")
                           .arg(citizen.isEmpty() ? QCoreApplication::translate("samen", "the citizen") : TextHygiene::isolate(citizen),
                                CliContext::shellWord(m_caseload->choiceFor(planId))) };
    };
    auto store = m_caseload->plan(planId);
    if (!store)
        return store.error().code == ErrorCode::Damaged ? damagedPlan() : store.error();
    adopt(store.value());
    if (Status health = m_store->health(); !health)
        return damagedPlan();
    if (m_planId.isEmpty())
        return Status::fail(ErrorCode::NotFound, QCoreApplication::translate("samen", "This plan is no longer on this device."));
    return {};
}

Status CliContext::openPlan()
{
    if (isCaseload())
        return openCaseloadPlan();
    if (!m_planChoice.isEmpty())
        return Status::fail(ErrorCode::Usage,
                            QCoreApplication::translate("samen", "--plan is for a professional's device with several plans; this folder holds one plan."));
    if (!PlanStore::exists(m_dataDir))
        return Status::fail(ErrorCode::NotFound,
                            QCoreApplication::translate("samen", "There is no plan in %1 yet.").arg(m_dataDir) + QLatin1Char('\n') + noPlanNextSteps());
    auto pass = passphrase(QCoreApplication::translate("samen", "Passphrase"));
    if (!pass)
        return pass.error();
    auto store = PlanStore::open(m_dataDir, DatabaseKey::passphrase(pass.value()));
    if (!store)
        return store.error().code == ErrorCode::Damaged ? damagedError() : store.error();
    adopt(std::move(store).value());
    if (Status health = m_store->health(); !health)
        return damagedError();
    if (m_planId.isEmpty()) {
        // A store without a plan: after a join that did not finish, or after being removed from a plan.
        const QString removed = Withdrawal::noticeText(*m_store);
        const QString why = !removed.isEmpty() ? removed
            : !m_store->setting(QStringLiteral("sync.service")).isEmpty()
            ? QCoreApplication::translate("samen", "This device holds no plan: joining a plan did not finish.")
            : QCoreApplication::translate("samen", "This device holds no plan yet.");
        return Status::fail(ErrorCode::NotFound, why + QLatin1Char('\n') + noPlanNextSteps());
    }
    return {};
}

Status CliContext::requirePlanData()
{
    // A member whose every domain was withdrawn holds nothing of the plan (ReadRule): say so, and what to do, not an
    // empty plan. A member who has not heard their grants yet is still waiting to be let in (below).
    const bool grantsKnown = !m_store->setting(QStringLiteral("sync.access")).isEmpty();
    if (grantsKnown && !DeviceAccess::load(*m_store).readsAnything())
        return Status::fail(ErrorCode::Permission,
                            QCoreApplication::translate("samen",
                                                        "You cannot see any part of this plan at the moment, so nothing of it is kept on this device. Ask "
                                                        "the plan's owner to share a part with you again; samen-cli sync then brings it back."));
    // Any operation of the plan on this device: what a member receives depends on their grants.
    if (m_store->planIds().contains(m_planId))
        return {};
    if (Status health = m_store->health(); !health)
        return damagedError();
    // Not a join that waits (a repaired file of the person's own plan, say): the next sync fetches the plan, nobody has
    // to let anyone in (trial after stop 38: "You asked to join this plan" for a plan the person made).
    if (m_store->setting(QStringLiteral("join.waiting")) != QLatin1String("1") && m_store->setting(QStringLiteral("join.from")).isEmpty())
        return Status::fail(ErrorCode::NotFound,
                            QCoreApplication::translate("samen",
                                                        "The plan has not arrived on this device yet: it is fetched from the "
                                                        "service.\nNext step: samen-cli sync"));
    const QString from = m_store->setting(QStringLiteral("join.from")); // who invited (SyncClient::joinPlan)
    return Status::fail(ErrorCode::NotFound,
                        from.isEmpty() ? QCoreApplication::translate("samen",
                                                                     "You asked to join this plan, and it has not arrived on this device yet.\n"
                                                                     "Next step: once the plan's owner has let you in, run: samen-cli sync")
                                       : QCoreApplication::translate("samen",
                                                                     "You asked to join %1's plan, and it has not arrived on this device yet.\n"
                                                                     "Next step: once %1 has let you in, run: samen-cli sync")
                                             .arg(TextHygiene::isolate(from)));
}

Status CliContext::createStore()
{
    if (isCaseload())
        return Status::fail(ErrorCode::Conflict,
                            QCoreApplication::translate("samen",
                                                        "%1 is a professional's device: it holds the plans of your caseload, not a plan of its own. "
                                                        "Nothing was changed.")
                                .arg(m_dataDir));
    if (PlanStore::exists(m_dataDir))
        return Status::fail(ErrorCode::Conflict, QCoreApplication::translate("samen", "There is already a plan in %1. Nothing was changed.").arg(m_dataDir));
    auto pass = passphrase(QCoreApplication::translate("samen", "Choose a passphrase"));
    if (!pass)
        return pass.error();
    if (const Status strong = validateNewPassphrase(pass.value()); !strong)
        return strong;
    m_madeFolders = MadeFolders(m_dataDir);
    auto store = PlanStore::create(m_dataDir, DatabaseKey::passphrase(pass.value()));
    if (!store)
        return store.error();
    adopt(std::move(store).value());
    return {};
}

Result<bool> CliContext::openOrCreateStore()
{
    if (!PlanStore::exists(m_dataDir)) {
        if (Status made = createStore(); !made)
            return made.error();
        return false;
    }
    const Status opened = openPlan();
    if (opened)
        return true;
    if (opened.error().code == ErrorCode::NotFound && m_store)
        return false;
    return opened.error();
}

Status CliContext::storeForNewPlan()
{
    const bool existed = PlanStore::exists(m_dataDir);
    const auto holdsPlan = openOrCreateStore();
    if (!holdsPlan)
        return holdsPlan.error();
    if (holdsPlan.value())
        return Status::fail(ErrorCode::Conflict, QCoreApplication::translate("samen", "There is already a plan in %1. Nothing was changed.").arg(m_dataDir));
    m_newStore = !existed;
    return {};
}

Status CliContext::adoptNewPlan(const QString &planId, const QString &memberId)
{
    if (Status saved = m_store->setSettings({ { QStringLiteral("planId"), planId },
                                              { QStringLiteral("memberId"), memberId },
                                              { QStringLiteral("keymode"), QStringLiteral("passphrase") },
                                              { QStringLiteral("sync.withdrawalNotice"), QString() } });
        !saved)
        return saved;
    m_planId = planId;
    m_memberId = memberId;
    m_newStore = false;
    return {};
}

void CliContext::adopt(std::shared_ptr<PlanStore> store)
{
    m_store = std::move(store);
    // Floored by the store's high-water mark: no edit sorts before what this device has seen.
    m_clock = m_store->makeClock();
    m_planId = m_store->setting(QStringLiteral("planId"));
    m_memberId = m_store->setting(QStringLiteral("memberId"));
}

int CliContext::done(const QJsonValue &json, const QString &text)
{
    if (m_store && !m_store->health())
        return fail(damagedError());
    QTextStream out(stdout);
    // Text stored before today's rules (or from an older service) may hold a lone surrogate
    // or a noncharacter: printed as U+FFFD, so the output is always valid UTF-8 and JSON.
    if (m_json) {
        const QJsonValue safe = TextHygiene::displaySafeJson(json);
        const QJsonDocument doc = safe.isArray() ? QJsonDocument(safe.toArray()) : QJsonDocument(safe.toObject());
        out << doc.toJson(QJsonDocument::Indented);
    } else if (!text.isEmpty()) {
        out << TextHygiene::displaySafe(withCommandsAsTyped(text)) << (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
    }
    return ExitOk;
}

int CliContext::fail(const Error &failure)
{
    // A store this command made a moment ago and deletes again below is not a damaged plan to repair.
    const Error error = m_store && !m_newStore && !m_store->health() ? damagedError() : failure;
    // What the network said, in the person's language (NetworkWords: "nothing answers at this address", "this address
    // was not found", "a secure connection could not be made"), never Qt's or OpenSSL's English, and no promise to send
    // later from a command that connected nothing.
    // A connected plan's own sentences stay (a sync says its changes are kept and sent later; erase says nothing was
    // erased and what to do): those are true and name the next step. The bare "the connection failed" says nothing.
    const bool network = error.code == ErrorCode::Network && error.reason.startsWith(QLatin1String("network:"));
    const bool connected = m_store && !m_store->setting(QStringLiteral("sync.service")).isEmpty();
    const bool bare = error.message == SyncHttp::connectionFailedSentence();
    // A professional's device reaches a service an administrator set up: an address they never typed is no advice for them
    // (review 6, #7); what is true is that nothing was lost and a later try may work.
    const bool caseloadRound = network && (!connected || bare) && !m_addressTyped && (m_caseload || isCaseload());
    const QString worded = caseloadRound  ? QCoreApplication::translate("samen",
                                                                        "The case service cannot be reached right now. Nothing was lost: what is on this "
                                                                         "device stays here. Try again later.")
        : network && (!connected || bare) ? app::NetworkWords::error(error)
                                          : error.message;
    const QString message = TextHygiene::displaySafe(withCommandsAsTyped(worded));
    QTextStream(stderr) << "samen-cli: " << message << "\n";
    if (m_json) {
        QTextStream(stdout) << QJsonDocument(QJsonObject { { QStringLiteral("error"), errorCodeName(error.code) }, { QStringLiteral("message"), message } })
                                   .toJson(QJsonDocument::Compact)
                            << "\n";
    }
    dropNewStore();
    return exitCodeFor(error.code);
}

void CliContext::dropNewStore()
{
    if (!m_newStore)
        return;
    // The store this command made holds no plan: the folder goes back to how it was (no half-made plan to unlock).
    deleteStoreFiles();
    m_newStore = false;
    removeMadeFolders();
}

void CliContext::deleteStoreFiles()
{
    closeStore();
    (void)storefiles::remove(PlanStore::databasePath(m_dataDir));
}

int CliContext::usage(const QString &message)
{
    return fail(Error { ErrorCode::Usage, message + QCoreApplication::translate("samen", "\nSee: samen-cli help") });
}

QString CliContext::shellWord(const QString &word)
{
    return TextHygiene::shellWord(word);
}

QString CliContext::withPlanInCommands(const QString &text) const
{
    if (!m_caseload || m_planId.isEmpty() || !text.contains(QLatin1String("samen-cli ")))
        return text;
    // The commands that work on one plan (those that open it: --plan on a caseload of several); caseload, join,
    // connect, sync (of all), device and the rest are the device's and work as they are.
    static const QRegularExpression planCommand(QStringLiteral("\\bsamen-cli (?!--plan\\b)(?=(?:plan|story|domain|goal|step|member|access|coordinator|"
                                                               "professionals|meeting|agreement|export|history|restore|log|invite|grant|"
                                                               "sync\\x20(?:status|retry|discard))\\b)")); // \x20: a space
    QString out = text;
    out.replace(planCommand, QStringLiteral("samen-cli --plan %1 ").arg(planAsTyped()));
    return out;
}

QString CliContext::planAsTyped() const
{
    // A person types names, not ids: the citizen's name when it picks this plan alone (CaseloadFolder::choiceFor).
    return shellWord(m_caseload->choiceFor(m_planId));
}

QString CliContext::withCommandsAsTyped(const QString &text) const
{
    const QString withPlan = withPlanInCommands(text);
    if (!withPlan.contains(QLatin1String("samen-cli "))
        || QDir::cleanPath(QDir(m_dataDir).absolutePath()) == QDir::cleanPath(QDir(defaultDataDir()).absolutePath()))
        return withPlan;
    // Not device add: it is run on another of the person's devices, the one that still has the plan, where this
    // folder's path would be wrong (trial after stop 39: a revoked device's notice named its own folder there).
    static const QRegularExpression command(QStringLiteral("\\bsamen-cli (?!--data-dir\\b|device add\\b)"));
    QString out = withPlan;
    out.replace(command, QStringLiteral("samen-cli --data-dir %1 ").arg(shellWord(m_dataDir)));
    return out;
}

QString CliContext::command(const QStringList &words) const
{
    QStringList line { QStringLiteral("samen-cli") };
    if (m_caseload && !m_planId.isEmpty())
        line << QStringLiteral("--plan") << planAsTyped();
    for (const QString &w : words)
        line << shellWord(w);
    return line.join(QLatin1Char(' '));
}

} // namespace samen::cli
