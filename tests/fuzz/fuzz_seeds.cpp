// Writes the seed corpora of the fuzz targets into DIR/<target>/ from payloads the product
// itself makes: Robin's demo plan (shared/domain/demoplan) as operations, push bodies, pull
// pages and a snapshot; the request bodies of tests/service; invitation links written by
// InvitationLink::toString; plain SQLite files of 512-byte pages holding the demo plan's
// operations, as SQLite itself lays them out (fuzz_leafpage). Run once by hand (scripts/fuzz --seeds); the files are checked in.
#include "domain/demoplan.h"
#include "network/invitationlink.h"
#include "sync/hlcclock.h"
#include "sync/uuid7.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <sqlite3.h>

#include <QTemporaryDir>

#include <cstdio>

using namespace samen;

namespace {

QString g_root;

void write(const QString &target, const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(g_root + QLatin1Char('/') + target);
    QFile f(g_root + QLatin1Char('/') + target + QLatin1Char('/') + name);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
        std::exit(1);
    }
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonArray page(const QList<Operation> &ops, qsizetype from, qsizetype count, bool withSeq)
{
    QJsonArray out;
    for (qsizetype i = from; i < std::min(from + count, ops.size()); ++i) {
        QJsonObject o = ops[i].toJson();
        if (withSeq)
            o.insert(QStringLiteral("seq"), i + 1);
        out.append(o);
    }
    return out;
}

/**
 * A plain SQLite file of 512-byte pages with the operations in an ops-like table (long values go on to overflow
 * pages); with deleteSome, a run of rows deleted afterwards, so the file has a freelist.
 */
QByteArray sqliteFile(const QList<Operation> &ops, bool deleteSome)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seed.db"));
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return {};
    sqlite3_exec(db, "PRAGMA page_size = 512; CREATE TABLE ops (pos INTEGER PRIMARY KEY, op_id TEXT, entity_id TEXT, field TEXT, value TEXT, n INTEGER)",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO ops (op_id, entity_id, field, value, n) VALUES (?1, ?2, ?3, ?4, ?5)", -1, &insert, nullptr);
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const QByteArray id = ops[i].opId.toUtf8(), entity = ops[i].entityId.toUtf8(), field = ops[i].field.toUtf8();
        const QByteArray value = QJsonDocument(QJsonArray { ops[i].value }).toJson(QJsonDocument::Compact);
        sqlite3_bind_text(insert, 1, id.constData(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, entity.constData(), static_cast<int>(entity.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 3, field.constData(), static_cast<int>(field.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 4, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(insert, 5, i * 1000003 - 5000);
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    if (deleteSome)
        sqlite3_exec(db, "DELETE FROM ops WHERE pos BETWEEN 20 AND 60", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds DIR\n");
        return 2;
    }
    g_root = QString::fromLocal8Bit(argv[1]);
    // The clock at the demo's start: its meetings are planned from that day, and a clock at today's date
    // would find them in the past (buildDemoPlan refuses that), so the seeds are the same on any day.
    const QDate start(2026, 1, 1);
    HlcClock clock(QStringLiteral("seeddevice"), [start] { return QDateTime(start, QTime(9, 0), Qt::UTC).toMSecsSinceEpoch(); });
    auto demo = buildDemoPlan(clock, start);
    if (!demo) {
        std::fprintf(stderr, "%s\n", qPrintable(demo.error().message));
        return 1;
    }
    const QList<Operation> &ops = demo->ops;

    // One operation of each (entity type, field) the demo plan has.
    QSet<QString> seen;
    for (const Operation &op : ops) {
        const QString kind = op.entityType + QLatin1Char('.') + op.field;
        if (seen.contains(kind))
            continue;
        seen.insert(kind);
        write(QStringLiteral("fuzz_operation"), QStringLiteral("%1.json").arg(kind), compact(op.toJson()));
    }
    // A delete with a base, as an edit after another's edit sends it.
    Operation tomb = ops.last();
    tomb.opId = newUuid7();
    tomb.field = QString(kTombstoneField);
    tomb.value = true;
    tomb.base = QStringList { ops.last().opId };
    write(QStringLiteral("fuzz_operation"), QStringLiteral("tombstone-with-base.json"), compact(tomb.toJson()));

    // Pull pages and a snapshot, as GET /ops and /snapshot answer them.
    for (int p = 0; p < 3; ++p)
        write(QStringLiteral("fuzz_pullpage"), QStringLiteral("page-%1.json").arg(p + 1),
              compact(QJsonObject {
                  { QStringLiteral("ops"), page(ops, p * 20, 20, true) }, { QStringLiteral("next"), (p + 1) * 20 }, { QStringLiteral("more"), true } }));
    write(QStringLiteral("fuzz_pullpage"), QStringLiteral("snapshot.json"),
          compact(QJsonObject { { QStringLiteral("seq"), 60 }, { QStringLiteral("ops"), page(ops, 0, 60, false) } }));
    // Issue 19, item 1: another kind of item under a known id (a "goal" deleting a member's record).
    Operation member;
    for (const Operation &op : ops) {
        if (op.entityType == QLatin1String("member")) {
            member = op;
            break;
        }
    }
    Operation confused = member;
    confused.opId = newUuid7();
    confused.entityType = QStringLiteral("goal");
    confused.field = QString(kTombstoneField);
    confused.value = true;
    write(QStringLiteral("fuzz_pullpage"), QStringLiteral("type-confusion.json"),
          compact(QJsonObject { { QStringLiteral("ops"), QJsonArray { member.toJson(), confused.toJson() } }, { QStringLiteral("next"), 2 } }));

    // Request bodies (the shapes tests/service sends).
    write(QStringLiteral("fuzz_request"), QStringLiteral("push.json"), compact(QJsonObject { { QStringLiteral("ops"), page(ops, 0, 12, false) } }));
    write(QStringLiteral("fuzz_request"), QStringLiteral("push-delete.json"), compact(QJsonObject { { QStringLiteral("ops"), QJsonArray { tomb.toJson() } } }));
    write(QStringLiteral("fuzz_request"), QStringLiteral("enrol.json"),
          compact(QJsonObject { { QStringLiteral("code"), QStringLiteral("Zr3xK9q2V7mYp0aB4cD6eF8gH1iJ5kL7nO9pQ2rS4tU") },
                                { QStringLiteral("publicKey"), QStringLiteral("11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=") },
                                { QStringLiteral("displayName"), QStringLiteral("Robin's phone") } }));
    write(QStringLiteral("fuzz_request"), QStringLiteral("token.json"),
          compact(QJsonObject {
              { QStringLiteral("deviceId"), newUuid7() },
              { QStringLiteral("nonce"), QStringLiteral("q0n7bT2c9XeW4rYu1iOp3aSd5fGh6jKl8zXc0vBn2mQ") },
              { QStringLiteral("signature"), QStringLiteral("5mD7Ixv0Y2pRz8fQ9kLrSg1tBw6xHn3aVc4uJe7oKd2iPq0sTf5yGh8jLm1nZb3xCv6WeR9tYu4iOp7aSd2fGh==") } }));
    const QJsonObject grantSocial { { QStringLiteral("domainKey"), QStringLiteral("social") },
                                    { QStringLiteral("access"), QStringLiteral("write") },
                                    { QStringLiteral("purpose"), QStringLiteral("Helps with the debts") } };
    const QJsonObject grantHousing { { QStringLiteral("domainKey"), QStringLiteral("housing") }, { QStringLiteral("access"), QStringLiteral("read") } };
    write(QStringLiteral("fuzz_request"), QStringLiteral("invitation.json"),
          compact(QJsonObject { { QStringLiteral("kind"), QStringLiteral("network") },
                                { QStringLiteral("grants"), QJsonArray { grantSocial, grantHousing } },
                                { QStringLiteral("memberId"), newUuid7() },
                                { QStringLiteral("invitee"),
                                  QJsonObject { { QStringLiteral("name"), QStringLiteral("Sam") }, { QStringLiteral("relation"), QStringLiteral("friend") } } },
                                { QStringLiteral("from"), QJsonObject { { QStringLiteral("name"), QStringLiteral("Robin") } } },
                                { QStringLiteral("expiresInSeconds"), 3600 },
                                { QStringLiteral("until"), 1769904000000LL } }));
    write(QStringLiteral("fuzz_request"), QStringLiteral("redeem.json"),
          compact(QJsonObject { { QStringLiteral("code"), QStringLiteral("Zr3xK9q2V7mYp0aB4cD6eF8gH1iJ5kL7nO9pQ2rS4tU") },
                                { QStringLiteral("name"), QStringLiteral("Sam") } }));
    write(QStringLiteral("fuzz_request"), QStringLiteral("plan.json"),
          compact(QJsonObject { { QStringLiteral("planId"), demo->planId }, { QStringLiteral("memberId"), demo->ownerMemberId } }));
    write(QStringLiteral("fuzz_request"), QStringLiteral("grant.json"),
          compact(QJsonObject { { QStringLiteral("memberId"), newUuid7() },
                                { QStringLiteral("domainKey"), QStringLiteral("money") },
                                { QStringLiteral("access"), QStringLiteral("read") },
                                { QStringLiteral("purpose"), QStringLiteral("Budget advice") },
                                { QStringLiteral("until"), 1769904000000LL } }));
    write(QStringLiteral("fuzz_request"), QStringLiteral("access.json"),
          compact(QJsonObject { { QStringLiteral("grants"), QJsonArray { grantSocial, grantHousing } } }));

    // Invitation links and codes, as the app shows and a person pastes them.
    const QString code = QStringLiteral("Zr3xK9q2V7mYp0aB4cD6eF8gH1iJ5kL7nO9pQ2rS4tU");
    const QString pin = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    const QUrl service(QStringLiteral("https://samen.example.nl:8443"));
    write(QStringLiteral("fuzz_invitationlink"), QStringLiteral("join.txt"), InvitationLink(service, pin, code).toString().toUtf8());
    write(QStringLiteral("fuzz_invitationlink"), QStringLiteral("device.txt"),
          InvitationLink(service, pin, code, InvitationLink::Kind::Device).toString().toUtf8());
    write(QStringLiteral("fuzz_invitationlink"), QStringLiteral("nopin.txt"), InvitationLink(service, QString(), code).toString().toUtf8());
    write(QStringLiteral("fuzz_invitationlink"), QStringLiteral("code.txt"), code.toUtf8());
    write(QStringLiteral("fuzz_invitationlink"), QStringLiteral("grouped-pin.txt"),
          (QStringLiteral("samen://join?service=https%3A%2F%2F127.0.0.1%3A8443&pin=")
           + QString::fromLatin1(QUrl::toPercentEncoding(InvitationLink::groupedPin(pin))) + QStringLiteral("&code=") + code)
              .toUtf8());
    // A damaged plan file's pages, as SQLite lays them out (pagerecovery reads them without the B-tree above them).
    QList<Operation> stored = ops.mid(0, 80);
    Operation story = ops.first();
    story.value = QString(2000, QLatin1Char('s')); // longer than a page: overflow pages
    stored.insert(40, story);
    write(QStringLiteral("fuzz_leafpage"), QStringLiteral("ops.db"), sqliteFile(stored, false));
    write(QStringLiteral("fuzz_leafpage"), QStringLiteral("ops-freelist.db"), sqliteFile(stored, true));
    std::printf("seeds written to %s\n", qPrintable(g_root));
    return 0;
}
