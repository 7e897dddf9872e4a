#pragma once

#include "core/result.h"

#include <QString>

namespace samen {

class Database;

/**
 * A copy of a keyed database's salt next to it (`<file>-salt`, 16 bytes, owner-only).
 * SQLCipher 4 keeps the salt of its key derivation in the file's first 16 bytes,
 * unencrypted; one flipped bit there makes every page fail its HMAC, exactly as a wrong
 * passphrase does, so without a copy a damaged salt reads as a wrong passphrase forever
 * (trial after stop 33). With the copy, open says Damaged (exit 5, `repair`) and repair
 * writes the salt back: the rest of the file is intact and nothing is lost.
 * The salt is not secret (SQLCipher stores it in the clear); see docs/security.md.
 */
namespace saltcopy {

/** The copy's path for the database at path. */
QString pathFor(const QString &databasePath);
/**
 * After an open with the key succeeded: writes the copy when it is missing or differs from
 * the salt SQLCipher uses (`PRAGMA cipher_salt`), so a damaged copy heals too. A copy that
 * cannot be written is logged, never an error (the store works without it).
 */
void keep(Database &db);
/** True when a 16-byte copy exists and the file's first 16 bytes differ from it: the salt is damaged, not the key wrong. */
bool differs(const QString &databasePath);
/** Writes the copy over the file's first 16 bytes (and syncs the file). Io when it cannot; NotFound without a copy. */
Status restore(const QString &databasePath);

} // namespace saltcopy

} // namespace samen
