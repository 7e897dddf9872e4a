#pragma once

namespace samen::cli {

class CliContext;

/** samen-cli commands on the plan as a whole: init, plan show, story set, domains, history, restore, passphrase. */
int cmdInit(CliContext &ctx);
int cmdPlanShow(CliContext &ctx);
int cmdStorySet(CliContext &ctx);
int cmdDomainList(CliContext &ctx);
int cmdDomainPrioritize(CliContext &ctx);
int cmdDomainAssess(CliContext &ctx);
int cmdHistory(CliContext &ctx);
int cmdRestore(CliContext &ctx);
int cmdPassphraseChange(CliContext &ctx);
int cmdDemo(CliContext &ctx);

} // namespace samen::cli
