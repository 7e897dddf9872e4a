#include "core/result.h"

namespace samen {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return QStringLiteral("usage");
    case ErrorCode::Validation:
        return QStringLiteral("validation");
    case ErrorCode::WrongKey:
        return QStringLiteral("wrong-key");
    case ErrorCode::Damaged:
        return QStringLiteral("damaged");
    case ErrorCode::NotSamen:
        return QStringLiteral("not-samen");
    case ErrorCode::TooNew:
        return QStringLiteral("too-new");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Permission:
        return QStringLiteral("permission");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Network:
        return QStringLiteral("network");
    case ErrorCode::Internal:
        break;
    }
    return QStringLiteral("internal");
}

} // namespace samen
