import { describe, expect, it } from 'vitest';
import { describeCreateMeetingError } from './describeCreateMeetingError.ts';

describe('describeCreateMeetingError', () => {
  it.each([
    ['"title" is required', 'Title is required.', 'title'],
    ['"title" must be at most 200 characters', 'Title must be at most 200 characters.', 'title'],
    [
      '"incident.summary" must be text of at most 280 characters',
      'Summary must be text of at most 280 characters.',
      'incident.summary',
    ],
    [
      '"incident.occurredAt" must be a date and time such as 2026-11-20T14:03:00Z',
      'Enter when it happened as a date and a time.',
      'incident.occurredAt',
    ],
    [
      '"incident.severity" must be one of SEV1, SEV2, SEV3, SEV4, SEV5',
      'Severity must be one of SEV1, SEV2, SEV3, SEV4, SEV5.',
      'incident.severity',
    ],
  ])('%j', (message, text, field) => {
    expect(describeCreateMeetingError(message)).toEqual({ text, field });
  });

  it('passes other messages through unchanged', () => {
    expect(describeCreateMeetingError('Too many meetings; wait a minute')).toEqual({
      text: 'Too many meetings; wait a minute',
      field: null,
    });
    expect(describeCreateMeetingError('"owner" is odd')).toEqual({ text: '"owner" is odd', field: null });
  });
});
