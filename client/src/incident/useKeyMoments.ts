import { deriveKeyMoments, type IncidentFacts, type KeyMoments, type TimelineEvent } from '@debrief/shared';
import { useMemo } from 'react';

/** The key moments, worked out again only when the four incident times or the timeline change. */
export function useKeyMoments(facts: IncidentFacts, events: readonly TimelineEvent[]): KeyMoments {
  const { started, detected, mitigated, resolved } = facts;
  const momentsKey = JSON.stringify([started, detected, mitigated, resolved]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the four times are compared by value through momentsKey
  return useMemo(() => deriveKeyMoments({ started, detected, mitigated, resolved }, events), [momentsKey, events]);
}
