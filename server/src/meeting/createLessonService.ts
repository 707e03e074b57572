import { createHash, randomBytes } from 'node:crypto';
import {
  type AnonymousCardResponse,
  addCard,
  controlDocName,
  createControlState,
  decideVote,
  type MyVotes,
  parseAnonymousCardInput,
  parseVoteInput,
  parseVoterHeaders,
  type Role,
  readCard,
  readCardIds,
  readControlState,
  summariseMyVotes,
  type VoteResponse,
  writeVoteTotal,
} from '@debrief/shared';
import type { VoteStore } from '../persistence/VoteStore.ts';
import type { RoomRegistry } from '../sync/createRoomRegistry.ts';
import type { MeetingService } from './createMeetingService.ts';

export type LessonOutcome<T> =
  | { readonly ok: true; readonly status: 200 | 201; readonly body: T }
  | { readonly ok: false; readonly status: 400 | 401 | 403 | 404 | 409; readonly message: string };

/** What a voter sends besides the token: who they are, and the secret that opens their ballot. */
export interface VoterHeaders {
  readonly participantId: string | null;
  readonly voterKey: string | null;
}

const CLOSED_MESSAGE = 'The meeting is closed; reopen it first';

/**
 * Anonymous lesson cards and votes: the writes a person's own Yjs client must not make, because Yjs stamps
 * every insert with the writer's client id. The server writes them instead, so its client id is the only one seen.
 */
export function createLessonService(deps: {
  readonly sessions: Pick<MeetingService, 'getSession'>;
  readonly registry: RoomRegistry;
  readonly votes: VoteStore;
  readonly now?: () => number;
  readonly createId?: () => string;
}) {
  const { sessions, registry, votes } = deps;
  const now = deps.now ?? Date.now;
  const createId = deps.createId ?? (() => randomBytes(12).toString('base64url'));
  /** Votes of one meeting are decided one at a time, so two requests cannot both spend the last vote. */
  const queues = new Map<string, Promise<unknown>>();

  async function addAnonymousCard(
    meetingId: string,
    token: string | null,
    body: unknown,
  ): Promise<LessonOutcome<AnonymousCardResponse>> {
    const session = await sessions.getSession(meetingId, token);
    if (!session.ok) return session;
    if (!canContribute(session.role)) return refuse(403, 'Observers can follow the meeting but not add cards');
    const parsed = parseAnonymousCardInput(body);
    if (!parsed.ok) return refuse(400, parsed.message);
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
    meetingId: string,
    token: string | null,
    headers: VoterHeaders,
    body: unknown,
  ): Promise<LessonOutcome<VoteResponse>> {
    const voter = await authoriseVoter(meetingId, token, headers);
    if (!voter.ok) return voter;
    const parsed = parseVoteInput(body);
    if (!parsed.ok) return refuse(400, parsed.message);
    const { cardId, delta } = parsed.value;
    return serialise(meetingId, async (): Promise<LessonOutcome<VoteResponse>> => {
      const control = await readControl(meetingId);
      if (control.stage === 'closed') return refuse(409, CLOSED_MESSAGE);
      const liveCards = await registry.readDocument(meetingId, readCardIds);
      if (!liveCards.has(cardId)) return refuse(404, 'There is no card with that id; it may have been deleted');
      const ballot = await votes.readBallot(meetingId, voter.ballotId);
      const mine = summariseMyVotes(control.votesPerPerson, ballot, liveCards);
      const decision = decideVote(mine, cardId, delta);
      if (!decision.ok) return refuse(409, decision.message);
      // The ballot is the record; the total in the document is recounted from it on every vote.
      const total = await votes.writeVote(meetingId, voter.ballotId, cardId, decision.count);
      await registry.applyServerChange(meetingId, (doc) => writeVoteTotal(doc, cardId, total));
      const after = summariseMyVotes(control.votesPerPerson, { ...ballot, [cardId]: decision.count }, liveCards);
      return { ok: true, status: 200, body: { cardId, total, mine: after } };
    });
  }

  async function readMyVotes(
    meetingId: string,
    token: string | null,
    headers: VoterHeaders,
  ): Promise<LessonOutcome<MyVotes>> {
    const voter = await authoriseVoter(meetingId, token, headers);
    if (!voter.ok) return voter;
    const control = await readControl(meetingId);
    const liveCards = await registry.readDocument(meetingId, readCardIds);
    const ballot = await votes.readBallot(meetingId, voter.ballotId);
    return { ok: true, status: 200, body: summariseMyVotes(control.votesPerPerson, ballot, liveCards) };
  }

  async function authoriseVoter(
    meetingId: string,
    token: string | null,
    headers: VoterHeaders,
  ): Promise<{ ok: true; ballotId: string } | { ok: false; status: 400 | 401 | 403 | 404; message: string }> {
    const session = await sessions.getSession(meetingId, token);
    if (!session.ok) return session;
    if (!canContribute(session.role)) return refuse(403, 'Observers can follow the meeting but not vote');
    const parsed = parseVoterHeaders(headers.participantId, headers.voterKey);
    if (!parsed.ok) return refuse(400, parsed.message);
    return { ok: true, ballotId: ballotIdOf(meetingId, parsed.value.participantId, parsed.value.voterKey) };
  }

  async function readControl(meetingId: string) {
    const state = await registry.readDocument(controlDocName(meetingId), readControlState);
    return state ?? createControlState(now());
  }

  function serialise<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (queues.get(key) ?? Promise.resolve()).then(task);
    const tail = result.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key);
    });
    return result;
  }

  return { addAnonymousCard, castVote, readMyVotes };
}

export type LessonService = ReturnType<typeof createLessonService>;

function canContribute(role: Role): boolean {
  return role === 'facilitator' || role === 'participant';
}

function ballotIdOf(meetingId: string, participantId: string, voterKey: string): string {
  return createHash('sha256').update(`${meetingId}\n${participantId}\n${voterKey}`).digest('hex');
}

function refuse<Status extends 400 | 401 | 403 | 404 | 409>(
  status: Status,
  message: string,
): { ok: false; status: Status; message: string } {
  return { ok: false, status, message };
}
