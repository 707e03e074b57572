import {
  type CheckOut,
  controlDocName,
  createControlState,
  parseCheckOutInput,
  parsePersonalHeaders,
  readControlState,
  readRoundProgress,
  type WorthRating,
  writeCheckOut,
  writeRoundProgress,
} from '@debrief/shared';
import type { CheckOutRatingStore } from '../persistence/CheckOutRatingStore.ts';
import type { PersonalHeaders } from '../routes/readRequest.ts';
import type { RoomRegistry } from '../sync/createRoomRegistry.ts';
import type { MeetingService } from './createMeetingService.ts';
import { createSerialiser } from './createSerialiser.ts';
import { hashPersonalKey } from './hashPersonalKey.ts';
import { NAME_MESSAGE, readDisplayName, refuse } from './readRoundBody.ts';

export interface MyCheckOut {
  /** this person's own rating, which only they get back; null if they did not rate */
  readonly worth: WorthRating | null;
}

export type CheckOutOutcome<T> =
  | { readonly ok: true; readonly body: T }
  | { readonly ok: false; readonly status: 400 | 401 | 403 | 404 | 409; readonly message: string };

/**
 * Check-outs go through the server so that nobody's rating sits next to their name: the server keeps each
 * rating under a hash of the person's secret key, and writes the note, whether they rated, and the counts.
 */
export function createCheckOutService(deps: {
  readonly sessions: MeetingService;
  readonly registry: RoomRegistry;
  readonly ratings: CheckOutRatingStore;
  readonly now?: () => number;
}) {
  const { sessions, registry, ratings } = deps;
  const now = deps.now ?? Date.now;
  const serialise = createSerialiser();

  async function checkOut(
    meetingId: string,
    token: string | null,
    headers: PersonalHeaders,
    body: unknown,
  ): Promise<CheckOutOutcome<{ checkOut: CheckOut; mine: MyCheckOut }>> {
    const person = await authorise(meetingId, token, headers);
    if (!person.ok) return person;
    const name = readDisplayName(body);
    if (name === null) return refuse(400, NAME_MESSAGE);
    const parsed = parseCheckOutInput(body);
    if (!parsed.ok) return refuse(400, parsed.message);
    const { note, worth } = parsed.value;

    return serialise(meetingId, async () => {
      const control =
        (await registry.readDocument(controlDocName(meetingId), readControlState)) ?? createControlState(now());
      if (control.stage === 'closed') return refuse(409, 'The meeting is closed; reopen it first');
      const earlier = await registry.readDocument(meetingId, (doc) => readRoundProgress(doc).worth);
      const counts = await ratings.write(meetingId, person.ownerHash, worth, earlier);
      const entry: CheckOut = { participantId: person.participantId, name, note, rated: worth !== null, at: now() };
      await registry.applyServerChange(meetingId, (doc) => {
        writeCheckOut(doc, entry);
        writeRoundProgress(doc, { worth: counts });
      });
      return { ok: true as const, body: { checkOut: entry, mine: { worth } } };
    });
  }

  /** A person's own rating, so they can see and change what they answered. */
  async function readMine(
    meetingId: string,
    token: string | null,
    headers: PersonalHeaders,
  ): Promise<CheckOutOutcome<MyCheckOut>> {
    const person = await authorise(meetingId, token, headers);
    if (!person.ok) return person;
    return { ok: true, body: { worth: await ratings.read(meetingId, person.ownerHash) } };
  }

  async function authorise(meetingId: string, token: string | null, headers: PersonalHeaders) {
    const session = await sessions.getSession(meetingId, token);
    if (!session.ok) return session;
    if (session.role === 'observer') return refuse(403, 'Observers follow the meeting but do not check out');
    const parsed = parsePersonalHeaders(headers.participantId, headers.voterKey);
    if (!parsed.ok) return refuse(400, parsed.message);
    // Only the browser that joined as this person may change their check-out.
    const identity = await sessions.identify(meetingId, headers);
    if (!identity.ok) return identity;
    const { participantId, voterKey } = parsed.value;
    return { ok: true as const, participantId, ownerHash: hashPersonalKey(meetingId, participantId, voterKey) };
  }

  return { checkOut, readMine };
}

export type CheckOutService = ReturnType<typeof createCheckOutService>;
