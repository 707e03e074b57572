/** The meeting's agenda, in order. `closed` is the read-only record at the end. */
export const STAGES = ['prepare', 'check-in', 'timeline', 'lessons', 'actions', 'check-out', 'closed'] as const;

export type Stage = (typeof STAGES)[number];

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

export const stageLabels: Record<Stage, string> = {
  prepare: 'Prepare',
  'check-in': 'Check-in',
  timeline: 'Timeline',
  lessons: 'Lessons learned',
  actions: 'Actions',
  'check-out': 'Check-out',
  closed: 'Closed',
};

/** The stage after `stage`, or null after `closed`. */
export function nextStage(stage: Stage): Stage | null {
  return STAGES[STAGES.indexOf(stage) + 1] ?? null;
}

/** The stage before `stage`, or null before `prepare`. */
export function previousStage(stage: Stage): Stage | null {
  return STAGES[STAGES.indexOf(stage) - 1] ?? null;
}
