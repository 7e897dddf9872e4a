#include "cli/fhircommands.h"

#include "cli/cliargs.h"
#include "cli/clicontext.h"
#include "cli/clinetwork.h"
#include "cli/editrunner.h"
#include "domain/texthygiene.h"
#include "fhir/fhirexporter.h"
#include "fhir/fhirfile.h"
#include "fhir/fhirimporter.h"
#include "store/accesslogcopy.h"
#include "store/deviceaccess.h"
#include "sync/hlcclock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace samen::cli {

namespace {

/** How many resources a Bundle holds. */
int total(const QJsonObject &counts)
{
    int n = 0;
    for (const QJsonValue &v : counts)
        n += v.toInt();
    return n;
}

/**
 * Fetches the case service's access log when this is the owner's connected device, so the export
 * carries it as it is now (NetworkClient::auditLog keeps it as the device's copy). When the service
 * cannot be reached, the export carries the copy the device has: the sentence returned says so
 * (and since when); "" when there is nothing to say (fetched now, or not connected).
 */
QString refreshAccessLog(CliContext &ctx)
{
    const auto me = ctx.store().entity(ctx.memberId());
    if (ctx.store().setting(QStringLiteral("sync.service")).isEmpty() || !me || me->value(QStringLiteral("kind")).toString() != QLatin1String("citizen"))
        return {};
    CliNetwork net(ctx);
    if (net.run<AuditLogPage>([&](auto done) { net.client().auditLog(done); }))
        return {};
    const AccessLogCopy copy = AccessLogCopy::read(ctx.store());
    if (copy.fetchedAt.isEmpty())
        return QCoreApplication::translate(
            "samen", "The case service could not be reached, and this device has no copy of its access log: the file holds no access log.");
    const QDateTime at = QDateTime::fromString(copy.fetchedAt, Qt::ISODateWithMs).toLocalTime();
    return QCoreApplication::translate("samen", "The case service could not be reached: the access log in the file is the copy this device fetched on %1.")
        .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

} // namespace

int cmdExport(CliContext &ctx)
{
    QStringList words = ctx.args();
    const bool replace = words.removeAll(QStringLiteral("--replace")) > 0;
    auto args = CliArgs::parse(words, { QStringLiteral("fhir") });
    if (!args)
        return ctx.fail(args.error());
    const QString file = args->value(QStringLiteral("fhir"));
    if (file.isEmpty() || !args->positional().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli export --fhir FILE [--replace]"));
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    const QString logNote = refreshAccessLog(ctx);
    const auto bundle = FhirExporter::exportPlan(ctx.store(), ctx.planId(), QDateTime::currentDateTimeUtc());
    if (!bundle)
        return ctx.fail(bundle.error());
    // Written whole or not at all, 0600, and never over a file the person did not name for replacing.
    const auto existing = replace ? FhirFile::Existing::Replace : FhirFile::Existing::Refuse;
    if (const Status written = FhirFile::write(file, bundle.value(), existing); !written)
        return ctx.fail(written.error());
    const QJsonObject counts = FhirExporter::resourceCounts(bundle.value());
    const AccessLogCopy log = AccessLogCopy::read(ctx.store());
    // On a professional's device the file holds the citizen's plan as far as they share it with this professional.
    const QString citizen = ctx.isCaseload() ? ctx.caseload().device().row(ctx.planId()).value(QStringLiteral("citizen")).toString() : QString();
    // A member's export on their own device holds what the owner shares, not their plan (trial after stop 36: "Your whole
    // plan"); the file says so too (shared-copy), and import refuses it.
    const bool member = !ctx.isCaseload() && !DeviceAccess::load(ctx.store()).isOwner();
    const QString owner = ctx.store().setting(QStringLiteral("join.from"));
    QString text = member
        ? QCoreApplication::translate("samen",
                                      "What %1 shares with you of their plan is saved in %2 (FHIR R4, %3 records). It is %1's data: keep it safe, "
                                      "and do not pass it on without asking %1.")
              .arg(owner.isEmpty() ? QCoreApplication::translate("samen", "the plan's owner") : TextHygiene::isolate(owner), TextHygiene::isolate(file))
              .arg(total(counts))
        : ctx.isCaseload()
        ? QCoreApplication::translate("samen",
                                      "What %1 shares with you of their plan is saved in %2 (FHIR R4, %3 records). It is %1's data: keep it safe, "
                                      "and only as long as your work with %1 needs it.")
              .arg(TextHygiene::isolate(citizen), TextHygiene::isolate(file))
              .arg(total(counts))
        : QCoreApplication::translate("samen", "Your whole plan is saved in %1 (FHIR R4, %2 records). Keep it safe: it holds everything of your plan.")
              .arg(TextHygiene::isolate(file))
              .arg(total(counts));
    if (!logNote.isEmpty())
        text += QLatin1Char('\n') + logNote;
    return ctx.done(QJsonObject { { QStringLiteral("file"), file },
                                  { QStringLiteral("resources"), counts },
                                  { QStringLiteral("accessLog"),
                                    QJsonObject { { QStringLiteral("entries"), int(log.all().size()) },
                                                  { QStringLiteral("fetchedAt"), log.fetchedAt },
                                                  { QStringLiteral("note"), logNote } } } },
                    text);
}

int cmdImport(CliContext &ctx)
{
    auto args = CliArgs::parse(ctx.args(), {});
    if (!args)
        return ctx.fail(args.error());
    if (args->positional().size() != 1)
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli import FILE"));
    const QString file = args->positional().first();
    const auto bundle = FhirFile::read(file);
    if (!bundle)
        return ctx.fail(bundle.error());
    // Read the whole file before a store is made: a file Samen cannot read leaves the folder as it was.
    HlcClock probeClock(QStringLiteral("probe"));
    if (const auto check = FhirImporter::read(bundle.value(), probeClock); !check)
        return ctx.fail(check.error());
    if (const Status made = ctx.storeForNewPlan(); !made)
        return ctx.fail(made.error());
    const auto plan = FhirImporter::importInto(ctx.store(), ctx.clock(), bundle.value());
    if (!plan)
        return ctx.fail(plan.error());
    if (const Status saved = ctx.adoptNewPlan(plan->planId, plan->ownerMemberId); !saved)
        return ctx.fail(saved.error());
    const QString name = ctx.store().entity(plan->planId).value_or(QJsonObject()).value(QStringLiteral("name")).toString();
    return ctx.done(QJsonObject { { QStringLiteral("planId"), plan->planId },
                                  { QStringLiteral("memberId"), plan->ownerMemberId },
                                  { QStringLiteral("changes"), int(plan->ops.size()) } },
                    QCoreApplication::translate("samen", "The plan \"%1\" is imported from %2 and locked with your passphrase.")
                        .arg(TextHygiene::isolate(name), TextHygiene::isolate(file)));
}

} // namespace samen::cli
