import { randomBytes } from 'node:crypto';
import {
  type AnonymousCardResponse,
  addCard,
  controlDocName,
  createControlState,
  decideVote,
  type MyVotes,
  parseAnonymousCardInput,
  parseVoteInput,
  readCard,
  readCardIds,
  readControlState,
  summariseMyVotes,
  type VoteResponse,
} from '@debrief/shared';
import type { VoteStore } from '../persistence/VoteStore.ts';
import type { RoomRegistry } from '../sync/createRoomRegistry.ts';
import type { AccessPerson, MeetingAccess, Refusal } from './createMeetingService.ts';
import type { RoundTally } from './createRoundTally.ts';
import { createSerialiser } from './createSerialiser.ts';

export type LessonOutcome<T> = { readonly ok: true; readonly status: 200 | 201; readonly body: T } | Refusal;

const CLOSED_MESSAGE = 'The meeting is closed; reopen it first';

/**
 * Anonymous lesson cards and votes: the writes a person's own Yjs client must not make, because Yjs stamps
 * every insert with the writer's client id. The server writes them instead, so its client id is the only one seen.
 * Who may call these is settled by the access check before; these validate and resolve.
 */
export function createLessonService(deps: {
  readonly registry: RoomRegistry;
  readonly votes: VoteStore;
  readonly tally: RoundTally;
  readonly now?: () => number;
  readonly createId?: () => string;
}) {
  const { registry, votes, tally } = deps;
  const now = deps.now ?? Date.now;
  const createId = deps.createId ?? (() => randomBytes(12).toString('base64url'));
  /** Votes of one meeting are decided one at a time, so two requests cannot both spend the last vote. */
  const serialise = createSerialiser(deps.registry.locks, 'lessons');

  async function addAnonymousCard(access: MeetingAccess, body: unknown): Promise<LessonOutcome<AnonymousCardResponse>> {
    const parsed = parseAnonymousCardInput(body);
    if (!parsed.ok) return refuse(400, parsed.message);
    const meetingId = access.meeting.id;
    const control = await readControl(meetingId);
    if (control.stage === 'closed') return refuse(409, CLOSED_MESSAGE);
    if (!control.anonymousCardsAllowed) {
      return refuse(409, 'The facilitator has turned anonymous cards off; add the card with your name');
    }
    const id = createId();
    let card: AnonymousCardResponse['card'] | null = null;
    await registry.applyServerChange(meetingId, (doc) => {
      addCard(doc, { id, prompt: parsed.value.prompt, text: parsed.value.text, author: null, now: now() });
      card = readCard(doc, id);
    });
    if (!card) throw new Error('The anonymous card was not written');
    return { ok: true, status: 201, body: { card } };
  }

  async function castVote(
    access: MeetingAccess,
    person: AccessPerson,
    body: unknown,
  ): Promise<LessonOutcome<VoteResponse>> {
    const parsed = parseVoteInput(body);
    if (!parsed.ok) return refuse(400, parsed.message);
    const { cardId, delta } = parsed.value;
    const meetingId = access.meeting.id;
    return serialise(meetingId, async (): Promise<LessonOutcome<VoteResponse>> => {
      const control = await readControl(meetingId);
      if (control.stage === 'closed') return refuse(409, CLOSED_MESSAGE);
      const liveCards = await registry.readDocument(meetingId, readCardIds);
      if (!liveCards.has(cardId)) return refuse(404, 'There is no card with that id; it may have been deleted');
      const ballot = await votes.readBallot(meetingId, person.ballotId);
      const mine = summariseMyVotes(control.votesPerPerson, ballot, liveCards);
      const decision = decideVote(mine, cardId, delta);
      if (!decision.ok) return refuse(409, decision.message);
      // The ballot is the record; the total everyone sees is recounted from the ballots on every vote.
      const total = await votes.writeVote(meetingId, person.ballotId, cardId, decision.count);
      await tally.publishVoteTotal(meetingId, cardId, total);
      await tally.publishProgress(meetingId);
      const after = summariseMyVotes(control.votesPerPerson, { ...ballot, [cardId]: decision.count }, liveCards);
      return { ok: true, status: 200, body: { cardId, total, mine: after } };
    });
  }

  async function readMyVotes(access: MeetingAccess, person: AccessPerson): Promise<LessonOutcome<MyVotes>> {
    const meetingId = access.meeting.id;
    const control = await readControl(meetingId);
    const liveCards = await registry.readDocument(meetingId, readCardIds);
    const ballot = await votes.readBallot(meetingId, person.ballotId);
    return { ok: true, status: 200, body: summariseMyVotes(control.votesPerPerson, ballot, liveCards) };
  }

  async function readControl(meetingId: string) {
    const state = await registry.readDocument(controlDocName(meetingId), readControlState);
    return state ?? createControlState(now());
  }

  return { addAnonymousCard, castVote, readMyVotes };
}

export type LessonService = ReturnType<typeof createLessonService>;

function refuse(status: Refusal['status'], message: string): Refusal {
  return { ok: false, status, message };
}
