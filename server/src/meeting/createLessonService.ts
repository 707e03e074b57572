import { randomBytes } from 'node:crypto';
import {
  type AnonymousCardResponse,
  addCard,
  controlDocName,
  createControlState,
  decideVote,
  type MyVotes,
  parseAnonymousCardInput,
  parsePersonalHeaders,
  parseVoteInput,
  type Role,
  readCard,
  readCardIds,
  readControlState,
  summariseMyVotes,
  type VoteResponse,
  writeRoundProgress,
  writeVoteTotal,
} from '@debrief/shared';
import type { VoteStore } from '../persistence/VoteStore.ts';
import type { PersonalHeaders } from '../routes/readRequest.ts';
import type { RoomRegistry } from '../sync/createRoomRegistry.ts';
import type { MeetingService } from './createMeetingService.ts';
import { createSerialiser } from './createSerialiser.ts';
import { hashPersonalKey } from './hashPersonalKey.ts';

export type LessonOutcome<T> =
  | { readonly ok: true; readonly status: 200 | 201; readonly body: T }
  | { readonly ok: false; readonly status: 400 | 401 | 403 | 404 | 409; readonly message: string };

/** What a voter sends besides the token: who they are, and the secret that opens their ballot. */
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
  const serialise = createSerialiser();

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
    headers: PersonalHeaders,
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
      const voters = await votes.countVoters(meetingId);
      await registry.applyServerChange(meetingId, (doc) => {
        writeVoteTotal(doc, cardId, total);
        writeRoundProgress(doc, { voters });
      });
      const after = summariseMyVotes(control.votesPerPerson, { ...ballot, [cardId]: decision.count }, liveCards);
      return { ok: true, status: 200, body: { cardId, total, mine: after } };
    });
  }

  async function readMyVotes(
    meetingId: string,
    token: string | null,
    headers: PersonalHeaders,
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
    headers: PersonalHeaders,
  ): Promise<{ ok: true; ballotId: string } | { ok: false; status: 400 | 401 | 403 | 404; message: string }> {
    const session = await sessions.getSession(meetingId, token);
    if (!session.ok) return session;
    if (!canContribute(session.role)) return refuse(403, 'Observers can follow the meeting but not vote');
    const parsed = parsePersonalHeaders(headers.participantId, headers.voterKey);
    if (!parsed.ok) return refuse(400, parsed.message);
    return { ok: true, ballotId: hashPersonalKey(meetingId, parsed.value.participantId, parsed.value.voterKey) };
  }

  async function readControl(meetingId: string) {
    const state = await registry.readDocument(controlDocName(meetingId), readControlState);
    return state ?? createControlState(now());
  }

  return { addAnonymousCard, castVote, readMyVotes };
}

export type LessonService = ReturnType<typeof createLessonService>;

function canContribute(role: Role): boolean {
  return role === 'facilitator' || role === 'participant';
}

function refuse<Status extends 400 | 401 | 403 | 404 | 409>(
  status: Status,
  message: string,
): { ok: false; status: Status; message: string } {
  return { ok: false, status, message };
}
