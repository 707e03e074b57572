import type * as Y from 'yjs';
import { ContentRoot, getContentMap } from '../doc/docSchema.ts';
import { MAX_ROUND_NOTE_LENGTH } from './checkIns.ts';
import { isOneToFive, type WorthRating } from './moods.ts';

/** How one person leaves: a note and whether the meeting was worth their time. Personal: kept out of the record. */
export interface CheckOut {
  readonly participantId: string;
  readonly name: string;
  readonly note: string;
  readonly worth: WorthRating | null;
  readonly at: number;
}

export function writeCheckOut(doc: Y.Doc, entry: CheckOut): void {
  const note = [...entry.note.trim()].slice(0, MAX_ROUND_NOTE_LENGTH).join('');
  getContentMap(doc, ContentRoot.checkOuts).set(entry.participantId, { ...entry, note } satisfies CheckOut);
}

export function readCheckOuts(doc: Y.Doc): CheckOut[] {
  const entries: CheckOut[] = [];
  for (const value of getContentMap(doc, ContentRoot.checkOuts).values()) {
    if (typeof value !== 'object' || value === null) continue;
    const v = value as Record<string, unknown>;
    if (typeof v.participantId !== 'string' || typeof v.name !== 'string') continue;
    entries.push({
      participantId: v.participantId,
      name: v.name,
      note: typeof v.note === 'string' ? v.note : '',
      worth: isOneToFive(v.worth) ? v.worth : null,
      at: typeof v.at === 'number' ? v.at : 0,
    });
  }
  return entries.sort((a, b) => a.at - b.at || a.participantId.localeCompare(b.participantId));
}
