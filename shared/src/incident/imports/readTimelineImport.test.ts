import { describe, expect, it } from 'vitest';
import { parseCsv } from './readCsvTimeline.ts';
import { readTimelineImport } from './readTimelineImport.ts';
import type { ImportFormat, TimelineImport } from './timelineImport.ts';

const options = { timeZone: 'Europe/Berlin', defaultDate: '2026-11-02' };
const readAt = Date.parse('2026-11-02T18:00:00Z');

function read(
  format: ImportFormat,
  content: unknown,
  more: Partial<typeof options> & { columns?: { time: number; text: number } } = {},
): TimelineImport {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  const reading = readTimelineImport(format, text, { ...options, ...more }, readAt);
  if (!reading.ok) throw new Error(reading.message);
  return reading.value;
}

function refusal(format: ImportFormat, content: string): string {
  const reading = readTimelineImport(format, content, options, readAt);
  if (reading.ok) throw new Error('expected a refusal');
  return reading.message;
}

// Two days of an incident channel, as Slack's export writes them (one file per day, merged into one list).
const slackDay1 = [
  {
    type: 'message',
    subtype: 'channel_join',
    user: 'U1',
    text: '<@U1> has joined the channel',
    ts: '1793626800.000100',
  },
  {
    type: 'message',
    user: 'U1',
    user_profile: { real_name: 'Ana Souza', display_name: 'ana' },
    text: 'Checkout is throwing 502s, <@U2> can you look at <https://grafana.example.com/d/checkout|the dashboard>?',
    ts: '1793628120.000200',
  },
  {
    type: 'message',
    user: 'U2',
    user_profile: { real_name: 'Ben Okafor' },
    text: 'Looking. Error rate is 18% &amp; climbing',
    ts: '1793628240.000300',
  },
  { type: 'message', bot_profile: { name: 'PagerDuty' }, text: 'Incident #4521 triggered', ts: '1793628300.000400' },
  { type: 'message', user: 'U2', text: '', ts: '1793628400.000500' },
];
const slackDay2 = [
  {
    type: 'message',
    user: 'U2',
    text: 'Rolled back to v2.14, errors back to baseline <!here>',
    ts: '1793664000.000100',
  },
];

describe('readTimelineImport: Slack', () => {
  it('reads a channel export: author and plain text at each message’s time, channel chatter left out', () => {
    const imported = read('slack', [slackDay1, slackDay2]);
    expect(imported.source).toBe('Slack');
    expect(imported.events.map((event) => [event.at, event.description])).toEqual([
      [
        '2026-11-02T14:02:00.000Z',
        'ana: Checkout is throwing 502s, @Ben Okafor can you look at the dashboard (https://grafana.example.com/d/checkout)?',
      ],
      ['2026-11-02T14:04:00.000Z', 'Ben Okafor: Looking. Error rate is 18% & climbing'],
      ['2026-11-02T14:05:00.000Z', 'PagerDuty: Incident #4521 triggered'],
      ['2026-11-03T00:00:00.000Z', 'Ben Okafor: Rolled back to v2.14, errors back to baseline @here'],
    ]);
    expect(imported.skipped).toEqual([
      { where: 'Message 1', reason: 'A message about the channel, not the incident' },
      { where: 'Message 5', reason: 'It has no text' },
    ]);
  });

  it('reads a thread’s messages as the API returns them', () => {
    const imported = read('slack', { ok: true, messages: slackDay2 });
    expect(imported.events).toHaveLength(1);
  });

  it('refuses what is not a Slack export', () => {
    expect(refusal('slack', '{"hello": 1}')).toBe(
      'A Slack export is a list of messages, or an object with a "messages" list',
    );
    expect(refusal('slack', '[{')).toBe('The file is not valid JSON');
    expect(refusal('slack', '[]')).toBe('The file has no messages');
    expect(refusal('slack', '  ')).toBe('The file is empty');
  });
});

const csv = `Time,Who,What happened
14:02,Ana,"Checkout 502s reported, error rate 18%"
14:09 UTC,Ben,Paged the database on-call
2026-11-02 15:30,Ben,"Rolled back to v2.14; errors back to baseline"
,Ana,No time on this row
soon,Ana,Unreadable time
16:00,Ana,
`;

