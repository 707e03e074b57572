import { describe, expect, it } from 'vitest';
import { type CreateMeetingInput, isDateTime, parseCreateMeetingInput, SEVERITIES, severityLabels } from './httpApi.ts';

const BODY_MESSAGE = 'The body must be a JSON object such as {"title":"Checkout outage"}';
const TITLE_REQUIRED = '"title" is required';
const TITLE_TOO_LONG = '"title" must be at most 200 characters';
const INCIDENT_MESSAGE = '"incident" must be an object';
const SUMMARY_MESSAGE = '"incident.summary" must be text of at most 280 characters';
const OCCURRED_AT_MESSAGE = '"incident.occurredAt" must be a date and time such as 2026-11-20T14:03:00Z';
const SEVERITY_MESSAGE = '"incident.severity" must be one of SEV1, SEV2, SEV3, SEV4, SEV5';

const defaults = { summary: '', occurredAt: null, severity: 'SEV3' } as const;

describe('severities', () => {
  it('run from SEV1 to SEV5, each with a label', () => {
    expect(SEVERITIES).toEqual(['SEV1', 'SEV2', 'SEV3', 'SEV4', 'SEV5']);
    expect(SEVERITIES.map((severity) => severityLabels[severity])).toEqual([
      'SEV1 — critical',
      'SEV2 — major',
      'SEV3 — moderate',
      'SEV4 — minor',
      'SEV5 — cosmetic',
    ]);
  });
});

describe('parseCreateMeetingInput accepts', () => {
  it.each<[string, unknown, CreateMeetingInput]>([
    ['a title alone', { title: 'Checkout outage' }, { title: 'Checkout outage', incident: defaults }],
    ['a title, trimmed', { title: '  Checkout outage \n' }, { title: 'Checkout outage', incident: defaults }],
    ['a null incident', { title: 'T', incident: null }, { title: 'T', incident: defaults }],
    ['an empty incident', { title: 'T', incident: {} }, { title: 'T', incident: defaults }],
    [
      'a full incident',
      {
        title: 'Checkout outage',
        incident: { summary: ' Payments failed for 40 minutes ', occurredAt: '2026-11-20T14:03:00Z', severity: 'SEV1' },
      },
      {
        title: 'Checkout outage',
        incident: { summary: 'Payments failed for 40 minutes', occurredAt: '2026-11-20T14:03:00Z', severity: 'SEV1' },
      },
    ],
    [
      'a null occurredAt',
      { title: 'T', incident: { occurredAt: null, severity: 'SEV5' } },
      { title: 'T', incident: { ...defaults, severity: 'SEV5' } },
    ],
    [
      'an occurredAt with an offset',
      { title: 'T', incident: { occurredAt: '2026-11-20T15:03:00+01:00' } },
      { title: 'T', incident: { ...defaults, occurredAt: '2026-11-20T15:03:00+01:00' } },
    ],
    [
      'a 200-character title and a 280-character summary',
      { title: 'x'.repeat(200), incident: { summary: 'y'.repeat(280) } },
      { title: 'x'.repeat(200), incident: { ...defaults, summary: 'y'.repeat(280) } },
    ],
    [
      'a title of 200 emoji, counted as characters',
      { title: '🔥'.repeat(200) },
      { title: '🔥'.repeat(200), incident: defaults },
    ],
    [
      'the zone the form was filled in',
      { title: 'T', incident: { occurredAt: '2026-11-20T14:03:00+01:00', timeZone: 'Europe/Berlin' } },
      { title: 'T', incident: { ...defaults, occurredAt: '2026-11-20T14:03:00+01:00', timeZone: 'Europe/Berlin' } },
    ],
    [
      'and ignores fields it does not know',
      { title: 'T', owner: 'someone', incident: { cost: 3 } },
      { title: 'T', incident: defaults },
    ],
  ])('%s', (_case, body, value) => {
    expect(parseCreateMeetingInput(body)).toEqual({ ok: true, value });
  });

  it.each(SEVERITIES)('severity %s', (severity) => {
    expect(parseCreateMeetingInput({ title: 'T', incident: { severity } })).toEqual({
      ok: true,
      value: { title: 'T', incident: { ...defaults, severity } },
    });
  });
});

