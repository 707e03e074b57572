import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { filterAwarenessUpdate } from './filterAwarenessUpdate.ts';

/** An awareness update holding the given states, as a y-websocket client encodes it. */
function encodeStates(states: readonly [clientId: number, state: Record<string, unknown> | null][]): Uint8Array {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState(null);
  for (const [clientId, state] of states) {
    awareness.meta.set(clientId, { clock: clientId * 10, lastUpdated: 0 });
    if (state) awareness.states.set(clientId, state);
  }
  const update = awarenessProtocol.encodeAwarenessUpdate(
    awareness,
    states.map(([clientId]) => clientId),
  );
  awareness.destroy();
  return update;
}

/** What an awareness instance holds after applying `update`. */
function readStates(update: Uint8Array): Map<number, unknown> {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState(null);
  awarenessProtocol.applyAwarenessUpdate(awareness, update, null);
  const states = new Map(awareness.getStates());
  awareness.destroy();
  return states;
}

describe('filterAwarenessUpdate', () => {
  const update = encodeStates([
    [1, { user: { id: 'ana' } }],
    [2, { user: { id: 'ben' } }],
    [3, null],
  ]);

  it('hands back the same bytes when every entry is kept', () => {
    const seen: [number, number, unknown][] = [];
    const kept = filterAwarenessUpdate(update, (clientId, clock, state) => {
      seen.push([clientId, clock, state]);
      return true;
    });
    expect(kept).toBe(update);
    expect(seen).toEqual([
      [1, 10, { user: { id: 'ana' } }],
      [2, 20, { user: { id: 'ben' } }],
      [3, 30, null],
    ]);
  });

  it('writes out only the kept entries, with their clocks', () => {
    const kept = filterAwarenessUpdate(update, (clientId) => clientId === 2);
    const clocks: number[] = [];
    filterAwarenessUpdate(kept as Uint8Array, (_clientId, clock) => {
      clocks.push(clock);
      return true;
    });
    expect(clocks).toEqual([20]);
    expect(kept).not.toBeNull();
    expect(readStates(kept as Uint8Array)).toEqual(new Map([[2, { user: { id: 'ben' } }]]));
    expect(kept).toEqual(encodeStates([[2, { user: { id: 'ben' } }]]));
  });

  it('gives null when nothing is kept', () => {
    expect(filterAwarenessUpdate(update, () => false)).toBeNull();
  });

  it('throws on a truncated update or a state that is not JSON', () => {
    expect(() => filterAwarenessUpdate(update.slice(0, update.length - 3), () => true)).toThrow();
    expect(() => filterAwarenessUpdate(Uint8Array.of(1, 1, 0, 3, 0x7b, 0x7b, 0x7b), () => true)).toThrow();
  });
});
