import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docVersion } from './docVersion.ts';

describe('docVersion', () => {
  it('changes with each transaction after the first call, and only then', () => {
    const doc = new Y.Doc();
    const first = docVersion(doc);
    expect(docVersion(doc)).toBe(first);
    doc.getText('notes').insert(0, 'a');
    const second = docVersion(doc);
    expect(second).not.toBe(first);
    doc.transact(() => {
      doc.getText('notes').insert(1, 'b');
      doc.getText('notes').insert(2, 'c');
    });
    expect(docVersion(doc)).toBe(second + 1);
  });
});
