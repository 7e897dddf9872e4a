#include "store/caseloadfolder.h"

#include "domain/frameworks.h"
#include "domain/namesearch.h"
#include "domain/texthygiene.h"
#include "store/database.h"
#include "store/storelog.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QJsonArray>

namespace samen {

CaseloadFolder::CaseloadFolder(QString dataDir, std::unique_ptr<DeviceStore> device)
    : m_dataDir(std::move(dataDir))
    , m_device(std::move(device))
{
}

CaseloadFolder::~CaseloadFolder() = default;

Result<std::unique_ptr<CaseloadFolder>> CaseloadFolder::create(const QString &dataDir, const DatabaseKey &key)
{
    if (PlanStore::exists(dataDir))
        return Result<std::unique_ptr<CaseloadFolder>>::fail(
            ErrorCode::Conflict,
            QCoreApplication::translate("samen", "This folder already holds a plan of its own (%1); connect a professional's device in an empty folder.")
                .arg(dataDir));
    auto device = DeviceStore::create(dataDir, key);
    if (!device)
        return device.error();
    return std::unique_ptr<CaseloadFolder>(new CaseloadFolder(dataDir, std::move(device).value()));
}

Result<std::unique_ptr<CaseloadFolder>> CaseloadFolder::open(const QString &dataDir, const DatabaseKey &key)
{
    auto device = DeviceStore::open(dataDir, key);
    if (!device && device.error().code == ErrorCode::Damaged)
        return deviceDamaged(dataDir);
    if (!device)
        return device.error();
    return std::unique_ptr<CaseloadFolder>(new CaseloadFolder(dataDir, std::move(device).value()));
}

Error CaseloadFolder::deviceDamaged(const QString &dataDir)
{
    // Not "this plan file": device.db holds the device's identity and the keys of every plan copy, so no repair here can
    // bring those back; the plans are the service's, and the way back goes through the administrator (review 3, #7). A
    // device enrolled again into the same account takes up its plans at the first sync (CaseloadAdoption).
    return { ErrorCode::Damaged,
             QCoreApplication::translate("samen",
                                         "This device's caseload file (device.db in %1) is damaged or incomplete, so your caseload cannot be opened "
                                         "here. Nothing was changed. The citizens' plans are safe at the service; only changes made here and not "
                                         "sent yet may be lost.\nTo work again: keep this folder aside (rename it), ask your administrator to revoke "
                                         "this device and give you a new enrolment code, and connect again with that code in an empty folder. Your "
                                         "plans come back at its first sync.")
                 .arg(QDir::toNativeSeparators(dataDir)) };
}

QString CaseloadFolder::planDir(const QString &planId) const
{
    return QDir(m_dataDir).filePath(QStringLiteral("plans/") + planId);
}

void CaseloadFolder::touch(const QString &planId, std::shared_ptr<PlanStore> store)
{
    for (qsizetype i = 0; i < m_open.size(); ++i) {
        if (m_open[i].first == planId) {
            m_open.removeAt(i);
            break;
        }
    }
    m_handedOut.insert(planId, store);
    m_open.prepend({ planId, std::move(store) });
    while (m_open.size() > m_keepOpen)
        m_open.removeLast();
}

Result<std::shared_ptr<PlanStore>> CaseloadFolder::plan(const QString &planId)
{
    // Damage is noted when an open finds it; the note goes when the file opens again from disk (openPlan), not at every
    // hand-out of a store that is open already (a round asks for each plan: no settings read per call).
    auto store = openPlan(planId);
    if (!store && store.error().code == ErrorCode::Damaged)
        markDamaged(planId, true);
    return store;
}

namespace {
QString damagedKey(const QString &planId)
{
    return QStringLiteral("plan.%1.damaged").arg(planId);
}
} // namespace

void CaseloadFolder::markDamaged(const QString &planId, bool damaged)
{
    if ((m_device->setting(damagedKey(planId)) == QLatin1String("1")) == damaged)
        return; // a write only when it changes
    if (Status kept = m_device->setSetting(damagedKey(planId), damaged ? QStringLiteral("1") : QString()); !kept)
        qCWarning(lcStore) << "could not note a plan file's damage";
}

bool CaseloadFolder::isDamaged(const QString &planId) const
{
    return m_device->setting(damagedKey(planId)) == QLatin1String("1") || Database::looksDamaged(PlanStore::databasePath(planDir(planId)));
}

Result<std::shared_ptr<PlanStore>> CaseloadFolder::openPlan(const QString &planId)
{
    for (const auto &[id, store] : m_open) {
        if (id == planId) {
            auto kept = store;
            if (Status healthy = kept->health(); !healthy) { // found damaged while open: say so, as opening it again would
                forget(planId);
                return healthy.error();
            }
            touch(planId, kept);
            return kept;
        }
    }
    if (std::shared_ptr<PlanStore> held = m_handedOut.value(planId).lock()) { // closed here, still held (a page, a round)
        if (Status healthy = held->health(); !healthy) {
            forget(planId);
            return healthy.error();
        }
        touch(planId, held);
        return held;
    }
    const QByteArray key = m_device->planKey(planId);
    if (key.isEmpty())
        return Result<std::shared_ptr<PlanStore>>::fail(ErrorCode::NotFound, QCoreApplication::translate("samen", "This plan is not in your caseload."));
    auto opened = PlanStore::open(planDir(planId), DatabaseKey::raw(key));
    if (!opened)
        return opened.error();
    markDamaged(planId, false);
    std::shared_ptr<PlanStore> store(std::move(opened).value());
    touch(planId, store);
    return store;
}

Result<std::shared_ptr<PlanStore>> CaseloadFolder::addPlan(const QString &planId, const QJsonObject &row)
{
    auto key = m_device->addPlan(planId, row);
    if (!key)
        return key.error();
    // A folder left by an earlier removal that could not finish holds nothing readable (its key is gone): start afresh.
    QDir(planDir(planId)).removeRecursively();
    auto made = PlanStore::create(planDir(planId), DatabaseKey::raw(key.value()));
    if (!made) {
        (void)m_device->removePlan(planId);
        return made.error();
    }
    std::shared_ptr<PlanStore> store(std::move(made).value());
    touch(planId, store);
    return store;
}

void CaseloadFolder::forget(const QString &planId)
{
    m_handedOut.remove(planId);
    for (qsizetype i = 0; i < m_open.size(); ++i) {
        if (m_open[i].first == planId) {
            m_open.removeAt(i);
            break;
        }
    }
}

Result<StoreSalvage::Report> CaseloadFolder::rebuildPlan(const QString &planId)
{
    const QByteArray key = m_device->planKey(planId);
    if (key.isEmpty() || !DeviceStore::isPlanId(planId))
        return Result<StoreSalvage::Report>::fail(ErrorCode::NotFound, QCoreApplication::translate("samen", "This plan is not in your caseload."));
    forget(planId); // the damaged file's connection goes before its file is moved aside
    auto rebuilt = StoreSalvage::rebuild(planDir(planId), DatabaseKey::raw(key));
    if (!rebuilt)
        return rebuilt.error();
    markDamaged(planId, false);
    StoreSalvage::Report report = std::move(rebuilt).value();
    std::shared_ptr<PlanStore> store(std::move(report.store));
    touch(planId, store);
    return report;
}

Status CaseloadFolder::removePlan(const QString &planId)
{
    forget(planId);
    markDamaged(planId, false);
    if (DeviceStore::isPlanId(planId)) {
        QDir dir(planDir(planId));
        if (dir.exists() && !dir.removeRecursively())
            return Status::fail(ErrorCode::Io, QCoreApplication::translate("samen", "Could not delete the plan's file from this device."));
    }
    return m_device->removePlan(planId);
}

QString CaseloadFolder::choiceFor(const QString &planId) const
{
    // find() takes a whole name before a part of one: the name picks this plan when no other plan's citizen has it.
    const QString citizen = m_device->row(planId).value(QStringLiteral("citizen")).toString().trimmed();
    return citizen.isEmpty() || nameShared(citizen, planId) ? planId : citizen;
}

Result<QString> CaseloadFolder::find(const QString &planOrName) const
{
    const QList<QJsonObject> all = rows();
    const QString wanted = planOrName.trimmed();
    // The whole name first, then part of it ("Zoë" for "Zoë Jansen"); case and accents ignored, as the caseload's search.
    QStringList byName, byPart;
    for (const QJsonObject &r : all) {
        const QString id = r.value(QStringLiteral("planId")).toString();
        if (id == wanted)
            return id;
        const QString citizen = r.value(QStringLiteral("citizen")).toString();
        if (namesearch::folded(citizen) == namesearch::folded(wanted))
            byName.append(id);
        else if (!wanted.isEmpty() && namesearch::contains(citizen, wanted))
            byPart.append(id);
    }
    const QStringList &found = byName.isEmpty() ? byPart : byName;
    if (found.size() == 1)
        return found.first();
    // Only the plans that matched, each with what tells it apart and the --plan to type (review 3, #3).
    if (found.size() > 1)
        return Result<QString>::fail(
            ErrorCode::Conflict,
            QCoreApplication::translate("samen", "More than one plan is for someone called %1. Choose one by typing its --plan as shown:")
                    .arg(TextHygiene::isolate(wanted))
                + QLatin1Char('\n') + listing(found));
    return Result<QString>::fail(
        ErrorCode::NotFound,
        QCoreApplication::translate("samen", "No plan in your caseload is for \"%1\". The plans on this device:").arg(TextHygiene::isolate(wanted))
            + QLatin1Char('\n') + listing());
}

QString CaseloadFolder::tellApart(const QJsonObject &row)
{
    QStringList parts;
    QStringList labels;
    for (const QJsonValue &d : row.value(QStringLiteral("domains")).toArray()) {
        const QString key = d[QStringLiteral("key")].toString();
        QString label = d[QStringLiteral("label")].toString(key);
        for (const QString &framework : frameworkKeys()) { // in the reader's language where Samen knows the domain
            if (const QString known = domainLabel(framework, key); known != key) {
                label = known;
                break;
            }
        }
        labels.append(TextHygiene::isolate(label));
    }
    if (!labels.isEmpty())
        parts.append(QCoreApplication::translate("samen", "you may see %1").arg(labels.join(QStringLiteral(", "))));
    else if (row.value(QStringLiteral("waiting")).toBool())
        parts.append(QCoreApplication::translate("samen", "waiting to be let in"));
    const QDate joined = QDate::fromString(row.value(QStringLiteral("joined")).toString(), Qt::ISODate);
    if (joined.isValid())
        parts.append(QCoreApplication::translate("samen", "in your caseload since %1").arg(joined.toString(Qt::ISODate)));
    return parts.join(QStringLiteral("; "));
}

bool CaseloadFolder::nameShared(const QString &citizen, const QString &planId) const
{
    if (citizen.isEmpty())
        return false;
    for (const QJsonObject &r : rows()) {
        if (r.value(QStringLiteral("planId")).toString() != planId
            && namesearch::folded(r.value(QStringLiteral("citizen")).toString()) == namesearch::folded(citizen))
            return true;
    }
    return false;
}

QString CaseloadFolder::listing(const QStringList &only) const
{
    QStringList lines;
    const QList<QJsonObject> all = rows();
    QHash<QString, int> named; // folded name -> how many plans are for someone of that name
    for (const QJsonObject &r : all)
        ++named[namesearch::folded(r.value(QStringLiteral("citizen")).toString())];
    for (const QJsonObject &r : all) {
        const QString id = r.value(QStringLiteral("planId")).toString();
        if (!only.isEmpty() && !only.contains(id))
            continue;
        const QString name = r.value(QStringLiteral("citizen")).toString();
        const QString shown = name.isEmpty() ? QCoreApplication::translate("samen", "(name not known yet)") : TextHygiene::isolate(name);
        // Two citizens of one name: what tells their plans apart comes with each.
        const bool twin = !name.isEmpty() && named.value(namesearch::folded(name)) > 1;
        const QString apart = twin ? tellApart(r) : QString();
        // The --plan to type (choiceFor's rule, from the counts above): the citizen's name, the id for two of one name.
        const QString choice = twin || name.isEmpty() ? id : TextHygiene::shellWord(name);
        lines.append(apart.isEmpty() ? QStringLiteral("  %1 (--plan %2)").arg(shown, choice)
                                     : QStringLiteral("  %1: %2 (--plan %3)").arg(shown, apart, choice));
    }
    if (lines.isEmpty())
        return QCoreApplication::translate("samen", "  (none yet: join a plan with samen-cli join CODE)");
    return lines.join(QLatin1Char('\n'));
}

} // namespace samen
