#pragma once

#include <QStringList>

namespace samen::cli {

/** Exit codes of samen-cli, as documented in its help. */
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitValidation = 3, ExitWrongKey = 4, ExitDamaged = 5 };

/** Runs one samen-cli command line (arguments include the program name); returns the exit code. */
int cliMain(const QStringList &arguments);
/**
 * Runs samen-cli from the process's own arguments: one that is not valid UTF-8 (or holds a
 * noncharacter, see TextHygiene) exits 3 before anything is opened, since decoding it
 * would silently turn it into other text.
 */
int cliMain(int argc, char **argv);

} // namespace samen::cli
