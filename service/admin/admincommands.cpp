#include "admin/admincommands.h"

#include "audit/audithead.h"
#include "domain/namerule.h"
#include "domain/texthygiene.h"
#include "security/crypto.h"
#include "storage/storetransaction.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QUuid>

namespace samen::service {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

const QString kAdmin = QStringLiteral("admin");

} // namespace

AdminCommands::AdminCommands(ServiceStore &store, QTextStream &out, QTextStream &err)
    : m_store(store)
    , m_audit(store)
    , m_out(out)
    , m_err(err)
{
}

QString AdminCommands::usage()
{
    return QStringLiteral("admin commands:\n"
                          "  admin org add NAME                                  register an organisation\n"
                          "  admin professional add --org ID --name NAME         register a professional; prints a one-time enrolment code\n"
                          "  admin professional code NAME_OR_ACCOUNT [--org ID]  a new one-time enrolment code for an existing professional's\n"
                          "                                                      account (a revoked or new device): their plans come back\n"
                          "  admin list                                          organisations, professionals and devices\n"
                          "  admin revoke DEVICE_ID                              revoke a device and its tokens\n"
                          "  admin audit verify [--head FILE]                    check the audit hash chain (and that it extends a saved head)\n"
                          "  admin audit head                                    print the chain's head, signed, for an auditor to keep");
}

int AdminCommands::fail(const QString &message, int code)
{
    m_err << "samen-service: " << message << "\n";
    if (code == 2)
        m_err << usage() << "\n";
    m_err.flush();
    return code;
}

QString AdminCommands::cleanName(const QString &name)
{
    // The operator types it: tidied as a device tidies a typed name, then the name rule (NameRule).
    const QString tidied = NameRule::tidy(name);
    if (tidied.isEmpty() || tidied.size() > 120 || NameRule::check(tidied) != NameRule::Problem::None
        || TextHygiene::check(tidied, TextHygiene::Kind::OneLine, true) != TextHygiene::Problem::None)
        return {};
    return tidied;
}

bool AdminCommands::recognised(const QStringList &args)
{
    const QString verb = args.value(1);
    return (args.size() == 4 && verb == QLatin1String("org") && args[2] == QLatin1String("add"))
        || (args.size() == 3 && verb == QLatin1String("professional") && args[2] == QLatin1String("add"))
        || (args.size() == 4 && verb == QLatin1String("professional") && args[2] == QLatin1String("code"))
        || (args.size() == 2 && verb == QLatin1String("list")) || (args.size() == 3 && verb == QLatin1String("revoke"))
        || (args.size() == 3 && verb == QLatin1String("audit") && (args[2] == QLatin1String("verify") || args[2] == QLatin1String("head")));
}

int AdminCommands::run(const QStringList &args, const AdminOptions &options, qint64 nowMs)
{
    const QString verb = args.value(1);
    if (args.size() == 4 && verb == QLatin1String("org") && args[2] == QLatin1String("add"))
        return addOrganisation(args[3], nowMs);
    if (args.size() == 3 && verb == QLatin1String("professional") && args[2] == QLatin1String("add"))
        return addProfessional(options, nowMs);
    if (args.size() == 4 && verb == QLatin1String("professional") && args[2] == QLatin1String("code"))
        return newProfessionalCode(args[3], options, nowMs);
    if (args.size() == 2 && verb == QLatin1String("list"))
        return list();
    if (args.size() == 3 && verb == QLatin1String("revoke"))
        return revoke(args[2], nowMs);
    if (args.size() == 3 && verb == QLatin1String("audit") && args[2] == QLatin1String("verify"))
        return verifyAudit(options);
    if (args.size() == 3 && verb == QLatin1String("audit") && args[2] == QLatin1String("head"))
        return printAuditHead(options, nowMs);
    return fail(QStringLiteral("unknown admin command"), 2);
}

int AdminCommands::addOrganisation(const QString &name, qint64 nowMs)
{
    const QString clean = cleanName(name);
    if (clean.isEmpty())
        return fail(QStringLiteral("an organisation name is 1 to 120 characters on one line, without hidden characters (such as direction "
                                   "marks or zero-width spaces)"),
                    2);
    const OrganisationRecord organisation { newId(), clean, nowMs };
    StoreTransaction tx(m_store);
    if (!tx.begun() || !m_store.insertOrganisation(organisation)
        || !m_audit.append(QString(), kAdmin, QStringLiteral("organisation.add"), organisation.id, {}, nowMs) || !tx.commit())
        return fail(QStringLiteral("could not store the organisation"));
    m_out << "Organisation added: " << organisation.id << "  " << organisation.name << "\n";
    m_out.flush();
    return 0;
}

