import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  parseServiceTags,
  splitHighlights,
  toFullTextQuery,
  toRelatedQuery,
} from './libraryEntry.ts';

describe('toFullTextQuery', () => {
  it('keeps only words, each a required prefix, so typed operators cannot reach the search engine', () => {
    expect(toFullTextQuery('replica lag')).toBe('"replica"* "lag"*');
    expect(toFullTextQuery('"db" OR NEAR(x) -y *')).toBe('"db"* "or"* "near"* "x"* "y"*');
    expect(toFullTextQuery('Ünïcode café')).toBe('"ünïcode"* "café"*');
    expect(toFullTextQuery('  *** "" ')).toBeNull();
  });
});

describe('toRelatedQuery', () => {
  it('asks for any of the longer, telling words', () => {
    expect(toRelatedQuery('The database outage after the failover')).toBe('"database" OR "failover"');
    expect(toRelatedQuery('an IO hit')).toBeNull();
  });
});

describe('splitHighlights', () => {
  it('splits marked text into parts and drops stray marks', () => {
    const text = `Pool ${HIGHLIGHT_START}failover${HIGHLIGHT_END} took ${HIGHLIGHT_START}7${HIGHLIGHT_END} min${HIGHLIGHT_END}`;
    expect(splitHighlights(text)).toEqual([
      { text: 'Pool ', match: false },
      { text: 'failover', match: true },
      { text: ' took ', match: false },
      { text: '7', match: true },
      { text: ' min', match: false },
    ]);
    expect(splitHighlights(`open ${HIGHLIGHT_START}never closed`)).toEqual([
      { text: 'open ', match: false },
      { text: 'never closed', match: false },
    ]);
  });
});

describe('parseServiceTags', () => {
  it('tidies tags and refuses what is not a short list of names', () => {
    expect(parseServiceTags([' Payments API ', 'payments-api', 'db', ''])).toEqual({
      ok: true,
      tags: ['payments-api', 'db'],
    });
    expect(parseServiceTags('db').ok).toBe(false);
    expect(parseServiceTags([1]).ok).toBe(false);
    expect(parseServiceTags(['x'.repeat(41)]).ok).toBe(false);
    expect(parseServiceTags(Array.from({ length: 11 }, (_, index) => `s${index}`)).ok).toBe(false);
  });
});
