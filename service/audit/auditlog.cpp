#include "audit/auditlog.h"

#include "security/crypto.h"
#include "storage/storetransaction.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace samen::service {

namespace {

// The legacy chain starts from a fixed value so its first entry is linked too; later chains from their own genesis.
const QString kZeros = QString(64, QLatin1Char('0'));

Result<AuditLog::LogHead> damaged(const QString &message)
{
    return Result<AuditLog::LogHead>::fail(ErrorCode::Damaged, message);
}

/** The chain in words, for the operator: never a plan id (the key is a hash of it). */
QString chainWords(const QString &chain)
{
    if (chain == AuditLog::legacyChain())
        return QStringLiteral("the log's first chain (from before plans had their own)");
    if (chain == AuditLog::chainOf(QString()))
        return QStringLiteral("the service-wide chain");
    return QStringLiteral("the chain of the plan with key %1").arg(chain.left(12));
}

/** Blanked entries per erasure record (its seq), and what each record says it blanked. */
struct ErasureTally {
    QHash<qint64, qint64> blanked;
    QHash<qint64, qint64> claimed;
};

/**
 * Walks one chain from a head verified before (size 0: from its genesis): that head's entry must
 * still be there with the same hash, and every later entry must be the next position and link to
 * the one before it. tally, when given, collects blanked entries and erasure records.
 */
Result<AuditChainHead> walkChain(ServiceStore &store, const AuditChainHead &from, ErasureTally *tally)
{
    const QString where = chainWords(from.chain);
    auto fail = [&](const QString &message) { return Result<AuditChainHead>::fail(ErrorCode::Damaged, message + QStringLiteral(" (") + where + u')'); };
    if (from.size > 0) {
        auto at = store.chainEntries(from.chain, from.size - 1, 1);
        if (!at)
            return at.error();
        if (at->isEmpty() || at->first().chainPos != from.size)
            return fail(QStringLiteral("entry %1 of the chain is missing: entries were removed from its end").arg(from.size));
        if (at->first().hash != from.hash)
            return fail(QStringLiteral("audit entry %1 was rewritten after it was verified").arg(at->first().seq));
    }
    AuditChainHead head { from.chain, from.size, from.size > 0 ? from.hash : AuditLog::genesis(from.chain) };
    for (;;) {
        auto page = store.chainEntries(from.chain, head.size, 1000);
        if (!page)
            return page.error();
        if (page->isEmpty())
            return head;
        for (const AuditRecord &e : page.value()) {
            if (e.chainPos != head.size + 1)
                return fail(QStringLiteral("entry %1 of the chain is missing (the next is audit entry %2)").arg(head.size + 1).arg(e.seq));
            if (e.prevHash != head.hash)
                return fail(QStringLiteral("audit entry %1 does not link to the entry before it").arg(e.seq));
            const bool isBlank = e.action == AuditLog::erasedAction();
            if (isBlank) {
                const qint64 by = e.detail.value(QStringLiteral("erasedBy")).toInteger();
                if (by <= e.seq)
                    return fail(QStringLiteral("audit entry %1 was blanked without a later erasure").arg(e.seq));
                if (tally)
                    ++tally->blanked[by];
            } else if (e.action == AuditLog::erasureAction() && tally) {
                if (const qint64 n = e.detail.value(QStringLiteral("redacted")).toInteger(); n != 0)
                    tally->claimed.insert(e.seq, n);
            }
            if (!isBlank && AuditLog::entryHash(head.hash, e) != e.hash)
                return fail(QStringLiteral("audit entry %1 was altered (its hash does not match)").arg(e.seq));
            head.hash = e.hash;
            ++head.size;
        }
    }
}

} // namespace

AuditLog::AuditLog(ServiceStore &store)
    : m_store(store)
{
}

QByteArray AuditLog::canonical(const AuditRecord &e)
{
    // QJsonObject keeps keys sorted, so the compact form is canonical for these flat values.
    return QJsonDocument(QJsonObject { { QStringLiteral("seq"), e.seq },
                                       { QStringLiteral("atMs"), e.atMs },
                                       { QStringLiteral("planId"), e.planId },
                                       { QStringLiteral("actor"), e.actor },
                                       { QStringLiteral("action"), e.action },
                                       { QStringLiteral("target"), e.target },
                                       { QStringLiteral("detail"), e.detail } })
        .toJson(QJsonDocument::Compact);
}

