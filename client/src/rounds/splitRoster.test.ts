import { describe, expect, it } from 'vitest';
import { splitRoster } from './splitRoster.ts';

const person = (id: string, name: string, isSelf = false) => ({ id, name, color: '#2458c6', isSelf });

describe('splitRoster', () => {
  it('splits the people here into who did the round and who has not', () => {
    const present = [person('a', 'Ana', true), person('b', 'Ben'), person('c', 'Cleo')];
    const { done, waiting } = splitRoster(present, [{ participantId: 'b', name: 'Ben' }], () => '#000000');
    expect(done.map((p) => p.name)).toEqual(['Ben']);
    expect(waiting.map((p) => p.name)).toEqual(['Ana', 'Cleo']);
  });

  it('keeps people who did the round and left, with the name they gave and their colour', () => {
    const { done, waiting } = splitRoster([], [{ participantId: 'x', name: 'Xu' }], () => '#0b7a5a');
    expect(done).toEqual([{ id: 'x', name: 'Xu', color: '#0b7a5a', isSelf: false }]);
    expect(waiting).toEqual([]);
  });
});
