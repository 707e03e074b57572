import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOC_SCHEMA_VERSION, getNotesText } from '../docSchema.ts';
import type { Migration } from './Migration.ts';
import { m001InitialSchema } from './m001InitialSchema.ts';
import { m002IncidentFactTexts } from './m002IncidentFactTexts.ts';
import { m003PrivateCheckOutRatings } from './m003PrivateCheckOutRatings.ts';
import { m004ServerFactsOutOfContent } from './m004ServerFactsOutOfContent.ts';
import { migrateDocument } from './migrateDocument.ts';
import { migrations } from './migrations.ts';

describe('the migration list', () => {
  it('is complete and in order, ending at DOC_SCHEMA_VERSION', () => {
    expect(migrations.map((m) => m.version)).toEqual(Array.from({ length: DOC_SCHEMA_VERSION }, (_, i) => i + 1));
  });
});

describe('m001InitialSchema', () => {
  it('takes an unversioned document to version 1 and keeps its content', () => {
    const before = new Y.Doc();
    getNotesText(before).insert(0, 'old notes');
    const result = migrateDocument(before, 0, [m001InitialSchema], 1);
    expect(result).toEqual({ from: 0, to: 1 });
    expect(getNotesText(before).toString()).toBe('old notes');
  });
});

describe('m002IncidentFactTexts', () => {
  it('creates the three fact texts once, keeping any plain text already there', () => {
    const before = new Y.Doc();
    before.getMap('facts').set('impact', 'Checkout down for 38 minutes');
    migrateDocument(before, 1, [m002IncidentFactTexts], 2);
    const facts = before.getMap('facts');
    for (const field of ['howWeBecameAware', 'impact', 'howItWasSolved'])
      expect(facts.get(field)).toBeInstanceOf(Y.Text);
    expect(String(facts.get('impact'))).toBe('Checkout down for 38 minutes');
  });
});

describe('m003PrivateCheckOutRatings', () => {
  it('adds the ratings up and takes each one away from its name, keeping the notes', () => {
    const before = new Y.Doc();
    const checkOuts = before.getMap('checkOuts');
    checkOuts.set('p-ana', { participantId: 'p-ana', name: 'Ana', note: 'Lighter', worth: 4, at: 1 });
    checkOuts.set('p-ben', { participantId: 'p-ben', name: 'Ben', note: '', worth: 4, at: 2 });
    checkOuts.set('p-jo', { participantId: 'p-jo', name: 'Jo', note: 'Tired', worth: null, at: 3 });
    checkOuts.set('p-sam', { participantId: 'p-sam', name: 'Sam', note: 'Good', worth: 2, at: 4 });
    migrateDocument(before, 2, [m003PrivateCheckOutRatings], 3);

    expect(before.getMap('roundProgress').get('worth')).toEqual([0, 1, 0, 2, 0]);
    expect(JSON.stringify(checkOuts.toJSON())).not.toContain('worth');
    const entries = [...checkOuts.values()] as { name: string; note: string; rated: boolean }[];
    expect(entries.map(({ name, note, rated }) => ({ name, note, rated }))).toEqual([
      { name: 'Ana', note: 'Lighter', rated: true },
      { name: 'Ben', note: '', rated: true },
      { name: 'Jo', note: 'Tired', rated: false },
      { name: 'Sam', note: 'Good', rated: true },
    ]);
  });
});

describe('m004ServerFactsOutOfContent', () => {
  it('removes tallies, rounds and the schema version from the content, and keeps the content', () => {
    const before = new Y.Doc();
    before.getMap('meta').set('schemaVersion', 3);
    before.getMap('meta').set('title', 'Checkout outage');
    getNotesText(before).insert(0, 'notes stay');
    before.getMap('cards').set('c1', new Y.Map());
    before.getMap('votes').set('c1', 1_000_000);
    before.getMap('roundProgress').set('voters', 99);
    before.getMap('roundProgress').set('worth', [1e6, 0, 0, 0, 0]);
    before.getMap('checkIns').set('p-ana', { participantId: 'p-ana', name: 'Ana', note: 'Tired', at: 1 });
    before.getMap('checkOuts').set('p-ana', { participantId: 'p-ana', name: 'Ana', note: 'Good', at: 2 });
    migrateDocument(before, 3, [m004ServerFactsOutOfContent], 4);

    for (const root of ['votes', 'roundProgress', 'checkIns', 'checkOuts']) expect(before.getMap(root).size).toBe(0);
    expect(before.getMap('meta').toJSON()).toEqual({ title: 'Checkout outage' });
    expect(getNotesText(before).toString()).toBe('notes stay');
    expect(before.getMap('cards').has('c1')).toBe(true);
  });
});

describe('migrateDocument', () => {
  it('runs only the migrations past the stored version, in order', () => {
    const ran: number[] = [];
    const list: Migration[] = [1, 2, 3].map((version) => ({
      version,
      description: `step ${version}`,
      migrate: () => ran.push(version),
    }));
    const doc = new Y.Doc();
    expect(migrateDocument(doc, 1, list, 3)).toEqual({ from: 1, to: 3 });
    expect(ran).toEqual([2, 3]);
  });

  it('leaves a current or newer document untouched', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => updates++);
    expect(migrateDocument(doc, DOC_SCHEMA_VERSION + 1)).toEqual({
      from: DOC_SCHEMA_VERSION + 1,
      to: DOC_SCHEMA_VERSION + 1,
    });
    expect(updates).toBe(0);
  });
});
