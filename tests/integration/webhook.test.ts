import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readConfig } from '@debrief/server';
import {
  addAction,
  type CreateMeetingResponse,
  getNotesText,
  type MeetingSchedule,
  readActions,
  scheduleMeeting,
  updateAction,
} from '@debrief/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { connectTestClient, type TestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { eventually } from '../support/eventually.ts';
import { createTempDataDir, startTestServer, type TestServer } from '../support/startTestServer.ts';

interface WebhookBody {
  text: string;
  event: string;
  meeting: { id: string; title: string; severity: string };
  url: string | null;
  schedule?: MeetingSchedule;
}

interface Delivery {
  readonly body: WebhookBody;
  readonly headers: http.IncomingHttpHeaders;
}

/** A real HTTP server standing in for a chat tool's incoming webhook. */
interface Receiver {
  readonly port: number;
  readonly url: string;
  /** Every request, answered or not. */
  readonly requests: Delivery[];
  /** Requests answered with a 2xx. */
  delivered(): Delivery[];
  close(): Promise<void>;
}

const PUBLIC_URL = 'https://debrief.example.com';
/** Short waits, so that retries and the schedule's delay take milliseconds. */
const timing = { scheduleDelayMs: 100, attemptTimeoutMs: 2000 };

let servers: TestServer[] = [];
let receivers: Receiver[] = [];
const clients: TestClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.close();
  for (const receiver of receivers.splice(0)) await receiver.close();
});

/** Starts a receiver; `answer` gives the status of the n-th request (from 1). */
async function startReceiver(port = 0, answer: (n: number) => number = () => 200): Promise<Receiver> {
  const requests: Delivery[] = [];
  const statuses: number[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ body: JSON.parse(Buffer.concat(chunks).toString('utf8')), headers: request.headers });
      const status = answer(requests.length);
      statuses.push(status);
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'not now');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  const receiver: Receiver = {
    port: bound,
    url: `http://127.0.0.1:${bound}/hooks/debrief`,
    requests,
    delivered: () => requests.filter((_, index) => (statuses[index] ?? 500) < 300),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  receivers.push(receiver);
  return receiver;
}

/** A port that nothing listens on, for a receiver that is down. */
async function findClosedPort(): Promise<number> {
  const receiver = await startReceiver();
  await receiver.close();
  receivers = receivers.filter((other) => other !== receiver);
  return receiver.port;
}

async function startDebrief(
  env: Record<string, string>,
  dataDir = createTempDataDir(),
  webhookTiming: typeof timing & { giveUpAfterMs?: number } = timing,
): Promise<TestServer> {
  const server = await startTestServer(dataDir, { webhookTiming }, env);
  servers.push(server);
  return server;
}

async function stopDebrief(server: TestServer): Promise<void> {
  servers = servers.filter((other) => other !== server);
  await server.close();
}

function webhookEnv(url: string): Record<string, string> {
  return { WEBHOOK_URL: url, WEBHOOK_RETRY_BASE_MS: '50', PUBLIC_URL };
}

async function closeMeeting(server: TestServer, meeting: CreateMeetingResponse): Promise<number> {
  const response = await fetch(`${server.url}/api/meetings/${meeting.id}/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${meeting.tokens.facilitator}` },
    body: JSON.stringify({ type: 'close' }),
  });
  return response.status;
}

async function readMetric(server: TestServer, name: string): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
}

