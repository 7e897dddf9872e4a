#include "teststore.h"

#include "domain/demoplan.h"
#include "domain/planeditor.h"
#include "fhir/fhirexporter.h"
#include "serviceprocess.h"
#include "store/deviceaccess.h"
#include "store/planstore.h"
#include "sync/syncclient.h"
#include "ui/plancontroller.h"
#include "ui/session.h"
#include "ui/syncstatus.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <QDateTime>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <sqlite3.h>

#include <memory>

namespace {
samen::app::Session *g_session = nullptr;
// One service per test file, stopped with the runner.
std::unique_ptr<QTemporaryDir> g_serviceDir;
std::unique_ptr<samen::test::ServiceProcess> g_service;

samen::PlanStore *store()
{
    return g_session && g_session->plan() ? &g_session->plan()->store() : nullptr;
}
} // namespace

void TestStore::setSession(samen::app::Session *session)
{
    g_session = session;
    if (!session) { // the runner is done: the service goes before the application
        g_service.reset();
        g_serviceDir.reset();
    }
}

int TestStore::acceptWaiting()
{
    if (!store())
        return -1;
    QStringList ids;
    for (const samen::OutboxEntry &entry : store()->outbox(-1))
        ids.append(entry.op.opId);
    return store()->markPushed(ids) ? static_cast<int>(ids.size()) : -1;
}

int TestStore::refuseWaiting(const QString &reason)
{
    if (!store())
        return -1;
    int count = 0;
    for (const samen::OutboxEntry &entry : store()->outbox(-1)) {
        if (!store()->markRejected(entry.op.opId, reason))
            return -1;
        ++count;
    }
    reload();
    return count;
}

int TestStore::waitingCount() const
{
    return store() ? static_cast<int>(store()->outbox(-1).size()) : -1;
}

int TestStore::refusedCount() const
{
    return store() ? static_cast<int>(store()->rejected().size()) : -1;
}

bool TestStore::setMemberAccess(const QVariantMap &domains)
{
    if (!store())
        return false;
    samen::MemberAccess access = samen::MemberAccess::member();
    for (auto it = domains.cbegin(); it != domains.cend(); ++it)
        access.grant(it.key(), it.value().toString());
    if (!samen::DeviceAccess::saveMember(*store(), access))
        return false;
    g_session->plan()->refresh();
    return true;
}

bool TestStore::setJoinWaiting(const QString &from)
{
    if (!store()
        || !store()->setSettings(
            { { QStringLiteral("join.waiting"), from.isEmpty() ? QString() : QStringLiteral("1") }, { QStringLiteral("join.from"), from } }))
        return false;
    g_session->plan()->refresh();
    return true;
}

bool TestStore::setOwner()
{
    if (!store() || !store()->setSetting(QStringLiteral("sync.role"), QStringLiteral("owner")))
        return false;
    g_session->plan()->refresh();
    return true;
}

void TestStore::reload()
{
    if (g_session && g_session->plan()) {
        g_session->plan()->refresh();
        g_session->plan()->sync()->reloadRefused();
    }
}

