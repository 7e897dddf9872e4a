#pragma once

namespace samen::cli {

/**
 * Waits until Qt's HTTP worker thread ("QNetworkAccessManager thread") has ended, for at most `limitMs`
 * milliseconds; returns true when none is left (at once when there never was one).
 *
 * Why: ~QNetworkAccessManager asks that thread to quit but waits only 5 s for it (Qt 6.4,
 * QNetworkAccessManagerPrivate::destroyThread), then leaves it running. On a loaded machine (or under
 * ASan) its TLS teardown takes longer, so the thread outlives main() while it still holds its per-thread
 * OpenSSL state (the public/private DRBGs of OpenSSL 3, which are freed only when the thread ends):
 * LeakSanitizer then reports that state as leaked at exit. samen-cli calls this before it returns.
 *
 * Linux: reads the names in /proc/self/task/<tid>/comm (a thread name is cut to 15 bytes there); on
 * other systems it returns true at once.
 */
bool waitForNetworkThreads(int limitMs);

} // namespace samen::cli
