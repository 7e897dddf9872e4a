#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QtGlobal>

namespace samen {

/**
 * How much one push to the case service may carry, and the size rules that make
 * every operation fit in one (docs/sync-protocol.md, "Push limits").
 *
 * The numbers form a chain: the longest text (10,000 characters, the story and
 * meeting notes) encodes to at most 40,002 bytes (4 per character, plus quotes),
 * under kMaxValueBytes; an operation around such a value stays under
 * kMaxOperationBytes; and a service never accepts less than kMinBodyBytes per
 * push. So an operation that passes validateField always fits in a push, and the
 * device splits its outbox by encoded size under the limit the service states.
 */
struct PushLimits {
    /** Largest encoded JSON of one field value (validateField refuses more, on device and service). */
    static constexpr qint64 kMaxValueBytes = 40 * 1024;
    /** Largest encoded operation: the value plus at most 16 KiB for ids, clock and base list. */
    static constexpr qint64 kMaxOperationBytes = kMaxValueBytes + 16 * 1024;
    /** The smallest body limit a service may be started with: one largest operation in a push. */
    static constexpr qint64 kMinBodyBytes = 64 * 1024;
    /** The service's default body limit, and what a device assumes when a service states none. */
    static constexpr qint64 kDefaultBodyBytes = 1024 * 1024;
    /** The service's default (and a silent service's assumed) number of operations per push. */
    static constexpr int kDefaultMaxOps = 500;

    qint64 maxBodyBytes = kDefaultBodyBytes; ///< bytes of the whole request body, {"ops":[...]}
    int maxOps = kDefaultMaxOps; ///< operations per push

    /** {"maxBodyBytes": N, "maxOpsPerPush": N}, as the service states them in its sign-in answer. */
    QJsonObject toJson() const;
    /** The stated limits; the defaults for a missing object or a missing or unusable number. */
    static PushLimits fromJson(const QJsonValue &json);
    /** Bytes of v in compact JSON, as it is sent. */
    static qint64 encodedSize(const QJsonValue &v);
};

static_assert(PushLimits::kMaxOperationBytes + 16 <= PushLimits::kMinBodyBytes, "one largest operation must fit in the smallest push");

} // namespace samen
