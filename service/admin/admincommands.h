#pragma once

#include "audit/auditlog.h"
#include "security/signingkey.h"
#include "storage/servicestore.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace samen::service {

/** Values of the command-line options the admin commands read. */
struct AdminOptions {
    QString organisationId; ///< --org
    QString name; ///< --name
    int codeValidHours = 72; ///< --code-valid-hours
    QString headFile; ///< --head: a signed audit head saved earlier (audit verify)
    std::optional<SigningKey> auditKey; ///< the service's audit head key, when given or in a development folder
};

/**
 * The operator's commands ("samen-service admin ..."): organisations, professionals
 * with their one-time enrolment codes, the list of what is registered, revoking a
 * device, verifying the audit chain. They work on the same store as the running
 * service (SQLite file locks make that safe) and audit every change as "admin".
 * Output names only what the operator typed and ids: never what citizens wrote.
 */
class AdminCommands
{
public:
    AdminCommands(ServiceStore &store, QTextStream &out, QTextStream &err);

    /**
     * Runs args (the words after "admin"); returns the process exit code: 0 done, 1 failed, 2 usage,
     * 3 audit chain broken or no longer extending the saved head (--head).
     */
    int run(const QStringList &args, const AdminOptions &options, qint64 nowMs);

    static QString usage();
    /** True when args (starting with "admin") name a known command with the right number of words. */
    static bool recognised(const QStringList &args);

private:
    int addOrganisation(const QString &name, qint64 nowMs);
    int addProfessional(const AdminOptions &options, qint64 nowMs);
    /**
     * A new one-time enrolment code for an existing professional's account (who: their name, account id or
     * professional id; --org narrows a name), so a revoked or new device enrols into the same account and the
     * plans come back. Refuses an unknown or ambiguous one with the professionals to choose from (exit 1).
     */
    int newProfessionalCode(const QString &who, const AdminOptions &options, qint64 nowMs);
    /** Stores a one-time professional's code for accountId, audited as action on professionalId; empty when it could not be stored. */
    QString issueCode(const QString &accountId, const QString &professionalId, const QString &action, qint64 expires, qint64 nowMs);
    int list();
    int revoke(const QString &deviceId, qint64 nowMs);
    int verifyAudit(const AdminOptions &options);
    /** Prints the chain's head signed now (AuditHead JSON) for an auditor to keep. */
    int printAuditHead(const AdminOptions &options, qint64 nowMs);
    int fail(const QString &message, int code = 1);
    /** A name the operator typed, tidied (NameRule::tidy): 1 to 120 characters, one line, the name rule (NameRule); empty when unusable. */
    static QString cleanName(const QString &name);

    ServiceStore &m_store;
    AuditLog m_audit;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace samen::service