bool TestStore::damagePlanFile()
{
    if (!store())
        return false;
    // The store's pages are folded from the WAL into the file first, so the page is there to damage.
    if (!store()->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return false;
    const auto root = store()->database().scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'entities'"));
    if (!root || root.value() < 2)
        return false;
    QFile file(store()->database().path());
    if (!file.open(QIODevice::ReadWrite) || !file.seek((root.value() - 1) * 4096 + 300))
        return false;
    char c = 0;
    if (!file.getChar(&c) || !file.seek((root.value() - 1) * 4096 + 300) || !file.putChar(static_cast<char>(c ^ 0x01)))
        return false;
    file.close();
    sqlite3_db_release_memory(store()->database().handle());
    return true;
}

bool TestStore::removeFromPlan(const QString &notice)
{
    if (!store())
        return false;
    return store()
        ->setSettings(
            { { QStringLiteral("planId"), QString() }, { QStringLiteral("memberId"), QString() }, { QStringLiteral("sync.withdrawalNotice"), notice } })
        .ok();
}

QString TestStore::startService()
{
    g_serviceDir = std::make_unique<QTemporaryDir>();
    g_service = std::make_unique<samen::test::ServiceProcess>(g_serviceDir->path());
    if (!g_service->start())
        return {};
    return QStringLiteral("127.0.0.1:%1").arg(g_service->port());
}

QUrl TestStore::temporaryFileUrl(const QString &name) const
{
    static QTemporaryDir dir;
    return QUrl::fromLocalFile(dir.filePath(name));
}

QString TestStore::readFile(const QUrl &file) const
{
    QFile f(file.toLocalFile());
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool TestStore::writeDemoBundle(const QUrl &file) const
{
    QTemporaryDir dir;
    auto store = samen::PlanStore::create(dir.path(), samen::DatabaseKey::raw(QByteArray(32, '\x2a')));
    if (!store)
        return false;
    auto clock = store.value()->makeClock();
    auto demo = samen::buildDemoPlan(*clock, QDate::currentDate());
    if (!demo || !store.value()->applyLocal(demo->ops))
        return false;
    const auto bundle = samen::FhirExporter::exportPlan(*store.value(), demo->planId, QDateTime::currentDateTimeUtc());
    return bundle && writeFile(file, QString::fromUtf8(QJsonDocument(bundle.value()).toJson()));
}

bool TestStore::writeFile(const QUrl &file, const QString &text) const
{
    QFile out(file.toLocalFile());
    return out.open(QIODevice::WriteOnly) && out.write(text.toUtf8()) >= 0;
}

bool TestStore::dataFolderEmpty() const
{
    return g_session && QDir(g_session->dataDir()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

TestStore::~TestStore()
{
    if (m_catching)
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

void TestStore::catchOpenedFiles()
{
    m_openedPath.clear();
    m_catching = true;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "noteOpened");
}

void TestStore::noteOpened(const QUrl &url)
{
    m_openedPath = url.toLocalFile();
}

QString TestStore::permissionsOf(const QString &path) const
{
    if (!QFileInfo::exists(path))
        return {};
    const QFileDevice::Permissions p = QFile::permissions(path);
    QString out;
    for (const auto &[flag, letter] :
         { std::pair(QFileDevice::ReadOwner, 'r'), std::pair(QFileDevice::WriteOwner, 'w'), std::pair(QFileDevice::ExeOwner, 'x'),
           std::pair(QFileDevice::ReadGroup, 'r'), std::pair(QFileDevice::WriteGroup, 'w'), std::pair(QFileDevice::ExeGroup, 'x'),
           std::pair(QFileDevice::ReadOther, 'r'), std::pair(QFileDevice::WriteOther, 'w'), std::pair(QFileDevice::ExeOther, 'x') })
        out += (p & flag) ? QLatin1Char(letter) : QLatin1Char('-');
    return out;
}

QString TestStore::servicePin() const
{
    return g_service ? g_service->pin() : QString();
}

bool TestStore::connectToService(const QString &passphrase)
{
    if (!store() || startService().isEmpty())
        return false;
    samen::SyncTrust trust;
    QFile cert(g_serviceDir->filePath(QStringLiteral("dev-tls-cert.pem")));
    if (!cert.open(QIODevice::ReadOnly))
        return false;
    trust.caPem = cert.readAll();
    trust.pinSha256 = g_service->pin();
    {
        QNetworkAccessManager network;
        samen::SyncClient client(*store(), network);
        if (!client.configure(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(g_service->port())), trust))
            return false;
        bool ok = false;
        QEventLoop loop;
        client.connectService(QStringLiteral("test"), {}, [&](const samen::Result<QJsonObject> &r) {
            ok = r.ok();
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        if (!ok)
            return false;
    }
    g_session->lock();
    return g_session->unlock(passphrase);
}

bool TestStore::setStoryWithClockAhead(const QString &text, int days)
{
    if (!store())
        return false;
    samen::PlanStore &s = *store();
    const qint64 ahead = qint64(days) * 24 * 60 * 60 * 1000;
    const auto clock = s.makeClock([ahead] { return QDateTime::currentMSecsSinceEpoch() + ahead; });
    const auto edit = samen::PlanEditor(s, *clock, s.setting(QStringLiteral("planId")), s.setting(QStringLiteral("memberId"))).setStory(text);
    if (!edit || !s.applyLocal(edit->ops))
        return false;
    g_session->plan()->sync()->changeMade();
    return true;
}

QString TestStore::addProfessional(const QString &name, const QString &organisation, const QString &role, const QStringList &domains, const QString &phone,
                                   const QString &email)
{
    if (!store())
        return {};
    samen::MemberInput member;
    member.kind = QStringLiteral("professional");
    member.name = name;
    member.organisation = organisation;
    member.role = role;
    member.domains = domains;
    member.phone = phone;
    member.email = email;
    const QString id = g_session->plan()->applyEdit(g_session->plan()->editor().addMember(member));
    return id;
}
