#include "audit/auditlog.h"

#include "security/crypto.h"
#include "storage/storetransaction.h"

#include <QHash>
#include <QJsonDocument>

namespace samen::service {

namespace {
// The chain starts from a fixed value so the first entry is linked too.
const QString kGenesis = QString(64, QLatin1Char('0'));
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

Status AuditLog::append(const QString &planId, const QString &actor, const QString &action, const QString &target, const QJsonObject &detail, qint64 nowMs)
{
    auto last = m_store.lastAudit();
    if (!last)
        return last.error();
    AuditRecord e;
    e.seq = last->has_value() ? last->value().seq + 1 : 1;
    e.prevHash = last->has_value() ? last->value().hash : kGenesis;
    e.atMs = nowMs;
    e.planId = planId;
    e.actor = actor;
    e.action = action;
    e.target = target;
    e.detail = detail;
    e.hash = entryHash(e.prevHash, e);
    return m_store.insertAudit(e);
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
    StoreTransaction tx(m_store);
    if (!tx.begun())
        return tx.begun();
    auto last = m_store.lastAudit(); // on PostgreSQL this takes the chain's lock, held to the commit
    if (!last)
        return last.error();
    qint64 seq = last->has_value() ? last->value().seq : 0;
    QString prev = last->has_value() ? last->value().hash : kGenesis;
    for (AuditRecord e : std::as_const(m_queued)) {
        e.seq = ++seq;
        e.prevHash = prev;
        e.hash = entryHash(prev, e);
        if (Status s = m_store.insertAudit(e); !s)
            return s;
        prev = e.hash;
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_queued.clear();
    return {};
}

Result<qint64> AuditLog::nextSeq()
{
    auto last = m_store.lastAudit();
    if (!last)
        return last.error();
    return last->has_value() ? last->value().seq + 1 : 1;
}

QString AuditLog::erasedAction()
{
    return QStringLiteral("erased");
}

QString AuditLog::erasureAction()
{
    return QStringLiteral("plan.erase");
}

QString AuditLog::genesis()
{
    return kGenesis;
}

Result<AuditLog::ChainHead> AuditLog::verify(ServiceStore &store)
{
    return verifyFrom(store, ChainHead { 0, kGenesis });
}

Result<AuditLog::ChainHead> AuditLog::verifyFrom(ServiceStore &store, const ChainHead &from)
{
    if (from.size > 0) {
        auto at = store.auditEntries(QString(), from.size - 1, 1);
        if (!at)
            return at.error();
        if (at->isEmpty() || at->first().seq != from.size)
            return Result<ChainHead>::fail(ErrorCode::Damaged,
                                           QStringLiteral("audit entry %1 is missing: entries were removed from the end of the chain").arg(from.size));
        if (at->first().hash != from.hash)
            return Result<ChainHead>::fail(ErrorCode::Damaged, QStringLiteral("audit entry %1 was rewritten after it was verified").arg(from.size));
    }
    QString prev = from.hash;
    qint64 expected = from.size + 1;
    // Blanked entries per erasure record, and what each record says it blanked: only a walk from the start sees them all.
    QHash<qint64, qint64> blanked, claimed;
    for (;;) {
        auto page = store.auditEntries(QString(), expected - 1, 1000);
        if (!page)
            return page.error();
        if (page->isEmpty()) {
            if (from.size == 0 && blanked != claimed)
                return Result<ChainHead>::fail(ErrorCode::Damaged, QStringLiteral("audit entries were blanked that no erasure record accounts for"));
            return ChainHead { expected - 1, prev };
        }
        for (const AuditRecord &e : page.value()) {
            if (e.seq != expected)
                return Result<ChainHead>::fail(ErrorCode::Damaged, QStringLiteral("audit entry %1 is missing (the next entry is %2)").arg(expected).arg(e.seq));
            if (e.prevHash != prev)
                return Result<ChainHead>::fail(ErrorCode::Damaged, QStringLiteral("audit entry %1 does not link to the entry before it").arg(e.seq));
            const bool isBlank = e.action == erasedAction();
            if (isBlank) {
                const qint64 by = e.detail.value(QStringLiteral("erasedBy")).toInteger();
                if (by <= e.seq)
                    return Result<ChainHead>::fail(ErrorCode::Damaged, QStringLiteral("audit entry %1 was blanked without a later erasure").arg(e.seq));
                ++blanked[by];
            } else if (e.action == erasureAction()) {
                claimed.insert(e.seq, e.detail.value(QStringLiteral("redacted")).toInteger());
                if (claimed.value(e.seq) == 0)
                    claimed.remove(e.seq);
            }
            if (!isBlank && entryHash(prev, e) != e.hash)
                return Result<ChainHead>::fail(ErrorCode::Damaged, QStringLiteral("audit entry %1 was altered (its hash does not match)").arg(e.seq));
            prev = e.hash;
            ++expected;
        }
    }
}

Result<AuditLog::ChainHead> AuditLog::extends(ServiceStore &store, const ChainHead &saved)
{
    auto whole = verify(store);
    if (!whole)
        return whole;
    if (whole->size < saved.size)
        return Result<ChainHead>::fail(ErrorCode::Damaged,
                                       QStringLiteral("the log holds %1 entries, fewer than the %2 of the saved head: entries were "
                                                      "removed from its end")
                                           .arg(whole->size)
                                           .arg(saved.size));
    if (saved.size == 0)
        return whole;
    auto at = store.auditEntries(QString(), saved.size - 1, 1);
    if (!at)
        return at.error();
    if (at->isEmpty() || at->first().hash != saved.hash)
        return Result<ChainHead>::fail(ErrorCode::Damaged,
                                       QStringLiteral("entry %1 is not the one the saved head names: the log was rewritten up to "
                                                      "there")
                                           .arg(saved.size));
    return whole;
}

QJsonObject AuditLog::toJson(const AuditRecord &e)
{
    return QJsonObject { { QStringLiteral("seq"), e.seq },           { QStringLiteral("at"), e.atMs },       { QStringLiteral("actor"), e.actor },
                         { QStringLiteral("action"), e.action },     { QStringLiteral("target"), e.target }, { QStringLiteral("detail"), e.detail },
                         { QStringLiteral("prevHash"), e.prevHash }, { QStringLiteral("hash"), e.hash } };
}

} // namespace samen::service
