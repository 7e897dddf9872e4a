#pragma once

#include "cli/clicontext.h"

namespace samen::cli {

/** samen-cli erase [--yes] [--this-device-only]: erase the plan here and (owner, connected) at the service. */
int cmdErase(CliContext &ctx);
/** Asks one question on stderr and reads the answer from stdin (empty when there is none: no terminal, end of input). */
QString askLine(const QString &question);
/** True when the answer is "yes" (or the reader's language's word for it). */
bool isYes(const QString &answer);
/**
 * Before a step that cannot be taken back from here: says what it does (what, on stderr), asks question, and
 * goes on only on "yes". Otherwise a Usage error in words: "Nothing was changed: " kept, and that --yes skips
 * the question (for scripts). With yes (--yes given) nothing is asked.
 */
Status confirmed(bool yes, const QString &what, const QString &question, const QString &kept);

} // namespace samen::cli
