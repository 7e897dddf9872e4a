#include "store/devicestore.h"
#include "store/settingstable.h"

#include "store/storeerrors.h"
#include "store/storefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace samen {

namespace {

const QString kFile = QStringLiteral("device.db");

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

DeviceStore::DeviceStore(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{
}

DeviceStore::~DeviceStore() = default;

QString DeviceStore::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(kFile);
}

bool DeviceStore::exists(const QString &dataDir)
{
    return QFileInfo::exists(databasePath(dataDir));
}

bool DeviceStore::isPlanId(const QString &planId)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return rule.match(planId).hasMatch();
}

Result<std::unique_ptr<DeviceStore>> DeviceStore::create(const QString &dataDir, const DatabaseKey &key)
{
    if (exists(dataDir))
        return Result<std::unique_ptr<DeviceStore>>::fail(
            ErrorCode::Conflict, QCoreApplication::translate("samen", "This folder is already a professional's device: %1").arg(dataDir));
    if (!storefiles::makeOwnerOnlyFolder(dataDir))
        return Result<std::unique_ptr<DeviceStore>>::fail(ErrorCode::Io,
                                                          QCoreApplication::translate("samen", "Could not make the data folder %1.").arg(dataDir));
    return openFile(dataDir, key, true);
}

Result<std::unique_ptr<DeviceStore>> DeviceStore::open(const QString &dataDir, const DatabaseKey &key)
{
    if (!exists(dataDir))
        return Result<std::unique_ptr<DeviceStore>>::fail(ErrorCode::NotFound,
                                                          QCoreApplication::translate("samen", "There is no professional's device in %1 yet.").arg(dataDir));
    return openFile(dataDir, key, false);
}

Result<std::unique_ptr<DeviceStore>> DeviceStore::openFile(const QString &dataDir, const DatabaseKey &key, bool create)
{
    auto db = Database::open(databasePath(dataDir), key, create, [create](Database &d) -> Status {
        if (create)
            return {};
        // Every page is checked before anything reads the caseload: a damaged page would otherwise read as a
        // caseload without plans or a device never connected (new-user trial, stop 32). The file holds one
        // small row per plan (figure: "device.db opened with the passphrase and read" in tests/bench/caseload_bench.cpp).
        if (Status pages = d.checkPages(); !pages)
            return pages;
        auto app = d.scalar(QStringLiteral("PRAGMA application_id"));
        if (!app)
            return app.error();
        if (app.value() != kApplicationId)
            return Status::fail(ErrorCode::NotSamen, QCoreApplication::translate("samen", "device.db is not a Samen device file."));
        auto version = d.scalar(QStringLiteral("PRAGMA user_version"));
        if (!version)
            return version.error();
        if (version.value() > kSchemaVersion)
            return Status::fail(ErrorCode::TooNew, QCoreApplication::translate("samen", "device.db was made by a newer Samen; update Samen to open it."));
        return {};
    });
    if (!db)
        return db.error();
    std::unique_ptr<DeviceStore> store(new DeviceStore(std::move(db).value()));
    // A plan's key, once deleted, is overwritten in the file too: its store can then never be read again.
    if (Status s = store->m_db->exec(QStringLiteral("PRAGMA secure_delete = ON")); !s)
        return s.error();
    if (create) {
        Transaction tx(*store->m_db);
        if (!tx.begun())
            return tx.begun().error();
        for (const QString &sql :
             { QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
               QStringLiteral("CREATE TABLE caseload (plan_id TEXT PRIMARY KEY, plan_key BLOB NOT NULL, citizen TEXT NOT NULL "
                              "DEFAULT '', attention INTEGER NOT NULL DEFAULT 0, row TEXT NOT NULL DEFAULT '{}')"),
               QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion) }) {
            if (Status s = store->m_db->exec(sql); !s)
                return s.error();
        }
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    return store;
}

QString DeviceStore::setting(const QString &key) const
{
    return settingstable::get(*m_db, key);
}

Status DeviceStore::setSetting(const QString &key, const QString &value)
{
    return settingstable::set(*m_db, key, value);
}

Status DeviceStore::setSettings(const QList<std::pair<QString, QString>> &settings)
{
    return settingstable::setAll(*m_db, settings);
}

