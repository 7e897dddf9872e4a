#pragma once

#include <QAbstractItemModel>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

Q_MOC_INCLUDE("ui/plancontroller.h")

namespace samen::app {

class PlanController;
class SpeechEngine;

/**
 * "Read aloud" for people who read with difficulty: composes what a page says (the story,
 * a life domain, a goal with its steps, the access log) as plain sentences in the app's
 * language, from the plan's data, and hands them to a SpeechEngine. Without an engine
 * or a voice for the language, `available` is false and `reason` says why in plain words.
 * The platform's engine starts at the first read (SpeechEngine::prepare): `starting` while it
 * does, then the text asked for is read (review 6, #19: it started with the app and held it up).
 */
class ReadAloud : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(samen::app::PlanController *plan READ plan WRITE setPlan NOTIFY planChanged)
    Q_PROPERTY(bool available READ available NOTIFY engineChanged)
    Q_PROPERTY(QString reason READ reason NOTIFY engineChanged)
    Q_PROPERTY(bool speaking READ speaking NOTIFY engineChanged)
    /** True while the engine starts (the first read); the text asked for is read when it is ready. */
    Q_PROPERTY(bool starting READ starting NOTIFY engineChanged)
public:
    /** Uses SpeechEngine::shared(), the engine main built. */
    explicit ReadAloud(QObject *parent = nullptr);
    /** Uses `engine` (not owned; may be null: nothing can be read). */
    ReadAloud(SpeechEngine *engine, QObject *parent);

    PlanController *plan() const { return m_plan; }
    void setPlan(PlanController *plan);
    bool available() const;
    QString reason() const;
    bool speaking() const;
    bool starting() const;

    /** "My story." and the story; "" without a plan. */
    Q_INVOKABLE QString storyText() const;
    /** The life domain: its name, the last rating out of 10 with the words, and each goal with its status. */
    Q_INVOKABLE QString domainText(const QString &domainKey) const;
    /** The goal: title, why, status, target date, then each step with who does it, when, and whether it is done. */
    Q_INVOKABLE QString goalText(const QString &goalId) const;
    /** Each row's `role` text of a list (the access log's "description": day, time, what happened), one sentence each. */
    Q_INVOKABLE QString listText(const QString &heading, QAbstractItemModel *model, const QString &role) const;

    /**
     * Hands `text` to the engine in the app's language; false (nothing said) when unavailable or empty. An engine not
     * started yet starts now, and reads `text` once it is ready (true: it will be read, unless starting fails).
     */
    Q_INVOKABLE bool read(const QString &text);
    Q_INVOKABLE void stop();

Q_SIGNALS:
    void planChanged();
    void engineChanged();

private:
    void engineReady();

    QPointer<SpeechEngine> m_engine;
    QString m_waiting; ///< asked for while the engine started
    QPointer<PlanController> m_plan;
};

} // namespace samen::app
