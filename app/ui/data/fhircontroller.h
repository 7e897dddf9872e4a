#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

Q_MOC_INCLUDE("ui/plancontroller.h")

namespace samen::app {

class PlanController;

/**
 * "Take your plan with you" on the My data page (issue 15; docs/fhir.md): saves the whole plan
 * as one FHIR R4 file (FhirExporter) where the person chose (a plan is brought back from a file on a
 * device without a plan: PlanImportController). status says what happened, error why not, in people's
 * words; both are cleared by the next action. A file is written whole or not at all (QSaveFile).
 */
class FhirController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(samen::app::PlanController *plan READ plan WRITE setPlan NOTIFY planChanged)
    /** What the last action did ("Your plan is saved in robin.json: 62 records."); "" before any. */
    Q_PROPERTY(QString status READ status NOTIFY changed)
    /** Why the last action failed; "" when it did not. */
    Q_PROPERTY(QString error READ error NOTIFY changed)
    /** A file name to offer in the save dialog: "samen-plan-<date>.json". */
    Q_PROPERTY(QString suggestedName READ suggestedName CONSTANT)
    /**
     * Where sendOn() puts the file: the person's documents folder (QStandardPaths::DocumentsLocation,
     * their home folder when there is none), or what setDefaultShareFolder() set; tests set their own.
     */
    Q_PROPERTY(QString shareFolder READ shareFolder WRITE setShareFolder NOTIFY changed)
public:
    explicit FhirController(QObject *parent = nullptr);

    PlanController *plan() const { return m_plan; }
    void setPlan(PlanController *plan);
    QString status() const { return m_status; }
    QString error() const { return m_error; }
    QString suggestedName() const;

    QString shareFolder() const { return m_shareFolder; }
    void setShareFolder(const QString &folder);
    /** The shareFolder of controllers made from now on (one-shot runs: the tours must not write into the person's documents). */
    static void setDefaultShareFolder(const QString &folder);

    /** Saves the plan as a FHIR R4 Bundle to a local file URL; true when written. */
    Q_INVOKABLE bool exportTo(const QUrl &file);
    /**
     * "Send my plan to another app" on a phone (Qt 6.4 has no share sheet on Linux; docs/fhir.md,
     * "On a phone"): saves the Bundle as a new file in shareFolder (0600, never over another file:
     * samen-plan-<date>-2.json and so on), then asks the desktop to open that folder
     * (QDesktopServices::openUrl), where the person hands the file to an app of their choice.
     * status says where the file is and whether the folder opened; true when the file was written.
     */
    Q_INVOKABLE bool sendOn();
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void planChanged();
    void changed();

private:
    bool finish(const QString &status, const QString &error);
    /** The Bundle of the open plan, or why there is none (in people's words). */
    Result<QJsonObject> bundle() const;
    /** What the file holds about the service's access log (a sentence, "" when the plan was never connected). */
    QString accessLogNote() const;

    QPointer<PlanController> m_plan;
    QString m_status;
    QString m_error;
    QString m_shareFolder;
};

} // namespace samen::app
