#pragma once

namespace samen::cli {

class CliContext;

/** samen-cli commands on goals, steps, members and the coordinator role. */
int cmdGoalAdd(CliContext &ctx);
int cmdGoalList(CliContext &ctx);
int cmdStepAdd(CliContext &ctx);
int cmdStepDone(CliContext &ctx);
int cmdMemberAdd(CliContext &ctx);
int cmdMemberList(CliContext &ctx);
int cmdCoordinatorSet(CliContext &ctx);

} // namespace samen::cli
