#include "ui/speech/qtspeechengine.h"

#include "ui/speech/speechworker.h"

#include <QThread>

#include <algorithm>

namespace samen::app {

namespace {
bool hasVoiceFor(const QList<QLocale> &locales, const QLocale &locale)
{
    return std::any_of(locales.cbegin(), locales.cend(), [&](const QLocale &l) { return l.language() == locale.language(); });
}
} // namespace

std::unique_ptr<SpeechEngine> QtSpeechEngine::forThisDevice()
{
#ifdef SAMEN_HAVE_TEXTTOSPEECH
    return std::make_unique<QtSpeechEngine>();
#else
    return nullptr;
#endif
}

QtSpeechEngine::QtSpeechEngine()
{
    m_giveUp.setSingleShot(true);
    m_giveUp.setInterval(defaultGiveUpMs);
    connect(&m_giveUp, &QTimer::timeout, this, [this] {
        if (m_readiness != Readiness::Starting)
            return;
        m_failure = tr("The voice of this device does not answer, so reading aloud does not work right now.");
        setReadiness(Readiness::Failed);
    });
}

QtSpeechEngine::~QtSpeechEngine()
{
    if (!m_thread)
        return;
    m_thread->quit();
    // A thread still waiting for a speech service that never answers cannot be stopped: it ends with the
    // process (deleting a running QThread would abort). Otherwise the worker and its engine go with it.
    if (m_thread->wait(2000))
        delete m_thread;
}

void QtSpeechEngine::prepare()
{
    if (m_readiness != Readiness::Idle)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("samen-speech"));
    m_worker = new SpeechWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Queued: the worker's thread says it, this one hears it (and not at all once this engine is gone).
    connect(m_worker, &SpeechWorker::started, this, &QtSpeechEngine::started);
    connect(m_worker, &SpeechWorker::speakingChanged, this, [this](bool speaking) {
        m_speaking = speaking;
        Q_EMIT speakingChanged();
    });
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &SpeechWorker::start, Qt::QueuedConnection);
    m_giveUp.start();
    setReadiness(Readiness::Starting);
}

void QtSpeechEngine::started(const QList<QLocale> &locales, const QString &failure)
{
    m_giveUp.stop();
    m_locales = locales;
    m_failure = failure;
    setReadiness(failure.isEmpty() ? Readiness::Ready : Readiness::Failed);
}

void QtSpeechEngine::setReadiness(Readiness readiness)
{
    if (m_readiness == readiness)
        return;
    m_readiness = readiness;
    Q_EMIT readinessChanged();
}

bool QtSpeechEngine::canSpeak(const QLocale &locale) const
{
    return m_readiness == Readiness::Ready && hasVoiceFor(m_locales, locale);
}

QString QtSpeechEngine::whyNot(const QLocale &locale) const
{
    if (m_readiness == Readiness::Failed)
        return m_failure;
    if (m_readiness == Readiness::Ready && !hasVoiceFor(m_locales, locale))
        return tr("There is no voice for this language on this device.");
    return {};
}

void QtSpeechEngine::say(const QString &text, const QLocale &locale)
{
    if (m_readiness != Readiness::Ready)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, text, locale] { worker->say(text, locale); }, Qt::QueuedConnection);
}

void QtSpeechEngine::stop()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SpeechWorker::stop, Qt::QueuedConnection);
}

} // namespace samen::app
