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

/**
 * Reads pasted lines into timeline events in the incident's zone, guessing each one's kind; every line that cannot
 * be read comes back.
 */
export function readQuickAdd(text: string, { defaults, now, createdBy, createId }: Options): QuickAddResult {
  const paste = parseTimelinePaste(text, defaults);
  const events = paste.events.map(
    (line, index): NewTimelineEvent => ({
      id: createId(),
      at: line.at,
      // Shown in the incident's zone, like the rest of the timeline, whatever zone the line was written in.
      timeZone: defaults.timeZone,
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

/** How a paste's lines were read where they could have been read otherwise, once per note, with the lines it is about. */
export interface QuickAddNote {
  readonly note: string;
  readonly lines: readonly number[];
}

/** What the box shows while people type: counts, the lines that cannot be read and why, and how lines were read. */
export interface QuickAddPreview {
  readonly events: number;
  readonly unreadable: number;
  /** Numbered as they stand in the box. */
  readonly lines: readonly UnreadableLine[];
  readonly notes: readonly QuickAddNote[];
}

/** Reads a paste for the preview, before anything is added. */
export function previewQuickAdd(text: string, defaults: PasteDefaults): QuickAddPreview {
  const paste = parseTimelinePaste(text, defaults);
  const notes = new Map<string, number[]>();
  for (const event of paste.events) {
    if (event.note === undefined) continue;
    const lines = notes.get(event.note) ?? [];
    lines.push(event.line);
    notes.set(event.note, lines);
  }
  return {
    events: paste.events.length,
    unreadable: paste.unreadable.length,
    lines: paste.unreadable,
    notes: [...notes].map(([note, lines]) => ({ note, lines })),
  };
}

/** '3 events ready to add · 1 line cannot be read yet', for the box while someone pastes. */
export function describeQuickAdd(eventCount: number, unreadableCount: number): string {
  const parts: string[] = [];
  if (eventCount > 0) parts.push(eventCount === 1 ? '1 event ready to add' : `${eventCount} events ready to add`);
  if (unreadableCount > 0) {
    parts.push(unreadableCount === 1 ? '1 line cannot be read yet' : `${unreadableCount} lines cannot be read yet`);
  }
  return parts.join(' · ');
}
