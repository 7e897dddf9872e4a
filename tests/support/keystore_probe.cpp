// Asks the OS key store what it can do, as the app does, and prints one JSON line:
// {"probe": STATUS, "canKeepKeys": BOOL, "write": STATUS, "read": STATUS, "roundTrip": BOOL}.
// The key-store tests run it inside private D-Bus sessions (available, locked, absent).
#include "security/keystore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using samen::KeyReply;
using samen::KeyStore;

namespace {
QString name(KeyReply::Status status)
{
    switch (status) {
    case KeyReply::Status::Ok:
        return QStringLiteral("ok");
    case KeyReply::Status::NotFound:
        return QStringLiteral("not-found");
    case KeyReply::Status::Unavailable:
        return QStringLiteral("unavailable");
    case KeyReply::Status::Locked:
        return QStringLiteral("locked");
    case KeyReply::Status::Denied:
        return QStringLiteral("denied");
    case KeyReply::Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: keystore_probe DATA_DIR\n");
        return 2;
    }
    KeyStore store(QString::fromLocal8Bit(argv[1]));
    const KeyReply probe = store.readKeySync(8000);
    const QByteArray key = KeyStore::generateKey();
    const KeyReply written = store.writeKeySync(key, 8000);
    const KeyReply read = store.readKeySync(8000);
    const QJsonObject out { { QStringLiteral("probe"), name(probe.status) }, { QStringLiteral("canKeepKeys"), probe.canKeepKeys() },
                            { QStringLiteral("message"), probe.message },    { QStringLiteral("write"), name(written.status) },
                            { QStringLiteral("read"), name(read.status) },   { QStringLiteral("roundTrip"), read.ok() && read.key == key } };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
