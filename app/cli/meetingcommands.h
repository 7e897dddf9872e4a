#pragma once

namespace samen::cli {

class CliContext;

/** samen-cli commands on meetings, agreements, the professionals view and the coordinator's history (issue 13). Names, not ids, in text. */
int cmdMeetingAdd(CliContext &ctx);
int cmdMeetingList(CliContext &ctx);
int cmdMeetingShow(CliContext &ctx);
int cmdMeetingHeld(CliContext &ctx);
/** A meeting that already took place, written down afterwards (PlanEditor::recordHeldMeeting). */
int cmdMeetingRecord(CliContext &ctx);
int cmdAgreementAdd(CliContext &ctx);
int cmdAgreementList(CliContext &ctx);
int cmdAgreementEvaluate(CliContext &ctx);
int cmdProfessionals(CliContext &ctx);
int cmdCoordinatorHistory(CliContext &ctx);

} // namespace samen::cli