int AdminCommands::addProfessional(const AdminOptions &options, qint64 nowMs)
{
    if (options.organisationId.isEmpty() || options.name.trimmed().isEmpty())
        return fail(QStringLiteral("give --org ID and --name NAME"), 2);
    // Say which rule the name broke: it may be of the right length and still hold a hidden character (review 3, #27).
    const QString name = cleanName(options.name);
    if (name.isEmpty())
        return fail(QStringLiteral("the name must be 1 to 120 characters on one line, without hidden characters (such as direction marks or "
                                   "zero-width spaces)"),
                    2);
    if (options.codeValidHours < 1 || options.codeValidHours > 24 * 30)
        return fail(QStringLiteral("--code-valid-hours wants 1 to 720"), 2);
    auto organisations = m_store.organisations();
    if (!organisations)
        return fail(organisations.error().message);
    QString organisationName;
    for (const OrganisationRecord &o : organisations.value()) {
        if (o.id == options.organisationId)
            organisationName = o.name;
    }
    if (organisationName.isEmpty())
        return fail(QStringLiteral("there is no organisation with id %1 (see: admin list)").arg(options.organisationId.left(64)));

    // One name once per organisation: a second "André" there would be a new, empty account that nobody can tell apart
    // from the first; the way back for an existing professional is a new code for their account (review 5).
    auto professionals = m_store.professionals();
    if (!professionals)
        return fail(professionals.error().message);
    for (const ProfessionalRecord &p : professionals.value()) {
        if (p.organisationId == options.organisationId && TextHygiene::sameName(p.name, name))
            return fail(QStringLiteral("there is already a professional called %1 in %2 (account %3): nothing was added. For a new enrolment "
                                       "code for their existing account (their plans come back): admin professional code %3")
                            .arg(p.name, organisationName, p.accountId));
    }

    const ProfessionalRecord professional { newId(), options.organisationId, name, newId(), nowMs };
    const QString code = Crypto::randomSecret();
    const qint64 expires = nowMs + static_cast<qint64>(options.codeValidHours) * 3600 * 1000;
    StoreTransaction tx(m_store);
    if (!tx.begun() || !m_store.insertProfessional(professional)
        || !m_store.insertEnrolmentCode(Crypto::sha256(code.toUtf8()), { professional.accountId, QStringLiteral("professional"), expires })
        || !m_audit.append(QString(), kAdmin, QStringLiteral("professional.add"), professional.id,
                           { { QStringLiteral("organisationId"), professional.organisationId }, { QStringLiteral("accountId"), professional.accountId } },
                           nowMs)
        || !tx.commit())
        return fail(QStringLiteral("could not store the professional"));
    m_out << "Professional added: " << professional.id << "  " << professional.name << " (" << organisationName << ")\n"
          << "Account: " << professional.accountId << "\n"
          << "Enrolment code (one use, valid until " << when(expires) << "; it is not shown again): " << code << "\n";
    m_out.flush();
    return 0;
}

