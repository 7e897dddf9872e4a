#include "ui/team/reviewreminders.h"

#include "store/planstore.h"
#include "store/teamview.h"
#include "ui/notify/notifier.h"
#include "ui/plancontroller.h"
#include "ui/team/teamwords.h"

#include <QJsonArray>
#include <QJsonObject>

#include <chrono>

namespace samen::app {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString settingKey(const QString &id)
{
    return QStringLiteral("reminded.") + id;
}

} // namespace

ReviewReminders::ReviewReminders(PlanController *plan, Notifier *notifier, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_notifier(notifier)
{
    if (m_plan)
        connect(m_plan, &PlanController::changed, this, &ReviewReminders::check);
    m_timer.setInterval(std::chrono::hours(1));
    connect(&m_timer, &QTimer::timeout, this, &ReviewReminders::check);
    m_timer.start();
    check();
}

bool ReviewReminders::told(const QString &id, const QString &version) const
{
    return m_pending.contains(id + QLatin1Char('=') + version) || m_plan->store().setting(settingKey(id)) == version;
}

void ReviewReminders::check()
{
    if (!m_plan || !m_notifier || !m_plan->view() || !m_plan->hasAccess())
        return;
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const QJsonObject talk = TeamView(m_plan->store(), m_plan->planId()).toTalkAbout(now);

    QList<std::pair<QString, QString>> reviews;
    QStringList lines;
    for (const QJsonValue &v : talk.value(QStringLiteral("reviewsDue")).toArray()) {
        const QJsonObject a = v.toObject();
        if (told(str(a, "id"), str(a, "evaluationDate")))
            continue;
        reviews.append({ str(a, "id"), str(a, "evaluationDate") });
        const QVariantMap words = TeamWords::agreement(a);
        lines.append(a.value(QStringLiteral("overdue")).toBool()
                         ? tr("%1 (looking back on it was due %2)").arg(str(a, "what"), words.value(QStringLiteral("evaluationText")).toString())
                         : tr("%1 (look back on it %2)").arg(str(a, "what"), words.value(QStringLiteral("evaluationText")).toString()));
    }
    if (!reviews.isEmpty())
        tell(tr("%n agreement(s) to look back on", "", int(reviews.size())), lines.join(QLatin1Char('\n')), reviews);

    const QJsonObject next = talk.value(QStringLiteral("nextMeeting")).toObject();
    if (!next.isEmpty()) {
        const QDateTime at = QDateTime::fromString(str(next, "at"), Qt::ISODate);
        const bool soon = at.isValid() && now.toLocalTime().date().daysTo(at.toLocalTime().date()) <= kMeetingDays;
        if (soon && !told(str(next, "id"), str(next, "at"))) {
            const QVariantMap words = TeamWords::meeting(next);
            tell(tr("Next meeting: %1").arg(words.value(QStringLiteral("whenText")).toString()),
                 str(next, "title") + QLatin1Char('\n') + words.value(QStringLiteral("placeText")).toString(), { { str(next, "id"), str(next, "at") } });
        }
    }
}

void ReviewReminders::tell(const QString &summary, const QString &body, const QList<std::pair<QString, QString>> &items)
{
    for (const auto &[id, version] : items)
        m_pending.insert(id + QLatin1Char('=') + version);
    QPointer<ReviewReminders> self(this);
    m_notifier->notify(summary, body, [self, items](bool shown) {
        if (!self)
            return;
        for (const auto &[id, version] : items)
            self->m_pending.remove(id + QLatin1Char('=') + version);
        if (!shown || !self->m_plan)
            return; // not remembered: told at the next look
        QList<std::pair<QString, QString>> settings;
        for (const auto &[id, version] : items)
            settings.append({ settingKey(id), version });
        // A failed write only means the person may be told once more.
        (void)self->m_plan->store().setSettings(settings);
    });
}

} // namespace samen::app
