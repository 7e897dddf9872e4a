#pragma once

#include <functional>

namespace samen::cli {

/**
 * Runs an event loop until SIGINT or SIGTERM arrives (Ctrl+C, a service manager's stop) or stopWhen()
 * returns true; both are looked at every 100 ms, since a signal handler may only set a flag. started()
 * runs once the handlers are in place and before the loop (say "watching", start the client); the
 * default handlers are back when this returns. For samen-cli's `sync --watch` (one plan or a caseload).
 */
void runUntilStopped(const std::function<void()> &started, const std::function<bool()> &stopWhen = {});

} // namespace samen::cli
