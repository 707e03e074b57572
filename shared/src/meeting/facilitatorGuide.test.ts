import { describe, expect, it } from 'vitest';
import { checkBlamelessLanguage } from '../language/checkBlamelessLanguage.ts';
import { facilitatorGuide } from './facilitatorGuide.ts';
import { STAGES } from './stages.ts';

describe('facilitatorGuide', () => {
  it('guides every stage, and only the stages', () => {
    expect(Object.keys(facilitatorGuide).sort()).toEqual([...STAGES].sort());
  });

  it.each(STAGES)('gives %s a purpose, at least three prompts and two traps', (stage) => {
    const guide = facilitatorGuide[stage];
    expect(guide.purpose.trim()).not.toBe('');
    expect(guide.prompts.length).toBeGreaterThanOrEqual(3);
    expect(guide.traps.length).toBeGreaterThanOrEqual(2);
    for (const line of [...guide.prompts, ...guide.traps]) expect(line.trim()).not.toBe('');
  });

  it.each(STAGES)('asks blameless questions in %s', (stage) => {
    for (const prompt of facilitatorGuide[stage].prompts) {
      expect({ prompt, findings: checkBlamelessLanguage(prompt) }).toEqual({ prompt, findings: [] });
    }
  });
});
