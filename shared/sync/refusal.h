#pragma once

#include "domain/memberaccess.h"

#include <QString>

namespace samen {

/**
 * Why the case service refused an operation, as the device keeps it with the
 * operation: the service's machine-readable kind (docs/sync-protocol.md, "Push")
 * and the life domain the change was in, as "<code>" or "<code>@<domain key>".
 * Never the service's own (English) words: the device says why in the person's
 * language when it shows the refusal (RefusedChangeModel::explain), so a change of
 * language changes the text too. Shared by the store (which refuses to send again
 * what can never be accepted) and the app.
 */
struct Refusal {
    /** The person may not make this change (no write access to that part of the plan). */
    static inline const QString kForbidden = QStringLiteral("forbidden");
    /** The change is not valid (schema, size, references): sending it again gives the same answer. */
    static inline const QString kInvalid = QStringLiteral("invalid");
    /** The change's clock was too far ahead of the service's: fine once stamped with a right clock. */
    static inline const QString kClock = QStringLiteral("clock");
    /**
     * The step was given to someone who cannot see its life domain, by the service's grants at the
     * time of the push (R4-13): fine once that life domain is shared with them, so it can be sent again.
     */
    static inline const QString kUnreachable = QStringLiteral("step-unreachable");
    /** The device did not send it: one change larger than the service takes in a push. */
    static inline const QString kTooLarge = QStringLiteral("too-large");
    /** Kept for a refusal of a kind this device does not know (a newer service). */
    static inline const QString kUnknown = QStringLiteral("unknown");

    QString code; ///< kForbidden, kInvalid, kClock, kUnreachable, kTooLarge, or empty when unknown (unknown codes, older stores)
    QString domainKey; ///< the life domain the refused change was in, "" for plan-level changes or when not known

    /** The kept form: "code" or "code@domainKey"; kUnknown for an unknown code (never empty). */
    static QString keep(const QString &code, const QString &domainKey = {});
    /** Reads the kept form back; the older form "code: the service's words" gives the code and drops the words. */
    static Refusal parse(const QString &kept);
    /**
     * Whether sending the change again can be accepted: a clock refusal can (the change
     * is stamped again with a current clock), a step given to someone who cannot see its
     * life domain can once it is shared with them, and so can one of unknown kind; forbidden,
     * invalid and too large ones cannot, they can only be discarded.
     */
    bool retryable() const { return code != kForbidden && code != kInvalid && code != kTooLarge; }
    /**
     * retryable(), or a member's forbidden change in a life domain the member may now write, as the device
     * last heard its grants. "Ask the owner for access" must lead somewhere: once given, the change can be
     * sent again (trial after stop 39: it could only be discarded). Not for the owner, who may change every
     * life domain: what the service refuses the owner (a plan-level or service-decided field) stays refused.
     */
    bool retryableWith(const MemberAccess &access) const;
};

} // namespace samen
