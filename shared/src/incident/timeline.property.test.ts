import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TIMELINE_EVENT_KINDS } from './timelineEventKinds.ts';
import {
  addTimelineEvent,
  deleteTimelineEvent,
  readTimeline,
  retimeTimelineEvent,
  type TimelineEvent,
  updateTimelineEvent,
} from './timelineEvents.ts';

const DOCS = 3;
// Few distinct times, so many events tie and the tie-break is exercised.
const TIMES = ['2026-11-20T22:50:00Z', '2026-11-20T23:10:00Z', '2026-11-21T00:10:00+01:00', '2026-11-21T02:00:00Z'];
const ZONES = ['Europe/Berlin', 'UTC', 'America/New_York'];
const REMOTE = Symbol('remote');

type Operation =
  | { type: 'add'; doc: number; time: number; zone: number; createdAt: number; kind: number; text: string }
  | { type: 'edit'; doc: number; pick: number; text: string; position: number; kind: number; known: boolean }
  | { type: 'delete'; doc: number; pick: number }
  | { type: 'retime'; doc: number; pick: number; time: number; zone: number }
  | { type: 'sync'; from: number; to: number; seed: number; share: number };

const docIndex = fc.nat(DOCS - 1);
// Weighted towards syncs and edits of existing events, so concurrent changes to one event are common.
const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('add' as const),
      doc: docIndex,
      time: fc.nat(TIMES.length - 1),
      zone: fc.nat(ZONES.length - 1),
      createdAt: fc.nat(5),
      kind: fc.nat(TIMELINE_EVENT_KINDS.length - 1),
      text: fc.string({ maxLength: 6 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('edit' as const),
      doc: docIndex,
      pick: fc.nat(),
      text: fc.string({ minLength: 1, maxLength: 4 }),
      position: fc.nat(),
      kind: fc.nat(TIMELINE_EVENT_KINDS.length - 1),
      known: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('delete' as const), doc: docIndex, pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('retime' as const),
      doc: docIndex,
      pick: fc.nat(),
      time: fc.nat(TIMES.length - 1),
      zone: fc.nat(ZONES.length - 1),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('sync' as const),
      from: docIndex,
      to: docIndex,
      seed: fc.integer(),
      share: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
    }),
  },
);

/** A small seeded generator, so fast-check alone decides every order and can shrink it. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function pickEvent(doc: Y.Doc, pick: number): TimelineEvent | undefined {
  const events = readTimeline(doc);
  return events.length === 0 ? undefined : events[pick % events.length];
}

function run(shared: number, operations: readonly Operation[], finalSeed: number) {
  const docs = Array.from({ length: DOCS }, (_, index) => {
    const doc = new Y.Doc();
    doc.clientID = index + 1;
    return doc;
  });
  // Every update each doc made itself, in the order it made them.
  const logs: Uint8Array[][] = docs.map(() => []);
  docs.forEach((doc, index) => {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) logs[index]?.push(update);
    });
  });
  const added = new Set<string>();
  const deleted = new Set<string>();
  // Edits only insert, so a surviving description ends as long as it began plus everything typed into it anywhere.
  const expectedLength = new Map<string, number>();
  let nextId = 0;

  // Events every doc already has, so the random operations often change the same event on several docs at once.
  for (let i = 0; i < shared; i++) {
    const id = `e${nextId++}`;
    addTimelineEvent(docs[0] as Y.Doc, {
      id,
      at: TIMES[i % TIMES.length] as string,
      timeZone: 'UTC',
      kind: 'other',
      description: 'shared',
      createdAt: 0,
    });
    added.add(id);
    expectedLength.set(id, 'shared'.length);
  }
  for (const doc of docs.slice(1)) Y.applyUpdate(doc, Y.encodeStateAsUpdate(docs[0] as Y.Doc), REMOTE);

  for (const op of operations) {
    if (op.type === 'sync') {
      const log = logs[op.from] ?? [];
      const target = docs[op.to] as Y.Doc;
      // A random part of the sender's updates, in a random order: gaps wait in Yjs until filled.
      const part = shuffled(log, op.seed).slice(0, Math.ceil(log.length * op.share));
      for (const update of part) Y.applyUpdate(target, update, REMOTE);
      continue;
    }
    const doc = docs[op.doc] as Y.Doc;
    if (op.type === 'add') {
      const id = `e${nextId++}`;
      const result = addTimelineEvent(doc, {
        id,
        at: TIMES[op.time] as string,
        timeZone: ZONES[op.zone] as string,
        kind: TIMELINE_EVENT_KINDS[op.kind] ?? 'other',
        description: op.text,
        createdAt: op.createdAt,
      });
      expect(result).toEqual({ ok: true });
      added.add(id);
      expectedLength.set(id, op.text.length);
      continue;
    }
    const event = pickEvent(doc, op.pick);
    if (!event) continue;
    if (op.type === 'edit') {
      const at = op.position % (event.description.length + 1);
      updateTimelineEvent(doc, event.id, {
        description: event.description.slice(0, at) + op.text + event.description.slice(at),
        kind: TIMELINE_EVENT_KINDS[op.kind] ?? 'other',
        knownAtTheTime: op.known,
      });
      expectedLength.set(event.id, (expectedLength.get(event.id) ?? 0) + op.text.length);
    } else if (op.type === 'retime') {
      retimeTimelineEvent(doc, event.id, { at: TIMES[op.time] as string, timeZone: ZONES[op.zone] as string });
    } else {
      deleteTimelineEvent(doc, event.id);
      deleted.add(event.id);
    }
  }

  // Finally every doc receives every other doc's updates, in a random order.
  for (const [index, doc] of docs.entries()) {
    const incoming = logs.flatMap((log, from) => (from === index ? [] : log));
    for (const update of shuffled(incoming, finalSeed + index)) Y.applyUpdate(doc, update, REMOTE);
  }
  return { docs, expected: [...added].filter((id) => !deleted.has(id)).sort(), expectedLength };
}

describe('the timeline under concurrent editing (property)', () => {
  // About half a second alone; the timeout only keeps a busy shared machine from failing it.
  it('converges on three docs with no lost or duplicated events, and no lost typing', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(
        fc.nat(4),
        fc.array(operation, { minLength: 1, maxLength: 40 }),
        fc.integer(),
        (shared, operations, finalSeed) => {
          const { docs, expected, expectedLength } = run(shared, operations, finalSeed);
          const timelines = docs.map((doc) => readTimeline(doc));
          const reference = timelines[0] ?? [];
          for (const timeline of timelines) expect(timeline).toEqual(reference);

          const ids = reference.map((event) => event.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect([...ids].sort()).toEqual(expected);
          for (const event of reference) expect(event.description.length).toBe(expectedLength.get(event.id));

          for (let i = 1; i < reference.length; i++) {
            const [before, after] = [reference[i - 1] as TimelineEvent, reference[i] as TimelineEvent];
            const order = Date.parse(before.at) - Date.parse(after.at) || before.createdAt - after.createdAt;
            expect(order < 0 || (order === 0 && before.id < after.id)).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
