#include "audit/audithead.h"

#include "audit/auditlog.h"
#include "security/crypto.h"
#include "security/signingkey.h"

#include <QHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <algorithm>

namespace samen::service {

namespace {

// RFC 6962 §2.1: MTH(D[n]) = SHA-256(0x01 || MTH(D[0:k]) || MTH(D[k:n])), k the largest power of two below n; a leaf SHA-256(0x00 || d).
QByteArray subtree(const QList<QByteArray> &leaves, qsizetype from, qsizetype n)
{
    if (n == 1)
        return Crypto::sha256(QByteArray(1, '\0') + leaves.at(from));
    qsizetype k = 1;
    while (k * 2 < n)
        k *= 2;
    return Crypto::sha256(QByteArray(1, '\1') + subtree(leaves, from, k) + subtree(leaves, from + k, n - k));
}

} // namespace

QByteArray AuditHead::signedBytes(int version, qint64 size, const QString &headHash, qint64 timestampMs)
{
    return QByteArrayLiteral("samen-audit-head-v") + QByteArray::number(version) + '\n' + QByteArray::number(size) + '\n' + headHash.toLatin1() + '\n'
        + QByteArray::number(timestampMs);
}

QString AuditHead::treeHash(const QList<AuditChainHead> &chains)
{
    if (chains.isEmpty())
        return QString::fromLatin1(Crypto::sha256(QByteArray()).toHex());
    QList<QByteArray> leaves;
    for (const AuditChainHead &c : chains)
        leaves.append(c.chain.toUtf8() + '\n' + QByteArray::number(c.size) + '\n' + c.hash.toLatin1());
    return QString::fromLatin1(subtree(leaves, 0, leaves.size()).toHex());
}

AuditHead AuditHead::sign(const SigningKey &key, const QList<AuditChainHead> &chains, qint64 timestampMs)
{
    AuditHead head;
    head.chains = chains;
    for (const AuditChainHead &c : chains)
        head.size += c.size;
    head.headHash = treeHash(chains);
    head.timestampMs = timestampMs;
    head.publicKey = key.publicKey();
    head.signature = key.sign(signedBytes(head.version, head.size, head.headHash, timestampMs));
    return head;
}

QString AuditHead::publishedName(const QString &chain, const QByteArray &nameKey)
{
    if (chain == AuditLog::legacyChain() || chain == AuditLog::chainOf(QString()))
        return chain;
    return QString::fromLatin1(QMessageAuthenticationCode::hash(chain.toUtf8(), nameKey, QCryptographicHash::Sha256).toHex());
}

QList<AuditChainHead> AuditHead::published(const QList<AuditChainHead> &chains, const QByteArray &nameKey)
{
    QList<AuditChainHead> out;
    out.reserve(chains.size());
    for (const AuditChainHead &c : chains)
        out.append({ publishedName(c.chain, nameKey), c.size, c.hash });
    std::sort(out.begin(), out.end(), [](const AuditChainHead &a, const AuditChainHead &b) { return a.chain < b.chain; });
    return out;
}

QList<AuditChainHead> AuditHead::ownKeys(const QList<AuditChainHead> &saved, const QList<AuditChainHead> &current, const QByteArray &nameKey)
{
    QHash<QString, QString> keyOf;
    for (const AuditChainHead &c : current) {
        keyOf.insert(c.chain, c.chain);
        keyOf.insert(publishedName(c.chain, nameKey), c.chain);
    }
    QList<AuditChainHead> out;
    for (const AuditChainHead &c : saved)
        out.append({ keyOf.value(c.chain, c.chain), c.size, c.hash });
    return out;
}

bool AuditHead::signatureValid() const
{
    return Crypto::verifyEd25519(publicKey, signedBytes(version, size, headHash, timestampMs), signature);
}

QList<AuditChainHead> AuditHead::coveredChains() const
{
    if (version >= 2)
        return chains;
    return { AuditChainHead { AuditLog::legacyChain(), size, headHash } };
}

QJsonObject AuditHead::toJson() const
{
    QJsonObject o { { QStringLiteral("size"), size },
                    { QStringLiteral("headHash"), headHash },
                    { QStringLiteral("timestamp"), timestampMs },
                    { QStringLiteral("algorithm"), QStringLiteral("Ed25519") },
                    { QStringLiteral("publicKey"), QString::fromLatin1(publicKey.toBase64()) },
                    { QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()) } };
    if (version >= 3)
        o.insert(QStringLiteral("version"), version);
    if (version >= 2) {
        QJsonArray list;
        for (const AuditChainHead &c : chains)
            list.append(QJsonObject { { QStringLiteral("chain"), c.chain }, { QStringLiteral("size"), c.size }, { QStringLiteral("hash"), c.hash } });
        o.insert(QStringLiteral("chains"), list);
    }
    return o;
}

Result<AuditHead> AuditHead::fromJson(const QJsonObject &json)
{
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    static const QRegularExpression chainKey(QStringLiteral("^[0-9a-z]{1,64}$"));
    const auto malformed = [] {
        return Result<AuditHead>::fail(ErrorCode::Validation,
                                       QStringLiteral("not a signed audit head: it needs size, headHash (64 hex characters), timestamp, "
                                                      "algorithm \"Ed25519\", publicKey and signature (base64), and chains ([{chain, size, hash}]) "
                                                      "that hash to headHash"));
    };
    AuditHead head;
    const QJsonValue size = json.value(QStringLiteral("size"));
    const QJsonValue timestamp = json.value(QStringLiteral("timestamp"));
    head.headHash = json.value(QStringLiteral("headHash")).toString();
    head.publicKey = Crypto::decodeBase64Exact(json.value(QStringLiteral("publicKey")).toString(), 32);
    head.signature = Crypto::decodeBase64Exact(json.value(QStringLiteral("signature")).toString(), 64);
    if (!size.isDouble() || size.toInteger(-1) < 0 || !timestamp.isDouble() || !hex64.match(head.headHash).hasMatch()
        || json.value(QStringLiteral("algorithm")).toString() != QLatin1String("Ed25519") || head.publicKey.size() != 32 || head.signature.size() != 64)
        return malformed();
    head.size = size.toInteger();
    head.timestampMs = timestamp.toInteger();
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (!version.isUndefined() && (version.toInteger(-1) != 3 || !json.contains(QStringLiteral("chains"))))
        return malformed();
    head.version = !version.isUndefined() ? 3 : json.contains(QStringLiteral("chains")) ? 2 : 1;
    if (head.version == 1)
        return head;
    qint64 total = 0;
    for (const QJsonValue &v : json.value(QStringLiteral("chains")).toArray()) {
        const QJsonObject o = v.toObject();
        AuditChainHead c { o.value(QStringLiteral("chain")).toString(), o.value(QStringLiteral("size")).toInteger(-1),
                           o.value(QStringLiteral("hash")).toString() };
        if (!chainKey.match(c.chain).hasMatch() || c.size < 1 || !hex64.match(c.hash).hasMatch()
            || (!head.chains.isEmpty() && head.chains.last().chain >= c.chain))
            return malformed();
        total += c.size;
        head.chains.append(c);
    }
    if (!json.value(QStringLiteral("chains")).isArray() || total != head.size || treeHash(head.chains) != head.headHash)
        return malformed();
    return head;
}

} // namespace samen::service
