import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { onDocChange } from './onDocChange.ts';

describe('onDocChange', () => {
  it('tells of each transaction that changed the document, insertions and deletions alike, until stopped', () => {
    const doc = new Y.Doc();
    const text = doc.getText('notes');
    let changes = 0;
    const stop = onDocChange(doc, () => changes++);
    text.insert(0, 'the replica lagged');
    expect(changes).toBe(1);
    doc.transact(() => undefined);
    expect(changes).toBe(1);
    text.delete(0, 4);
    expect(changes).toBe(2);
    const other = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(changes).toBe(2);
    other.getMap('facts').set('severity', 'SEV2');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(changes).toBe(3);
    stop();
    text.insert(0, 'The');
    expect(changes).toBe(3);
  });
});
