#pragma once

#include <QString>

namespace samen {

/**
 * Why the case service refused an operation, as the device keeps it with the
 * operation: "<code>: <the service's message>", the code being the service's
 * machine-readable kind (docs/sync-protocol.md, "Push"). Shared by the store
 * (which refuses to send again what can never be accepted) and the app.
 */
struct Refusal {
    /** The person may not make this change (no write access to that part of the plan). */
    static inline const QString kForbidden = QStringLiteral("forbidden");
    /** The change is not valid (schema, size, references): sending it again gives the same answer. */
    static inline const QString kInvalid = QStringLiteral("invalid");
    /** The change's clock was too far ahead of the service's: fine once stamped with a right clock. */
    static inline const QString kClock = QStringLiteral("clock");

    QString code; ///< kForbidden, kInvalid, kClock, or empty when unknown (older stores, unknown codes)
    QString message; ///< the service's own words (English), shown only as detail

    /** The kept form: "code: message" for a known code, else the message alone. */
    static QString keep(const QString &code, const QString &message);
    /** Reads the kept form back. */
    static Refusal parse(const QString &kept);
    /**
     * Whether sending the change again can be accepted: a clock refusal can (the change
     * is stamped again with a current clock), and so can one of unknown kind; forbidden
     * and invalid ones cannot, they can only be discarded.
     */
    bool retryable() const { return code != kForbidden && code != kInvalid; }
};

} // namespace samen
