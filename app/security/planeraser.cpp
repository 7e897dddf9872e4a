#include "security/planeraser.h"

#include "security/keystore.h"
#include "store/planstore.h"
#include "store/storefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcErase, "samen.erase")

namespace samen {

namespace {

Status keyNotRemoved(const KeyReply &reply)
{
    return Status::fail(ErrorCode::Io,
                        QCoreApplication::translate("samen",
                                                    "The plan's files are deleted, but its key could not be removed from this device's key store (%1). "
                                                    "Without the files the key opens nothing; you can remove the entry \"Samen\" there yourself.")
                            .arg(reply.message));
}

} // namespace

Status PlanEraser::removeFiles(const QString &dataDir)
{
    QStringList left;
    const QString db = PlanStore::databasePath(dataDir);
    // Overwriting first would not reach the old copies a flash drive keeps (wear levelling): deleting is what a file system offers.
    left << storefiles::remove(db);
    if (const QString mode = KeyStore::modeFilePath(dataDir); QFile::exists(mode) && !QFile::remove(mode))
        left << QFileInfo(mode).fileName();
    const QDir dir(dataDir);
    for (const QString &kept : dir.entryList({ QStringLiteral("damaged-*") }, QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!QDir(dir.filePath(kept)).removeRecursively())
            left << kept;
    }
    if (!left.isEmpty()) {
        qCWarning(lcErase, "%lld files of the plan could not be deleted", static_cast<long long>(left.size()));
        return Status::fail(
            ErrorCode::Io,
            QCoreApplication::translate("samen", "Some of the plan's files could not be deleted: %1. Check the folder's permissions and try again.")
                .arg(left.join(QStringLiteral(", "))));
    }
    return {};
}

void PlanEraser::erase(const QString &dataDir, QObject *context, Done done)
{
    const bool keyInStore = KeyStore(dataDir).mode() == KeyStore::Mode::Keychain;
    const Status files = removeFiles(dataDir);
    if (!keyInStore) {
        QTimer::singleShot(0, context, [done, files] { done(files); });
        return;
    }
    auto *keys = new KeyStore(dataDir, context);
    keys->deleteKey(
        [keys, done, files](const KeyReply &reply) {
            keys->deleteLater();
            // NotFound: already gone, which is what was asked.
            if (!files)
                done(files);
            else if (reply.ok() || reply.status == KeyReply::Status::NotFound)
                done(Status {});
            else
                done(keyNotRemoved(reply));
        },
        context);
}

Status PlanEraser::eraseSync(const QString &dataDir)
{
    KeyStore keys(dataDir);
    const bool keyInStore = keys.mode() == KeyStore::Mode::Keychain;
    const Status files = removeFiles(dataDir);
    if (!keyInStore || !files)
        return files;
    const KeyReply reply = keys.deleteKeySync();
    return reply.ok() || reply.status == KeyReply::Status::NotFound ? Status {} : keyNotRemoved(reply);
}

} // namespace samen
