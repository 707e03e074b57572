import { describe, expect, it } from 'vitest';
import { blamelessCorpus } from './blamelessCorpus.ts';
import { type BlameFinding, checkBlamelessLanguage } from './checkBlamelessLanguage.ts';

// shared/ compiles without DOM or Node types; the test runner provides a console.
declare const console: { log(message: string): void };

function underlined(text: string): { phrase: string; kind: BlameFinding['kind'] }[] {
  return checkBlamelessLanguage(text).map((finding) => ({
    phrase: text.slice(finding.start, finding.end),
    kind: finding.kind,
  }));
}

describe('checkBlamelessLanguage over the labelled corpus', () => {
  it('keeps precision at 0.9 or above and recall at 0.85 or above', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const entry of blamelessCorpus) {
      const flagged = checkBlamelessLanguage(entry.text).length > 0;
      if (flagged && entry.blameful) truePositives++;
      else if (flagged) falsePositives++;
      else if (entry.blameful) falseNegatives++;
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);

    // Repeated so the millisecond clock can resolve a per-sentence figure; reported, never asserted.
    const rounds = 50;
    const startedAt = Date.now();
    for (let round = 0; round < rounds; round++) {
      for (const entry of blamelessCorpus) checkBlamelessLanguage(entry.text);
    }
    const microsPerSentence = ((Date.now() - startedAt) * 1000) / (rounds * blamelessCorpus.length);

    console.log(
      `blameless checker: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}, ${blamelessCorpus.length} sentences, ${microsPerSentence.toFixed(1)} µs per sentence`,
    );
    expect(blamelessCorpus.length).toBeGreaterThanOrEqual(300);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it('is roughly balanced between blameful and blameless sentences', () => {
    const blameful = blamelessCorpus.filter((entry) => entry.blameful).length;
    expect(blameful / blamelessCorpus.length).toBeGreaterThan(0.4);
    expect(blameful / blamelessCorpus.length).toBeLessThan(0.6);
  });

  it('gives every finding a reason and a suggestion', () => {
    for (const entry of blamelessCorpus) {
      for (const finding of checkBlamelessLanguage(entry.text)) {
        expect(finding.why.trim()).not.toBe('');
        expect(finding.suggestion.trim()).not.toBe('');
        expect(finding.end).toBeGreaterThan(finding.start);
      }
    }
  });
});

describe('checkBlamelessLanguage findings', () => {
  it('underlines a person named as the cause', () => {
    expect(underlined('Bob broke prod.')).toEqual([{ phrase: 'Bob broke', kind: 'person-as-cause' }]);
    expect(underlined('It was Anna’s fault.')).toEqual([{ phrase: 'Anna’s fault', kind: 'person-as-cause' }]);
    expect(underlined('The on-call engineer ignored the alert.')).toEqual([
      { phrase: 'The on-call engineer ignored', kind: 'person-as-cause' },
    ]);
    expect(underlined('Sam forgot to renew the certificate.')).toEqual([
      { phrase: 'Sam forgot', kind: 'person-as-cause' },
    ]);
    expect(underlined('It broke because Priya didn’t check the flag.')).toEqual([
      { phrase: 'Priya didn’t check', kind: 'person-as-cause' },
    ]);
  });

  it('underlines a counterfactual about a person and asks about the process', () => {
    const text = 'Bob should have checked the config.';
    const [finding] = checkBlamelessLanguage(text);
    expect(finding?.kind).toBe('counterfactual');
    expect(text.slice(finding?.start, finding?.end)).toBe('should have checked');
    expect(finding?.suggestion).toBe('What made checking the config hard or easy to skip?');

    expect(underlined('Anna failed to update the DNS record.')).toEqual([
      { phrase: 'failed to update', kind: 'counterfactual' },
    ]);
    expect(underlined('If only we had waited.')[0]).toEqual({ phrase: 'If only', kind: 'counterfactual' });
    expect(underlined('Tom could have just rolled back.')).toEqual([
      { phrase: 'could have just rolled', kind: 'counterfactual' },
    ]);
    expect(underlined('It would not have happened if Dave had tested it.')).toEqual([
      { phrase: 'if Dave had tested', kind: 'counterfactual' },
    ]);
  });

  it('underlines judgemental words', () => {
    expect(underlined('The change was sloppy.')).toEqual([{ phrase: 'sloppy', kind: 'judgement' }]);
    expect(underlined('Obviously the flag was wrong.')).toEqual([{ phrase: 'Obviously', kind: 'judgement' }]);
    expect(underlined('He just had to run one command.')).toEqual([{ phrase: 'just had to', kind: 'judgement' }]);
  });

  it('underlines human error offered as a cause', () => {
    const text = 'Root cause: human error.';
    const [finding] = checkBlamelessLanguage(text);
    expect(finding?.kind).toBe('human-error');
    expect(text.slice(finding?.start, finding?.end)).toBe('human error');
    expect(finding?.suggestion).toBe('Which part of the process let a single slip reach production?');
    expect(underlined('Classic PEBKAC.')).toEqual([{ phrase: 'PEBKAC', kind: 'human-error' }]);
    expect(underlined('It was operator error.')).toEqual([{ phrase: 'operator error', kind: 'human-error' }]);
    expect(underlined('Rather than stopping at human error, we looked at the tooling.')).toEqual([]);
  });

  it('ignores quoted speech but keeps offsets right outside it', () => {
    expect(checkBlamelessLanguage('"Bob broke prod," someone wrote.')).toEqual([]);
    expect(checkBlamelessLanguage('The message was “Sam forgot the cert”.')).toEqual([]);
    expect(checkBlamelessLanguage('> It was Anna’s fault, obviously.')).toEqual([]);
    const text = '> Bob broke prod.\nThe review was sloppy.';
    expect(underlined(text)).toEqual([{ phrase: 'sloppy', kind: 'judgement' }]);
  });

  it.each([
    'The deploy should have taken 5 minutes.',
    'The cache should have expired after an hour.',
    'The alert should fire within a minute.',
    'The job failed to start.',
    'Postgres should have failed over to the replica.',
  ])('ignores a system counterfactual: %s', (text) => {
    expect(checkBlamelessLanguage(text)).toEqual([]);
  });

  it.each([
    'Anna restarted the pods at 14:21.',
    'The on-call engineer was paged at 03:10.',
    'We just deployed the new alerting rules.',
    'The logs clearly show the resets starting at 14:02.',
  ])('ignores a neutral sentence: %s', (text) => {
    expect(checkBlamelessLanguage(text)).toEqual([]);
  });
});
