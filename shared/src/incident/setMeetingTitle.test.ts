import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMeetingMeta, writeMeetingMeta } from '../doc/meetingMeta.ts';
import { setMeetingTitle } from './setMeetingTitle.ts';
import { setSeverity } from './setSeverity.ts';

describe('setMeetingTitle and setSeverity', () => {
  it('change only their own field of the meta', () => {
    const doc = new Y.Doc();
    const meta = {
      title: 'Old',
      incidentSummary: 'Summary',
      occurredAt: null,
      severity: 'SEV3' as const,
      createdAt: 7,
    };
    writeMeetingMeta(doc, meta);
    expect(setMeetingTitle(doc, '  Checkout outage  ')).toEqual({ ok: true });
    expect(setSeverity(doc, 'SEV1')).toEqual({ ok: true });
    expect(readMeetingMeta(doc)).toEqual({ ...meta, title: 'Checkout outage', severity: 'SEV1' });
  });

  it('refuse an empty or overlong title and an unknown severity', () => {
    const doc = new Y.Doc();
    expect(setMeetingTitle(doc, '   ')).toEqual({ ok: false, message: 'The title cannot be empty' });
    expect(setMeetingTitle(doc, 'x'.repeat(201))).toMatchObject({ ok: false });
    expect(setSeverity(doc, 'SEV0' as never)).toMatchObject({ ok: false, message: expect.stringMatching(/SEV1/) });
    expect(readMeetingMeta(doc)).toMatchObject({ title: '', severity: 'SEV3' });
  });
});
