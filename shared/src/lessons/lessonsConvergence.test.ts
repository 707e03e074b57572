import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, deleteAction, readActions } from './actions.ts';
import { groupCards, readCardGroups, ungroupCards } from './cardGroups.ts';
import { type Ballot, decideVote, summariseMyVotes } from './decideVote.ts';
import { addCard, deleteCard, editCard, moveCard, readCardIds, readCards } from './lessonCards.ts';
import { LESSON_PROMPTS } from './lessonPrompts.ts';
import { readVoteTotals, writeVoteTotal } from './voteTotals.ts';

const REPLICAS = 3;
/** Replica 0 also plays the server, the only writer of vote totals. */
const SERVER = 0;
const VOTES_PER_PERSON = 2;
const REMOTE = Symbol('remote');

const replica = fc.nat({ max: REPLICAS - 1 });
const pick = fc.nat({ max: 1000 });
const prompt = fc.constantFrom(...LESSON_PROMPTS);

const operation = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('addCard' as const), doc: replica, prompt }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('editCard' as const), doc: replica, pick }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('deleteCard' as const), doc: replica, pick }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('moveCard' as const), doc: replica, pick, prompt }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('group' as const), doc: replica, pick, other: pick }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('ungroup' as const), doc: replica, pick }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('vote' as const), voter: replica, pick, delta: fc.constantFrom(1, -1) }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant('addAction' as const), doc: replica, pick }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('deleteAction' as const), doc: replica, pick }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('deliver' as const), doc: replica, pick }), weight: 6 },
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

function choose<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

/** Three replicas that exchange their updates one at a time, in whatever order the operations say. */
function runScenario(operations: readonly Operation[], finalOrder: readonly number[]) {
  const docs = Array.from({ length: REPLICAS }, () => new Y.Doc());
  const log: Uint8Array[] = [];
  const received = docs.map(() => new Set<number>());
  docs.forEach((doc, index) => {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      received[index]?.add(log.length);
      log.push(update);
    });
  });
  const deliver = (to: number, entry: number) => {
    const seen = received[to] as Set<number>;
    if (seen.has(entry)) return;
    seen.add(entry);
    Y.applyUpdate(docs[to] as Y.Doc, log[entry] as Uint8Array, REMOTE);
  };

  const added = { cards: new Set<string>(), actions: new Set<string>() };
  const deleted = { cards: new Set<string>(), actions: new Set<string>() };
  const markers = new Map<string, string[]>();
  const ballots = docs.map(() => new Map<string, number>());
  let next = 0;

  for (const op of operations) {
    const id = `${op.kind}-${next++}`;
    if (op.kind === 'vote') {
      // The server decides from its private ballots and the cards it can see, then writes the card's total.
      const server = docs[SERVER] as Y.Doc;
      const cardId = choose([...readCardIds(server)].sort(), op.pick);
      const ballot = ballots[op.voter] as Map<string, number>;
      if (!cardId) continue;
      const mine = summariseMyVotes(VOTES_PER_PERSON, Object.fromEntries(ballot), readCardIds(server));
      const decision = decideVote(mine, cardId, op.delta as 1 | -1);
      if (!decision.ok) continue;
      ballot.set(cardId, decision.count);
      writeVoteTotal(server, cardId, sum(ballots.map((each) => each.get(cardId) ?? 0)));
      continue;
    }
    const doc = docs[op.doc] as Y.Doc;
    const cards = Object.values(readCards(doc)).flat();
    const card = 'pick' in op ? choose(cards, op.pick) : undefined;
    switch (op.kind) {
      case 'addCard':
        addCard(doc, { id, prompt: op.prompt, text: `${id}:`, author: { id: `p-${op.doc}`, name: 'P' }, now: next });
        added.cards.add(id);
        break;
      case 'editCard':
        if (!card) break;
        // Appending a unique marker: concurrent appends must all survive, once each.
        editCard(doc, card.id, `${card.text}[${id}]`);
        markers.set(card.id, [...(markers.get(card.id) ?? []), `[${id}]`]);
        break;
      case 'deleteCard':
        if (card && deleteCard(doc, card.id)) deleted.cards.add(card.id);
        break;
      case 'moveCard':
        if (card) moveCard(doc, card.id, { prompt: op.prompt, order: (op.pick % 7) / 2 });
        break;
      case 'group': {
        const other = choose(cards, op.other);
        if (card) groupCards(doc, { id, title: id, prompt: card.prompt, cardIds: [card.id, other?.id ?? card.id] });
        break;
      }
      case 'ungroup': {
        const group = choose(Object.values(readCardGroups(doc)).flat(), op.pick);
        if (group) ungroupCards(doc, group.id);
        break;
      }
      case 'addAction':
        addAction(doc, { id, title: id, now: next, lessonCardIds: card ? [card.id] : [] });
        added.actions.add(id);
        break;
      case 'deleteAction': {
        const action = choose(readActions(doc), op.pick);
        if (action && deleteAction(doc, action.id)) deleted.actions.add(action.id);
        break;
      }
      case 'deliver': {
        const pending = log.map((_, entry) => entry).filter((entry) => !received[op.doc]?.has(entry));
        const entry = choose(pending, op.pick);
        if (entry !== undefined) deliver(op.doc, entry);
        break;
      }
    }
  }

  // Everything still in flight arrives, in a generated order.
  const remaining = log.map((_, entry) => entry);
  const order = remaining.map((entry, index) => ({ entry, key: finalOrder[index % Math.max(1, finalOrder.length)] }));
  order.sort((a, b) => (a.key ?? 0) - (b.key ?? 0));
  for (const { entry } of order) for (let to = 0; to < REPLICAS; to++) deliver(to, entry);

  return { docs, added, deleted, markers, ballots };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function snapshot(doc: Y.Doc) {
  return {
    cards: readCards(doc),
    groups: readCardGroups(doc),
    votes: readVoteTotals(doc, doc),
    actions: readActions(doc),
  };
}

