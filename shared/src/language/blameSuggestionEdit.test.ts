import { describe, expect, it } from 'vitest';
import { applyTextEdit, blameSuggestionEdit } from './blameSuggestionEdit.ts';
import { checkBlamelessLanguage } from './checkBlamelessLanguage.ts';

function applyFirst(text: string): string {
  const [finding] = checkBlamelessLanguage(text);
  if (finding === undefined) throw new Error(`no finding in: ${text}`);
  return applyTextEdit(text, blameSuggestionEdit(text, finding));
}

describe('blameSuggestionEdit', () => {
  it('turns the sentence into the suggested question', () => {
    expect(applyFirst('Bob should have checked the config.')).toBe(
      'What made checking the config hard or easy to skip?',
    );
  });

  it('keeps the sentences around the one it rewrites', () => {
    expect(applyFirst('The deploy went out at 14:02. Sam forgot to renew the certificate. Pages followed.')).toBe(
      'The deploy went out at 14:02. What did the system allow here, and what made the action look reasonable at the time? Pages followed.',
    );
    expect(applyFirst('First line\nRoot cause: human error\nThird line')).toBe(
      'First line\nWhich part of the process let a single slip reach production?\nThird line',
    );
  });

  it('takes out a word that only judges, and keeps the sentence readable', () => {
    expect(applyFirst('Obviously the flag was wrong.')).toBe('The flag was wrong.');
    expect(applyFirst('Obviously, the flag was wrong.')).toBe('The flag was wrong.');
    expect(applyFirst('The flag was obviously wrong.')).toBe('The flag was wrong.');
    expect(applyFirst('It failed. Obviously the flag was wrong.')).toBe('It failed. The flag was wrong.');
  });

  it('leaves the text free of the finding it applied', () => {
    for (const text of [
      'It was Anna’s fault, and the pager was silent.',
      'The review was sloppy.',
      'If only we had waited.',
      'The on-call engineer ignored the alert. Then the queue filled up.',
    ]) {
      const before = checkBlamelessLanguage(text).length;
      const after = checkBlamelessLanguage(applyFirst(text)).length;
      expect(after).toBeLessThan(before);
    }
  });
});
