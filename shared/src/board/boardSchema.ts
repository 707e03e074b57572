import type * as Y from 'yjs';

/** The board document of a meeting (`<id>:board`): the tldraw records, opened only when someone opens the board. */
export function boardDocName(meetingId: string): string {
  return `${meetingId}:board`;
}

/** The one root of the board document: tldraw records by id, each a plain JSON value. */
export const BOARD_RECORDS_ROOT = 'records';

export function getBoardRecords<T = unknown>(doc: Y.Doc): Y.Map<T> {
  return doc.getMap<T>(BOARD_RECORDS_ROOT);
}

/** The tldraw record types the board keeps; everything else (assets above all) is refused. */
export const BOARD_RECORD_TYPES: ReadonlySet<string> = new Set(['document', 'page', 'shape', 'binding']);

/** The shapes people may draw; images, videos, bookmarks and embeds would bring outside content in. */
export const BOARD_SHAPE_TYPES: ReadonlySet<string> = new Set([
  'geo',
  'note',
  'text',
  'arrow',
  'draw',
  'line',
  'frame',
  'highlight',
]);

export const BOARD_BINDING_TYPES: ReadonlySet<string> = new Set(['arrow']);

export interface BoardLimits {
  /** Characters of one shape's rich text, as JSON. */
  readonly maxRichTextChars: number;
  /** Characters of one record, as JSON. */
  readonly maxRecordChars: number;
  readonly maxRecords: number;
}

export const defaultBoardLimits: BoardLimits = {
  maxRichTextChars: 4 * 1024,
  maxRecordChars: 64 * 1024,
  maxRecords: 5000,
};

/** Where a sticky note points: a timeline event or a lesson card of the same meeting. */
export interface BoardLink {
  readonly kind: 'event' | 'card';
  readonly id: string;
}

/** Reads a shape's `meta.link`, which anyone could have written, into a link or null. */
export function readBoardLink(meta: unknown): BoardLink | null {
  if (typeof meta !== 'object' || meta === null) return null;
  const link = (meta as { link?: unknown }).link;
  if (typeof link !== 'object' || link === null) return null;
  const { kind, id } = link as { kind?: unknown; id?: unknown };
  if ((kind !== 'event' && kind !== 'card') || typeof id !== 'string' || id === '' || id.length > 100) return null;
  return { kind, id };
}
