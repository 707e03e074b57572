import type { KeyMoment, KeyMoments } from '@debrief/shared';

/** The key moments of an incident, in the order they happen. */
export const KEY_MOMENT_NAMES = ['started', 'aware', 'mitigated', 'resolved'] as const;

export type KeyMomentName = (typeof KEY_MOMENT_NAMES)[number];

/** How the timeline and the strip name each key moment. */
export const keyMomentLabels: Record<KeyMomentName, string> = {
  started: 'Started',
  aware: 'We became aware',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
};

/** The key moments that are known, in order, with their names. */
export function listKeyMoments(moments: KeyMoments): { name: KeyMomentName; moment: KeyMoment }[] {
  const known: { name: KeyMomentName; moment: KeyMoment }[] = [];
  for (const name of KEY_MOMENT_NAMES) {
    const moment = moments[name];
    if (moment) known.push({ name, moment });
  }
  return known;
}
