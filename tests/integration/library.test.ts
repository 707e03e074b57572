import {
  addAction,
  addCard,
  addTimelineEvent,
  type CreateMeetingResponse,
  getLessonSummaryText,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type LibraryResponse,
  type OpenActionsResponse,
  type PublicationResponse,
  readActions,
  updateAction,
} from '@debrief/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { connectTestClient, type TestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { eventually } from '../support/eventually.ts';
import { useTestMeeting } from '../support/useTestMeeting.ts';

const room = useTestMeeting();
const clients: TestClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

async function call(path: string, init: { method?: string; token?: string | null; body?: unknown } = {}) {
  const response = await fetch(`${room.server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Writes a small post-mortem into a meeting's content document. */
async function writeMeeting(meeting: CreateMeetingResponse, words: { event: string; card: string; action: string }) {
  const writer = connectTestClient(room.server.wsUrl, meeting.id, { token: meeting.tokens.participant });
  clients.push(writer);
  await writer.synced();
  addTimelineEvent(writer.doc, {
    id: 'e1',
    at: '2026-11-02T13:02:00.000Z',
    timeZone: 'UTC',
    kind: 'detection',
    description: words.event,
    createdAt: 1,
    evidence: [],
  });
  getLessonSummaryText(writer.doc).insert(0, 'Nobody had practised this.');
  addCard(writer.doc, { id: 'c1', prompt: 'slowed', text: words.card, author: null, now: 1 });
  addAction(writer.doc, { id: 'a1', title: words.action, now: 1 });
  updateAction(writer.doc, 'a1', { dueDate: '2020-01-15', owner: { kind: 'named', name: 'Ana' } });
  addAction(writer.doc, { id: 'a2', title: 'Write the failover runbook', now: 2 });
  const probe = connectTestClient(room.server.wsUrl, meeting.id, { token: meeting.tokens.participant });
  clients.push(probe);
  await probe.synced();
  await eventually(() => expect(readActions(probe.doc)).toHaveLength(2));
}

async function close(meeting: CreateMeetingResponse) {
  const response = await fetch(`${room.server.url}/api/meetings/${meeting.id}/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${meeting.tokens.facilitator}` },
    body: JSON.stringify({ type: 'close' }),
  });
  expect(response.status).toBe(200);
}

function publish(meeting: CreateMeetingResponse, services: string[] = [], token = meeting.tokens.facilitator) {
  return call(`/api/meetings/${meeting.id}/publication`, { method: 'POST', token, body: { services } });
}

describe('publishing to the library', () => {
  it('publishes only a closed meeting, only with the facilitator link, and lists it with its read-only link', async () => {
    const { meeting } = room;
    await writeMeeting(meeting, {
      event: 'Replica lag alert fired',
      card: 'Backups untested',
      action: 'Test restores',
    });

    expect((await publish(meeting, ['Payments'])).status).toBe(409);
    await close(meeting);
    expect((await publish(meeting, [], meeting.tokens.participant)).status).toBe(403);
    expect((await publish(meeting, [], meeting.tokens.observer)).status).toBe(403);
    expect((await publish(meeting, [], 'wrong-token')).status).toBe(401);
    expect((await publish(meeting, ['x'.repeat(41)])).status).toBe(400);
    const before = await call('/api/library');
    expect(before.body.total).toBe(0);

    const published = await publish(meeting, ['Payments API', 'payments-api', 'db']);
    expect(published.status).toBe(200);
    expect(published.body as unknown as PublicationResponse).toMatchObject({
      published: true,
      services: ['payments-api', 'db'],
    });
    const seen = await call(`/api/meetings/${meeting.id}/publication`, { token: meeting.tokens.observer });
    expect(seen.body.published).toBe(true);

    const library = (await call('/api/library')).body as unknown as LibraryResponse;
    expect(library.total).toBe(1);
    expect(library.services).toEqual(['db', 'payments-api']);
    expect(library.results[0]).toMatchObject({ id: meeting.id, title: 'Checkout outage after database failover' });
    // The listed link is the observer's: it reads the record and cannot write.
    expect(library.results[0]?.path).toBe(`/m/${meeting.id}#${meeting.tokens.observer}`);

    const withdrawn = await call(`/api/meetings/${meeting.id}/publication`, {
      method: 'DELETE',
      token: meeting.tokens.facilitator,
    });
    expect(withdrawn.body.published).toBe(false);
    expect((await call('/api/library')).body.total).toBe(0);
    expect(((await call('/api/actions')).body as unknown as OpenActionsResponse).actions).toEqual([]);
  });

  it('searches titles, timelines, lessons and actions with highlighted matches, and filters', async () => {
    const first = room.meeting;
    await writeMeeting(first, {
      event: 'Replica lag alert fired on the primary',
      card: 'Backups were never restored in a drill',
      action: 'Rehearse database restores monthly',
    });
    await close(first);
    await publish(first, ['db']);
    const second = await createTestMeeting(room.server.url, {
      title: 'Login failures after certificate expiry',
      incident: {
        summary: 'TLS certificate expired on the edge',
        occurredAt: '2026-10-01T08:00:00Z',
        severity: 'SEV2',
      },
    });
    await writeMeeting(second, {
      event: 'Certificate expired at the load balancer',
      card: 'Renewal reminders went to an old mailbox',
      action: 'Automate certificate renewal',
    });
    await close(second);
    await publish(second, ['edge']);

    const search = async (query: string) =>
      (await call(`/api/library?${query}`)).body as unknown as LibraryResponse & { error?: string };

    const byLesson = await search('q=restored');
    expect(byLesson.results.map((result) => result.id)).toEqual([first.id]);
    expect(byLesson.results[0]?.excerpt).toContain(`${HIGHLIGHT_START}restored${HIGHLIGHT_END}`);
    // Words are stemmed: "certificates" finds "certificate".
    expect((await search('q=certificates')).results.map((result) => result.id)).toEqual([second.id]);
    const byTitle = await search('q=login');
    expect(byTitle.results[0]?.title).toBe(`${HIGHLIGHT_START}Login${HIGHLIGHT_END} failures after certificate expiry`);
    expect((await search('q=automate')).results.map((result) => result.id)).toEqual([second.id]);
    expect((await search('q=replica%20lag')).total).toBe(1);
    // Typed operators and quotes are only words: nothing to inject, nothing to break.
    expect((await search(`q=${encodeURIComponent('"replica" (lag* -')}`)).total).toBe(1);
    expect((await search(`q=${encodeURIComponent('lag OR nothing')}`)).total).toBe(0);
    expect((await search(`q=${encodeURIComponent('*** ""')}`)).total).toBe(0);

    expect((await search('severity=SEV2')).results.map((result) => result.id)).toEqual([second.id]);
    expect((await search('service=db')).results.map((result) => result.id)).toEqual([first.id]);
    expect((await search('from=2026-09-01&to=2026-10-31')).results.map((result) => result.id)).toEqual([second.id]);
    expect((await call('/api/library?severity=SEV9')).status).toBe(400);
    expect((await call('/api/library?from=yesterday')).status).toBe(400);

    // Related: a new meeting's title and summary find the past post-mortems that share their words.
    const third = await createTestMeeting(room.server.url, {
      title: 'Database failover left replicas behind',
      incident: { summary: 'Replica lag grew during failover', severity: 'SEV3' },
    });
    const related = (await call(`/api/meetings/${third.id}/related`, { token: third.tokens.observer }))
      .body as unknown as LibraryResponse;
    // Both share the runbook action's "failover"; the first shares far more, so it ranks first.
    expect(related.results.map((result) => result.id)).toEqual([first.id, second.id]);
    const own = (await call(`/api/meetings/${first.id}/related`, { token: first.tokens.participant }))
      .body as unknown as LibraryResponse;
    expect(own.results.map((result) => result.id)).not.toContain(first.id);
  });
});

