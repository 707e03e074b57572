import type * as Y from 'yjs';
import { getRoundsMap, RoundsRoot } from '../doc/docSchema.ts';
import { MAX_ROUND_NOTE_LENGTH } from './checkIns.ts';
import { isOneToFive, type WorthRating } from './moods.ts';

/**
 * How one person leaves, as everyone's copy of the document has it: their note, and only whether they rated
 * the meeting. The rating itself stays with the server, which writes the ratings into the document added up.
 * Personal: kept out of the record.
 */
export interface CheckOut {
  readonly participantId: string;
  readonly name: string;
  readonly note: string;
  readonly rated: boolean;
  readonly at: number;
}

export interface CheckOutInput {
  readonly note: string;
  readonly worth: WorthRating | null;
}

export type ParseCheckOutResult = { ok: true; value: CheckOutInput } | { ok: false; message: string };

/** Validates a check-out body: `{note?, worth?}`, where worth answers "Was this worth your time?" from 1 to 5. */
export function parseCheckOutInput(body: unknown): ParseCheckOutResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, message: 'The body must be an object such as {"note": "Lighter than I came in", "worth": 4}' };
  }
  const { note, worth } = body as Record<string, unknown>;
  if (note !== undefined && note !== null && typeof note !== 'string') {
    return { ok: false, message: '"note" must be text' };
  }
  const trimmed = typeof note === 'string' ? note.trim() : '';
  if ([...trimmed].length > MAX_ROUND_NOTE_LENGTH) {
    return { ok: false, message: `"note" must be at most ${MAX_ROUND_NOTE_LENGTH} characters` };
  }
  if (worth !== undefined && worth !== null && !isOneToFive(worth)) {
    return { ok: false, message: '"worth" must be a whole number from 1 to 5, or null' };
  }
  return { ok: true, value: { note: trimmed, worth: worth ?? null } };
}

export function writeCheckOut(doc: Y.Doc, entry: CheckOut): void {
  const note = [...entry.note.trim()].slice(0, MAX_ROUND_NOTE_LENGTH).join('');
  getRoundsMap(doc, RoundsRoot.checkOuts).set(entry.participantId, {
    participantId: entry.participantId,
    name: entry.name,
    note,
    rated: entry.rated,
    at: entry.at,
  } satisfies CheckOut);
}

export function readCheckOuts(doc: Y.Doc): CheckOut[] {
  const entries: CheckOut[] = [];
  for (const value of getRoundsMap(doc, RoundsRoot.checkOuts).values()) {
    if (typeof value !== 'object' || value === null) continue;
    const v = value as Record<string, unknown>;
    if (typeof v.participantId !== 'string' || typeof v.name !== 'string') continue;
    entries.push({
      participantId: v.participantId,
      name: v.name,
      note: typeof v.note === 'string' ? v.note : '',
      rated: v.rated === true,
      at: typeof v.at === 'number' ? v.at : 0,
    });
  }
  return entries.sort((a, b) => a.at - b.at || a.participantId.localeCompare(b.participantId));
}
