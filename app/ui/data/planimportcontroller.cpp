#include "ui/data/planimportcontroller.h"

#include "domain/texthygiene.h"
#include "fhir/fhirfile.h"
#include "fhir/fhirimporter.h"
#include "sync/hlcclock.h"
#include "ui/session.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>

namespace samen::app {

PlanImportController::PlanImportController(QObject *parent)
    : QObject(parent)
{
}

Session *PlanImportController::session() const
{
    return m_session ? m_session : Session::instance();
}

bool PlanImportController::fail(const QString &error)
{
    m_error = error;
    m_busy = false;
    m_progressText.clear();
    Q_EMIT changed();
    return false;
}

void PlanImportController::clearError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    Q_EMIT changed();
}

bool PlanImportController::chooseFile(const QUrl &file)
{
    if (m_busy)
        return false;
    m_bundle = {};
    m_summary.clear();
    m_fileName = QFileInfo(file.toLocalFile()).fileName();
    if (!file.isLocalFile())
        return fail(tr("Choose a file on this device."));
    auto bundle = FhirFile::read(file.toLocalFile());
    if (!bundle)
        return fail(bundle.error().message);
    // The whole file is read and checked now, so a file Samen cannot read is refused before anything is made.
    HlcClock probe(QStringLiteral("probe"));
    const auto plan = FhirImporter::read(bundle.value(), probe);
    if (!plan)
        return fail(plan.error().message);
    QString name;
    for (const Operation &op : plan->ops) {
        if (op.entityType == QLatin1String("plan") && op.field == QLatin1String("name"))
            name = op.value.toString();
    }
    m_bundle = bundle.value();
    const int records = int(m_bundle.value(QStringLiteral("entry")).toArray().size());
    m_summary = tr("This file holds the plan \"%1\" with %n records.", nullptr, records).arg(TextHygiene::isolate(name));
    m_error.clear();
    Q_EMIT changed();
    return true;
}

bool PlanImportController::start(bool useKeychain, const QString &passphrase, const QString &again)
{
    if (m_busy)
        return false;
    if (m_bundle.isEmpty())
        return fail(tr("Choose the file of your plan first."));
    if (!useKeychain && passphrase != again)
        return fail(tr("The two passphrases are not the same. Type them again."));
    m_busy = true;
    m_error.clear();
    m_progressText = tr("Bringing back your plan and locking it on this device. This can take a few seconds.");
    Q_EMIT changed();
    // Later, so the page shows the progress before the plan is made (that work holds the window for a moment).
    QTimer::singleShot(0, this, [this, useKeychain, passphrase] { finish(useKeychain, passphrase); });
    return true;
}

void PlanImportController::finish(bool useKeychain, const QString &passphrase)
{
    Session *target = session();
    // When the plan opens, the app leaves the page that owns this controller: it may be gone after the call.
    const QPointer<PlanImportController> self(this);
    const bool ok = target && (useKeychain ? target->importPlanWithKeychain(m_bundle) : target->importPlan(m_bundle, passphrase));
    if (!self)
        return;
    if (!ok) {
        fail(target ? target->error() : tr("Samen is not ready yet. Try again."));
        Q_EMIT finished(false);
        return;
    }
    m_busy = false;
    m_progressText.clear();
    Q_EMIT changed();
    Q_EMIT finished(true);
}

} // namespace samen::app
