import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseDocName } from './docSchema.ts';
import { readMeetingMeta, writeMeetingMeta } from './meetingMeta.ts';

describe('meeting meta', () => {
  it('round-trips and falls back to defaults', () => {
    const doc = new Y.Doc();
    expect(readMeetingMeta(doc)).toEqual({
      title: '',
      incidentSummary: '',
      occurredAt: null,
      severity: 'SEV3',
      createdAt: 0,
    });
    const meta = {
      title: 'Checkout outage',
      incidentSummary: 'Payments failed for 40 minutes',
      occurredAt: '2026-11-20T14:03:00Z',
      severity: 'SEV1' as const,
      createdAt: 1234,
    };
    writeMeetingMeta(doc, meta);
    expect(readMeetingMeta(doc)).toEqual(meta);
  });
});

describe('parseDocName', () => {
  it('tells content from control documents', () => {
    expect(parseDocName('abcdEFGH1234')).toEqual({ meetingId: 'abcdEFGH1234', kind: 'content' });
    expect(parseDocName('abcdEFGH1234:control')).toEqual({ meetingId: 'abcdEFGH1234', kind: 'control' });
  });

  it('refuses anything else', () => {
    for (const name of ['', 'short', 'abcdEFGH1234:other', '../etc/passwd', 'abcdEFGH1234:control:x']) {
      expect(parseDocName(name)).toBeNull();
    }
  });
});
