import {
  type CheckOut,
  type CheckOutResponse,
  controlDocName,
  createControlState,
  type MyCheckOutResponse,
  markFacilitating,
  parseCheckOutInput,
  readControlState,
  roundsDocName,
  writeCheckOut,
} from '@debrief/shared';
import type { CheckOutRatingStore } from '../persistence/CheckOutRatingStore.ts';
import type { RoomRegistry } from '../sync/createRoomRegistry.ts';
import type { AccessPerson, Refusal } from './createMeetingService.ts';
import type { RoundTally } from './createRoundTally.ts';
import { createSerialiser } from './createSerialiser.ts';
import { NAME_MESSAGE, readDisplayName, refuse } from './readRoundBody.ts';

export type CheckOutOutcome<T> = { readonly ok: true; readonly body: T } | Refusal;

/**
 * Check-outs go through the server so that nobody's rating sits next to their name: the note goes into the
 * rounds document, the rating into the store under the person's rating id, and the ratings reach the control
 * document only added up, once the meeting has closed (see `RoundTally.publishProgress`).
 */
export function createCheckOutService(deps: {
  readonly registry: RoomRegistry;
  readonly ratings: CheckOutRatingStore;
  readonly tally: RoundTally;
  readonly now?: () => number;
}) {
  const { registry, ratings, tally } = deps;
  const now = deps.now ?? Date.now;
  const serialise = createSerialiser(deps.registry.locks, 'check-outs');

  async function checkOut(
    meetingId: string,
    person: AccessPerson,
    body: unknown,
    asFacilitator = false,
  ): Promise<CheckOutOutcome<CheckOutResponse>> {
    const name = readDisplayName(body);
    if (name === null) return refuse(400, NAME_MESSAGE);
    const parsed = parseCheckOutInput(body);
    if (!parsed.ok) return refuse(400, parsed.message);
    const { note, worth } = parsed.value;

    return serialise(meetingId, async () => {
      const control =
        (await registry.readDocument(controlDocName(meetingId), readControlState)) ?? createControlState(now());
      if (control.stage === 'closed') return refuse(409, 'The meeting is closed; reopen it first');
      await ratings.write(meetingId, person.ratingId, worth);
      const entry: CheckOut = { participantId: person.participantId, name, note, rated: worth !== null, at: now() };
      await registry.applyServerChange(roundsDocName(meetingId), (doc) => {
        writeCheckOut(doc, entry);
        if (asFacilitator) markFacilitating(doc, person.participantId);
      });
      await tally.publishProgress(meetingId);
      return { ok: true as const, body: { checkOut: entry, mine: { worth } } };
    });
  }

  /** A person's own rating, so they can see and change what they answered. */
  async function readMine(meetingId: string, person: AccessPerson): Promise<CheckOutOutcome<MyCheckOutResponse>> {
    return { ok: true, body: { worth: await ratings.read(meetingId, person.ratingId) } };
  }

  return { checkOut, readMine };
}

export type CheckOutService = ReturnType<typeof createCheckOutService>;
