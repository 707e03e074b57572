import { isMaxActions, isVotesPerPerson, MAX_ACTIONS_LIMIT, MAX_VOTES_PER_PERSON } from './controlState.ts';
import { isStage, STAGES, type Stage } from './stages.ts';

/** Every kind of command a facilitator can send to `POST /api/meetings/<id>/commands`. */
export const MEETING_COMMAND_TYPES = [
  'advance',
  'back',
  'goto',
  'setTimebox',
  'startTimebox',
  'pauseTimebox',
  'close',
  'reopen',
  'addFacilitator',
  'handOver',
  'setVotesPerPerson',
  'setMaxActions',
  'setAnonymousCards',
  'setCheckInsHidden',
  'revealCheckIns',
] as const;

export type MeetingCommandType = (typeof MEETING_COMMAND_TYPES)[number];

export type MeetingCommand =
  /** `from`: the stage the sender saw, so that two facilitators pressing Next at once move the meeting once. */
  | { type: 'advance'; from?: Stage }
  | { type: 'back'; from?: Stage }
  | { type: 'goto'; stage: Stage }
  | { type: 'setTimebox'; minutes: number | null }
  | { type: 'startTimebox' }
  | { type: 'pauseTimebox' }
  | { type: 'close' }
  | { type: 'reopen' }
  | { type: 'addFacilitator'; participantId: string }
  | { type: 'handOver'; participantId: string }
  | { type: 'setVotesPerPerson'; votes: number }
  | { type: 'setMaxActions'; actions: number }
  | { type: 'setAnonymousCards'; allowed: boolean }
  | { type: 'setCheckInsHidden'; hidden: boolean }
  | { type: 'revealCheckIns' };

export type ParseMeetingCommandResult = { ok: true; command: MeetingCommand } | { ok: false; message: string };

export const MIN_TIMEBOX_MINUTES = 1;
export const MAX_TIMEBOX_MINUTES = 240;
export const MAX_PARTICIPANT_ID_LENGTH = 64;

export function isMeetingCommandType(value: unknown): value is MeetingCommandType {
  return typeof value === 'string' && (MEETING_COMMAND_TYPES as readonly string[]).includes(value);
}

/** Checks a command body from the wire. Fields other than the command's own are ignored and not copied. */
export function parseMeetingCommand(body: unknown): ParseMeetingCommandResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return fail('The body must be a JSON object such as {"type":"advance"}');
  }
  const fields = body as Record<string, unknown>;
  const type = fields.type;
  if (!isMeetingCommandType(type)) {
    return fail(`"type" must be one of ${MEETING_COMMAND_TYPES.join(', ')}`);
  }
  switch (type) {
    case 'advance':
    case 'back': {
      const from = fields.from;
      if (from === undefined) return succeed({ type });
      if (!isStage(from)) return fail(`"from" must be one of ${STAGES.join(', ')}: the stage you are moving on from`);
      return succeed({ type, from });
    }
    case 'goto': {
      const stage = fields.stage;
      if (!isStage(stage)) return fail(`"stage" must be one of ${STAGES.join(', ')}`);
      return succeed({ type, stage });
    }
    case 'setTimebox': {
      const minutes = fields.minutes;
      if (minutes !== null && !isTimeboxMinutes(minutes)) {
        return fail(`"minutes" must be a whole number from ${MIN_TIMEBOX_MINUTES} to ${MAX_TIMEBOX_MINUTES}, or null`);
      }
      return succeed({ type, minutes });
    }
    case 'addFacilitator':
    case 'handOver': {
      const participantId = fields.participantId;
      if (!isParticipantId(participantId)) {
        return fail(`"participantId" must be a non-empty string of at most ${MAX_PARTICIPANT_ID_LENGTH} characters`);
      }
      return succeed({ type, participantId });
    }
    case 'setVotesPerPerson': {
      const votes = fields.votes;
      if (!isVotesPerPerson(votes)) return fail(`"votes" must be a whole number from 0 to ${MAX_VOTES_PER_PERSON}`);
      return succeed({ type, votes });
    }
    case 'setMaxActions': {
      const actions = fields.actions;
      if (!isMaxActions(actions)) return fail(`"actions" must be a whole number from 1 to ${MAX_ACTIONS_LIMIT}`);
      return succeed({ type, actions });
    }
    case 'setAnonymousCards': {
      const allowed = fields.allowed;
      if (typeof allowed !== 'boolean') return fail('"allowed" must be true or false');
      return succeed({ type, allowed });
    }
    case 'setCheckInsHidden': {
      const hidden = fields.hidden;
      if (typeof hidden !== 'boolean') return fail('"hidden" must be true or false');
      return succeed({ type, hidden });
    }
    default:
      return succeed({ type });
  }
}

function isTimeboxMinutes(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= MIN_TIMEBOX_MINUTES && (value as number) <= MAX_TIMEBOX_MINUTES
  );
}

function isParticipantId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_PARTICIPANT_ID_LENGTH;
}

function succeed(command: MeetingCommand): ParseMeetingCommandResult {
  return { ok: true, command };
}

function fail(message: string): ParseMeetingCommandResult {
  return { ok: false, message };
}
