#include "ui/speech/readaloud.h"

#include "domain/goalprogress.h"
#include "models/planmodels.h"
#include "store/planview.h"
#include "ui/plancontroller.h"
#include "ui/speech/speechengine.h"

#include <QJsonArray>

#include <utility>

namespace samen::app {

namespace {

QString str(const QJsonObject &o, const char *field)
{
    return o.value(QLatin1StringView(field)).toString();
}

/** A sentence ends with a full stop, so the voice pauses between them. */
QString sentence(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const QChar last = t.back();
    return last == u'.' || last == u'!' || last == u'?' ? t : t + u'.';
}

QString dateWords(const QString &isoDate)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMMM yyyy")) : QString();
}

} // namespace

ReadAloud::ReadAloud(QObject *parent)
    : ReadAloud(SpeechEngine::shared(), parent)
{
}

ReadAloud::ReadAloud(SpeechEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    if (m_engine) {
        connect(m_engine, &SpeechEngine::speakingChanged, this, &ReadAloud::engineChanged);
        connect(m_engine, &SpeechEngine::readinessChanged, this, &ReadAloud::engineReady);
    }
}

void ReadAloud::engineReady()
{
    const SpeechEngine::Readiness now = m_engine->readiness();
    if (now == SpeechEngine::Readiness::Ready || now == SpeechEngine::Readiness::Failed) {
        const QString text = std::exchange(m_waiting, QString());
        if (!text.isEmpty() && available())
            m_engine->say(text, QLocale());
    }
    Q_EMIT engineChanged();
}

void ReadAloud::setPlan(PlanController *plan)
{
    if (m_plan == plan)
        return;
    m_plan = plan;
    Q_EMIT planChanged();
}

bool ReadAloud::available() const
{
    if (!m_engine)
        return false;
    switch (m_engine->readiness()) {
    case SpeechEngine::Readiness::Idle:
    case SpeechEngine::Readiness::Starting:
        return true; // it may well speak: known once it has started
    case SpeechEngine::Readiness::Failed:
        return false;
    case SpeechEngine::Readiness::Ready:
        break;
    }
    return m_engine->canSpeak(QLocale());
}

bool ReadAloud::starting() const
{
    return m_engine && m_engine->readiness() == SpeechEngine::Readiness::Starting;
}

QString ReadAloud::reason() const
{
    if (!m_engine)
        return tr("Reading aloud does not work on this device: it has no voice installed.");
    return m_engine->whyNot(QLocale());
}

bool ReadAloud::speaking() const
{
    return m_engine && m_engine->speaking();
}

QString ReadAloud::storyText() const
{
    if (!m_plan)
        return {};
    const QString owner = m_plan->ownerName();
    const QString heading = m_plan->isOwner() ? tr("My story.") : owner.isEmpty() ? tr("The story.") : tr("%1's story.").arg(owner);
    const QString story = m_plan->story().trimmed();
    return heading + u' ' + (story.isEmpty() ? tr("Nothing is written here yet.") : story);
}

QString ReadAloud::domainText(const QString &domainKey) const
{
    if (!m_plan)
        return {};
    const QVariantMap domain = m_plan->domain(domainKey);
    if (domain.isEmpty())
        return {};
    QStringList parts { sentence(domain.value(QStringLiteral("label")).toString()) };
    const int score = domain.value(QStringLiteral("score")).toInt();
    if (score > 0)
        parts.append(tr("How it is going: %1 out of 10.").arg(score));
    else
        parts.append(tr("Not rated yet."));
    parts.append(sentence(domain.value(QStringLiteral("note")).toString()));
    QStringList goals;
    for (const QJsonValue &v : m_plan->goals()) {
        const QJsonObject g = v.toObject();
        if (str(g, "domainKey") != domainKey)
            continue;
        int done = 0;
        int open = 0;
        for (const QJsonValue &s : g.value(QStringLiteral("steps")).toArray())
            (s.toObject().value(QStringLiteral("done")).toBool() ? done : open)++;
        goals.append(tr("Goal: %1. %2.").arg(str(g, "title"), goalprogress::word(str(g, "status"), done, open)));
    }
    if (goals.isEmpty())
        parts.append(tr("No goals yet."));
    parts.append(goals);
    parts.removeAll(QString());
    return parts.join(u' ');
}

QString ReadAloud::goalText(const QString &goalId) const
{
    if (!m_plan)
        return {};
    QHash<QString, QString> names;
    for (const QJsonValue &m : m_plan->view()->members())
        names.insert(str(m.toObject(), "id"), str(m.toObject(), "name"));
    for (const QJsonValue &v : m_plan->goals()) {
        const QJsonObject g = v.toObject();
        if (str(g, "id") != goalId)
            continue;
        const QJsonArray steps = g.value(QStringLiteral("steps")).toArray();
        int done = 0;
        for (const QJsonValue &s : steps)
            done += s.toObject().value(QStringLiteral("done")).toBool() ? 1 : 0;
        QStringList parts { tr("Goal: %1.").arg(str(g, "title")) };
        if (!str(g, "why").trimmed().isEmpty())
            parts.append(tr("Why this matters: %1").arg(sentence(str(g, "why"))));
        parts.append(sentence(goalprogress::word(str(g, "status"), done, int(steps.size()) - done)));
        if (!str(g, "due").isEmpty())
            parts.append(tr("Target date: %1.").arg(dateWords(str(g, "due"))));
        if (steps.isEmpty())
            parts.append(tr("No steps yet."));
        else
            parts.append(tr("%1 of %2 steps done.").arg(done).arg(steps.size()));
        int n = 0;
        for (const QJsonValue &sv : steps) {
            const QJsonObject s = sv.toObject();
            QString line = tr("Step %1: %2.").arg(++n).arg(str(s, "title"));
            if (const QString who = names.value(str(s, "ownerId")); !who.isEmpty())
                line += u' ' + tr("Who: %1.").arg(who);
            if (!str(s, "due").isEmpty())
                line += u' ' + tr("When: %1.").arg(dateWords(str(s, "due")));
            line += u' ' + (s.value(QStringLiteral("done")).toBool() ? tr("Done.") : tr("Not done yet."));
            parts.append(line);
        }
        return parts.join(u' ');
    }
    return {};
}

QString ReadAloud::listText(const QString &heading, QAbstractItemModel *model, const QString &role) const
{
    QStringList parts { sentence(heading) };
    int roleId = -1;
    if (model) {
        const auto roles = model->roleNames();
        for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
            if (QString::fromUtf8(it.value()) == role)
                roleId = it.key();
        }
    }
    if (!model || roleId < 0 || model->rowCount() == 0) {
        parts.append(tr("Nothing to read."));
    } else {
        for (int row = 0; row < model->rowCount(); ++row)
            parts.append(sentence(model->data(model->index(row, 0), roleId).toString()));
    }
    parts.removeAll(QString());
    return parts.join(u' ');
}

bool ReadAloud::read(const QString &text)
{
    if (!available() || text.trimmed().isEmpty())
        return false;
    if (m_engine->readiness() != SpeechEngine::Readiness::Ready) {
        m_waiting = text; // read once the engine is ready (engineReady)
        m_engine->prepare();
        return true;
    }
    m_engine->say(text, QLocale());
    return true;
}

void ReadAloud::stop()
{
    m_waiting.clear();
    if (m_engine)
        m_engine->stop();
}

} // namespace samen::app
