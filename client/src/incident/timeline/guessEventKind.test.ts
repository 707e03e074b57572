import { describe, expect, it } from 'vitest';
import { guessEventKind } from './guessEventKind.ts';

describe('guessEventKind', () => {
  it.each([
    ['deploy started', 'action'],
    ['Rolled back to v2.14.3', 'action'],
    ['Alert: checkout error rate above 20%', 'detection'],
    ['On-call engineer paged', 'detection'],
    ['Posted an update on the status page', 'communication'],
    ['Found the connection pool still pointing at the old primary', 'diagnosis'],
    ['Checkout requests failing with 503', 'impact'],
    ['Incident resolved, error rate back to normal', 'resolution'],
    ['Coffee', 'other'],
  ])('“%s” is %s', (line, kind) => {
    expect(guessEventKind(line)).toBe(kind);
  });
});
