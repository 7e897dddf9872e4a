#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QTextToSpeech;

namespace samen::app {

/**
 * The platform's text-to-speech on a thread of its own (QtSpeechEngine moves it there): starting it
 * connects to the speech service, which may be slow or never answer (review 6, #19: speech-dispatcher
 * held up the app's start). Everything here runs on that thread; it tells the engine by signals.
 */
class SpeechWorker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /** Starts the platform's engine; then started: its languages, or why it did not start ("" when it did). */
    void start();
    /** Reads text in the voice nearest `locale` (its language), stopping what it was reading. */
    void say(const QString &text, const QLocale &locale);
    void stop();

Q_SIGNALS:
    void started(const QList<QLocale> &locales, const QString &failure);
    void speakingChanged(bool speaking);

private:
    QTextToSpeech *m_tts = nullptr;
};

} // namespace samen::app
