export {
  type CreateMeetingInput,
  type CreateMeetingResponse,
  DEFAULT_SEVERITY,
  isDateTime,
  isSeverity,
  MAX_SUMMARY_LENGTH,
  MAX_TITLE_LENGTH,
  type ParseCreateMeetingInputResult,
  parseCreateMeetingInput,
  SEVERITIES,
  type Severity,
  severityLabels,
} from '../protocol/httpApi.ts';
export {
  type ControlState,
  createControlState,
  createTimebox,
  DEFAULT_MAX_ACTIONS,
  DEFAULT_VOTES_PER_PERSON,
  isMaxActions,
  isTimeboxRunning,
  isVotesPerPerson,
  MAX_ACTIONS_LIMIT,
  MAX_VOTES_PER_PERSON,
  type Timebox,
  timeboxElapsedMs,
  timeboxRemainingMs,
} from './controlState.ts';
export { facilitatorGuide, type StageGuide } from './facilitatorGuide.ts';
export { isFacilitator } from './isFacilitator.ts';
export {
  isMeetingCommandType,
  MAX_PARTICIPANT_ID_LENGTH,
  MAX_TIMEBOX_MINUTES,
  MEETING_COMMAND_TYPES,
  type MeetingCommand,
  type MeetingCommandType,
  MIN_TIMEBOX_MINUTES,
  type ParseMeetingCommandResult,
  parseMeetingCommand,
} from './meetingCommand.ts';
export { derivePresenceKey, participantIdFromPresenceKey } from './personIds.ts';
export { canWriteContent, isRole, type MeetingActor, ROLES, Role } from './roles.ts';
export { isStage, nextStage, previousStage, STAGES, type Stage, stageLabels } from './stages.ts';
export { canApplyCommand, type TransitionResult, transitionMeeting } from './transitionMeeting.ts';