describe('readTimelineImport: CSV', () => {
  it('guesses the time and text columns from the header and reads times in the incident’s zone', () => {
    const imported = read('csv', csv);
    expect(imported.columns).toEqual(['Time', 'Who', 'What happened']);
    expect(imported.chosen).toEqual({ time: 0, text: 2 });
    expect(imported.events.map((event) => [event.at, event.description])).toEqual([
      ['2026-11-02T13:02:00.000Z', 'Checkout 502s reported, error rate 18%'],
      ['2026-11-02T14:09:00.000Z', 'Paged the database on-call'],
      ['2026-11-02T14:30:00.000Z', 'Rolled back to v2.14; errors back to baseline'],
    ]);
    expect(imported.skipped).toEqual([
      { where: 'Row 5', reason: 'The “Time” column is empty' },
      { where: 'Row 6', reason: 'The time “soon” could not be read' },
      { where: 'Row 7', reason: 'The “What happened” column is empty' },
    ]);
  });

  it('reads the columns the person picked', () => {
    const imported = read('csv', csv, { columns: { time: 0, text: 1 } });
    expect(imported.events.map((event) => event.description)).toEqual(['Ana', 'Ben', 'Ben', 'Ana']);
  });

  it('reads semicolons, tabs and quoted fields with separators, quotes and line breaks', () => {
    expect(parseCsv('a;b\n1;"x; ""y""\nz"\n')).toEqual([
      ['a', 'b'],
      ['1', 'x; "y"\nz'],
    ]);
    expect(parseCsv('\uFEFFtime\ttext\r\n09:00\tstart')).toEqual([
      ['time', 'text'],
      ['09:00', 'start'],
    ]);
  });

  it('refuses a CSV it cannot use, saying why', () => {
    expect(refusal('csv', 'time,text')).toBe('A CSV needs a header row and at least one row of events');
    expect(refusal('csv', 'time\n14:00')).toBe(
      'The CSV needs at least two columns: one with times and one saying what happened',
    );
    const picked = readTimelineImport('csv', csv, { ...options, columns: { time: 1, text: 1 } }, readAt);
    expect(picked).toEqual({
      ok: false,
      message: 'Pick two different columns of the CSV: one for the time, one for what happened',
    });
  });
});

const pagerDuty = {
  log_entries: [
    {
      id: 'R3',
      type: 'resolve_log_entry',
      summary: 'Resolved by Ben Okafor',
      created_at: '2026-11-02T15:31:00Z',
      incident: { html_url: 'https://acme.pagerduty.com/incidents/Q1' },
    },
    {
      id: 'R2',
      type: 'annotate_log_entry',
      summary: 'Note added',
      channel: { type: 'note', summary: 'Rolling back checkout to v2.14' },
      created_at: '2026-11-02T15:10:00Z',
    },
    {
      id: 'R1',
      type: 'acknowledge_log_entry',
      summary: 'Acknowledged by Ben Okafor',
      created_at: '2026-11-02T14:06:00Z',
    },
    {
      id: 'R0',
      type: 'trigger_log_entry',
      summary: 'Triggered through the API',
      created_at: '2026-11-02T14:05:00Z',
      html_url: 'javascript:alert(1)',
    },
    { id: 'RX', type: 'notify_log_entry', summary: 'Notified Ben Okafor by SMS' },
  ],
};

describe('readTimelineImport: PagerDuty', () => {
  it('reads log entries in time order with kinds from their types and safe links only', () => {
    const imported = read('pagerduty', pagerDuty);
    expect(imported.source).toBe('PagerDuty');
    expect(imported.events).toEqual([
      { at: '2026-11-02T14:05:00.000Z', description: 'Triggered through the API', kind: 'detection', link: null },
      { at: '2026-11-02T14:06:00.000Z', description: 'Acknowledged by Ben Okafor', kind: 'action', link: null },
      {
        at: '2026-11-02T15:10:00.000Z',
        description: 'Note added: Rolling back checkout to v2.14',
        kind: 'other',
        link: null,
      },
      {
        at: '2026-11-02T15:31:00.000Z',
        description: 'Resolved by Ben Okafor',
        kind: 'resolution',
        link: 'https://acme.pagerduty.com/incidents/Q1',
      },
    ]);
    expect(imported.skipped).toEqual([{ where: 'Entry 5', reason: 'It has no time ("created_at")' }]);
  });

  it('refuses what is not a log', () => {
    expect(refusal('pagerduty', '{"incidents": []}')).toBe(
      'PagerDuty log entries come as { "log_entries": [...] } or as a list of entries',
    );
  });
});

const firing = {
  status: 'firing',
  labels: { alertname: 'CheckoutErrorRate', severity: 'page' },
  annotations: { summary: '5xx above 2%' },
  startsAt: '2026-11-02T14:01:30Z',
  endsAt: '0001-01-01T00:00:00Z',
  fingerprint: 'f1',
};

describe('readTimelineImport: Alertmanager and Grafana', () => {
  it('reads saved notifications, a repeat once', () => {
    const notification = { version: '4', alerts: [firing] };
    const resolved = { version: '4', alerts: [{ ...firing, status: 'resolved', endsAt: '2026-11-02T15:32:00Z' }] };
    const imported = read('alerts', [notification, notification, resolved]);
    expect(imported.source).toBe('Alertmanager');
    expect(imported.events.map((event) => [event.at, event.kind, event.description])).toEqual([
      [
        '2026-11-02T14:01:30.000Z',
        'detection',
        'Alertmanager alert firing: CheckoutErrorRate – 5xx above 2% (severity=page)',
      ],
      [
        '2026-11-02T15:32:00.000Z',
        'resolution',
        'Alertmanager alert resolved: CheckoutErrorRate – 5xx above 2% (severity=page)',
      ],
    ]);
  });

  it('reads the alert list of Alertmanager’s API, where firing is a status object', () => {
    const imported = read('alerts', [{ ...firing, status: { state: 'active' } }]);
    expect(imported.events.map((event) => event.kind)).toEqual(['detection']);
  });

  it('says which notification is wrong', () => {
    expect(refusal('alerts', JSON.stringify([{ alerts: [firing] }, { alerts: [] }]))).toBe(
      'Notification 2: The notification has no alerts in its "alerts" list',
    );
  });
});
