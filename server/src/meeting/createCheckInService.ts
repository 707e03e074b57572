import {
  type CheckInResponse,
  controlDocName,
  createControlState,
  markFacilitating,
  parseCheckInInput,
  readControlState,
  roundsDocName,
  writeCheckIn,
} from '@debrief/shared';
import type { HeldCheckInStore } from '../persistence/HeldCheckInStore.ts';
import type { RoomRegistry } from '../sync/createRoomRegistry.ts';
import type { AccessPerson, Refusal } from './createMeetingService.ts';
import type { RoundTally } from './createRoundTally.ts';
import { createSerialiser } from './createSerialiser.ts';
import { NAME_MESSAGE, readDisplayName, refuse } from './readRoundBody.ts';

export type CheckInOutcome = { readonly ok: true; readonly body: CheckInResponse } | Refusal;

/**
 * Check-ins go through the server, into the rounds document that only it writes and observers never open. The
 * facilitator can keep them hidden: the server then holds each card and writes only "checked in" until the reveal.
 * A person's check-in is under their participant id, which only their own key can act as.
 */
export function createCheckInService(deps: {
  readonly registry: RoomRegistry;
  readonly held: HeldCheckInStore;
  readonly tally: RoundTally;
  readonly now?: () => number;
}) {
  const { registry, held, tally } = deps;
  const now = deps.now ?? Date.now;
  const serialise = createSerialiser(deps.registry.locks, 'check-ins');

  async function checkIn(
    meetingId: string,
    person: AccessPerson,
    body: unknown,
    asFacilitator = false,
  ): Promise<CheckInOutcome> {
    const name = readDisplayName(body);
    if (name === null) return refuse(400, NAME_MESSAGE);
    const parsed = parseCheckInInput(body);
    if (!parsed.ok) return refuse(400, parsed.message);

    return serialise(meetingId, async (): Promise<CheckInOutcome> => {
      const control = await readControl(meetingId);
      if (control.stage === 'closed') return refuse(409, 'The meeting is closed; reopen it first');
      const { participantId } = person;
      const card = { participantId, name, at: now(), ...parsed.value };
      const existing = await held.read(meetingId, participantId);
      if (control.checkInsHidden) {
        await held.hold(meetingId, card);
        await registry.applyServerChange(roundsDocName(meetingId), (doc) => {
          writeCheckIn(doc, { participantId, name, at: card.at, hidden: true });
          if (asFacilitator) markFacilitating(doc, participantId);
        });
        await tally.publishProgress(meetingId);
        return { ok: true, body: { checkIn: { ...card, hidden: false }, held: true } };
      }
      await registry.applyServerChange(roundsDocName(meetingId), (doc) => {
        writeCheckIn(doc, card);
        if (asFacilitator) markFacilitating(doc, participantId);
      });
      if (existing) await held.release(meetingId, [participantId]);
      await tally.publishProgress(meetingId);
      return { ok: true, body: { checkIn: { ...card, hidden: false }, held: false } };
    });
  }

  /** A person's own check-in while it is held, so they can see what they wrote. */
  async function readMine(meetingId: string, person: AccessPerson): Promise<CheckInOutcome> {
    const mine = await held.read(meetingId, person.participantId);
    if (!mine) return { ok: true, body: { checkIn: null, held: false } };
    return { ok: true, body: { checkIn: { ...mine, hidden: false }, held: true } };
  }

  /** Writes every held check-in into the rounds document at once, then forgets them. */
  function revealAll(meetingId: string): Promise<void> {
    return serialise(meetingId, async () => {
      const cards = await held.readAll(meetingId);
      if (cards.length === 0) return;
      await registry.applyServerChange(roundsDocName(meetingId), (doc) => {
        for (const card of cards) writeCheckIn(doc, card);
      });
      await held.release(
        meetingId,
        cards.map((card) => card.participantId),
      );
    });
  }

  async function readControl(meetingId: string) {
    return (await registry.readDocument(controlDocName(meetingId), readControlState)) ?? createControlState(now());
  }

  return { checkIn, readMine, revealAll };
}

export type CheckInService = ReturnType<typeof createCheckInService>;
