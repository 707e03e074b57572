import { describe, expect, it } from 'vitest';
import { isStage, nextStage, previousStage, STAGES, stageLabels } from './stages.ts';

describe('STAGES', () => {
  it('walks the agenda in order and ends closed', () => {
    expect(STAGES).toEqual(['prepare', 'check-in', 'timeline', 'lessons', 'actions', 'check-out', 'closed']);
  });

  it('has a plain-English label for every stage', () => {
    expect(STAGES.map((stage) => stageLabels[stage])).toEqual([
      'Prepare',
      'Check-in',
      'Timeline',
      'Lessons learned',
      'Actions',
      'Check-out',
      'Closed',
    ]);
  });
});

describe('isStage', () => {
  it.each(STAGES)('accepts %s', (stage) => {
    expect(isStage(stage)).toBe(true);
  });

  it.each([['Prepare'], ['lesson'], [''], [null], [undefined], [3], [{}], [['prepare']], ['toString']])(
    'rejects %j',
    (value) => {
      expect(isStage(value)).toBe(false);
    },
  );
});

describe('nextStage and previousStage', () => {
  it.each([
    ['prepare', 'check-in'],
    ['check-in', 'timeline'],
    ['timeline', 'lessons'],
    ['lessons', 'actions'],
    ['actions', 'check-out'],
    ['check-out', 'closed'],
    ['closed', null],
  ] as const)('after %s comes %s', (stage, next) => {
    expect(nextStage(stage)).toBe(next);
  });

  it.each([
    ['prepare', null],
    ['check-in', 'prepare'],
    ['timeline', 'check-in'],
    ['lessons', 'timeline'],
    ['actions', 'lessons'],
    ['check-out', 'actions'],
    ['closed', 'check-out'],
  ] as const)('before %s comes %s', (stage, previous) => {
    expect(previousStage(stage)).toBe(previous);
  });
});
