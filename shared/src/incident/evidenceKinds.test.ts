import { describe, expect, it } from 'vitest';
import { EVIDENCE_KINDS, evidenceKindLabels, isEvidenceKind } from './evidenceKinds.ts';

describe('evidence kinds', () => {
  it('covers logs, merge requests, CI runs, chat messages, metrics and documents, each with a label', () => {
    expect(EVIDENCE_KINDS).toEqual(['log', 'merge-request', 'ci-run', 'chat-message', 'metric', 'document']);
    for (const kind of EVIDENCE_KINDS) expect(evidenceKindLabels[kind]).toMatch(/\S/);
  });

  it('tells kinds from other values', () => {
    expect(isEvidenceKind('ci-run')).toBe(true);
    expect(isEvidenceKind('screenshot')).toBe(false);
    expect(isEvidenceKind(undefined)).toBe(false);
  });
});
