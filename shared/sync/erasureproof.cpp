#include "sync/erasureproof.h"

namespace samen {

QByteArray ErasureProof::message(const QString &planId, const QString &nonce)
{
    return QByteArrayLiteral("samen-erase-v1:") + planId.toLatin1() + ':' + nonce.toLatin1();
}

} // namespace samen
