import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCheckOuts } from '../../rounds/checkOuts.ts';
import { readRoundProgress } from '../../rounds/roundProgress.ts';
import { readSchemaVersion, writeSchemaVersion } from '../accessors.ts';
import { DOC_SCHEMA_VERSION, getNotesText } from '../docSchema.ts';
import type { Migration } from './Migration.ts';
import { m001InitialSchema } from './m001InitialSchema.ts';
import { m002IncidentFactTexts } from './m002IncidentFactTexts.ts';
import { m003PrivateCheckOutRatings } from './m003PrivateCheckOutRatings.ts';
import { migrateDocument } from './migrateDocument.ts';
import { migrations } from './migrations.ts';

describe('the migration list', () => {
  it('is complete and in order, ending at DOC_SCHEMA_VERSION', () => {
    expect(migrations.map((m) => m.version)).toEqual(Array.from({ length: DOC_SCHEMA_VERSION }, (_, i) => i + 1));
  });
});

describe('m001InitialSchema', () => {
  it('stamps version 1 on an unversioned document and keeps its content', () => {
    const before = new Y.Doc();
    getNotesText(before).insert(0, 'old notes');
    expect(readSchemaVersion(before)).toBe(0);
    const result = migrateDocument(before, [m001InitialSchema], 1);
    expect(result).toEqual({ from: 0, to: 1 });
    expect(readSchemaVersion(before)).toBe(1);
    expect(getNotesText(before).toString()).toBe('old notes');
  });
});

describe('m002IncidentFactTexts', () => {
  it('creates the three fact texts once, keeping any plain text already there', () => {
    const before = new Y.Doc();
    writeSchemaVersion(before, 1);
    before.getMap('facts').set('impact', 'Checkout down for 38 minutes');
    migrateDocument(before, [m002IncidentFactTexts], 2);
    const facts = before.getMap('facts');
    for (const field of ['howWeBecameAware', 'impact', 'howItWasSolved'])
      expect(facts.get(field)).toBeInstanceOf(Y.Text);
    expect(String(facts.get('impact'))).toBe('Checkout down for 38 minutes');
    expect(readSchemaVersion(before)).toBe(2);
  });
});

describe('m003PrivateCheckOutRatings', () => {
  it('adds the ratings up and takes each one away from its name, keeping the notes', () => {
    const before = new Y.Doc();
    writeSchemaVersion(before, 2);
    const checkOuts = before.getMap('checkOuts');
    checkOuts.set('p-ana', { participantId: 'p-ana', name: 'Ana', note: 'Lighter', worth: 4, at: 1 });
    checkOuts.set('p-ben', { participantId: 'p-ben', name: 'Ben', note: '', worth: 4, at: 2 });
    checkOuts.set('p-jo', { participantId: 'p-jo', name: 'Jo', note: 'Tired', worth: null, at: 3 });
    checkOuts.set('p-sam', { participantId: 'p-sam', name: 'Sam', note: 'Good', worth: 2, at: 4 });
    migrateDocument(before, [m003PrivateCheckOutRatings], 3);

    expect(readRoundProgress(before).worth).toEqual([0, 1, 0, 2, 0]);
    expect(JSON.stringify(checkOuts.toJSON())).not.toContain('worth');
    expect(readCheckOuts(before).map(({ name, note, rated }) => ({ name, note, rated }))).toEqual([
      { name: 'Ana', note: 'Lighter', rated: true },
      { name: 'Ben', note: '', rated: true },
      { name: 'Jo', note: 'Tired', rated: false },
      { name: 'Sam', note: 'Good', rated: true },
    ]);
    expect(readSchemaVersion(before)).toBe(3);
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
    writeSchemaVersion(doc, 1);
    expect(migrateDocument(doc, list, 3)).toEqual({ from: 1, to: 3 });
    expect(ran).toEqual([2, 3]);
    expect(readSchemaVersion(doc)).toBe(3);
  });

  it('leaves a current or newer document untouched', () => {
    const doc = new Y.Doc();
    writeSchemaVersion(doc, DOC_SCHEMA_VERSION + 1);
    let updates = 0;
    doc.on('update', () => updates++);
    expect(migrateDocument(doc)).toEqual({ from: DOC_SCHEMA_VERSION + 1, to: DOC_SCHEMA_VERSION + 1 });
    expect(updates).toBe(0);
  });
});
