#include "cli/clicontext.h"

#include "core/passphrase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
        return Result<QString>::fail(ErrorCode::Usage, QStringLiteral("No passphrase: set SAMEN_PASSPHRASE or run samen-cli in a terminal."));
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
        return Result<QString>::fail(ErrorCode::Usage, QStringLiteral("No passphrase given."));
    return line;
}

Status CliContext::openPlan()
{
    if (!PlanStore::exists(m_dataDir))
        return Status::fail(ErrorCode::NotFound, QStringLiteral("There is no plan in %1 yet. Make one with: samen-cli init --name NAME").arg(m_dataDir));
    auto pass = passphrase(QStringLiteral("Passphrase"));
    if (!pass)
        return pass.error();
    auto store = PlanStore::open(m_dataDir, DatabaseKey::passphrase(pass.value()));
    if (!store)
        return store.error();
    adopt(std::move(store).value());
    if (m_planId.isEmpty())
        return Status::fail(ErrorCode::NotFound, QStringLiteral("The store holds no plan. Make one with: samen-cli init --name NAME"));
    return {};
}

Status CliContext::createStore()
{
    if (PlanStore::exists(m_dataDir))
        return Status::fail(ErrorCode::Conflict, QStringLiteral("There is already a plan in %1. Nothing was changed.").arg(m_dataDir));
    auto pass = passphrase(QStringLiteral("Choose a passphrase"));
    if (!pass)
        return pass.error();
    if (const Status strong = validateNewPassphrase(pass.value()); !strong)
        return strong;
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

void CliContext::adopt(std::unique_ptr<PlanStore> store)
{
    m_store = std::move(store);
    // Floored by the store's high-water mark: no edit sorts before what this device has seen.
    m_clock = m_store->makeClock();
    m_planId = m_store->setting(QStringLiteral("planId"));
    m_memberId = m_store->setting(QStringLiteral("memberId"));
}

int CliContext::done(const QJsonValue &json, const QString &text)
{
    QTextStream out(stdout);
    if (m_json) {
        const QJsonDocument doc = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        out << doc.toJson(QJsonDocument::Indented);
    } else if (!text.isEmpty()) {
        out << text << (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
    }
    return ExitOk;
}

int CliContext::fail(const Error &error)
{
    QTextStream(stderr) << "samen-cli: " << error.message << "\n";
    if (m_json) {
        QTextStream(stdout) << QJsonDocument(
                                   QJsonObject { { QStringLiteral("error"), errorCodeName(error.code) }, { QStringLiteral("message"), error.message } })
                                   .toJson(QJsonDocument::Compact)
                            << "\n";
    }
    return exitCodeFor(error.code);
}

int CliContext::usage(const QString &message)
{
    return fail(Error { ErrorCode::Usage, message + QStringLiteral("\nSee: samen-cli help") });
}

} // namespace samen::cli
