import { describe, expect, it } from 'vitest';
import { MEETING_COMMAND_TYPES, type MeetingCommand, parseMeetingCommand } from './meetingCommand.ts';
import { STAGES } from './stages.ts';

const TYPE_MESSAGE =
  '"type" must be one of advance, back, goto, setTimebox, startTimebox, pauseTimebox, close, reopen, addFacilitator, handOver, setVotesPerPerson, setMaxActions, setAnonymousCards, setCheckInsHidden, revealCheckIns';
const STAGE_MESSAGE = '"stage" must be one of prepare, check-in, timeline, lessons, actions, check-out, closed';
const MINUTES_MESSAGE = '"minutes" must be a whole number from 1 to 240, or null';
const PARTICIPANT_ID_MESSAGE = '"participantId" must be a non-empty string of at most 64 characters';
const MAX_ACTIONS_MESSAGE = '"actions" must be a whole number from 1 to 50';
const VOTES_MESSAGE = '"votes" must be a whole number from 0 to 20';
const ALLOWED_MESSAGE = '"allowed" must be true or false';
const BODY_MESSAGE = 'The body must be a JSON object such as {"type":"advance"}';

const validCommands: MeetingCommand[] = [
  { type: 'advance' },
  { type: 'back' },
  ...STAGES.map((stage) => ({ type: 'goto' as const, stage })),
  { type: 'setTimebox', minutes: 1 },
  { type: 'setTimebox', minutes: 15 },
  { type: 'setTimebox', minutes: 240 },
  { type: 'setTimebox', minutes: null },
  { type: 'startTimebox' },
  { type: 'pauseTimebox' },
  { type: 'close' },
  { type: 'reopen' },
  { type: 'addFacilitator', participantId: 'p-1' },
  { type: 'addFacilitator', participantId: 'x'.repeat(64) },
  { type: 'handOver', participantId: 'p-2' },
  { type: 'setVotesPerPerson', votes: 0 },
  { type: 'setVotesPerPerson', votes: 20 },
  { type: 'setMaxActions', actions: 1 },
  { type: 'setMaxActions', actions: 50 },
  { type: 'setAnonymousCards', allowed: true },
  { type: 'setAnonymousCards', allowed: false },
  { type: 'setCheckInsHidden', hidden: true },
  { type: 'revealCheckIns' },
];

describe('parseMeetingCommand accepts', () => {
  it.each(validCommands)('%j', (command) => {
    expect(parseMeetingCommand(JSON.parse(JSON.stringify(command)))).toEqual({ ok: true, command });
  });

  it('is tested with every command type', () => {
    expect(new Set(validCommands.map((command) => command.type))).toEqual(new Set(MEETING_COMMAND_TYPES));
  });

  it('drops fields that are not part of the command', () => {
    expect(parseMeetingCommand({ type: 'advance', stage: 'lessons', admin: true })).toEqual({
      ok: true,
      command: { type: 'advance' },
    });
    expect(parseMeetingCommand({ type: 'goto', stage: 'lessons', minutes: 3 })).toEqual({
      ok: true,
      command: { type: 'goto', stage: 'lessons' },
    });
  });
});