describe('lessons and actions under concurrent editing', () => {
  it('converge on three replicas, losing and duplicating no card, vote or action', () => {
    fc.assert(
      fc.property(
        fc.array(operation, { minLength: 10, maxLength: 60, size: 'max' }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
        (operations, finalOrder) => {
          const { docs, added, deleted, markers, ballots } = runScenario(operations, finalOrder);
          const [first, ...others] = docs.map(snapshot);
          for (const other of others) expect(other).toEqual(first);
          if (!first) return;

          const cards = Object.values(first.cards).flat();
          const expectedCards = [...added.cards].filter((id) => !deleted.cards.has(id)).sort();
          expect(cards.map((card) => card.id).sort()).toEqual(expectedCards);

          for (const card of cards) {
            for (const marker of markers.get(card.id) ?? []) expect(card.text.split(marker)).toHaveLength(2);
            if (card.groupId !== null) {
              expect(first.groups[card.prompt].map((group) => group.id)).toContain(card.groupId);
            }
            expect(first.votes[card.id]).toBe(sum(ballots.map((ballot) => ballot.get(card.id) ?? 0)));
          }
          const live = new Set(expectedCards);
          for (const ballot of ballots) {
            const mine = summariseMyVotes(VOTES_PER_PERSON, Object.fromEntries(ballot) as Ballot, live);
            expect(mine.used).toBeLessThanOrEqual(VOTES_PER_PERSON);
          }

          const actionIds = first.actions.map((action) => action.id);
          expect(actionIds.sort()).toEqual([...added.actions].filter((id) => !deleted.actions.has(id)).sort());
          for (const action of first.actions) for (const cardId of action.lessonCardIds) expect(live).toContain(cardId);
        },
      ),
      { numRuns: 80 },
    );
    // About a second on an idle machine; the timeout only keeps a busy shared machine from failing it.
  }, 30_000);
});