describe('actions that live on', () => {
  it('lists open actions of published post-mortems and writes a status change back into the record', async () => {
    const { meeting } = room;
    await writeMeeting(meeting, { event: 'Alert fired', card: 'Slow page', action: 'Test restores' });
    await close(meeting);
    await publish(meeting);

    const listed = ((await call('/api/actions')).body as unknown as OpenActionsResponse).actions;
    expect(listed.map((action) => [action.title, action.owner, action.dueDate])).toEqual([
      ['Test restores', 'Ana', '2020-01-15'],
      ['Write the failover runbook', null, null],
    ]);

    const path = `/api/meetings/${meeting.id}/actions/a1`;
    expect(
      (await call(path, { method: 'PATCH', token: meeting.tokens.observer, body: { status: 'done' } })).status,
    ).toBe(403);
    expect((await call(path, { method: 'PATCH', token: 'nope', body: { status: 'done' } })).status).toBe(401);
    expect(
      (await call(path, { method: 'PATCH', token: meeting.tokens.participant, body: { status: 'finished' } })).status,
    ).toBe(400);
    expect(
      (
        await call(`/api/meetings/${meeting.id}/actions/missing`, {
          method: 'PATCH',
          token: meeting.tokens.participant,
          body: { status: 'done' },
        })
      ).status,
    ).toBe(404);
    // An action without an owner cannot be done: the record's own rule holds here too.
    const ownerless = await call(`/api/meetings/${meeting.id}/actions/a2`, {
      method: 'PATCH',
      token: meeting.tokens.participant,
      body: { status: 'done' },
    });
    expect(ownerless.status).toBe(409);

    const done = await call(path, { method: 'PATCH', token: meeting.tokens.participant, body: { status: 'done' } });
    expect(done).toEqual({ status: 200, body: { status: 'done' } });
    const reader = connectTestClient(room.server.wsUrl, meeting.id, { token: meeting.tokens.observer });
    clients.push(reader);
    await reader.synced();
    expect(readActions(reader.doc).find((action) => action.id === 'a1')?.status).toBe('done');
    const after = ((await call('/api/actions')).body as unknown as OpenActionsResponse).actions;
    expect(after.map((action) => action.id)).toEqual(['a2']);

    // The library keeps it across a restart.
    await room.restart();
    expect(((await call('/api/actions')).body as unknown as OpenActionsResponse).actions).toHaveLength(1);
    expect((await call('/api/library?q=restores')).body.total).toBe(1);
  });

  it('shows what a reopened and closed-again post-mortem says now', async () => {
    const { meeting } = room;
    await writeMeeting(meeting, { event: 'Alert fired', card: 'Slow page', action: 'Test restores' });
    await close(meeting);
    await publish(meeting);
    expect(await room.command('reopen')).toBe(200);
    const writer = room.connect();
    await writer.synced();
    addAction(writer.doc, { id: 'a3', title: 'Page the database team on failover', now: 3 });
    await eventually(async () => expect(await room.command('close')).toBe(200));
    await eventually(async () => expect((await call('/api/library?q=page')).body.total).toBe(1));
  });
});
