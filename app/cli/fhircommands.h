#pragma once

namespace samen::cli {

class CliContext;

/** samen-cli export --fhir FILE: the whole plan as one FHIR R4 Bundle (docs/fhir.md). */
int cmdExport(CliContext &ctx);
/** samen-cli import FILE: a plan exported by Samen, into a folder without a plan. */
int cmdImport(CliContext &ctx);

} // namespace samen::cli
