// The FHIR R4 export and import of a 500-item plan (issue 15; docs/fhir.md): Robin's demo
// plan with generated goals and steps (the demo's items + 2 x 246 = 500 goals and steps),
// in a store with a raw key as the app opens it. Aims: export < 200 ms, import < 500 ms.
// Each figure is a median of kRuns, printed next to anchors measured in the same run:
// loading the whole plan through PlanView (what the export reads), serialising the Bundle
// with QJsonDocument (the size of what the export makes), and storing the same number of
// operations with applyLocal into a new store (what the import writes). Prints figures;
// not a test.
#include "domain/demoplan.h"
#include "fhir/fhirexporter.h"
#include "fhir/fhirimporter.h"
#include "store/planstore.h"
#include "store/planview.h"
#include "sync/hlcclock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

#include <sys/resource.h>

using namespace samen;

namespace {

constexpr int kRuns = 5;
constexpr int kExtraGoals = 246;

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

/** CPU time (user + system) this process has used, in ms. */
double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

/** Wall-clock time of f in ms; cpu (optional) gets its CPU time, less at the mercy of a busy machine. */
double timeMs(const std::function<void()> &f, QList<double> *cpu = nullptr)
{
    const double cpuBefore = cpuMs();
    QElapsedTimer t;
    t.start();
    f();
    const double wall = double(t.nsecsElapsed()) / 1e6;
    if (cpu)
        cpu->append(cpuMs() - cpuBefore);
    return wall;
}

DatabaseKey rawKey()
{
    return DatabaseKey::raw(QByteArray(32, '\x5a'));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto store = PlanStore::create(dir.filePath(QStringLiteral("plan")), rawKey());
    if (!store)
        return 1;
    auto clock = store.value()->makeClock();
    auto demo = buildDemoPlan(*clock, QDate::currentDate(), kExtraGoals);
    if (!demo || !store.value()->applyLocal(demo->ops))
        return 1;

    QList<double> exportMs, loadMs, serialiseMs, importMs, applyMs, importCpu, applyCpu;
    QJsonObject bundle;
    qsizetype importedOps = 0;
    for (int run = 0; run < kRuns; ++run) {
        loadMs.append(timeMs([&] { (void)PlanView(*store.value(), demo->planId).plan(); }));
        exportMs.append(timeMs([&] { bundle = FhirExporter::exportPlan(*store.value(), demo->planId, QDateTime::currentDateTimeUtc()).value(); }));
        QByteArray bytes;
        serialiseMs.append(timeMs([&] { bytes = QJsonDocument(bundle).toJson(QJsonDocument::Compact); }));

        QTemporaryDir target;
        auto empty = PlanStore::create(target.path(), rawKey());
        if (!empty)
            return 1;
        auto importClock = empty.value()->makeClock();
        importMs.append(timeMs(
            [&] {
                auto parsed = FhirImporter::parse(bytes);
                auto plan = FhirImporter::importInto(*empty.value(), *importClock, parsed.value());
                importedOps = plan ? plan->ops.size() : -1;
            },
            &importCpu));
        // Anchor: the same number of operations (the demo's own) stored in one transaction into a new store.
        QTemporaryDir other;
        auto plain = PlanStore::create(other.path(), rawKey());
        QList<Operation> ops = demo->ops.mid(0, importedOps);
        applyMs.append(timeMs([&] { (void)plain.value()->applyLocal(ops); }, &applyCpu));
    }

    const QJsonObject counts = FhirExporter::resourceCounts(bundle);
    std::printf("FHIR export/import of a plan of 500 goals and steps (%lld resources, %lld bytes compact JSON; %lld operations imported); median of %d runs\n",
                static_cast<long long>(bundle.value(QStringLiteral("entry")).toArray().size()),
                static_cast<long long>(QJsonDocument(bundle).toJson(QJsonDocument::Compact).size()), static_cast<long long>(importedOps), kRuns);
    std::printf("  %-66s %8.1f ms   (aim < 200 ms)\n", "export (FhirExporter::exportPlan)", median(exportMs));
    std::printf("  %-66s %8.1f ms\n", "  anchor: load the whole plan (PlanView::plan)", median(loadMs));
    std::printf("  %-66s %8.1f ms\n", "  anchor: serialise the Bundle (QJsonDocument::toJson)", median(serialiseMs));
    std::printf("  %-66s %8.1f ms   (aim < 500 ms)   [CPU %.1f ms]\n", "import (parse + FhirImporter::importInto, one transaction)", median(importMs),
                median(importCpu));
    std::printf("  %-66s %8.1f ms                    [CPU %.1f ms]\n", "  anchor: applyLocal of as many operations into a new store", median(applyMs),
                median(applyCpu));
    std::printf("  resources:");
    for (auto it = counts.begin(); it != counts.end(); ++it)
        std::printf(" %s %d", qPrintable(it.key()), it.value().toInt());
    std::printf("\n");
    return 0;
}