describe('parseCreateMeetingInput rejects', () => {
  it.each<[string, unknown, string]>([
    ['a null body', null, BODY_MESSAGE],
    ['a missing body', undefined, BODY_MESSAGE],
    ['an array', [{ title: 'T' }], BODY_MESSAGE],
    ['a string', 'Checkout outage', BODY_MESSAGE],
    ['a number', 42, BODY_MESSAGE],
    ['no title', {}, TITLE_REQUIRED],
    ['an empty title', { title: '' }, TITLE_REQUIRED],
    ['a blank title', { title: '  \t\n ' }, TITLE_REQUIRED],
    ['a null title', { title: null }, TITLE_REQUIRED],
    ['a numeric title', { title: 7 }, TITLE_REQUIRED],
    ['a 201-character title', { title: 'x'.repeat(201) }, TITLE_TOO_LONG],
    ['an incident that is an array', { title: 'T', incident: [] }, INCIDENT_MESSAGE],
    ['an incident that is text', { title: 'T', incident: 'it broke' }, INCIDENT_MESSAGE],
    ['a 281-character summary', { title: 'T', incident: { summary: 'y'.repeat(281) } }, SUMMARY_MESSAGE],
    ['a numeric summary', { title: 'T', incident: { summary: 5 } }, SUMMARY_MESSAGE],
    ['a date without a time', { title: 'T', incident: { occurredAt: '2026-11-20' } }, OCCURRED_AT_MESSAGE],
    ['a time without an offset', { title: 'T', incident: { occurredAt: '2026-11-20T14:03:00' } }, OCCURRED_AT_MESSAGE],
    [
      'a day that does not exist',
      { title: 'T', incident: { occurredAt: '2026-02-30T10:00:00Z' } },
      OCCURRED_AT_MESSAGE,
    ],
    ['month 13', { title: 'T', incident: { occurredAt: '2026-13-01T10:00:00Z' } }, OCCURRED_AT_MESSAGE],
    ['hour 24', { title: 'T', incident: { occurredAt: '2026-11-20T24:00:00Z' } }, OCCURRED_AT_MESSAGE],
    ['words', { title: 'T', incident: { occurredAt: 'yesterday at noon' } }, OCCURRED_AT_MESSAGE],
    ['a timestamp number', { title: 'T', incident: { occurredAt: 1_790_000_000_000 } }, OCCURRED_AT_MESSAGE],
    ['an unknown severity', { title: 'T', incident: { severity: 'SEV6' } }, SEVERITY_MESSAGE],
    ['a lowercase severity', { title: 'T', incident: { severity: 'sev1' } }, SEVERITY_MESSAGE],
    ['a severity label', { title: 'T', incident: { severity: 'SEV1 — critical' } }, SEVERITY_MESSAGE],
    ['a null severity', { title: 'T', incident: { severity: null } }, SEVERITY_MESSAGE],
    ['a numeric severity', { title: 'T', incident: { severity: 1 } }, SEVERITY_MESSAGE],
    [
      'an offset instead of a zone',
      { title: 'T', incident: { timeZone: '+01:00' } },
      '"incident.timeZone" must be a time zone such as Europe/Berlin',
    ],
  ])('%s', (_case, body, message) => {
    expect(parseCreateMeetingInput(body)).toEqual({ ok: false, message });
  });

  it('names the title before the incident when both are wrong', () => {
    expect(parseCreateMeetingInput({ incident: { severity: 'SEV9' } })).toEqual({
      ok: false,
      message: TITLE_REQUIRED,
    });
  });
});

describe('isDateTime', () => {
  it.each([
    '2026-11-20T14:03:00Z',
    '2026-11-20T14:03Z',
    '2026-11-20T14:03:00.123Z',
    '2026-11-20T14:03:00.123456789+05:30',
    '2026-11-20T14:03:00-08:00',
    '2024-02-29T00:00:00Z',
    '2000-02-29T00:00:00Z',
    '2026-12-31T23:59:59Z',
  ])('accepts %s', (value) => {
    expect(isDateTime(value)).toBe(true);
  });

  it.each([
    '2023-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-00-10T00:00:00Z',
    '2026-11-00T00:00:00Z',
    '2026-11-20T14:60:00Z',
    '2026-11-20T14:03:60Z',
    '2026-11-20T14:03:00+24:00',
    '2026-11-20 14:03:00Z',
    '2026-11-20t14:03:00z',
    '2026-11-20T14:03:00+0100',
    ' 2026-11-20T14:03:00Z',
    '20261120T140300Z',
    '',
  ])('rejects %j', (value) => {
    expect(isDateTime(value)).toBe(false);
  });
});
