import { type NewTimelineEvent, parseTimelinePaste, type UnreadableLine } from '@debrief/shared';
import { guessEventKind } from './guessEventKind.ts';
import type { PasteDefaults } from './pasteDefaults.ts';

/** What a quick-add paste turns into: events ready to add, and the lines to give back with why. */
export interface QuickAddResult {
  readonly events: readonly NewTimelineEvent[];
  /** The unreadable lines, numbered as they stand in `leftover`. */
  readonly unreadable: readonly UnreadableLine[];
  /** What stays in the box after adding: the unreadable lines only, one per line. */
  readonly leftover: string;
}

interface Options {
  readonly defaults: PasteDefaults;
  /** Milliseconds since the epoch; events get now, now + 1, … so lines at the same minute keep their pasted order. */
  readonly now: number;
  readonly createdBy: string | null;
  readonly createId: () => string;
}

/** Reads pasted lines into timeline events, guessing each one's kind; every line that cannot be read comes back. */
export function readQuickAdd(text: string, { defaults, now, createdBy, createId }: Options): QuickAddResult {
  const paste = parseTimelinePaste(text, defaults);
  const events = paste.events.map(
    (line, index): NewTimelineEvent => ({
      id: createId(),
      at: line.at,
      timeZone: line.timeZone,
      kind: guessEventKind(line.description),
      description: line.description,
      createdAt: now + index,
      knownAtTheTime: true,
      createdBy,
    }),
  );
  const unreadable = paste.unreadable.map((line, index) => ({ ...line, lineNumber: index + 1 }));
  return { events, unreadable, leftover: unreadable.map((line) => line.text).join('\n') };
}

/** '3 events ready to add · 1 line needs a time', for the box while someone pastes. */
/** How many events a paste holds and how many of its lines cannot be read, for the preview while people type. */
export function previewQuickAdd(text: string, defaults: PasteDefaults): { events: number; unreadable: number } {
  const paste = parseTimelinePaste(text, defaults);
  return { events: paste.events.length, unreadable: paste.unreadable.length };
}

export function describeQuickAdd(eventCount: number, unreadableCount: number): string {
  const parts: string[] = [];
  if (eventCount > 0) parts.push(eventCount === 1 ? '1 event ready to add' : `${eventCount} events ready to add`);
  if (unreadableCount > 0) {
    parts.push(unreadableCount === 1 ? '1 line cannot be read yet' : `${unreadableCount} lines cannot be read yet`);
  }
  return parts.join(' · ');
}
