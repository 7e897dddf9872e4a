#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

namespace samen::app {

/**
 * What reads text aloud (ReadAloud hands it the text): the platform's text-to-speech
 * (QtSpeechEngine) in the app, a recording stand-in in tests. The app builds one in main
 * (setShared); without one, reading aloud is offered as unavailable with a plain reason.
 * An engine may need starting first (prepare): the platform's voice is started on the first
 * "read aloud", never while the app starts (review 6, #19: a slow or absent speech service held up the first frame).
 */
class SpeechEngine : public QObject
{
    Q_OBJECT
public:
    /** Where the engine is in starting: not asked yet, starting (off the UI thread), ready, or failed to start. */
    enum class Readiness { Idle, Starting, Ready, Failed };

    using QObject::QObject;

    /** Ready unless the engine needs starting (QtSpeechEngine): a stand-in in tests speaks at once. */
    virtual Readiness readiness() const { return Readiness::Ready; }
    /** Starts the engine when Idle, without waiting for it (readinessChanged when it is ready or failed). */
    virtual void prepare() { }

    /** True when it can speak `locale`'s language now. */
    virtual bool canSpeak(const QLocale &locale) const = 0;
    /** Why it cannot speak `locale`'s language, in plain words for people; "" when it can. */
    virtual QString whyNot(const QLocale &locale) const = 0;
    /** Starts reading `text` aloud in `locale`'s language, stopping what it was reading. */
    virtual void say(const QString &text, const QLocale &locale) = 0;
    virtual void stop() = 0;
    virtual bool speaking() const = 0;

    /** The engine the app built in main; null when there is none (tests, one-shot runs). */
    static SpeechEngine *shared();
    /** Set once in main (or by a test); not owned. */
    static void setShared(SpeechEngine *engine);

Q_SIGNALS:
    /** Started or stopped speaking. */
    void speakingChanged();
    /** readiness() changed: the engine is ready, or it failed to start. */
    void readinessChanged();
};

} // namespace samen::app
