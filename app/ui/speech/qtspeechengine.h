#pragma once

#include "ui/speech/speechengine.h"

#include <memory>

class QTextToSpeech;

namespace samen::app {

/**
 * SpeechEngine on Qt's TextToSpeech (Qt 6.4, Debian's qt6-speech with the
 * speech-dispatcher plugin and espeak-ng voices). Built only where CMake finds
 * Qt6::TextToSpeech (SAMEN_HAVE_TEXTTOSPEECH); forThisDevice() is null elsewhere.
 */
class QtSpeechEngine : public SpeechEngine
{
    Q_OBJECT
public:
    /** The platform's engine, or null when this build or device has none. */
    static std::unique_ptr<SpeechEngine> forThisDevice();
    ~QtSpeechEngine() override;

    bool canSpeak(const QLocale &locale) const override;
    QString whyNot(const QLocale &locale) const override;
    void say(const QString &text, const QLocale &locale) override;
    void stop() override;
    bool speaking() const override;

private:
    explicit QtSpeechEngine(std::unique_ptr<QTextToSpeech> tts);
    std::unique_ptr<QTextToSpeech> m_tts;
};

} // namespace samen::app
