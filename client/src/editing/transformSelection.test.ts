import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type TextDelta, transformIndex } from './transformSelection.ts';

/** Applies a remote edit to a copy and returns the delta the local text observes. */
function observeRemoteEdit(initial: string, edit: (text: Y.Text) => void): TextDelta {
  const local = new Y.Doc();
  local.getText('t').insert(0, initial);
  const remote = new Y.Doc();
  Y.applyUpdate(remote, Y.encodeStateAsUpdate(local));
  edit(remote.getText('t'));
  let delta: TextDelta = [];
  local.getText('t').observe((event) => {
    delta = event.delta as TextDelta;
  });
  Y.applyUpdate(local, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(local)));
  return delta;
}

describe('transformIndex', () => {
  it('moves the caret right when text is inserted before it', () => {
    const delta = observeRemoteEdit('hello world', (t) => t.insert(0, 'Oh, '));
    expect(transformIndex(5, delta)).toBe(9);
  });

  it('keeps the caret when text is inserted after it or at it', () => {
    expect(
      transformIndex(
        5,
        observeRemoteEdit('hello world', (t) => t.insert(8, 'XX')),
      ),
    ).toBe(5);
    expect(
      transformIndex(
        5,
        observeRemoteEdit('hello world', (t) => t.insert(5, 'XX')),
      ),
    ).toBe(5);
  });

  it('moves the caret left when text before it is deleted, and to the edge of a deletion around it', () => {
    expect(
      transformIndex(
        8,
        observeRemoteEdit('hello world', (t) => t.delete(0, 6)),
      ),
    ).toBe(2);
    expect(
      transformIndex(
        4,
        observeRemoteEdit('hello world', (t) => t.delete(2, 5)),
      ),
    ).toBe(2);
  });
});
