import { stageLabels } from '@debrief/shared';
import type { PresenceState } from './presenceState.ts';

/** "Timeline · editing Meeting notes": which stage a person looks at and what they are typing into. */
export function describeWhereAbouts(person: Pick<PresenceState, 'stage' | 'focus'>): string {
  const stage = stageLabels[person.stage];
  return person.focus ? `${stage} · editing ${person.focus}` : stage;
}
