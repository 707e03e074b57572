import { describe, expect, it } from 'vitest';
import { shortText } from './shortText.ts';

describe('shortText', () => {
  it('keeps short text and folds whitespace and line breaks', () => {
    expect(shortText('  Runbook had\n no failover   step ')).toBe('Runbook had no failover step');
  });

  it('cuts long text on a character boundary with an ellipsis', () => {
    const cut = shortText('The connection pool kept pointing at the old primary', 20);
    expect(cut).toBe('The connection pool…');
    expect([...cut]).toHaveLength(20);
    expect(shortText('😀'.repeat(30), 10)).toBe(`${'😀'.repeat(9)}…`);
  });

  it('names an empty text instead of labelling a button with nothing', () => {
    expect(shortText('   ')).toBe('an empty card');
  });
});
