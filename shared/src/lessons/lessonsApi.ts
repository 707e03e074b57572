import { MAX_PARTICIPANT_ID_LENGTH } from '../meeting/meetingCommand.ts';
import type { MyVotes } from './decideVote.ts';
import type { LessonCard } from './lessonCards.ts';
import { MAX_CARD_TEXT_LENGTH } from './lessonCards.ts';
import { isLessonPrompt, LESSON_PROMPTS, type LessonPrompt } from './lessonPrompts.ts';

/** Headers a voter sends with `POST /votes` and `GET /votes/mine`, besides `Authorization: Bearer <token>`. */
export const PersonalHeader = {
  /** the participant id the person joined with */
  participantId: 'x-participant-id',
  /**
   * A secret the voter's browser makes once and keeps. Participant ids are visible to everyone in the room,
   * so the id alone must not unlock someone's ballot: the server keys ballots by id and secret together.
   */
  voterKey: 'x-personal-key',
} as const;

export const MAX_CARD_ID_LENGTH = 128;
export const MIN_VOTER_KEY_LENGTH = 16;
export const MAX_VOTER_KEY_LENGTH = 128;

/** The body of `POST /api/meetings/<id>/cards`: a card added without the author's name. */
export interface AnonymousCardInput {
  readonly prompt: LessonPrompt;
  readonly text: string;
  readonly anonymous: true;
}

/** The `201` reply to `POST /api/meetings/<id>/cards`. */
export interface AnonymousCardResponse {
  readonly card: LessonCard;
}

/** The body of `POST /api/meetings/<id>/votes`. */
export interface VoteInput {
  readonly cardId: string;
  readonly delta: 1 | -1;
}

/** The `200` reply to `POST /api/meetings/<id>/votes`; `GET /votes/mine` replies with `MyVotes` alone. */
export interface VoteResponse {
  readonly cardId: string;
  /** everyone's votes on the card, as now written into the document */
  readonly total: number;
  readonly mine: MyVotes;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Checks a `POST /cards` body; each message names the field at fault. */
export function parseAnonymousCardInput(body: unknown): ParseResult<AnonymousCardInput> {
  if (!isPlainObject(body)) {
    return fail('The body must be a JSON object such as {"prompt":"slowed","text":"…","anonymous":true}');
  }
  if (!isLessonPrompt(body.prompt)) return fail(`"prompt" must be one of ${LESSON_PROMPTS.join(', ')}`);
  const text = typeof body.text === 'string' ? body.text.trim() : '';
  if (text === '' || [...text].length > MAX_CARD_TEXT_LENGTH) {
    return fail(`"text" must be 1 to ${MAX_CARD_TEXT_LENGTH} characters`);
  }
  if (body.anonymous !== true) {
    return fail('"anonymous" must be true; cards with your name are added to the document directly');
  }
  return { ok: true, value: { prompt: body.prompt, text, anonymous: true } };
}

/** Checks a `POST /votes` body. */
export function parseVoteInput(body: unknown): ParseResult<VoteInput> {
  if (!isPlainObject(body)) return fail('The body must be a JSON object such as {"cardId":"…","delta":1}');
  const { cardId, delta } = body;
  if (typeof cardId !== 'string' || cardId === '' || cardId.length > MAX_CARD_ID_LENGTH) {
    return fail(`"cardId" must be a card's id: text of 1 to ${MAX_CARD_ID_LENGTH} characters`);
  }
  if (delta !== 1 && delta !== -1) return fail('"delta" must be 1 (add a vote) or -1 (take one back)');
  return { ok: true, value: { cardId, delta } };
}

/** Checks the voter headers; each message names the header at fault. */
export function parsePersonalHeaders(
  participantId: string | null | undefined,
  voterKey: string | null | undefined,
): ParseResult<{ participantId: string; voterKey: string }> {
  if (!participantId || participantId.length > MAX_PARTICIPANT_ID_LENGTH) {
    return fail(
      `The "X-Participant-Id" header must carry your participant id (1 to ${MAX_PARTICIPANT_ID_LENGTH} characters)`,
    );
  }
  const keyPattern = new RegExp(`^[A-Za-z0-9_-]{${MIN_VOTER_KEY_LENGTH},${MAX_VOTER_KEY_LENGTH}}$`);
  if (!voterKey || !keyPattern.test(voterKey)) {
    return fail(
      `The "X-Personal-Key" header must carry your secret personal key (${MIN_VOTER_KEY_LENGTH} to ${MAX_VOTER_KEY_LENGTH} letters, digits, - or _)`,
    );
  }
  return { ok: true, value: { participantId, voterKey } };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
