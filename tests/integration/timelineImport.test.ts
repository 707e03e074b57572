import {
  type CreateMeetingResponse,
  controlDocName,
  type ImportFormat,
  readImportedEvents,
  readTimeline,
} from '@debrief/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectTestClient, type TestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { eventually } from '../support/eventually.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';

let server: TestServer;
let meeting: CreateMeetingResponse;
let clients: TestClient[];

beforeEach(async () => {
  server = await startTestServer();
  meeting = await createTestMeeting(server.url);
  clients = [];
});

afterEach(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

interface Preview {
  source: string;
  events: { at: string; description: string; kind: string | null; link: string | null; alreadyAdded: boolean }[];
  skipped: { where: string; reason: string }[];
  columns?: string[];
  chosen?: { time: number; text: number };
  error?: string;
}

const where = { timeZone: 'Europe/Berlin', defaultDate: '2026-11-02' };

async function post<T>(path: string, body: unknown, token = meeting.tokens.participant) {
  const response = await fetch(`${server.url}/api/meetings/${meeting.id}/timeline/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T & { error?: string } };
}

const preview = (format: ImportFormat, content: string, more: Record<string, unknown> = {}) =>
  post<Preview>('import/preview', { format, content, ...where, ...more });

async function timelineNow() {
  const client = connectTestClient(server.wsUrl, meeting.id, { token: meeting.tokens.participant });
  clients.push(client);
  await client.synced();
  return readTimeline(client.doc);
}

const files: Record<ImportFormat, string> = {
  slack: JSON.stringify([
    {
      type: 'message',
      user: 'U1',
      user_profile: { real_name: 'Ana Souza' },
      text: 'Checkout 502s',
      ts: '1793628120.0001',
    },
    { type: 'message', subtype: 'channel_join', user: 'U2', text: 'joined', ts: '1793628130.0001' },
    {
      type: 'message',
      user: 'U2',
      user_profile: { real_name: 'Ben Okafor' },
      text: 'Rolled back',
      ts: '1793631000.0001',
    },
  ]),
  csv: 'When,What\n14:02,Checkout 502s reported\n15:30,Rolled back to v2.14\nlater,no time\n',
  pagerduty: JSON.stringify({
    log_entries: [
      { type: 'trigger_log_entry', summary: 'Triggered through the API', created_at: '2026-11-02T13:05:00Z' },
      {
        type: 'resolve_log_entry',
        summary: 'Resolved by Ben Okafor',
        created_at: '2026-11-02T14:31:00Z',
        incident: { html_url: 'https://acme.pagerduty.com/incidents/Q1' },
      },
    ],
  }),
  alerts: JSON.stringify({
    version: '4',
    alerts: [
      {
        status: 'firing',
        labels: { alertname: 'CheckoutErrorRate' },
        annotations: { summary: '5xx above 2%' },
        startsAt: '2026-11-02T13:01:00Z',
        fingerprint: 'f1',
        generatorURL: 'https://prometheus.example.com/graph',
      },
    ],
  }),
};

const expected: Record<ImportFormat, { source: string; events: [string, string, string | null][]; skipped: number }> = {
  slack: {
    source: 'Slack',
    events: [
      ['2026-11-02T14:02:00.000Z', 'Ana Souza: Checkout 502s', null],
      ['2026-11-02T14:50:00.000Z', 'Ben Okafor: Rolled back', null],
    ],
    skipped: 1,
  },
  csv: {
    source: 'CSV',
    events: [
      ['2026-11-02T13:02:00.000Z', 'Checkout 502s reported', null],
      ['2026-11-02T14:30:00.000Z', 'Rolled back to v2.14', null],
    ],
    skipped: 1,
  },
  pagerduty: {
    source: 'PagerDuty',
    events: [
      ['2026-11-02T13:05:00.000Z', 'Triggered through the API', 'detection'],
      ['2026-11-02T14:31:00.000Z', 'Resolved by Ben Okafor', 'resolution'],
    ],
    skipped: 0,
  },
  alerts: {
    source: 'Alertmanager',
    events: [['2026-11-02T13:01:00.000Z', 'Alertmanager alert firing: CheckoutErrorRate – 5xx above 2%', 'detection']],
    skipped: 0,
  },
};

describe('timeline imports from files', () => {
  it.each(['slack', 'csv', 'pagerduty', 'alerts'] as const)(
    '%s: previews without changing anything, then adds the chosen events once, marked as imported',
    async (format) => {
      const shown = await preview(format, files[format]);
      expect(shown.status).toBe(200);
      expect(shown.body.source).toBe(expected[format].source);
      expect(shown.body.events.map((event) => [event.at, event.description, event.kind])).toEqual(
        expected[format].events,
      );
      expect(shown.body.events.every((event) => !event.alreadyAdded)).toBe(true);
      expect(shown.body.skipped).toHaveLength(expected[format].skipped);
      expect(await timelineNow()).toEqual([]);

      const add = shown.body.events.map((_, index) => ({ index, kind: index === 0 ? 'communication' : null }));
      const added = await post<{ added: number; alreadyAdded: number }>('import', {
        format,
        content: files[format],
        ...where,
        add,
      });
      expect(added).toEqual({
        status: 201,
        body: { source: expected[format].source, added: add.length, alreadyAdded: 0 },
      });

      const timeline = await timelineNow();
      expect(timeline.map((event) => [event.at, event.description])).toEqual(
        expected[format].events.map(([at, description]) => [at, description]),
      );
      // The person's choice of kind wins; otherwise the format's own, else "other".
      expect(timeline[0]?.kind).toBe('communication');
      expect(timeline.every((event) => event.timeZone === 'Europe/Berlin')).toBe(true);
      const control = connectTestClient(server.wsUrl, controlDocName(meeting.id), {
        token: meeting.tokens.participant,
      });
      clients.push(control);
      await control.synced();
      await eventually(() => {
        const marks = readImportedEvents(control.doc);
        expect(timeline.map((event) => marks.get(event.id))).toEqual(timeline.map(() => expected[format].source));
      });

      // The same file again: previewed as added already, and adding it changes nothing.
      const again = await preview(format, files[format]);
      expect(again.body.events.every((event) => event.alreadyAdded)).toBe(true);
      const twice = await post<{ added: number; alreadyAdded: number }>('import', {
        format,
        content: files[format],
        ...where,
        add,
      });
      expect(twice.body).toMatchObject({ added: 0, alreadyAdded: add.length });
      expect(await timelineNow()).toHaveLength(add.length);
    },
  );

  it('takes a file far larger than other API bodies', async () => {
    const rows = Array.from(
      { length: 4000 },
      (_, i) => `14:${String(i % 60).padStart(2, '0')},Event ${i} ${'x'.repeat(60)}`,
    );
    const content = `When,What\n${rows.join('\n')}\n`;
    expect(content.length).toBeGreaterThan(256 * 1024);
    const shown = await preview('csv', content);
    expect(shown.status).toBe(200);
    expect(shown.body.events).toHaveLength(4000);
  });

  it('reads a CSV by the columns the person picks', async () => {
    const content = 'Who,At,Note\nAna,14:02,Checkout 502s\nBen,15:30,Rolled back\n';
    const guessed = await preview('csv', content);
    expect(guessed.body.columns).toEqual(['Who', 'At', 'Note']);
    expect(guessed.body.chosen).toEqual({ time: 1, text: 2 });
    const picked = await preview('csv', content, { columns: { time: 1, text: 0 } });
    expect(picked.body.events.map((event) => event.description)).toEqual(['Ana', 'Ben']);
  });

  it('answers a bad request with a clear 400 and changes nothing', async () => {
    const cases: [string, unknown, string][] = [
      [
        'import/preview',
        { format: 'xml', content: 'x', ...where },
        '"format" must be one of slack, csv, pagerduty, alerts',
      ],
      ['import/preview', { format: 'csv', ...where }, '"content" must be the text of the file'],
      [
        'import/preview',
        { format: 'csv', content: files.csv, timeZone: 'Mars/Olympus', defaultDate: '2026-11-02' },
        '"timeZone" must be a time zone such as Europe/Berlin: the incident’s zone',
      ],
      ['import/preview', { format: 'slack', content: '[{', ...where }, 'The file is not valid JSON'],
      [
        'import/preview',
        { format: 'pagerduty', content: '{}', ...where },
        'PagerDuty log entries come as { "log_entries": [...] } or as a list of entries',
      ],
      [
        'import',
        { format: 'csv', content: files.csv, ...where },
        '"add" must list the events to add, such as [{"index":0,"kind":"detection"}]',
      ],
      [
        'import',
        { format: 'csv', content: files.csv, ...where, add: [{ index: 9 }] },
        'There is no event 9 in this file: preview it again',
      ],
      [
        'import',
        { format: 'csv', content: files.csv, ...where, add: [{ index: 0, kind: 'blame' }] },
        '"kind" of event 0 is not a kind of event',
      ],
      ['import', '{"format":', 'The body must be a JSON object such as {"format":"csv","content":"…"}'],
    ];
    for (const [path, body, error] of cases) {
      const answer = await post(path, body);
      expect({ path, status: answer.status, error: answer.body.error }).toEqual({ path, status: 400, error });
    }
    expect(await timelineNow()).toEqual([]);
  });

  it('is refused to observers, and while the meeting is closed', async () => {
    const observer = await post(
      'import/preview',
      { format: 'csv', content: files.csv, ...where },
      meeting.tokens.observer,
    );
    expect(observer).toEqual({
      status: 403,
      body: { error: 'Observers can follow the meeting but not add to the timeline' },
    });
    const close = await fetch(`${server.url}/api/meetings/${meeting.id}/commands`, {
      method: 'POST',
      headers: { authorization: `Bearer ${meeting.tokens.facilitator}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'close' }),
    });
    expect(close.status).toBe(200);
    const closed = await post('import', { format: 'csv', content: files.csv, ...where, add: [{ index: 0 }] });
    expect(closed).toEqual({ status: 409, body: { error: 'The meeting is closed; a facilitator can reopen it' } });
  });
});
