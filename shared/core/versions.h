#pragma once

#include <QString>

namespace samen {

/** Versions of the pieces Samen is built from, for `samen-cli version` and tests. */
struct Versions {
    QString samen;
    QString qt;
    QString sqlite; ///< SQLite library version under SQLCipher
    QString sqlcipher; ///< PRAGMA cipher_version, e.g. "4.14.0 community"
    QString cryptoProvider; ///< PRAGMA cipher_provider, e.g. "openssl"
};

Versions versions();

} // namespace samen
