#pragma once

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
public:
    explicit FhirController(QObject *parent = nullptr);

    PlanController *plan() const { return m_plan; }
    void setPlan(PlanController *plan);
    QString status() const { return m_status; }
    QString error() const { return m_error; }
    QString suggestedName() const;

    /** Saves the plan as a FHIR R4 Bundle to a local file URL; true when written. */
    Q_INVOKABLE bool exportTo(const QUrl &file);
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void planChanged();
    void changed();

private:
    bool finish(const QString &status, const QString &error);

    QPointer<PlanController> m_plan;
    QString m_status;
    QString m_error;
};

} // namespace samen::app
