#include "storage/materialisedfield.h"

#include "domain/schema.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace samen::service {

namespace {

const QString kLast = QStringLiteral("l");
const QString kHeads = QStringLiteral("h");
const QString kPending = QStringLiteral("p");

} // namespace

bool MaterialisedField::less(const Entry &a, const Entry &b)
{
    // samen::operationLess, on what the state keeps.
    if (auto c = a.hlc <=> b.hlc; c != 0)
        return c < 0;
    if (const int c = QString::compare(a.author, b.author); c != 0)
        return c < 0;
    return QString::compare(a.opId, b.opId) < 0;
}

MaterialisedField MaterialisedField::fromText(const QString &text)
{
    MaterialisedField f;
    if (text.isEmpty())
        return f;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QJsonArray last = o.value(kLast).toArray();
    if (last.size() != 4)
        return f;
    f.m_any = true;
    f.m_last = { last[0].toInteger(), last[1].toString(), Hlc::parse(last[2].toString()).value_or(Hlc {}), last[3].toString() };
    for (const QJsonValue &h : o.value(kHeads).toArray())
        f.m_heads.append({ h[0].toInteger(), h[1].toString(), {}, {} });
    for (const QJsonValue &p : o.value(kPending).toArray())
        f.m_pending.append(p.toString());
    return f;
}

QString MaterialisedField::toText() const
{
    if (!m_any)
        return {};
    QJsonObject o { { kLast, QJsonArray { m_last.seq, m_last.opId, m_last.hlc.toString(), m_last.author } } };
    if (!m_heads.isEmpty()) {
        QJsonArray heads;
        for (const Entry &h : m_heads)
            heads.append(QJsonArray { h.seq, h.opId });
        o.insert(kHeads, heads);
    }
    if (!m_pending.isEmpty())
        o.insert(kPending, QJsonArray::fromStringList(m_pending));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QPair<QString, QString> MaterialisedField::keyOf(const StoredOp &op)
{
    return { op.op.value(QStringLiteral("entityId")).toString(), op.field };
}

void MaterialisedField::apply(const StoredOp &op)
{
    const auto hlc = Hlc::parse(op.op.value(QStringLiteral("hlc")).toString());
    const Entry entry { op.seq, op.op.value(QStringLiteral("opId")).toString(), hlc.value_or(Hlc {}), op.op.value(QStringLiteral("author")).toString() };
    if (!m_any || less(m_last, entry))
        m_last = entry;
    m_any = true;
    if (!isFreeTextField(op.entityType, op.field))
        return;
    // A value is replaced once any operation of the field names it in its base, whichever arrives first.
    for (const QJsonValue &b : op.op.value(QStringLiteral("base")).toArray()) {
        const QString id = b.toString();
        const auto head = std::find_if(m_heads.begin(), m_heads.end(), [&id](const Entry &h) { return h.opId == id; });
        if (head != m_heads.end())
            m_heads.erase(head);
        else if (!m_pending.contains(id))
            m_pending.append(id);
    }
    if (m_pending.removeOne(entry.opId))
        return;
    m_heads.append({ entry.seq, entry.opId, {}, {} });
}

QList<qint64> MaterialisedField::heads() const
{
    if (!m_any)
        return {};
    if (m_heads.isEmpty())
        return { m_last.seq };
    QList<qint64> out;
    for (const Entry &h : m_heads)
        out.append(h.seq);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace samen::service
