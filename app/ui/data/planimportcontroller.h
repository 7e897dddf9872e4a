#pragma once

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>

namespace samen::app {

class Session;

/**
 * "I have a file of my plan" on the first-run page (issue 15; docs/fhir.md, "In the app"): a
 * person on a new device brings back their plan from a FHIR file that Samen saved. chooseFile()
 * reads and checks the whole file first (FhirImporter) and says which plan it holds; start()
 * then makes the plan locked as a new plan is (the device's key store, or a passphrase typed
 * twice) through Session::importPlan, and the app opens on it. busy is true while the plan is
 * made (the page shows progress); a file Samen cannot read, or a store that could not be
 * written, leaves no plan file and error says why in people's words.
 */
class PlanImportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** The chosen file's name ("robin.json"); "" before one is chosen. */
    Q_PROPERTY(QString fileName READ fileName NOTIFY changed)
    /** True when the chosen file holds a plan Samen can bring back. */
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    /** What the chosen file holds, in words ("This file holds the plan “Robin”: 62 records."); "" when not ready. */
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    /** True from start() until the plan is made or refused. */
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    /** What is being done while busy, in words. */
    Q_PROPERTY(QString progressText READ progressText NOTIFY changed)
    /** Why the last step failed; "" when it did not. */
    Q_PROPERTY(QString error READ error NOTIFY changed)
public:
    explicit PlanImportController(QObject *parent = nullptr);

    /** The session the plan is made in; the app's Session::instance() unless set (tests). */
    void setSession(Session *session) { m_session = session; }

    QString fileName() const { return m_fileName; }
    bool ready() const { return !m_bundle.isEmpty(); }
    QString summary() const { return m_summary; }
    bool busy() const { return m_busy; }
    QString progressText() const { return m_progressText; }
    QString error() const { return m_error; }

    /** Reads and checks a local file; true when it holds a plan Samen can bring back (nothing is made yet). */
    Q_INVOKABLE bool chooseFile(const QUrl &file);
    /**
     * Brings the chosen plan back, locked with the device's key store (useKeychain) or with
     * passphrase (typed twice: again must be the same). Returns false at once with error when
     * no file is ready or the passphrases differ; otherwise busy, and finished() says how it
     * ended (the session is Unlocked on the plan when it worked).
     */
    Q_INVOKABLE bool start(bool useKeychain, const QString &passphrase, const QString &again);
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void changed();
    /** The import ended: ok true when the plan is open. */
    void finished(bool ok);

private:
    bool fail(const QString &error);
    void finish(bool useKeychain, const QString &passphrase);
    Session *session() const;

    Session *m_session = nullptr;
    QJsonObject m_bundle;
    QString m_fileName;
    QString m_summary;
    QString m_progressText;
    QString m_error;
    bool m_busy = false;
};

} // namespace samen::app
