import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LAST_VERSION_KEPT_IN_DOCUMENT, readLegacySchemaVersion, readNotes, replaceNotes } from './accessors.ts';

describe('readLegacySchemaVersion', () => {
  it('is 0 for a document without one, and believes no version past the last one documents kept', () => {
    const doc = new Y.Doc();
    expect(readLegacySchemaVersion(doc)).toBe(0);
    doc.getMap('meta').set('schemaVersion', 2);
    expect(readLegacySchemaVersion(doc)).toBe(2);
    // A participant could write any number there, for example one that would stop every migration.
    doc.getMap('meta').set('schemaVersion', 1e9);
    expect(readLegacySchemaVersion(doc)).toBe(LAST_VERSION_KEPT_IN_DOCUMENT);
    doc.getMap('meta').set('schemaVersion', 'x');
    expect(readLegacySchemaVersion(doc)).toBe(0);
  });
});

describe('replaceNotes', () => {
  it('writes the new text', () => {
    const doc = new Y.Doc();
    replaceNotes(doc, 'hello');
    replaceNotes(doc, 'hello world');
    replaceNotes(doc, 'help world');
    expect(readNotes(doc)).toBe('help world');
  });

  it('edits only the changed span, so concurrent edits at both ends merge', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    replaceNotes(a, 'middle');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    replaceNotes(a, 'start middle');
    replaceNotes(b, 'middle end');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readNotes(a)).toBe('start middle end');
    expect(readNotes(b)).toBe('start middle end');
  });

  it('makes no change when the text is the same', () => {
    const doc = new Y.Doc();
    replaceNotes(doc, 'same');
    let updates = 0;
    doc.on('update', () => updates++);
    replaceNotes(doc, 'same');
    expect(updates).toBe(0);
  });
});
