#pragma once

#include "sync/pushlimits.h"

#include <QtGlobal>

namespace samen::service {

/** Limits and switches the operator sets on the command line; defaults are the safe ones. */
struct ServiceConfig {
    qint64 maxBodyBytes = PushLimits::kDefaultBodyBytes; ///< stated to devices at sign-in; at least PushLimits::kMinBodyBytes
    bool allowSignup = false;
    qint64 tokenLifetimeMs = 15 * 60 * 1000;
    qint64 challengeLifetimeMs = 60 * 1000;
    qint64 enrolmentCodeLifetimeMs = 15 * 60 * 1000; ///< codes a signed-in device asks for its account's next device
    qint64 invitationLifetimeMs = 7LL * 24 * 60 * 60 * 1000;
    int maxBatch = PushLimits::kDefaultMaxOps; ///< operations per push, stated to devices at sign-in
    int maxPull = 1000;
    qint64 maxClockSkewMs = 5 * 60 * 1000;
    int rateLimitPerAddress = 1200; ///< requests a minute from one address (0: off)
    int rateLimitPerDevice = 600; ///< requests a minute from one signed-in device (0: off)
    int liveSweepMs = 10000; ///< how often live sockets of devices revoked by another process are found
    int headerTimeoutMs = 20000; ///< the TLS handshake, and a request's header block from its first byte (408 after)
    int bodyTimeoutMs = 60000; ///< a request's whole body, from the end of its headers (408 after)
    int idleTimeoutMs = 60000; ///< a connection with no request under way is closed after this
    int maxConnectionsPerAddress = 64; ///< open connections from one client address (0: no cap)
    QByteArray metricsTokenHash; ///< SHA-256 of the token GET /metrics asks for (--metrics-token-file); empty: /metrics needs none
    int auditFlushMs = 200; ///< how long audit entries of reads wait to be written in one batch (AuditLog::flush); a crash loses at most these
};

} // namespace samen::service