describe('parseMeetingCommand rejects', () => {
  it.each<[string, unknown, string]>([
    ['a null body', null, BODY_MESSAGE],
    ['a missing body', undefined, BODY_MESSAGE],
    ['an array', [{ type: 'advance' }], BODY_MESSAGE],
    ['a string', 'advance', BODY_MESSAGE],
    ['a number', 1, BODY_MESSAGE],
    ['a boolean', true, BODY_MESSAGE],
    ['no type', {}, TYPE_MESSAGE],
    ['an unknown type', { type: 'skip' }, TYPE_MESSAGE],
    ['a type in the wrong case', { type: 'Advance' }, TYPE_MESSAGE],
    ['a type that is not a string', { type: 1 }, TYPE_MESSAGE],
    ['a type inherited from Object', { type: 'toString' }, TYPE_MESSAGE],
    ['goto without a stage', { type: 'goto' }, STAGE_MESSAGE],
    ['goto an unknown stage', { type: 'goto', stage: 'retro' }, STAGE_MESSAGE],
    ['goto a stage label', { type: 'goto', stage: 'Lessons learned' }, STAGE_MESSAGE],
    ['goto a null stage', { type: 'goto', stage: null }, STAGE_MESSAGE],
    ['setTimebox without minutes', { type: 'setTimebox' }, MINUTES_MESSAGE],
    ['setTimebox of 0 minutes', { type: 'setTimebox', minutes: 0 }, MINUTES_MESSAGE],
    ['setTimebox of 241 minutes', { type: 'setTimebox', minutes: 241 }, MINUTES_MESSAGE],
    ['setTimebox of negative minutes', { type: 'setTimebox', minutes: -5 }, MINUTES_MESSAGE],
    ['setTimebox of fractional minutes', { type: 'setTimebox', minutes: 2.5 }, MINUTES_MESSAGE],
    ['setTimebox of minutes as text', { type: 'setTimebox', minutes: '10' }, MINUTES_MESSAGE],
    ['setTimebox of NaN minutes', { type: 'setTimebox', minutes: Number.NaN }, MINUTES_MESSAGE],
    ['setTimebox of infinite minutes', { type: 'setTimebox', minutes: Number.POSITIVE_INFINITY }, MINUTES_MESSAGE],
    ['addFacilitator without an id', { type: 'addFacilitator' }, PARTICIPANT_ID_MESSAGE],
    ['addFacilitator with an empty id', { type: 'addFacilitator', participantId: '' }, PARTICIPANT_ID_MESSAGE],
    ['addFacilitator with a numeric id', { type: 'addFacilitator', participantId: 7 }, PARTICIPANT_ID_MESSAGE],
    ['handOver with a null id', { type: 'handOver', participantId: null }, PARTICIPANT_ID_MESSAGE],
    ['handOver with a 65-character id', { type: 'handOver', participantId: 'x'.repeat(65) }, PARTICIPANT_ID_MESSAGE],
    ['setVotesPerPerson without votes', { type: 'setVotesPerPerson' }, VOTES_MESSAGE],
    ['setVotesPerPerson of 21 votes', { type: 'setVotesPerPerson', votes: 21 }, VOTES_MESSAGE],
    ['setVotesPerPerson of negative votes', { type: 'setVotesPerPerson', votes: -1 }, VOTES_MESSAGE],
    ['setVotesPerPerson of fractional votes', { type: 'setVotesPerPerson', votes: 1.5 }, VOTES_MESSAGE],
    ['setVotesPerPerson of votes as text', { type: 'setVotesPerPerson', votes: '3' }, VOTES_MESSAGE],
    ['setMaxActions without a number', { type: 'setMaxActions' }, MAX_ACTIONS_MESSAGE],
    ['setMaxActions of 0', { type: 'setMaxActions', actions: 0 }, MAX_ACTIONS_MESSAGE],
    ['setMaxActions of 51', { type: 'setMaxActions', actions: 51 }, MAX_ACTIONS_MESSAGE],
    ['setMaxActions of 2.5', { type: 'setMaxActions', actions: 2.5 }, MAX_ACTIONS_MESSAGE],
    ['setAnonymousCards without allowed', { type: 'setAnonymousCards' }, ALLOWED_MESSAGE],
    ['setAnonymousCards with allowed as text', { type: 'setAnonymousCards', allowed: 'false' }, ALLOWED_MESSAGE],
    ['setAnonymousCards with allowed as a number', { type: 'setAnonymousCards', allowed: 0 }, ALLOWED_MESSAGE],
    ['setCheckInsHidden without hidden', { type: 'setCheckInsHidden' }, '"hidden" must be true or false'],
  ])('%s', (_case, body, message) => {
    expect(parseMeetingCommand(body)).toEqual({ ok: false, message });
  });
});

describe('advance and back with the stage they expect', () => {
  it('keeps a valid "from" and names a wrong one', () => {
    expect(parseMeetingCommand({ type: 'advance', from: 'lessons' })).toEqual({
      ok: true,
      command: { type: 'advance', from: 'lessons' },
    });
    expect(parseMeetingCommand({ type: 'back', from: 'nowhere' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('"from" must be one of'),
    });
  });
});
