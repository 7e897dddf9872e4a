#include "testspeech.h"

TestSpeech::TestSpeech(QObject *parent)
    : SpeechEngine(parent)
{
}

TestSpeech::~TestSpeech()
{
    if (SpeechEngine::shared() == this)
        SpeechEngine::setShared(nullptr);
}

void TestSpeech::install()
{
    SpeechEngine::setShared(this);
}

void TestSpeech::uninstall()
{
    if (SpeechEngine::shared() == this)
        SpeechEngine::setShared(nullptr);
}

void TestSpeech::say(const QString &text, const QLocale &locale)
{
    m_lastText = text;
    m_lastLanguage = QLocale::languageToCode(locale.language());
    ++m_count;
    Q_EMIT said();
}