int AdminCommands::newProfessionalCode(const QString &who, const AdminOptions &options, qint64 nowMs)
{
    if (options.codeValidHours < 1 || options.codeValidHours > 24 * 30)
        return fail(QStringLiteral("--code-valid-hours wants 1 to 720"), 2);
    auto organisations = m_store.organisations();
    auto professionals = m_store.professionals();
    if (!organisations || !professionals)
        return fail(QStringLiteral("could not read the service store"));
    QHash<QString, QString> organisationNames;
    for (const OrganisationRecord &o : organisations.value())
        organisationNames.insert(o.id, o.name);
    const auto line = [&](const ProfessionalRecord &p) {
        return QStringLiteral("  %1 (%2)  account %3").arg(p.name, organisationNames.value(p.organisationId, p.organisationId), p.accountId);
    };
    const QString typed = NameRule::tidy(who);
    QList<ProfessionalRecord> found;
    QStringList everyone;
    for (const ProfessionalRecord &p : professionals.value()) {
        everyone.append(line(p));
        if (!options.organisationId.isEmpty() && p.organisationId != options.organisationId)
            continue;
        if (p.accountId == who.trimmed() || p.id == who.trimmed() || (!typed.isEmpty() && TextHygiene::sameName(p.name, typed)))
            found.append(p);
    }
    if (found.isEmpty())
        return fail(
            QStringLiteral("there is no professional called or with account \"%1\"%2: no code was made. The professionals:\n%3")
                .arg(who.left(120), options.organisationId.isEmpty() ? QString() : QStringLiteral(" in organisation ") + options.organisationId.left(64),
                     everyone.isEmpty() ? QStringLiteral("  (none yet: admin professional add --org ID --name NAME)") : everyone.join(QLatin1Char('\n'))));
    if (found.size() > 1) {
        QStringList which;
        for (const ProfessionalRecord &p : found)
            which.append(line(p));
        return fail(QStringLiteral("more than one professional is called %1: no code was made. Give the account, or --org ID:\n%2")
                        .arg(typed, which.join(QLatin1Char('\n'))));
    }
    const ProfessionalRecord &professional = found.first();
    const qint64 expires = nowMs + static_cast<qint64>(options.codeValidHours) * 3600 * 1000;
    const QString code = issueCode(professional.accountId, professional.id, QStringLiteral("professional.enrolment-code"), expires, nowMs);
    if (code.isEmpty())
        return fail(QStringLiteral("could not store the enrolment code"));
    m_out << "Professional: " << professional.id << "  " << professional.name << " ("
          << organisationNames.value(professional.organisationId, professional.organisationId) << ")\n"
          << "Account: " << professional.accountId << " (existing: a device enrolled with this code joins it, and the plans the professional "
          << "is in come back at its next sync)\n"
          << "Enrolment code (one use, valid until " << when(expires) << "; it is not shown again): " << code << "\n";
    m_out.flush();
    return 0;
}

QString AdminCommands::issueCode(const QString &accountId, const QString &professionalId, const QString &action, qint64 expires, qint64 nowMs)
{
    const QString code = Crypto::randomSecret();
    StoreTransaction tx(m_store);
    if (!tx.begun() || !m_store.insertEnrolmentCode(Crypto::sha256(code.toUtf8()), { accountId, QStringLiteral("professional"), expires })
        || !m_audit.append(QString(), kAdmin, action, professionalId, { { QStringLiteral("accountId"), accountId }, { QStringLiteral("expiresAt"), expires } },
                           nowMs)
        || !tx.commit())
        return {};
    return code;
}

int AdminCommands::list()
{
    auto organisations = m_store.organisations();
    auto professionals = m_store.professionals();
    auto devices = m_store.allDevices();
    if (!organisations || !professionals || !devices)
        return fail(QStringLiteral("could not read the service store"));
    QHash<QString, QString> organisationNames;
    m_out << "Organisations (" << organisations->size() << ")\n";
    for (const OrganisationRecord &o : organisations.value()) {
        organisationNames.insert(o.id, o.name);
        m_out << "  " << o.id << "  " << o.name << "  added " << when(o.createdMs) << "\n";
    }
    QHash<QString, QString> professionalOfAccount;
    m_out << "Professionals (" << professionals->size() << ")\n";
    for (const ProfessionalRecord &p : professionals.value()) {
        professionalOfAccount.insert(p.accountId, p.id);
        m_out << "  " << p.id << "  " << p.name << "  organisation " << organisationNames.value(p.organisationId, p.organisationId) << "  account "
              << p.accountId << "  added " << when(p.createdMs) << "\n";
    }
    // A citizen's or network member's device name is typed by them (often a person's name): the operator sees its id and
    // state only. A professional's device is the organisation's work device: its name tells the operator which one to
    // revoke when one is lost (review 15, F6), shown quoted and display-safe (no control or direction characters).
    m_out << "Devices (" << devices->size() << ")\n";
    for (const DeviceRecord &d : devices.value()) {
        const QString professional = professionalOfAccount.value(d.accountId);
        const QString name = professional.isEmpty() || d.displayName.trimmed().isEmpty()
            ? QString()
            : QStringLiteral("  \"%1\"").arg(TextHygiene::displaySafe(d.displayName.trimmed()));
        m_out << "  " << d.id << "  " << (professional.isEmpty() ? QStringLiteral("citizen or network member") : QStringLiteral("professional ") + professional)
              << name << "  enrolled " << when(d.createdMs) << "  " << (d.revokedMs ? QStringLiteral("revoked ") + when(d.revokedMs) : QStringLiteral("active"))
              << "\n";
    }
    m_out.flush();
    return 0;
}

