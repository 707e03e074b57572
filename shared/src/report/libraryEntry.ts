import type * as Y from 'yjs';
import { readMeetingMeta } from '../doc/meetingMeta.ts';
import { readIncidentFacts } from '../incident/incidentFacts.ts';
import { deriveKeyMoments } from '../incident/keyMoments.ts';
import { readTimeline } from '../incident/timelineEvents.ts';
import type { ActionStatus } from '../lessons/actionStatuses.ts';
import { readActions } from '../lessons/actions.ts';
import { readCards } from '../lessons/lessonCards.ts';
import { readLessonSummary } from '../lessons/lessonSummary.ts';
import type { Severity } from '../protocol/httpApi.ts';

/** An action as the library lists it, across post-mortems. */
export interface LibraryAction {
  readonly id: string;
  readonly title: string;
  readonly owner: string | null;
  /** YYYY-MM-DD */
  readonly dueDate: string | null;
  readonly status: ActionStatus;
}

/** What the library keeps of a published post-mortem: what it lists, what it searches, and its actions. */
export interface LibraryDocument {
  readonly title: string;
  /** the one-line summary, shown under the title */
  readonly summary: string;
  readonly severity: Severity;
  /** when the incident started (or, failing that, when it was said to happen), ISO 8601 */
  readonly occurredAt: string | null;
  /** the searchable text, one field per part of the post-mortem */
  readonly text: {
    readonly title: string;
    readonly summary: string;
    readonly timeline: string;
    readonly lessons: string;
    readonly actions: string;
  };
  readonly actions: readonly LibraryAction[];
}

/** The library's view of a meeting's content document. Check-in and check-out notes are not in it. */
export function readLibraryDocument(content: Y.Doc): LibraryDocument {
  const meta = readMeetingMeta(content);
  const facts = readIncidentFacts(content);
  const timeline = readTimeline(content);
  const started = deriveKeyMoments(facts, timeline).started;
  const actions = readActions(content).filter((action) => action.title.trim() !== '');
  const cards = Object.values(readCards(content)).flat();
  return {
    title: meta.title,
    summary: meta.incidentSummary,
    severity: meta.severity,
    occurredAt: started?.at ?? meta.occurredAt,
    text: {
      title: meta.title,
      summary: joinText([
        meta.incidentSummary,
        facts.impact,
        facts.howWeBecameAware,
        facts.howItWasSolved,
        readLessonSummary(content),
      ]),
      timeline: joinText(timeline.map((event) => event.description)),
      lessons: joinText(cards.map((card) => card.text)),
      actions: joinText(actions.map((action) => action.title)),
    },
    actions: actions.map((action) => ({
      id: action.id,
      title: action.title.trim(),
      owner: action.owner?.name.trim() || null,
      dueDate: action.dueDate,
      status: action.status,
    })),
  };
}

function joinText(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('\n');
}

/** An action still to do: not done and not dropped. */
export function isOpenAction(status: ActionStatus): boolean {
  return status === 'open' || status === 'in-progress';
}

/** The longest a service tag may be, in characters, and how many a post-mortem may carry. */
export const MAX_SERVICE_TAG_LENGTH = 40;
export const MAX_SERVICE_TAGS = 10;

/**
 * Service tags as typed by a facilitator: trimmed, lower-case, inner spaces as dashes, without repeats. Null with a
 * message when one is too long or there are too many.
 */
export function parseServiceTags(value: unknown): { ok: true; tags: string[] } | { ok: false; message: string } {
  if (!Array.isArray(value)) return { ok: false, message: 'services must be a list of service names' };
  const tags: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') return { ok: false, message: 'each service must be text' };
    const tag = item
      .trim()
      .toLowerCase()
      .replace(/\s+/g, '-')
      .replace(/[^\p{L}\p{N}._-]/gu, '');
    if (tag === '') continue;
    if (tag.length > MAX_SERVICE_TAG_LENGTH) {
      return { ok: false, message: `a service name may be at most ${MAX_SERVICE_TAG_LENGTH} characters` };
    }
    if (!tags.includes(tag)) tags.push(tag);
  }
  if (tags.length > MAX_SERVICE_TAGS) return { ok: false, message: `at most ${MAX_SERVICE_TAGS} services` };
  return { ok: true, tags };
}

/** Marks around a highlighted match in search results; control characters, so no user text can contain them. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

/** A piece of highlighted text: the parts in order, each marked or not. */
export function splitHighlights(text: string): { text: string; match: boolean }[] {
  const strip = (part: string) => part.split(HIGHLIGHT_END).join('');
  const [first = '', ...marked] = text.split(HIGHLIGHT_START);
  const parts = [{ text: strip(first), match: false }];
  for (const piece of marked) {
    const close = piece.indexOf(HIGHLIGHT_END);
    if (close === -1) {
      parts.push({ text: piece, match: false });
      continue;
    }
    parts.push({ text: piece.slice(0, close), match: true }, { text: strip(piece.slice(close + 1)), match: false });
  }
  return parts.filter((part) => part.text !== '');
}

/**
 * A search as typed, made safe for full-text search: the words only, each matched as a prefix, all required. Null
 * when nothing searchable is left. No operator or quote the person typed reaches the search engine.
 */
export function toFullTextQuery(typed: string): string | null {
  const words = searchWords(typed).slice(0, 12);
  return words.length === 0 ? null : words.map((word) => `"${word}"*`).join(' ');
}

/**
 * Words to find post-mortems like this one: the longer words of its title and summary, any one of which may match,
 * so the best-ranked results share the most.
 */
export function toRelatedQuery(text: string): string | null {
  const words = [...new Set(searchWords(text).filter((word) => word.length > 3 && !COMMON_WORDS.has(word)))].slice(
    0,
    16,
  );
  return words.length === 0 ? null : words.map((word) => `"${word}"`).join(' OR ');
}

function searchWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length <= 40);
}

const COMMON_WORDS = new Set([
  'about',
  'after',
  'again',
  'because',
  'before',
  'being',
  'from',
  'have',
  'incident',
  'into',
  'outage',
  'some',
  'than',
  'that',
  'their',
  'them',
  'then',
  'there',
  'they',
  'this',
  'were',
  'what',
  'when',
  'which',
  'while',
  'with',
  'would',
]);
