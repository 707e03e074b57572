import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readNotes, readSchemaVersion, replaceNotes, writeSchemaVersion } from './accessors.ts';

describe('schema version', () => {
  it('is 0 for a new document and reads back what was written', () => {
    const doc = new Y.Doc();
    expect(readSchemaVersion(doc)).toBe(0);
    writeSchemaVersion(doc, 3);
    expect(readSchemaVersion(doc)).toBe(3);
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