async function connect(server: TestServer, meeting: CreateMeetingResponse): Promise<TestClient> {
  const client = connectTestClient(server.wsUrl, meeting.id, { token: meeting.tokens.participant });
  clients.push(client);
  await client.synced();
  return client;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const nineOClock: MeetingSchedule = { at: '2026-12-10T09:00:00.000Z', timeZone: 'Europe/Berlin', durationMinutes: 60 };

describe('the outgoing webhook', () => {
  it('posts one chat message when a meeting closes, with a link and no token', async () => {
    const receiver = await startReceiver();
    const server = await startDebrief(webhookEnv(receiver.url));
    const meeting = await createTestMeeting(server.url, {
      title: 'Checkout outage',
      incident: { summary: '', occurredAt: null, severity: 'SEV2' },
    });

    expect(await closeMeeting(server, meeting)).toBe(200);

    await eventually(() => expect(receiver.delivered()).toHaveLength(1));
    const [delivery] = receiver.delivered();
    expect(delivery?.headers['content-type']).toBe('application/json');
    expect(delivery?.body).toEqual({
      text: `Post-mortem closed: *Checkout outage* (SEV2) · ${PUBLIC_URL}/m/${meeting.id}`,
      event: 'meeting.closed',
      meeting: { id: meeting.id, title: 'Checkout outage', severity: 'SEV2' },
      url: `${PUBLIC_URL}/m/${meeting.id}`,
    });
    const sent = JSON.stringify(delivery);
    for (const token of Object.values(meeting.tokens)) expect(sent).not.toContain(token);
    expect(await readMetric(server, 'debrief_webhook_deliveries_total')).toBe(1);
    await pause(200);
    expect(receiver.requests).toHaveLength(1);
  });

  it('announces a meeting time once, again only when it changes, and not after a restart', async () => {
    const receiver = await startReceiver();
    const dataDir = createTempDataDir();
    let server = await startDebrief(webhookEnv(receiver.url), dataDir);
    const meeting = await createTestMeeting(server.url);
    const client = await connect(server, meeting);

    scheduleMeeting(client.doc, nineOClock);
    await eventually(() => expect(receiver.delivered()).toHaveLength(1));
    expect(receiver.delivered()[0]?.body).toMatchObject({ event: 'meeting.scheduled', schedule: nineOClock });
    expect(receiver.delivered()[0]?.body.text).toMatch(/^Post-mortem scheduled: \*Checkout outage after/);

    // An edit elsewhere, and the same time chosen again, are not news.
    getNotesText(client.doc).insert(0, 'Bring the dashboards.');
    scheduleMeeting(client.doc, { ...nineOClock });
    await pause(400);
    expect(receiver.requests).toHaveLength(1);

    // Several changes in quick succession are announced once, with the last one.
    scheduleMeeting(client.doc, { ...nineOClock, durationMinutes: 90 });
    scheduleMeeting(client.doc, { ...nineOClock, at: '2026-12-10T10:00:00.000Z' });
    await eventually(() => expect(receiver.delivered()).toHaveLength(2));
    expect(receiver.delivered()[1]?.body.schedule?.at).toBe('2026-12-10T10:00:00.000Z');

    client.destroy();
    await stopDebrief(server);
    server = await startDebrief(webhookEnv(receiver.url), dataDir);
    const again = await connect(server, meeting);
    scheduleMeeting(again.doc, { ...nineOClock, at: '2026-12-10T10:00:00.000Z' });
    await pause(400);
    expect(receiver.requests).toHaveLength(2);
  });

  it('delivers once to a receiver that was down and comes back on the same port', async () => {
    const port = await findClosedPort();
    const server = await startDebrief(webhookEnv(`http://127.0.0.1:${port}/hooks/debrief`));
    const meeting = await createTestMeeting(server.url);

    expect(await closeMeeting(server, meeting)).toBe(200);
    await eventually(async () => expect(await readMetric(server, 'debrief_webhook_retries_total')).toBeGreaterThan(1));
    const receiver = await startReceiver(port);

    await eventually(() => expect(receiver.delivered()).toHaveLength(1), 10_000);
    expect(receiver.delivered()[0]?.body.event).toBe('meeting.closed');
    await pause(300);
    expect(receiver.requests).toHaveLength(1);
  });

  it('keeps undelivered messages across a restart and sends them after it starts', async () => {
    const port = await findClosedPort();
    const env = webhookEnv(`http://127.0.0.1:${port}/hooks/debrief`);
    const dataDir = createTempDataDir();
    const first = await startDebrief(env, dataDir);
    const meeting = await createTestMeeting(first.url);
    const other = await createTestMeeting(first.url, { title: 'Search index stale' });
    expect(await closeMeeting(first, meeting)).toBe(200);
    expect(await closeMeeting(first, other)).toBe(200);
    await eventually(async () => expect(await readMetric(first, 'debrief_webhook_retries_total')).toBeGreaterThan(0));
    await stopDebrief(first);

    const receiver = await startReceiver(port);
    await startDebrief(env, dataDir);

    await eventually(() => expect(receiver.delivered()).toHaveLength(2));
    // In the order they happened.
    expect(receiver.delivered().map((delivery) => delivery.body.meeting.id)).toEqual([meeting.id, other.id]);
    await pause(300);
    expect(receiver.requests).toHaveLength(2);
  });

  it('tries again after a server error, with the same delivery id', async () => {
    const receiver = await startReceiver(0, (n) => (n <= 2 ? 500 : 200));
    const server = await startDebrief(webhookEnv(receiver.url));
    const meeting = await createTestMeeting(server.url);

    expect(await closeMeeting(server, meeting)).toBe(200);

    await eventually(() => expect(receiver.delivered()).toHaveLength(1));
    expect(receiver.requests).toHaveLength(3);
    const ids = new Set(receiver.requests.map((request) => request.headers['debrief-delivery']));
    expect(ids.size).toBe(1);
    expect(await readMetric(server, 'debrief_webhook_retries_total')).toBe(2);
  });

  it('gives up at once on a message the receiver refuses, and goes on with the next', async () => {
    const receiver = await startReceiver(0, (n) => (n === 1 ? 404 : 200));
    const server = await startDebrief(webhookEnv(receiver.url));
    const meeting = await createTestMeeting(server.url);
    const other = await createTestMeeting(server.url, { title: 'Search index stale' });

    expect(await closeMeeting(server, meeting)).toBe(200);
    await eventually(async () => expect(await readMetric(server, 'debrief_webhook_failures_total')).toBe(1));
    expect(await closeMeeting(server, other)).toBe(200);

    await eventually(() => expect(receiver.delivered()).toHaveLength(1));
    expect(receiver.delivered()[0]?.body.meeting.id).toBe(other.id);
    await pause(300);
    expect(receiver.requests).toHaveLength(2);
  });

  it('gives up on a message still not delivered at the end of its horizon, and counts it', async () => {
    const port = await findClosedPort();
    const env = webhookEnv(`http://127.0.0.1:${port}/hooks/debrief`);
    const server = await startDebrief(env, createTempDataDir(), { ...timing, giveUpAfterMs: 300 });
    const meeting = await createTestMeeting(server.url);

    expect(await closeMeeting(server, meeting)).toBe(200);

    await eventually(async () => expect(await readMetric(server, 'debrief_webhook_failures_total')).toBe(1));
    const receiver = await startReceiver(port);
    await pause(300);
    expect(receiver.requests).toHaveLength(0);
  });

  it('sends nothing without WEBHOOK_URL, and meetings work as before', async () => {
    const receiver = await startReceiver();
    const server = await startDebrief({ PUBLIC_URL });
    const meeting = await createTestMeeting(server.url);
    const client = await connect(server, meeting);

    scheduleMeeting(client.doc, nineOClock);
    expect(await closeMeeting(server, meeting)).toBe(200);

    await pause(400);
    expect(receiver.requests).toHaveLength(0);
    expect(await readMetric(server, 'debrief_webhook_deliveries_total')).toBe(0);
  });

  it('refuses a webhook address that is not http or https, without repeating it', () => {
    expect(() => readConfig({ WEBHOOK_URL: 'ftp://hooks.example.com/secret-path' })).toThrow(
      'WEBHOOK_URL must be an http:// or https:// address, without a user name or password',
    );
    expect(() => readConfig({ WEBHOOK_URL: 'hooks.example.com/secret-path' })).toThrow(/^WEBHOOK_URL/);
    expect(() => readConfig({ PUBLIC_URL: 'debrief.example.com' })).toThrow(/^PUBLIC_URL must be/);
    expect(() => readConfig({ WEBHOOK_URL: 'https://hooks.example.com/x', WEBHOOK_RETRY_BASE_MS: '0' })).toThrow(
      'WEBHOOK_RETRY_BASE_MS must be a whole number above 0, not "0"',
    );
    expect(readConfig({ PUBLIC_URL: 'https://debrief.example.com/' })).toMatchObject({
      webhook: null,
      publicUrl: 'https://debrief.example.com',
    });
  });

  it('tells the channel when a post-mortem is published, and once about each action past its due date', async () => {
    const receiver = await startReceiver();
    const dataDir = createTempDataDir();
    let server = await startDebrief(webhookEnv(receiver.url), dataDir);
    const meeting = await createTestMeeting(server.url, {
      title: 'Checkout outage',
      incident: { summary: '', occurredAt: null, severity: 'SEV2' },
    });
    const writer = await connect(server, meeting);
    addAction(writer.doc, { id: 'late', title: 'Rotate the pager schedule', now: 1 });
    updateAction(writer.doc, 'late', { dueDate: '2021-01-04', owner: { kind: 'named', name: 'Ana' } });
    addAction(writer.doc, { id: 'later', title: 'Add a failover drill', now: 2 });
    updateAction(writer.doc, 'later', { dueDate: '2999-01-01' });
    const probe = await connect(server, meeting);
    await eventually(() => expect(readActions(probe.doc)).toHaveLength(2));
    expect(await closeMeeting(server, meeting)).toBe(200);
    const published = await fetch(`${server.url}/api/meetings/${meeting.id}/publication`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${meeting.tokens.facilitator}` },
      body: JSON.stringify({ services: ['checkout'] }),
    });
    expect(published.status).toBe(200);

    await eventually(() =>
      expect(receiver.delivered().map((delivery) => delivery.body.event)).toEqual([
        'meeting.closed',
        'meeting.published',
        'action.overdue',
      ]),
    );
    const [, publishedNotice, overdue] = receiver.delivered();
    expect(publishedNotice?.body.url).toBe(`${PUBLIC_URL}/library`);
    expect(overdue?.body.text).toContain('Rotate the pager schedule');
    expect(overdue?.body.url).toBe(`${PUBLIC_URL}/actions`);
    const sent = JSON.stringify(receiver.delivered());
    for (const token of Object.values(meeting.tokens)) expect(sent).not.toContain(token);

    // A restart checks again, and says nothing new about the same action.
    await stopDebrief(server);
    server = await startDebrief(webhookEnv(receiver.url), dataDir);
    await pause(400);
    expect(receiver.delivered()).toHaveLength(3);
  });
});
