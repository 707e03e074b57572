import {
  type CreateMeetingResponse,
  controlDocName,
  deleteTimelineEvent,
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

interface FeedView {
  open: boolean;
  path: string | null;
  openedAt: number | null;
  received: number;
  error?: string;
}

const firing = {
  status: 'firing',
  labels: { alertname: 'HighErrorRate', severity: 'critical', service: 'checkout' },
  annotations: { summary: 'Checkout error rate above 5%' },
  startsAt: '2026-11-02T14:02:10Z',
  endsAt: '0001-01-01T00:00:00Z',
  generatorURL: 'http://prometheus.example.com:9090/graph?g0.expr=rate',
  fingerprint: 'c0ffee1234',
};
const resolved = { ...firing, status: 'resolved', endsAt: '2026-11-02T14:41:00Z' };
const notification = (...alerts: unknown[]) => ({ version: '4', status: 'firing', receiver: 'debrief', alerts });

beforeEach(async () => {
  server = await startTestServer();
  meeting = await createTestMeeting(server.url);
  clients = [];
});

afterEach(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

async function feedRequest(
  method: 'GET' | 'POST' | 'DELETE',
  token: string | null,
): Promise<{ status: number; body: FeedView }> {
  const response = await fetch(`${server.url}/api/meetings/${meeting.id}/alert-feed`, {
    method,
    headers: {
      ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
  return { status: response.status, body: (await response.json()) as FeedView };
}

async function openFeed(): Promise<string> {
  const { status, body } = await feedRequest('POST', meeting.tokens.facilitator);
  expect(status).toBe(201);
  expect(body.open).toBe(true);
  expect(body.path).toMatch(/^\/api\/alerts\/[A-Za-z0-9_-]{32}$/);
  return body.path ?? '';
}

async function send(path: string, body: unknown, contentType = 'application/json') {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function watch(docName = meeting.id) {
  const client = connectTestClient(server.wsUrl, docName, { token: meeting.tokens.facilitator });
  clients.push(client);
  return client;
}

describe('the live alert feed', () => {
  it('is opened, shown again, renewed and turned off by the facilitator link only', async () => {
    expect((await feedRequest('GET', meeting.tokens.facilitator)).body).toEqual({
      open: false,
      path: null,
      openedAt: null,
      received: 0,
    });
    for (const token of [meeting.tokens.participant, meeting.tokens.observer]) {
      const refused = await feedRequest('POST', token);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toBe('Only the facilitator link can manage the alert feed');
    }
    expect((await feedRequest('POST', null)).status).toBe(401);
    expect((await feedRequest('GET', 'not-a-token')).status).toBe(401);

    const first = await openFeed();
    const shown = await feedRequest('GET', meeting.tokens.facilitator);
    expect(shown.body).toMatchObject({ open: true, path: first, received: 0 });

    const second = await openFeed();
    expect(second).not.toBe(first);
    expect((await send(first, notification(firing))).status).toBe(404);
    expect((await send(second, notification(firing))).status).toBe(200);

    const off = await feedRequest('DELETE', meeting.tokens.facilitator);
    expect(off.body).toMatchObject({ open: false, path: null, received: 1 });
    const gone = await send(second, notification(firing));
    expect(gone.status).toBe(404);
    expect(gone.body.error).toBe(
      'No alert feed is open at this address: a facilitator may have turned it off or made a new one',
    );
  });

  it('adds each firing and resolved alert once, with its labels and link, marked as imported by the server', async () => {
    const path = await openFeed();
    const content = watch();
    const control = watch(controlDocName(meeting.id));
    await Promise.all([content.synced(), control.synced()]);

    const delivered = await send(path, notification(firing, resolved));
    expect(delivered).toEqual({ status: 200, body: { added: 2, repeated: 0 } });

    const events = await eventually(() => {
      const timeline = readTimeline(content.doc);
      expect(timeline).toHaveLength(2);
      return timeline;
    });
    expect(events.map((event) => [event.at, event.kind, event.description])).toEqual([
      [
        '2026-11-02T14:02:10.000Z',
        'detection',
        'Alertmanager alert firing: HighErrorRate – Checkout error rate above 5% (severity=critical, service=checkout)',
      ],
      [
        '2026-11-02T14:41:00.000Z',
        'resolution',
        'Alertmanager alert resolved: HighErrorRate – Checkout error rate above 5% (severity=critical, service=checkout)',
      ],
    ]);
    expect(events[0]?.evidence.map((link) => [link.url, link.kind])).toEqual([
      ['http://prometheus.example.com:9090/graph?g0.expr=rate', 'metric'],
    ]);
    await eventually(() => {
      const marks = readImportedEvents(control.doc);
      expect(events.map((event) => marks.get(event.id))).toEqual(['Alertmanager', 'Alertmanager']);
    });

    // Alertmanager repeats a firing alert until it resolves: the repeat adds nothing.
    expect(await send(path, notification(firing, resolved))).toEqual({ status: 200, body: { added: 0, repeated: 2 } });
    // Not even once someone has deleted the event it added.
    const firingEvent = events[0];
    if (!firingEvent) throw new Error('expected the firing event');
    expect(deleteTimelineEvent(content.doc, firingEvent.id).ok).toBe(true);
    await eventually(async () => {
      const probe = watch();
      await probe.synced();
      expect(readTimeline(probe.doc)).toHaveLength(1);
    });
    expect(await send(path, notification(firing))).toEqual({ status: 200, body: { added: 0, repeated: 1 } });
    // The same alert firing again later is a new event.
    const again = { ...firing, startsAt: '2026-11-02T16:00:00Z' };
    expect(await send(path, notification(again))).toEqual({ status: 200, body: { added: 1, repeated: 0 } });
    await eventually(() => expect(readTimeline(content.doc)).toHaveLength(2));
    expect((await feedRequest('GET', meeting.tokens.facilitator)).body.received).toBe(3);
  });

  it('answers a bad notification with a clear 400 and adds nothing', async () => {
    const path = await openFeed();
    const cases: [unknown, string][] = [
      [
        { text: 'hello' },
        'This is not an Alertmanager or Grafana notification: it has no "alerts" list and no "ruleName"',
      ],
      [notification(), 'The notification has no alerts in its "alerts" list'],
      [notification({ ...firing, status: 'odd' }), 'Alert 1: "status" must be "firing" or "resolved"'],
      [
        notification(firing, { ...firing, startsAt: 'soon' }),
        'Alert 2: "startsAt" must be a date and time such as 2026-11-02T14:02:00Z',
      ],
      ['{"alerts": [', 'The body must be the JSON object Alertmanager or Grafana sends to a webhook'],
    ];
    for (const [body, error] of cases) {
      expect(await send(path, body)).toEqual({ status: 400, body: { error } });
    }
    expect((await send(path, 'alerts', 'text/plain')).status).toBe(415);
    const huge = notification({ ...firing, annotations: { summary: 'x'.repeat(600 * 1024) } });
    expect((await send(path, huge)).status).toBe(413);

    const content = watch();
    await content.synced();
    expect(readTimeline(content.doc)).toEqual([]);
    // A good notification after all that still works.
    expect((await send(path, notification(firing))).body).toEqual({ added: 1, repeated: 0 });
  });

  it('is refused while the meeting is closed', async () => {
    const path = await openFeed();
    const closed = await fetch(`${server.url}/api/meetings/${meeting.id}/commands`, {
      method: 'POST',
      headers: { authorization: `Bearer ${meeting.tokens.facilitator}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'close' }),
    });
    expect(closed.status).toBe(200);
    expect(await send(path, notification(firing))).toEqual({
      status: 409,
      body: { error: 'The meeting is closed; a facilitator can reopen it' },
    });
  });

  it('keeps its address and what it has seen across a restart', async () => {
    const path = await openFeed();
    expect((await send(path, notification(firing))).body).toEqual({ added: 1, repeated: 0 });
    const dataDir = server.dataDir;
    await server.close();
    server = await startTestServer(dataDir);
    expect((await send(path, notification(firing, resolved))).body).toEqual({ added: 1, repeated: 1 });
  });
});

describe('the live alert feed under a burst', () => {
  it('takes the notifications a meeting is allowed per minute and answers the rest with 429', async () => {
    await server.close();
    server = await startTestServer(undefined, {}, { ALERT_NOTIFICATIONS_PER_MINUTE: '5' });
    meeting = await createTestMeeting(server.url);
    const path = await openFeed();
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => send(path, notification({ ...firing, fingerprint: `burst-${i}` }))),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    const limited = answers.find((answer) => answer.status === 429);
    expect(limited?.body.error).toBe('Too many notifications for this meeting; try again in a minute');
    const content = watch();
    await content.synced();
    await eventually(() => expect(readTimeline(content.doc)).toHaveLength(5));
  });
});