QString AuditLog::entryHash(const QString &prevHash, const AuditRecord &entry)
{
    return QString::fromLatin1(Crypto::sha256(prevHash.toLatin1() + canonical(entry)).toHex());
}

QString AuditLog::chainOf(const QString &planId)
{
    if (planId.isEmpty())
        return QStringLiteral("service");
    return QString::fromLatin1(Crypto::sha256(QByteArrayLiteral("samen-audit-chain:") + planId.toUtf8()).toHex());
}

QString AuditLog::legacyChain()
{
    return QStringLiteral("legacy");
}

QString AuditLog::genesis(const QString &chain)
{
    if (chain == legacyChain())
        return kZeros;
    return QString::fromLatin1(Crypto::sha256(QByteArrayLiteral("samen-audit-genesis-v2\n") + chain.toUtf8()).toHex());
}

Status AuditLog::appendTo(const QString &chain, QList<AuditRecord> entries, qint64 seq)
{
    auto head = m_store.lockAuditChain(chain); // held to the commit: this chain only
    if (!head)
        return head.error();
    QList<qint64> seqs { seq };
    if (seq == 0) {
        auto taken = m_store.nextAuditSeqs(static_cast<int>(entries.size()));
        if (!taken)
            return taken.error();
        seqs = taken.value();
    }
    qint64 pos = head->has_value() ? head->value().size : 0;
    QString prev = head->has_value() ? head->value().hash : genesis(chain);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        AuditRecord &e = entries[i];
        e.seq = seqs.value(i);
        e.chain = chain;
        e.chainPos = ++pos;
        e.prevHash = prev;
        e.hash = entryHash(prev, e);
        if (Status s = m_store.insertAudit(e); !s)
            return s;
        prev = e.hash;
    }
    return {};
}

Status AuditLog::append(const QString &planId, const QString &actor, const QString &action, const QString &target, const QJsonObject &detail, qint64 nowMs,
                        qint64 seq)
{
    AuditRecord e;
    e.atMs = nowMs;
    e.planId = planId;
    e.actor = actor;
    e.action = action;
    e.target = target;
    e.detail = detail;
    return appendTo(chainOf(planId), { e }, seq);
}

Status AuditLog::appendReads(AuditLog &audit, const QString &planId, const QString &actor, const QString &action, const QMap<QString, int> &perDomain,
                             const QMap<QString, int> &namedPerDomain, qint64 nowMs)
{
    for (const bool named : { false, true }) {
        const QMap<QString, int> &counts = named ? namedPerDomain : perDomain;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() == 0)
                continue;
            QJsonObject detail { { QStringLiteral("domainKey"), it.key() }, { QStringLiteral("count"), it.value() } };
            if (named)
                detail.insert(QStringLiteral("route"), QStringLiteral("named"));
            AuditRecord e;
            e.atMs = nowMs;
            e.planId = planId;
            e.actor = actor;
            e.action = action;
            e.target = planId;
            e.detail = detail;
            audit.m_queued.append(e);
        }
    }
    return audit.m_queued.size() < kMaxQueued && !audit.m_store.writesFailing() ? Status {} : audit.flush();
}

