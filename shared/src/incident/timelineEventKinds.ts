/** What a timeline event was. */
export const TimelineEventKind = {
  detection: 'detection',
  diagnosis: 'diagnosis',
  action: 'action',
  communication: 'communication',
  impact: 'impact',
  resolution: 'resolution',
  other: 'other',
} as const;

export type TimelineEventKind = (typeof TimelineEventKind)[keyof typeof TimelineEventKind];

/** Every timeline event kind, in the order a picker shows them. */
export const TIMELINE_EVENT_KINDS: readonly TimelineEventKind[] = Object.values(TimelineEventKind);

/** Plain-English names of the timeline event kinds. */
export const timelineEventKindLabels: Record<TimelineEventKind, string> = {
  detection: 'Detection',
  diagnosis: 'Diagnosis',
  action: 'Action',
  communication: 'Communication',
  impact: 'Impact',
  resolution: 'Resolution',
  other: 'Other',
};

/** Whether `value` is one of TIMELINE_EVENT_KINDS. */
export function isTimelineEventKind(value: unknown): value is TimelineEventKind {
  return typeof value === 'string' && (TIMELINE_EVENT_KINDS as readonly string[]).includes(value);
}
