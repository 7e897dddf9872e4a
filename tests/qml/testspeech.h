#pragma once

#include "ui/speech/speechengine.h"

#include <QQmlEngine>

/**
 * A speech engine for Qt Quick tests (QML type TestSpeech, module Samen.Testing): it
 * speaks every language and records the text and language it was handed instead of
 * playing audio. install() makes it the engine ReadAloud objects made afterwards use.
 */
class TestSpeech : public samen::app::SpeechEngine
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString lastText READ lastText NOTIFY said)
    Q_PROPERTY(QString lastLanguage READ lastLanguage NOTIFY said)
    Q_PROPERTY(int count READ count NOTIFY said)
public:
    explicit TestSpeech(QObject *parent = nullptr);
    ~TestSpeech() override;

    /** From now on ReadAloud objects made use this engine (SpeechEngine::setShared). */
    Q_INVOKABLE void install();
    /** No engine again: ReadAloud objects made afterwards say reading aloud does not work. */
    Q_INVOKABLE void uninstall();

    QString lastText() const { return m_lastText; }
    /** The language of the last text, e.g. "en" or "nl". */
    QString lastLanguage() const { return m_lastLanguage; }
    /** How many texts it was handed. */
    int count() const { return m_count; }

    bool canSpeak(const QLocale &) const override { return true; }
    QString whyNot(const QLocale &) const override { return {}; }
    void say(const QString &text, const QLocale &locale) override;
    void stop() override { }
    bool speaking() const override { return false; }

Q_SIGNALS:
    void said();

private:
    QString m_lastText;
    QString m_lastLanguage;
    int m_count = 0;
};
