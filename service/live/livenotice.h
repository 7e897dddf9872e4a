#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace samen::service {

/**
 * One change other service instances must tell their live sockets about, carried
 * by PostgreSQL's NOTIFY on channel kChannel (sent in the transaction that made it,
 * so it is heard only after the commit): a plan advanced ("plan", planId, seq), a
 * member's access changed ("access", planId, memberId) or a device was revoked
 * ("revoked", deviceId). The payload names the sending instance, which skips its own.
 * It carries ids only, never plan content.
 */
struct LiveNotice {
    QString type; ///< "plan", "access" or "revoked"
    QString id; ///< plan id, or device id for "revoked"
    QString member; ///< member id for "access"
    qint64 seq = 0; ///< for "plan"

    static constexpr const char *kChannel = "samen_live";

    /** {"from": instance, "n": [[type, id, member, seq], ...]}: compact JSON, well under NOTIFY's 8000 bytes for the batches given. */
    static QByteArray encode(const QString &instance, const QList<LiveNotice> &notices)
    {
        QJsonArray list;
        for (const LiveNotice &n : notices)
            list.append(QJsonArray { n.type, n.id, n.member, n.seq });
        return QJsonDocument(QJsonObject { { QStringLiteral("from"), instance }, { QStringLiteral("n"), list } }).toJson(QJsonDocument::Compact);
    }

    /** The notices of a payload and its sender; an unreadable payload gives none. */
    static QList<LiveNotice> decode(const QByteArray &payload, QString *instance)
    {
        const QJsonObject o = QJsonDocument::fromJson(payload).object();
        *instance = o.value(QStringLiteral("from")).toString();
        QList<LiveNotice> out;
        for (const QJsonValue &v : o.value(QStringLiteral("n")).toArray()) {
            const QJsonArray a = v.toArray();
            out.append({ a.at(0).toString(), a.at(1).toString(), a.at(2).toString(), a.at(3).toInteger() });
        }
        return out;
    }
};

} // namespace samen::service
