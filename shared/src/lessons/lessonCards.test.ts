import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getSummaryText } from '../doc/docSchema.ts';
import { CardField, getCardsMap } from './cardFields.ts';
import {
  addCard,
  deleteCard,
  editCard,
  getCardText,
  moveCard,
  readCard,
  readCardIds,
  readCards,
} from './lessonCards.ts';
import { LESSON_PROMPTS, lessonPromptLabels } from './lessonPrompts.ts';
import { getLessonSummaryText, readLessonSummary, replaceLessonSummary } from './lessonSummary.ts';

const ana = { id: 'p-ana', name: 'Ana' };

function docWithCards(): Y.Doc {
  const doc = new Y.Doc();
  addCard(doc, { id: 'c1', prompt: 'slowed', text: 'Paging took 20 minutes', author: ana, now: 100 });
  addCard(doc, { id: 'c2', prompt: 'slowed', text: 'No runbook', author: ana, now: 200 });
  addCard(doc, { id: 'c3', prompt: 'helped', text: 'Rollback was one click', author: null, now: 300 });
  return doc;
}

describe('prompts', () => {
  it('are the four questions in order, with plain labels', () => {
    expect(LESSON_PROMPTS.map((prompt) => lessonPromptLabels[prompt])).toEqual([
      'What helped us?',
      'What slowed us down?',
      'What could we have done differently?',
      'What do we know now that we did not know before?',
    ]);
  });
});

describe('summary', () => {
  it('is the schema’s summary text, typed together', () => {
    const doc = new Y.Doc();
    expect(getLessonSummaryText(doc)).toBe(getSummaryText(doc));
    replaceLessonSummary(doc, 'Failover left the pool pointing at the old primary');
    replaceLessonSummary(doc, 'Failover left the pool pointing at the old primary for 40 minutes');
    expect(readLessonSummary(doc)).toBe('Failover left the pool pointing at the old primary for 40 minutes');
  });
});

describe('cards', () => {
  it('reads back plain cards sorted per prompt, each added after the last', () => {
    const cards = readCards(docWithCards());
    expect(cards.slowed.map((card) => card.id)).toEqual(['c1', 'c2']);
    expect(cards.slowed[0]).toEqual({
      id: 'c1',
      prompt: 'slowed',
      text: 'Paging took 20 minutes',
      authorId: 'p-ana',
      authorName: 'Ana',
      anonymous: false,
      groupId: null,
      order: 1,
      createdAt: 100,
    });
    expect(cards.slowed[1]?.order).toBe(2);
    expect(cards.helped).toEqual([expect.objectContaining({ id: 'c3', authorId: null, anonymous: true })]);
    expect(cards.differently).toEqual([]);
    expect(readCard(docWithCards(), 'missing')).toBeNull();
    expect([...readCardIds(docWithCards())].sort()).toEqual(['c1', 'c2', 'c3']);
  });

  it('adds a card in one update and never overwrites an existing id', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => updates++);
    expect(addCard(doc, { id: 'c1', prompt: 'learned', text: 'a', author: ana, now: 1, order: 5 })).toBe(true);
    expect(updates).toBe(1);
    expect(addCard(doc, { id: 'c1', prompt: 'helped', text: 'b', author: ana, now: 2 })).toBe(false);
    expect(readCard(doc, 'c1')).toMatchObject({ prompt: 'learned', text: 'a', order: 5 });
  });

  it('edits the text through its Y.Text, so concurrent typing merges', () => {
    const a = docWithCards();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(editCard(a, 'c2', 'No runbook for failover')).toBe(true);
    getCardText(b, 'c2')?.insert(0, 'Sadly: ');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readCard(a, 'c2')?.text).toBe('Sadly: No runbook for failover');
    expect(readCard(b, 'c2')?.text).toBe(readCard(a, 'c2')?.text);
    expect(editCard(a, 'gone', 'x')).toBe(false);
    expect(getCardText(a, 'gone')).toBeNull();
  });

  it('moves a card within its prompt and to another one, after that prompt’s last card by default', () => {
    const doc = docWithCards();
    expect(moveCard(doc, 'c2', { order: 0.5 })).toBe(true);
    expect(readCards(doc).slowed.map((card) => card.id)).toEqual(['c2', 'c1']);
    expect(moveCard(doc, 'c1', { prompt: 'helped' })).toBe(true);
    expect(readCards(doc).helped.map((card) => card.id)).toEqual(['c3', 'c1']);
    expect(readCard(doc, 'c1')?.order).toBe(2);
    expect(moveCard(doc, 'gone', { order: 1 })).toBe(false);
  });

  it('deletes a card once', () => {
    const doc = docWithCards();
    expect(deleteCard(doc, 'c1')).toBe(true);
    expect(deleteCard(doc, 'c1')).toBe(false);
    expect(readCards(doc).slowed.map((card) => card.id)).toEqual(['c2']);
  });

  it('leaves out cards under a prompt it does not know, and reads mistyped fields as empty', () => {
    const doc = docWithCards();
    const record = getCardsMap(doc).get('c1') as Y.Map<unknown>;
    record.set(CardField.prompt, 'future-prompt');
    const other = getCardsMap(doc).get('c2') as Y.Map<unknown>;
    other.set(CardField.text, 42);
    other.set(CardField.order, 'first');
    expect(readCards(doc).slowed).toEqual([expect.objectContaining({ id: 'c2', text: '', order: 0 })]);
  });
});
