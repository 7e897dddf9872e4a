#pragma once

#include "core/result.h"

#include <QString>

namespace samen::cli {

class CliContext;

/**
 * The member a name or id means (case and surrounding spaces aside) among the people
 * this device holds; someone who helped before is refused. Validation error in plain
 * words when several people have that name or no one has it.
 */
Result<QString> memberNamed(CliContext &ctx, const QString &who);

/**
 * The life domain a person typed: its key, or its name in the person's language (case, spaces and
 * invisible characters aside: "geld en schulden" is money). Validation error naming the plan's
 * domains in words when none matches (review 3, finding 29: a Dutch reader had to type English keys).
 */
Result<QString> domainNamed(CliContext &ctx, const QString &typed);

/** samen-cli commands on goals, steps, members and the coordinator role. */
int cmdGoalAdd(CliContext &ctx);
int cmdGoalList(CliContext &ctx);
int cmdStepAdd(CliContext &ctx);
int cmdStepDone(CliContext &ctx);
int cmdMemberAdd(CliContext &ctx);
int cmdMemberList(CliContext &ctx);
int cmdCoordinatorSet(CliContext &ctx);

} // namespace samen::cli
