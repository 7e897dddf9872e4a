#pragma once

#include "core/result.h"

namespace samen {

/** The smallest passphrase (or PIN) Samen accepts; it goes through SQLCipher's slow KDF. */
inline constexpr int kMinPassphraseLength = 6;

/** Checks a new passphrase or PIN; the message says what is needed, in plain words. */
Status validateNewPassphrase(const QString &passphrase);

} // namespace samen