Status AuditLog::flush()
{
    if (m_queued.isEmpty())
        return {};
    // Chain by chain, in key order: two instances flushing at once take the chains' locks in one order.
    QMap<QString, QList<AuditRecord>> byChain;
    for (const AuditRecord &e : std::as_const(m_queued))
        byChain[chainOf(e.planId)].append(e);
    StoreTransaction tx(m_store);
    if (!tx.begun())
        return tx.begun();
    for (auto it = byChain.cbegin(); it != byChain.cend(); ++it) {
        if (Status s = appendTo(it.key(), it.value(), 0); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_queued.clear();
    return {};
}

Result<qint64> AuditLog::reserveSeq(const QString &planId)
{
    if (auto head = m_store.lockAuditChain(chainOf(planId)); !head)
        return head.error();
    auto seqs = m_store.nextAuditSeqs(1);
    if (!seqs)
        return seqs.error();
    return seqs->value(0);
}

QString AuditLog::erasedAction()
{
    return QStringLiteral("erased");
}

QString AuditLog::erasureAction()
{
    return QStringLiteral("plan.erase");
}

qint64 AuditLog::LogHead::size() const
{
    qint64 n = 0;
    for (const AuditChainHead &c : chains)
        n += c.size;
    return n;
}

const AuditChainHead *AuditLog::LogHead::find(const QString &chain) const
{
    auto it = std::find_if(chains.cbegin(), chains.cend(), [&chain](const AuditChainHead &c) { return c.chain == chain; });
    return it == chains.cend() ? nullptr : &*it;
}

Result<AuditLog::LogHead> AuditLog::verify(ServiceStore &store)
{
    auto recorded = store.auditChains();
    if (!recorded)
        return recorded.error();
    ErasureTally tally;
    LogHead out;
    for (const AuditChainHead &r : recorded.value()) {
        auto walked = walkChain(store, AuditChainHead { r.chain, 0, QString() }, &tally);
        if (!walked)
            return walked.error();
        // Fewer entries than the head recorded with the last one: the end of the chain was removed.
        if (walked->size < r.size || (walked->size == r.size && walked->hash != r.hash))
            return damaged(
                QStringLiteral("%1 ends at entry %2 of %3 recorded: entries were removed from its end").arg(chainWords(r.chain)).arg(walked->size).arg(r.size));
        out.chains.append(walked.value());
    }
    if (tally.blanked != tally.claimed)
        return damaged(QStringLiteral("audit entries were blanked that no erasure record accounts for"));
    return out;
}

Result<AuditLog::LogHead> AuditLog::verifyFrom(ServiceStore &store, const LogHead &from)
{
    auto recorded = store.auditChains();
    if (!recorded)
        return recorded.error();
    LogHead out;
    for (const AuditChainHead &r : recorded.value()) {
        const AuditChainHead *kept = from.find(r.chain);
        if (kept && *kept == r) {
            out.chains.append(r);
            continue;
        }
        auto walked = walkChain(store, kept ? *kept : AuditChainHead { r.chain, 0, QString() }, nullptr);
        if (!walked)
            return walked.error();
        if (walked->size < r.size)
            return damaged(
                QStringLiteral("%1 ends at entry %2 of %3 recorded: entries were removed from its end").arg(chainWords(r.chain)).arg(walked->size).arg(r.size));
        out.chains.append(walked.value());
    }
    for (const AuditChainHead &k : from.chains) {
        if (!out.find(k.chain))
            return damaged(QStringLiteral("%1 is gone: %2 verified entries were removed").arg(chainWords(k.chain)).arg(k.size));
    }
    return out;
}

Result<AuditLog::LogHead> AuditLog::extends(ServiceStore &store, const LogHead &saved)
{
    auto whole = verify(store);
    if (!whole)
        return whole;
    for (const AuditChainHead &s : saved.chains) {
        const AuditChainHead *now = whole->find(s.chain);
        const qint64 size = now ? now->size : 0;
        if (size < s.size)
            return damaged(QStringLiteral("%1 holds %2 entries, fewer than the %3 of the saved head: entries were removed from its end")
                               .arg(chainWords(s.chain))
                               .arg(size)
                               .arg(s.size));
        if (s.size == 0)
            continue;
        auto at = store.chainEntries(s.chain, s.size - 1, 1);
        if (!at)
            return at.error();
        if (at->isEmpty() || at->first().hash != s.hash)
            return damaged(
                QStringLiteral("entry %1 of %2 is not the one the saved head names: the chain was rewritten up to there").arg(s.size).arg(chainWords(s.chain)));
    }
    return whole;
}

QJsonObject AuditLog::toJson(const AuditRecord &e)
{
    return QJsonObject { { QStringLiteral("seq"), e.seq },           { QStringLiteral("at"), e.atMs },       { QStringLiteral("actor"), e.actor },
                         { QStringLiteral("action"), e.action },     { QStringLiteral("target"), e.target }, { QStringLiteral("detail"), e.detail },
                         { QStringLiteral("prevHash"), e.prevHash }, { QStringLiteral("hash"), e.hash } };
}

} // namespace samen::service