Result<QByteArray> DeviceStore::addPlan(const QString &planId, const QJsonObject &row)
{
    if (!isPlanId(planId))
        return Result<QByteArray>::fail(ErrorCode::Validation, QCoreApplication::translate("samen", "The service sent a plan id this device cannot use."));
    if (!planKey(planId).isEmpty())
        return Result<QByteArray>::fail(ErrorCode::Conflict, QCoreApplication::translate("samen", "This plan is already in your caseload."));
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4); // the OS's secure source
    QJsonObject saved = row;
    saved.insert(QStringLiteral("planId"), planId);
    auto st = m_db->prepare(QStringLiteral("INSERT INTO caseload (plan_id, plan_key, citizen, attention, row) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!st)
        return st.error();
    if (Status s = st.value()
                       ->bind({ planId, key, saved.value(QStringLiteral("citizen")).toString(), saved.value(QStringLiteral("attention")).toInt(),
                                QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)) })
                       .run();
        !s)
        return s.error();
    // Held once, so never taken up again on its own after it leaves (heldPlanIds, which holds planId now that its row is
    // in); a crash before this only means that.
    (void)setSetting(QStringLiteral("caseload.known"),
                     QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(heldPlanIds())).toJson(QJsonDocument::Compact)));
    return key;
}

QStringList DeviceStore::heldPlanIds() const
{
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(setting(QStringLiteral("caseload.known")).toUtf8()).array())
        ids.append(v.toString());
    for (const QString &now : planIds()) { // a device from before the list: what it holds now
        if (!ids.contains(now))
            ids.append(now);
    }
    return ids;
}

QByteArray DeviceStore::planKey(const QString &planId) const
{
    QByteArray key;
    (void)m_db->forEachRow(QStringLiteral("SELECT plan_key FROM caseload WHERE plan_id = ?1"), { planId }, [&](const Statement &q) { key = q.blob(0); });
    return key;
}

QStringList DeviceStore::planIds() const
{
    QStringList ids;
    for (const QJsonObject &r : rows())
        ids.append(r.value(QStringLiteral("planId")).toString());
    return ids;
}

QList<QJsonObject> DeviceStore::rows() const
{
    QList<QJsonObject> out;
    (void)m_db->forEachRow(QStringLiteral("SELECT row, plan_id FROM caseload ORDER BY attention DESC, citizen COLLATE NOCASE, plan_id"), {},
                           [&](const Statement &q) {
                               QJsonObject r = parse(q.text(0));
                               r.insert(QStringLiteral("planId"), q.text(1));
                               out.append(r);
                           });
    return out;
}

QJsonObject DeviceStore::row(const QString &planId) const
{
    QJsonObject r;
    (void)m_db->forEachRow(QStringLiteral("SELECT row FROM caseload WHERE plan_id = ?1"), { planId }, [&](const Statement &q) {
        r = parse(q.text(0));
        r.insert(QStringLiteral("planId"), planId);
    });
    return r;
}

Status DeviceStore::changeKey(const DatabaseKey &newKey)
{
    return m_db->rekey(newKey);
}

Status DeviceStore::saveRow(const QString &planId, const QJsonObject &row)
{
    QJsonObject saved = row;
    saved.insert(QStringLiteral("planId"), planId);
    auto st = m_db->prepare(QStringLiteral("UPDATE caseload SET citizen = ?2, attention = ?3, row = ?4 WHERE plan_id = ?1"));
    if (!st)
        return st.error();
    if (Status s = st.value()
                       ->bind({ planId, saved.value(QStringLiteral("citizen")).toString(), saved.value(QStringLiteral("attention")).toInt(),
                                QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)) })
                       .run();
        !s)
        return s;
    if (m_db->changes() == 0)
        return Status::fail(ErrorCode::NotFound, QCoreApplication::translate("samen", "This plan is not in your caseload."));
    return {};
}

Status DeviceStore::removePlan(const QString &planId)
{
    auto st = m_db->prepare(QStringLiteral("DELETE FROM caseload WHERE plan_id = ?1"));
    if (!st)
        return st.error();
    return st.value()->bind({ planId }).run();
}

} // namespace samen
