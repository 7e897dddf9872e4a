#pragma once

#include "runtime/servicekey.h"
#include "security/signingkey.h"

namespace samen::service {

/**
 * Finds the key that signs the audit chain's head, by the rules of the database key
 * (issue 19, items 4 and 5): --audit-key-file FILE (PEM Ed25519), refused inside the
 * data folder outside development; with --dev-tls only, DIR/audit-head-key.pem from an
 * earlier run, or (rules.mayGenerate) a new one written there with mode 0600.
 * Outside development without a file: Usage error saying how to make one.
 */
Result<SigningKey> loadAuditKey(const QString &keyFile, const QString &dataDir, const KeyRules &rules);

} // namespace samen::service
