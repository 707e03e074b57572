import { toFullTextQuery, toRelatedQuery } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import { parseFullTextQuery } from './parseFullTextQuery.ts';

describe('parseFullTextQuery', () => {
  it('reads a typed search back as prefix terms, all required', () => {
    const match = toFullTextQuery('Database failover, "quoted" & (grouped) -negated:*');
    expect(parseFullTextQuery(match ?? '')).toEqual({
      terms: [
        { word: 'database', prefix: true },
        { word: 'failover', prefix: true },
        { word: 'quoted', prefix: true },
        { word: 'grouped', prefix: true },
        { word: 'negated', prefix: true },
      ],
      anyTerm: false,
    });
  });

  it('reads a related query back as whole words, any of which may match', () => {
    const match = toRelatedQuery('Payments outage after the certificate expired');
    expect(parseFullTextQuery(match ?? '')).toEqual({
      terms: [
        { word: 'payments', prefix: false },
        { word: 'certificate', prefix: false },
        { word: 'expired', prefix: false },
      ],
      anyTerm: true,
    });
  });

  it('keeps letters of any script and accents as they are', () => {
    expect(parseFullTextQuery(toFullTextQuery('Café résumé') ?? '').terms).toEqual([
      { word: 'café', prefix: true },
      { word: 'résumé', prefix: true },
    ]);
  });

  it('treats a doubled quote inside a term as a quote, and ignores anything outside quotes', () => {
    expect(parseFullTextQuery('NOT "a""b"* NEAR(x) & "c"')).toEqual({
      terms: [
        { word: 'a"b', prefix: true },
        { word: 'c', prefix: false },
      ],
      anyTerm: false,
    });
  });

  it('finds no terms in an empty query', () => {
    expect(parseFullTextQuery('')).toEqual({ terms: [], anyTerm: false });
    expect(parseFullTextQuery('""*')).toEqual({ terms: [], anyTerm: false });
  });
});
