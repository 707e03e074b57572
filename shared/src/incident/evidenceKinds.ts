/** What an evidence link points at. */
export const EvidenceKind = {
  log: 'log',
  mergeRequest: 'merge-request',
  ciRun: 'ci-run',
  chatMessage: 'chat-message',
  metric: 'metric',
  document: 'document',
} as const;

export type EvidenceKind = (typeof EvidenceKind)[keyof typeof EvidenceKind];

/** Every evidence kind, in the order a picker shows them. */
export const EVIDENCE_KINDS: readonly EvidenceKind[] = Object.values(EvidenceKind);

/** Plain-English names of the evidence kinds. */
export const evidenceKindLabels: Record<EvidenceKind, string> = {
  log: 'Log',
  'merge-request': 'Merge / pull request',
  'ci-run': 'CI run',
  'chat-message': 'Chat message',
  metric: 'Metric / dashboard',
  document: 'Document',
};

/** Whether `value` is one of EVIDENCE_KINDS. */
export function isEvidenceKind(value: unknown): value is EvidenceKind {
  return typeof value === 'string' && (EVIDENCE_KINDS as readonly string[]).includes(value);
}
