import {
  type CheckIn,
  controlDocName,
  createControlState,
  parseCheckInInput,
  parsePersonalHeaders,
  readControlState,
  writeCheckIn,
} from '@debrief/shared';
import type { HeldCheckInStore } from '../persistence/HeldCheckInStore.ts';
import type { PersonalHeaders } from '../routes/readRequest.ts';
import type { RoomRegistry } from '../sync/createRoomRegistry.ts';
import type { MeetingService } from './createMeetingService.ts';
import { createSerialiser } from './createSerialiser.ts';
import { hashPersonalKey } from './hashPersonalKey.ts';
import { NAME_MESSAGE, readDisplayName, refuse } from './readRoundBody.ts';

export type CheckInOutcome =
  | { readonly ok: true; readonly body: { readonly checkIn: CheckIn | null; readonly held: boolean } }
  | { readonly ok: false; readonly status: 400 | 401 | 403 | 404 | 409; readonly message: string };

/**
 * Check-ins go through the server so the facilitator can keep them hidden: while hidden, the server holds
 * each card and writes only "checked in" into the document; at the reveal it writes them all at once.
 */
export function createCheckInService(deps: {
  readonly sessions: MeetingService;
  readonly registry: RoomRegistry;
  readonly held: HeldCheckInStore;
  readonly now?: () => number;
}) {
  const { sessions, registry, held } = deps;
  const now = deps.now ?? Date.now;
  const serialise = createSerialiser();

  async function checkIn(
    meetingId: string,
    token: string | null,
    headers: PersonalHeaders,
    body: unknown,
  ): Promise<CheckInOutcome> {
    const person = await authorise(meetingId, token, headers);
    if (!person.ok) return person;
    const name = readDisplayName(body);
    if (name === null) return refuse(400, NAME_MESSAGE);
    const parsed = parseCheckInInput(body);
    if (!parsed.ok) return refuse(400, parsed.message);

    return serialise(meetingId, async (): Promise<CheckInOutcome> => {
      const control = await readControl(meetingId);
      if (control.stage === 'closed') return refuse(409, 'The meeting is closed; reopen it first');
      const { participantId, ownerHash } = person;
      const existing = await held.read(meetingId, participantId);
      if (existing && existing.ownerHash !== ownerHash) {
        return refuse(409, 'Someone else has already checked in with this participant id');
      }
      const card = { participantId, name, at: now(), ...parsed.value };
      if (control.checkInsHidden) {
        await held.hold(meetingId, { ...card, ownerHash });
        await registry.applyServerChange(meetingId, (doc) =>
          writeCheckIn(doc, { participantId, name, at: card.at, hidden: true }),
        );
        return { ok: true, body: { checkIn: { ...card, hidden: false }, held: true } };
      }
      await registry.applyServerChange(meetingId, (doc) => writeCheckIn(doc, card));
      if (existing) await held.release(meetingId, [participantId]);
      return { ok: true, body: { checkIn: { ...card, hidden: false }, held: false } };
    });
  }

  /** A person's own check-in while it is held, so they can see what they wrote. */
  async function readMine(meetingId: string, token: string | null, headers: PersonalHeaders): Promise<CheckInOutcome> {
    const person = await authorise(meetingId, token, headers);
    if (!person.ok) return person;
    const mine = await held.read(meetingId, person.participantId);
    if (!mine || mine.ownerHash !== person.ownerHash) return { ok: true, body: { checkIn: null, held: false } };
    const { ownerHash: _owner, ...checkIn } = mine;
    return { ok: true, body: { checkIn: { ...checkIn, hidden: false }, held: true } };
  }

  /** Writes every held check-in into the document at once, then forgets them. */
  function revealAll(meetingId: string): Promise<void> {
    return serialise(meetingId, async () => {
      const cards = await held.readAll(meetingId);
      if (cards.length === 0) return;
      await registry.applyServerChange(meetingId, (doc) => {
        for (const { ownerHash: _owner, ...card } of cards) writeCheckIn(doc, card);
      });
      await held.release(
        meetingId,
        cards.map((card) => card.participantId),
      );
    });
  }

  async function authorise(meetingId: string, token: string | null, headers: PersonalHeaders) {
    const session = await sessions.getSession(meetingId, token);
    if (!session.ok) return session;
    if (session.role === 'observer') return refuse(403, 'Observers follow the meeting but do not check in');
    const parsed = parsePersonalHeaders(headers.participantId, headers.voterKey);
    if (!parsed.ok) return refuse(400, parsed.message);
    const { participantId, voterKey } = parsed.value;
    return { ok: true as const, participantId, ownerHash: hashPersonalKey(meetingId, participantId, voterKey) };
  }

  async function readControl(meetingId: string) {
    return (await registry.readDocument(controlDocName(meetingId), readControlState)) ?? createControlState(now());
  }

  return { checkIn, readMine, revealAll };
}

export type CheckInService = ReturnType<typeof createCheckInService>;
