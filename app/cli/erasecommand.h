#pragma once

#include "cli/clicontext.h"

namespace samen::cli {

/** samen-cli erase [--yes] [--this-device-only]: erase the plan here and (owner, connected) at the service. */
int cmdErase(CliContext &ctx);
/** Asks one question on stderr and reads the answer from stdin (empty when there is none: no terminal, end of input). */
QString askLine(const QString &question);
/** True when the answer is "yes" (or the reader's language's word for it). */
bool isYes(const QString &answer);

} // namespace samen::cli
