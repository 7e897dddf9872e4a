#include "ui/caseload/devicecaseloadsource.h"

#include "domain/frameworks.h"
#include "network/caseloadjoin.h"
#include "network/invitationlink.h"
#include "network/networkclient.h"
#include "store/caseloadfolder.h"
#include "store/caseloadsummary.h"
#include "sync/caseloadsync.h"

#include <QJsonArray>

#include <algorithm>

namespace samen::app {

namespace {
/** Rounds of every plan while the caseload is open (the live channel brings changes sooner). */
constexpr int kRoundIntervalMs = 60 * 1000;
} // namespace

DeviceCaseloadSource::DeviceCaseloadSource(std::unique_ptr<CaseloadFolder> folder)
    : m_folder(std::move(folder))
    , m_sync(std::make_unique<CaseloadSync>(*m_folder, m_network))
{
    QObject::connect(m_sync.get(), &CaseloadSync::caseloadChanged, m_sync.get(), [this] {
        if (m_changed)
            m_changed();
    });
    QObject::connect(m_sync.get(), &CaseloadSync::noticesChanged, m_sync.get(), [this] {
        if (m_changed)
            m_changed();
    });
    // A round that reached nobody changes no row, but the open plans' status lines must say so (review 3, #17).
    QObject::connect(m_sync.get(), &CaseloadSync::roundOfAllEnded, m_sync.get(), [this] {
        if (m_changed)
            m_changed();
    });
    if (m_sync->isConfigured() && m_sync->isEnrolled())
        m_sync->start(kRoundIntervalMs);
}

DeviceCaseloadSource::~DeviceCaseloadSource()
{
    if (m_sync)
        m_sync->stop();
}

CaseloadItem DeviceCaseloadSource::item(const QJsonObject &row)
{
    return item(row, QDateTime::currentDateTime());
}

CaseloadItem DeviceCaseloadSource::item(const QJsonObject &stored, const QDateTime &now)
{
    // The figures that depend on the date, for now: a row is as old as its plan's last change (R4-26).
    const QJsonObject row = CaseloadSummary::asOf(stored, now);
    CaseloadItem out;
    out.planId = row.value(QLatin1String("planId")).toString();
    out.citizenName = row.value(QLatin1String("citizen")).toString();
    out.role = row.value(QLatin1String("role")).toString();
    for (const QJsonValue &domain : row.value(QLatin1String("domains")).toArray()) {
        const QString key = domain.toObject().value(QLatin1String("key")).toString();
        const QString label = domainLabel(QStringLiteral("default"), key);
        out.domains.append(label != key || label.isEmpty() ? label : domain.toObject().value(QLatin1String("label")).toString(key));
        if (domain.toObject().value(QLatin1String("access")).toString() == QLatin1String("write"))
            out.writable.append(out.domains.last());
    }
    const QJsonValue meeting = row.value(QLatin1String("nextMeeting"));
    if (meeting.isObject())
        out.nextMeeting = QDateTime::fromString(meeting.toObject().value(QLatin1String("at")).toString(), Qt::ISODate);
    // The row's agreementsDue counts the overdue ones too (CaseloadSummary): never added twice (review 4, R4-6).
    out.agreementsDue = row.value(QLatin1String("agreementsDue")).toInt();
    out.agreementsOverdue = std::min(out.agreementsDue, row.value(QLatin1String("agreementsOverdue")).toInt());
    const QJsonArray steps = row.value(QLatin1String("stepsForMe")).toArray();
    out.stepsAssigned = int(steps.size());
    const QDate today = now.toLocalTime().date();
    for (const QJsonValue &step : steps) {
        const QDate due = QDate::fromString(step.toObject().value(QLatin1String("due")).toString(), Qt::ISODate);
        if (!due.isValid())
            continue;
        out.stepsOverdue += due < today ? 1 : 0;
        if (!out.firstStepDue.isValid() || due < out.firstStepDue)
            out.firstStepDue = due;
    }
    out.joined = QDate::fromString(row.value(QLatin1String("joined")).toString(), Qt::ISODate);
    out.refused = row.value(QLatin1String("refused")).toInt();
    out.withdrawn = row.value(QLatin1String("withdrawn")).toBool();
    out.waiting = row.value(QLatin1String("waiting")).toBool();
    out.lastChange = QDateTime::fromString(row.value(QLatin1String("lastChange")).toString(), Qt::ISODate);
    out.attention = row.value(QLatin1String("attention")).toInt();
    return out;
}

QList<CaseloadItem> DeviceCaseloadSource::items()
{
    QList<CaseloadItem> out;
    for (const QJsonObject &row : m_folder->rows())
        out.append(item(row));
    return out;
}

Result<std::shared_ptr<PlanStore>> DeviceCaseloadSource::openPlan(const QString &planId)
{
    return m_folder->plan(planId);
}

QStringList DeviceCaseloadSource::notices() const
{
    return m_sync->notices();
}

void DeviceCaseloadSource::dismissNotices()
{
    m_sync->dismissNotices();
}

void DeviceCaseloadSource::setChangedHandler(std::function<void()> changed)
{
    m_changed = std::move(changed);
}

Status DeviceCaseloadSource::erasePlan(const QString &planId)
{
    return m_folder->removePlan(planId);
}

SettingStore *DeviceCaseloadSource::identity()
{
    return &m_folder->device();
}

void DeviceCaseloadSource::planEdited(const QString &planId)
{
    m_sync->requestSync(planId);
}

void DeviceCaseloadSource::syncNow()
{
    if (m_sync->isConfigured() && m_sync->isEnrolled() && !disconnected())
        m_sync->tryNow();
}

bool DeviceCaseloadSource::syncing() const
{
    return m_sync->isSyncing();
}

void DeviceCaseloadSource::leavePlan(const QString &planId, std::function<void(const QString &error, const QString &notice)> done)
{
    if (!m_sync->isConfigured() || !m_sync->isEnrolled()) {
        CaseloadSource::leavePlan(planId, std::move(done));
        return;
    }
    m_sync->leave(planId, [done = std::move(done)](const Result<QString> &left) {
        if (left)
            done(QString(), left.value());
        else
            done(left.error().message, QString());
    });
}

bool DeviceCaseloadSource::disconnected() const
{
    return CaseloadSync::isRevoked(m_folder->device());
}

void DeviceCaseloadSource::connectAgain(const QString &code, std::function<void(const QString &error)> done)
{
    QString bare = code.trimmed();
    if (const auto link = InvitationLink::parseDevice(bare); link && !link->code().isEmpty()) // a link from another device of yours
        bare = link->code();
    if (bare.isEmpty()) {
        done(QCoreApplication::translate("samen", "Type or paste the new enrolment code."));
        return;
    }
    QString name = m_folder->device().setting(QStringLiteral("sync.displayName"));
    if (name.isEmpty())
        name = QCoreApplication::translate("samen", "Work device");
    m_sync->enrol(name, bare, [this, done = std::move(done)](const Result<QJsonObject> &enrolled) {
        if (!enrolled) {
            done(enrolled.error().message);
            return;
        }
        if (enrolled->value(QStringLiteral("kind")).toString() != QLatin1String("professional")) {
            // A person's code: this folder stays a caseload, so that enrolment is not kept.
            (void)m_folder->device().setSettings({ { QStringLiteral("sync.deviceId"), QString() },
                                                   { QStringLiteral("sync.deviceKey"), QString() },
                                                   { QStringLiteral("caseload.revoked"), QStringLiteral("1") } });
            done(QCoreApplication::translate("samen",
                                             "This code is for a person's own device, not for a professional's: this device was not "
                                             "connected. Ask your administrator for a professional's enrolment code."));
            return;
        }
        m_sync->dismissNotices(); // the revocation is over: the caseload says how things stand now
        // The account's plans, also those the revocation took off this device, come back with the first round.
        m_sync->restoreAll([this, done](const Result<CaseloadRound> &) {
            m_sync->start(kRoundIntervalMs);
            if (m_changed)
                m_changed();
            done(QString());
        });
    });
}

void DeviceCaseloadSource::join(const QString &code, std::function<void(const QString &error)> done)
{
    if (!m_sync->isConfigured() || !m_sync->isEnrolled()) {
        CaseloadSource::join(code, std::move(done));
        return;
    }
    // The caseload's one rule (CaseloadJoin, as samen-cli join): the link and its service, then what the invitation
    // offers; an invitation for someone in the citizen's own circle is refused in words and nothing changes (review 5, #1).
    if (code.trimmed().isEmpty()) {
        done(QCoreApplication::translate("samen", "Type or paste the code the citizen gave you."));
        return;
    }
    const auto bare = CaseloadJoin::code(code, *m_sync);
    if (!bare) {
        done(bare.error().message);
        return;
    }
    CaseloadJoin::look(*m_sync, bare.value(), [this, done = std::move(done)](const Result<CaseloadJoin::Look> &looked) {
        if (!looked) {
            done(looked.error().message);
            return;
        }
        if (m_folder->device().planIds().contains(looked->offer.planId)) {
            done(QCoreApplication::translate("samen",
                                             "You are in %1's plan already: it is in your caseload. The invitation was not used; %1 may "
                                             "withdraw it.")
                     .arg(CaseloadJoin::inviter(looked->offer)));
            return;
        }
        // The service's refusal in the same precise words as samen-cli's (used, withdrawn, expired: review 5, #4).
        m_sync->join(looked->code, {}, [done](const Result<QJsonObject> &joined) {
            done(joined ? QString() : NetworkClient::plainError(joined.error(), NetworkClient::Action::Join).message);
        });
    });
}

} // namespace samen::app
