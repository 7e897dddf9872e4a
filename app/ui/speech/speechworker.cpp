#include "ui/speech/speechworker.h"

#ifdef SAMEN_HAVE_TEXTTOSPEECH
#include <QTextToSpeech>
#endif

namespace samen::app {

#ifdef SAMEN_HAVE_TEXTTOSPEECH

namespace {
/** The voice for a language: the locale itself, else any locale of that language. */
QLocale voiceFor(const QList<QLocale> &locales, const QLocale &locale)
{
    if (locales.contains(locale))
        return locale;
    for (const QLocale &l : locales) {
        if (l.language() == locale.language())
            return l;
    }
    return locale;
}
} // namespace

void SpeechWorker::start()
{
    if (m_tts)
        return;
    if (QTextToSpeech::availableEngines().isEmpty()) {
        Q_EMIT started({}, tr("Reading aloud does not work on this device: it has no voice installed."));
        return;
    }
    // Connects to the speech service: seconds, or for ever when it never answers. That is why this runs here.
    m_tts = new QTextToSpeech(this);
    if (m_tts->state() == QTextToSpeech::Error) {
        Q_EMIT started({}, tr("Reading aloud does not work on this device right now."));
        return;
    }
    connect(m_tts, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) { Q_EMIT speakingChanged(state == QTextToSpeech::Speaking); });
    Q_EMIT started(m_tts->availableLocales(), QString());
}

void SpeechWorker::say(const QString &text, const QLocale &locale)
{
    if (!m_tts)
        return;
    if (const QLocale voice = voiceFor(m_tts->availableLocales(), locale); m_tts->locale() != voice)
        m_tts->setLocale(voice);
    m_tts->stop();
    m_tts->say(text);
}

void SpeechWorker::stop()
{
    if (m_tts)
        m_tts->stop();
}

#else

void SpeechWorker::start()
{
    Q_EMIT started({}, tr("Reading aloud does not work on this device."));
}

void SpeechWorker::say(const QString &, const QLocale &) { }

void SpeechWorker::stop() { }

#endif

} // namespace samen::app
