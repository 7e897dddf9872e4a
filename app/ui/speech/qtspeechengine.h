#pragma once

#include "ui/speech/speechengine.h"

#include <QList>
#include <QLocale>
#include <QTimer>

#include <memory>

class QThread;

namespace samen::app {

class SpeechWorker;

/**
 * SpeechEngine on Qt's TextToSpeech (Qt 6.4, Debian's qt6-speech with the speech-dispatcher plugin
 * and espeak-ng voices). Built only where CMake finds Qt6::TextToSpeech (SAMEN_HAVE_TEXTTOSPEECH);
 * forThisDevice() is null elsewhere. Nothing starts with the app: prepare() (the first "read aloud")
 * starts the platform's engine on a thread of its own (SpeechWorker), as connecting to the speech
 * service takes seconds or, when it never answers, for ever (review 6, #19). Without an answer within
 * giveUpMs it is Failed, with a plain reason; an answer that comes later makes it Ready after all.
 */
class QtSpeechEngine : public SpeechEngine
{
    Q_OBJECT
public:
    /** The platform's engine, not started yet; null when this build has none. */
    static std::unique_ptr<SpeechEngine> forThisDevice();
    /** How long starting may take before reading aloud is said not to work (ms). */
    static constexpr int defaultGiveUpMs = 15000;

    QtSpeechEngine();
    ~QtSpeechEngine() override;

    Readiness readiness() const override { return m_readiness; }
    void prepare() override;
    bool canSpeak(const QLocale &locale) const override;
    QString whyNot(const QLocale &locale) const override;
    void say(const QString &text, const QLocale &locale) override;
    void stop() override;
    bool speaking() const override { return m_speaking; }

    /** For tests: how long starting may take. */
    void setGiveUpMs(int ms) { m_giveUp.setInterval(ms); }

private:
    void started(const QList<QLocale> &locales, const QString &failure);
    void setReadiness(Readiness readiness);

    QThread *m_thread = nullptr;
    SpeechWorker *m_worker = nullptr; ///< lives on m_thread
    QTimer m_giveUp;
    Readiness m_readiness = Readiness::Idle;
    QList<QLocale> m_locales;
    QString m_failure;
    bool m_speaking = false;
};

} // namespace samen::app
