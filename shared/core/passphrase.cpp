#include "core/passphrase.h"

#include <QCoreApplication>

namespace samen {

Status validateNewPassphrase(const QString &passphrase)
{
    if (passphrase.size() < kMinPassphraseLength)
        return Status::fail(
            ErrorCode::Validation,
            QCoreApplication::translate("samen", "This passphrase is too short: use at least %1 characters or digits.").arg(kMinPassphraseLength));
    if (passphrase.size() > 1024)
        return Status::fail(ErrorCode::Validation, QCoreApplication::translate("samen", "This passphrase is too long: use at most 1024 characters."));
    return {};
}

} // namespace samen
