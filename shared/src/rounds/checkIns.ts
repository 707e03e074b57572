import type * as Y from 'yjs';
import { getRoundsMap, RoundsRoot } from '../doc/docSchema.ts';
import { isOneToFive, type MoodValue } from './moods.ts';

export const MAX_ROUND_NOTE_LENGTH = 280;

/** One person's check-in. While the round is hidden, the document holds only that they checked in. */
export interface CheckIn {
  readonly participantId: string;
  readonly name: string;
  /** Null for a pass, or while hidden. */
  readonly note: string | null;
  readonly mood: MoodValue | null;
  readonly passed: boolean;
  /** True while the facilitator keeps cards hidden: the text is held by the server until the reveal. */
  readonly hidden: boolean;
  readonly at: number;
}

export interface CheckInInput {
  readonly note: string | null;
  readonly mood: MoodValue | null;
  readonly passed: boolean;
}

export type ParseCheckInResult = { ok: true; value: CheckInInput } | { ok: false; message: string };

/** Validates a check-in body: `{note?, mood?, passed?}`. An empty note with no mood is a pass. */
export function parseCheckInInput(body: unknown): ParseCheckInResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, message: 'The body must be an object such as {"note": "Tired but curious", "mood": 3}' };
  }
  const { note, mood, passed } = body as Record<string, unknown>;
  if (note !== undefined && note !== null && typeof note !== 'string') {
    return { ok: false, message: '"note" must be text' };
  }
  const trimmed = typeof note === 'string' ? note.trim() : '';
  if ([...trimmed].length > MAX_ROUND_NOTE_LENGTH) {
    return { ok: false, message: `"note" must be at most ${MAX_ROUND_NOTE_LENGTH} characters` };
  }
  if (mood !== undefined && mood !== null && !isOneToFive(mood)) {
    return { ok: false, message: '"mood" must be a whole number from 1 to 5, or null' };
  }
  if (passed !== undefined && typeof passed !== 'boolean') {
    return { ok: false, message: '"passed" must be true or false' };
  }
  const isPass = passed === true || (trimmed === '' && (mood === undefined || mood === null));
  return {
    ok: true,
    value: isPass
      ? { note: null, mood: null, passed: true }
      : { note: trimmed === '' ? null : trimmed, mood: (mood as MoodValue | null | undefined) ?? null, passed: false },
  };
}

export function writeCheckIn(
  doc: Y.Doc,
  entry: { participantId: string; name: string; at: number } & (CheckInInput | { hidden: true }),
): void {
  const hidden = 'hidden' in entry;
  getRoundsMap(doc, RoundsRoot.checkIns).set(entry.participantId, {
    participantId: entry.participantId,
    name: entry.name,
    note: hidden ? null : entry.note,
    mood: hidden ? null : entry.mood,
    passed: hidden ? false : entry.passed,
    hidden,
    at: entry.at,
  } satisfies CheckIn);
}

export function readCheckIns(doc: Y.Doc): CheckIn[] {
  const entries: CheckIn[] = [];
  for (const value of getRoundsMap(doc, RoundsRoot.checkIns).values()) {
    const entry = readRecord(value);
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => a.at - b.at || a.participantId.localeCompare(b.participantId));
}

function readRecord(value: unknown): CheckIn | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.participantId !== 'string' || typeof v.name !== 'string') return null;
  return {
    participantId: v.participantId,
    name: v.name,
    note: typeof v.note === 'string' ? v.note : null,
    mood: isOneToFive(v.mood) ? v.mood : null,
    passed: v.passed === true,
    hidden: v.hidden === true,
    at: typeof v.at === 'number' ? v.at : 0,
  };
}
