import { describe, expect, it } from 'vitest';
import { readMyVotes } from './readMyVotes.ts';

describe('readMyVotes', () => {
  it('reads a well-formed reply', () => {
    const mine = { votesPerPerson: 3, used: 2, remaining: 1, cards: { a: 1, b: 1 } };
    expect(readMyVotes(mine)).toEqual(mine);
  });

  it('drops ballot entries that are not positive whole numbers', () => {
    expect(readMyVotes({ votesPerPerson: 3, used: 1, remaining: 2, cards: { a: 1, b: 0, c: -1, d: 'x' } })).toEqual({
      votesPerPerson: 3,
      used: 1,
      remaining: 2,
      cards: { a: 1 },
    });
  });

  it('refuses anything else', () => {
    expect(readMyVotes(null)).toBeNull();
    expect(readMyVotes({ error: 'nope' })).toBeNull();
    expect(readMyVotes({ votesPerPerson: 3, used: 0, remaining: 3, cards: [] })).toBeNull();
    expect(readMyVotes({ votesPerPerson: 1.5, used: 0, remaining: 3, cards: {} })).toBeNull();
  });
});
