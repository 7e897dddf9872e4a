#include "ui/speech/qtspeechengine.h"

#ifdef SAMEN_HAVE_TEXTTOSPEECH
#include <QTextToSpeech>
#else
class QTextToSpeech
{
}; // this build has no text-to-speech: forThisDevice() is null
#endif

#include <optional>

namespace samen::app {

#ifdef SAMEN_HAVE_TEXTTOSPEECH

namespace {
/** The voice for a language: the locale itself, else any locale of that language. */
std::optional<QLocale> voiceFor(const QTextToSpeech &tts, const QLocale &locale)
{
    const QList<QLocale> locales = tts.availableLocales();
    if (locales.contains(locale))
        return locale;
    for (const QLocale &l : locales) {
        if (l.language() == locale.language())
            return l;
    }
    return std::nullopt;
}
} // namespace

std::unique_ptr<SpeechEngine> QtSpeechEngine::forThisDevice()
{
    if (QTextToSpeech::availableEngines().isEmpty())
        return nullptr;
    return std::unique_ptr<SpeechEngine>(new QtSpeechEngine(std::make_unique<QTextToSpeech>()));
}

QtSpeechEngine::QtSpeechEngine(std::unique_ptr<QTextToSpeech> tts)
    : m_tts(std::move(tts))
{
    connect(m_tts.get(), &QTextToSpeech::stateChanged, this, &SpeechEngine::speakingChanged);
}

bool QtSpeechEngine::canSpeak(const QLocale &locale) const
{
    return m_tts->state() != QTextToSpeech::Error && voiceFor(*m_tts, locale).has_value();
}

QString QtSpeechEngine::whyNot(const QLocale &locale) const
{
    if (m_tts->state() == QTextToSpeech::Error)
        return tr("Reading aloud does not work on this device right now.");
    if (!voiceFor(*m_tts, locale))
        return tr("There is no voice for this language on this device.");
    return {};
}

void QtSpeechEngine::say(const QString &text, const QLocale &locale)
{
    if (const auto voice = voiceFor(*m_tts, locale); voice && m_tts->locale() != *voice)
        m_tts->setLocale(*voice);
    m_tts->stop();
    m_tts->say(text);
}

void QtSpeechEngine::stop()
{
    m_tts->stop();
}

bool QtSpeechEngine::speaking() const
{
    return m_tts->state() == QTextToSpeech::Speaking;
}

#else

std::unique_ptr<SpeechEngine> QtSpeechEngine::forThisDevice()
{
    return nullptr;
}

QtSpeechEngine::QtSpeechEngine(std::unique_ptr<QTextToSpeech> tts)
    : m_tts(std::move(tts))
{
}

bool QtSpeechEngine::canSpeak(const QLocale &) const
{
    return false;
}

QString QtSpeechEngine::whyNot(const QLocale &) const
{
    return tr("Reading aloud does not work on this device.");
}

void QtSpeechEngine::say(const QString &, const QLocale &) { }

void QtSpeechEngine::stop() { }

bool QtSpeechEngine::speaking() const
{
    return false;
}

#endif

QtSpeechEngine::~QtSpeechEngine() = default;

} // namespace samen::app
