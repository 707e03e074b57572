import { describe, expect, it } from 'vitest';
import { initialsOf } from './initialsOf.ts';

describe('initialsOf', () => {
  it.each([
    ['Priya Raman', 'PR'],
    ['sam', 'S'],
    ['  Ana  María  López ', 'AL'],
    ['Émile Zola', 'ÉZ'],
    ['🔥 Fire', '🔥F'],
    ['', '?'],
    ['   ', '?'],
  ])('%j → %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});
