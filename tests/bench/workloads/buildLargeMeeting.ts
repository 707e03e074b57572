import {
  addAction,
  addCard,
  addTimelineEvent,
  ContentRoot,
  EvidenceKind,
  LESSON_PROMPTS,
  replaceNotes,
  TIMELINE_EVENT_KINDS,
  updateAction,
} from '@debrief/shared';
import * as Y from 'yjs';

export interface LargeMeetingSize {
  readonly timelineEvents: number;
  readonly cards: number;
  readonly actions: number;
}

export interface LargeMeeting {
  /** The whole content document as one Yjs update. */
  readonly update: Uint8Array;
  /** Root maps a client checks after its first sync, with how many entries each must have. */
  readonly roots: readonly string[];
  readonly rootSizes: readonly number[];
  /** Text in the meeting notes, so a browser can tell the stored content has arrived. */
  readonly notesMarker: string;
}

const people = ['Amara', 'Bo', 'Chen', 'Dita', 'Emeka', 'Farah', 'Gus', 'Hana'];
const phrases = [
  'Error rate on checkout-api rose above 5% after the primary database failed over to the replica',
  'On-call engineer acknowledged the page and opened the incident channel',
  'Connection pool exhausted: every worker waited on the old primary address cached by the driver',
  'Rolled the API pods so they resolved the new primary; error rate started to fall',
  'Status page updated: customers may see failed payments, retries are safe',
  'Replica lag alert had been firing for two days and was muted as noisy',
];

/**
 * A meeting as a long incident leaves it, written through the same accessors the app uses: timeline events
 * (some with evidence), lesson cards under the four prompts, actions with owners linked to lessons, and notes.
 */
export function buildLargeMeeting(size: LargeMeetingSize): LargeMeeting {
  const doc = new Y.Doc();
  const start = Date.UTC(2026, 10, 20, 13, 0, 0);
  for (let i = 0; i < size.timelineEvents; i++) {
    const at = new Date(start + i * 17_000).toISOString();
    const result = addTimelineEvent(doc, {
      id: `event-${i}`,
      at,
      timeZone: 'Europe/Berlin',
      kind: TIMELINE_EVENT_KINDS[i % TIMELINE_EVENT_KINDS.length] ?? 'other',
      description: `${phrases[i % phrases.length]} (#${i})`,
      createdAt: start + i * 1000,
      createdBy: `participant-${i % people.length}`,
      evidence:
        i % 10 === 0
          ? [{ id: `evidence-${i}`, url: `https://ci.example.com/runs/${i}`, kind: EvidenceKind.ciRun, addedAt: start }]
          : [],
    });
    if (!result.ok) throw new Error(`The timeline refused event ${i}: ${result.message}`);
  }
  for (let i = 0; i < size.cards; i++) {
    const person = people[i % people.length] ?? 'Amara';
    const added = addCard(doc, {
      id: `card-${i}`,
      prompt: LESSON_PROMPTS[i % LESSON_PROMPTS.length] ?? 'learned',
      text: `${phrases[(i * 7) % phrases.length]}; we could see this coming earlier next time (${i})`,
      author: i % 5 === 0 ? null : { id: `participant-${i % people.length}`, name: person },
      now: start + i * 500,
      // Given explicitly, as a client appending cards knows the last order it shows.
      order: i + 1,
    });
    if (!added) throw new Error(`Card ${i} was not added`);
  }
  for (let i = 0; i < size.actions; i++) {
    const id = `action-${i}`;
    addAction(doc, {
      id,
      title: `Alert on replica lag before failover, and test the failover path (${i})`,
      now: start + i * 700,
      lessonCardIds: [`card-${(i * 5) % Math.max(1, size.cards)}`, `card-${(i * 5 + 1) % Math.max(1, size.cards)}`],
      order: i + 1,
    });
    const updated = updateAction(doc, id, {
      owner: { kind: 'named', name: people[i % people.length] ?? 'Amara' },
      dueDate: '2026-12-18',
      cost: { unit: 'hours', hours: 4 + (i % 20) },
    });
    if (!updated.ok) throw new Error(`Action ${i} was not updated: ${updated.message}`);
  }
  const notesMarker = 'Stored notes arrived from disk.';
  replaceNotes(doc, `${notesMarker}\n${phrases.join('\n')}`);

  const roots = [ContentRoot.timeline, ContentRoot.cards, ContentRoot.actions];
  return {
    update: Y.encodeStateAsUpdate(doc),
    roots,
    rootSizes: roots.map((root) => doc.getMap(root).size),
    notesMarker,
  };
}