int AdminCommands::revoke(const QString &deviceId, qint64 nowMs)
{
    auto device = m_store.device(deviceId);
    if (!device)
        return fail(device.error().message);
    if (!device->has_value())
        return fail(QStringLiteral("there is no device with id %1 (see: admin list)").arg(deviceId.left(64)));
    if (device->value().revokedMs) {
        m_out << "Device " << deviceId << " was already revoked on " << when(device->value().revokedMs) << "\n";
        m_out.flush();
        return 0;
    }
    StoreTransaction tx(m_store);
    if (!tx.begun() || !m_store.revokeDevice(deviceId, nowMs) || !m_store.deleteTokensOfDevice(deviceId)
        || !m_audit.append(QString(), kAdmin, QStringLiteral("device.revoke"), deviceId, {}, nowMs) || !tx.commit())
        return fail(QStringLiteral("could not revoke the device"));
    m_out << "Device " << deviceId << " revoked: its tokens are gone and it cannot sign in again\n";
    m_out.flush();
    return 0;
}

int AdminCommands::verifyAudit(const AdminOptions &options)
{
    if (options.headFile.isEmpty()) {
        auto checked = AuditLog::verify(m_store);
        if (!checked) {
            m_err << "Audit log BROKEN: " << checked.error().message << "\n";
            m_err.flush();
            return 3;
        }
        m_out << "Audit log intact: " << checked->size() << " entries in " << checked->chains.size() << " chains verified\n";
        m_out.flush();
        return 0;
    }
    QFile file(options.headFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the saved head %1: %2").arg(options.headFile, file.errorString()));
    auto saved = AuditHead::fromJson(QJsonDocument::fromJson(file.read(64 * 1024)).object());
    if (!saved)
        return fail(QStringLiteral("%1 is %2").arg(options.headFile, saved.error().message));
    if (!saved->signatureValid())
        return fail(QStringLiteral("the saved head's signature does not match its content: it was changed after it was signed, so it proves nothing"), 3);
    if (options.auditKey && options.auditKey->publicKey() != saved->publicKey)
        return fail(
            QStringLiteral("the saved head was signed by another key than this service's audit key (%1)").arg(QString::fromLatin1(saved->publicKey.toBase64())),
            3);
    const QString signedAt = when(saved->timestampMs);
    auto nameKey = m_store.auditNameKey();
    auto current = m_store.auditChains();
    if (!nameKey || !current)
        return fail(QStringLiteral("cannot read the service database: %1").arg((!nameKey ? nameKey.error() : current.error()).message));
    auto checked = AuditLog::extends(m_store, AuditLog::LogHead { AuditHead::ownKeys(saved->coveredChains(), current.value(), nameKey.value()) });
    if (!checked) {
        m_err << "Audit log does NOT extend the head saved at " << signedAt << " (" << saved->size << " entries): " << checked.error().message << "\n";
        m_err.flush();
        return 3;
    }
    m_out << "Audit log extends the head saved at " << signedAt << ": the " << saved->size << " entries it covered are unchanged, "
          << (checked->size() - saved->size) << " added since; " << checked->size() << " entries in " << checked->chains.size() << " chains verified\n";
    if (!options.auditKey)
        m_out << "The head's signature is valid for key " << saved->publicKey.toBase64()
              << "; compare it with the audit head key the service prints at start (or give --audit-key-file)\n";
    m_out.flush();
    return 0;
}

int AdminCommands::printAuditHead(const AdminOptions &options, qint64 nowMs)
{
    if (!options.auditKey)
        return fail(QStringLiteral("no audit signing key: give --audit-key-file FILE (or --dev-tls for a development store)"));
    auto checked = AuditLog::verify(m_store);
    if (!checked) {
        m_err << "Audit log BROKEN, no head signed: " << checked.error().message << "\n";
        m_err.flush();
        return 3;
    }
    auto nameKey = m_store.auditNameKey();
    if (!nameKey)
        return fail(QStringLiteral("cannot read the service database: %1").arg(nameKey.error().message));
    m_out << QJsonDocument(AuditHead::sign(*options.auditKey, AuditHead::published(checked->chains, nameKey.value()), nowMs).toJson())
                 .toJson(QJsonDocument::Compact)
          << "\n";
    m_out.flush();
    return 0;
}

} // namespace samen::service
