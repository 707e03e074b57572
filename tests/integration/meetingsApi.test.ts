import fs from 'node:fs';
import path from 'node:path';
import {
  derivePresenceKey,
  type MeetingSessionResponse,
  participantIdFromPresenceKey,
  readIncidentFacts,
} from '@debrief/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectTestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { joinAs } from '../support/joinAs.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
});

afterEach(async () => {
  await server.close();
});

function postMeeting(body: string): Promise<Response> {
  return fetch(`${server.url}/api/meetings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

describe('POST /api/meetings', () => {
  it('creates a meeting with three distinct tokens and links that carry them after the #', async () => {
    const created = await createTestMeeting(server.url, {
      title: 'Checkout outage after database failover',
      incident: { summary: 'Payments failed for 40 minutes', occurredAt: '2026-11-20T14:03:00Z', severity: 'SEV1' },
    });
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const tokens = Object.values(created.tokens);
    expect(new Set(tokens).size).toBe(3);
    for (const token of tokens) expect(token.length).toBeGreaterThanOrEqual(22);
    for (const role of ['facilitator', 'participant', 'observer'] as const) {
      expect(created.links[role]).toBe(
        `${server.url.replace('localhost', '127.0.0.1')}/m/${created.id}#${created.tokens[role]}`,
      );
    }
  });

  it.each([
    ['{}', /"title"/],
    ['{"title": ""}', /"title"/],
    ['{"title": 42}', /"title"/],
    [`{"title": "${'x'.repeat(201)}"}`, /"title"/],
    ['{"title": "ok", "incident": {"severity": "SEV9"}}', /"incident\.severity"/],
    ['{"title": "ok", "incident": {"occurredAt": "yesterday"}}', /"incident\.occurredAt"/],
    ['[1, 2]', /body|title/i],
    ['not json', /JSON/],
  ])('answers %s with 400 and a message naming the field', async (body, message) => {
    const response = await postMeeting(body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  });

  it('writes when the incident happened as its "Started" key moment, in the zone the form was filled in', async () => {
    const created = await createTestMeeting(server.url, {
      title: 'Checkout outage',
      incident: { occurredAt: '2026-11-20T14:03:00+01:00', timeZone: 'Europe/Berlin' },
    });
    const client = connectTestClient(server.wsUrl, created.id, { token: created.tokens.observer });
    try {
      await client.synced();
      expect(readIncidentFacts(client.doc).started).toEqual({
        at: '2026-11-20T13:03:00.000Z',
        timeZone: 'Europe/Berlin',
      });
    } finally {
      client.destroy();
    }
  });

  it('leaves "Started" empty when the form gave no time, and shows a time without a zone in UTC', async () => {
    const untimed = await createTestMeeting(server.url, { title: 'No time given' });
    const unzoned = await createTestMeeting(server.url, {
      title: 'No zone given',
      incident: { occurredAt: '2026-11-20T14:03:00+01:00' },
    });
    const clients = [untimed, unzoned].map((meeting) =>
      connectTestClient(server.wsUrl, meeting.id, { token: meeting.tokens.observer }),
    );
    try {
      await Promise.all(clients.map((client) => client.synced()));
      const [first, second] = clients.map((client) => readIncidentFacts(client.doc).started);
      expect(first).toBeNull();
      expect(second).toEqual({ at: '2026-11-20T13:03:00.000Z', timeZone: 'UTC' });
    } finally {
      for (const client of clients) client.destroy();
    }
  });

  it('limits how many meetings one address creates per minute', async () => {
    const limited = await startTestServer(undefined, {}, { MEETINGS_PER_MINUTE: '2' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${limited.url}/api/meetings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title: `Incident ${i}` }),
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([201, 201, 429]);
    } finally {
      await limited.close();
    }
  });

  it('refuses a body over 64 KiB with 413', async () => {
    const response = await postMeeting(JSON.stringify({ title: 'x', padding: 'y'.repeat(70_000) }));
    expect(response.status).toBe(413);
  });

  it('stores only hashes of the tokens, and nothing of a personal key', async () => {
    const created = await createTestMeeting(server.url);
    const person = await joinAs({ server, meeting: created }, 'ana-secret-personal-key-1234');
    await server.close();
    const files = fs.readdirSync(server.dataDir).map((name) => fs.readFileSync(path.join(server.dataDir, name)));
    const everything = Buffer.concat(files).toString('latin1');
    expect(everything).toContain(created.id);
    expect(everything).toContain(person.participantId);
    for (const token of Object.values(created.tokens)) expect(everything).not.toContain(token);
    expect(everything).not.toContain(person.key);
    expect(everything).not.toContain(person.presenceKey);
    server = await startTestServer(server.dataDir);
  });
});

describe('GET /api/meetings/:id/session', () => {
  it('tells each token its role and the meeting, without token hashes', async () => {
    const created = await createTestMeeting(server.url, { title: 'Search latency spike' });
    for (const role of ['facilitator', 'participant', 'observer'] as const) {
      const response = await fetch(`${server.url}/api/meetings/${created.id}/session`, {
        headers: { authorization: `Bearer ${created.tokens[role]}` },
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { role: string; meeting: Record<string, unknown> };
      expect(body.role).toBe(role);
      expect(body.meeting).toMatchObject({ id: created.id, title: 'Search latency spike', severity: 'SEV3' });
      expect(JSON.stringify(body)).not.toMatch(/hash/i);
    }
  });

  it('gives the share links back to the facilitator only', async () => {
    const created = await createTestMeeting(server.url);
    const session = async (role: 'facilitator' | 'participant' | 'observer') => {
      const response = await fetch(`${server.url}/api/meetings/${created.id}/session`, {
        headers: { authorization: `Bearer ${created.tokens[role]}` },
      });
      return (await response.json()) as { links?: Record<string, string> };
    };
    expect((await session('facilitator')).links).toEqual(created.links);
    expect((await session('participant')).links).toBeUndefined();
    expect((await session('observer')).links).toBeUndefined();
  });

  it('answers 401 for a wrong or missing token and 404 for an unknown meeting', async () => {
    const created = await createTestMeeting(server.url);
    const wrong = await fetch(`${server.url}/api/meetings/${created.id}/session`, {
      headers: { authorization: 'Bearer not-the-token' },
    });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: string }).error).toMatch(/token/);
    const missing = await fetch(`${server.url}/api/meetings/${created.id}/session`);
    expect(missing.status).toBe(401);
    const unknown = await fetch(`${server.url}/api/meetings/AAAAAAAAAAAAAAAAAAAAAA/session`, {
      headers: { authorization: `Bearer ${created.tokens.facilitator}` },
    });
    expect(unknown.status).toBe(404);
  });
});

describe('GET /api/meetings/:id/session with a personal key', () => {
  const key = 'ana-secret-personal-key-1234';

  async function session(meetingId: string, token: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${server.url}/api/meetings/${meetingId}/session`, {
      headers: { authorization: `Bearer ${token}`, ...headers },
    });
    return { status: response.status, body: (await response.json()) as MeetingSessionResponse & { error?: string } };
  }

  it('names the person the key proves, derived as the browser derives it, and a different one per meeting', async () => {
    const created = await createTestMeeting(server.url);
    const presenceKey = derivePresenceKey(created.id, key);
    const expected = { participantId: participantIdFromPresenceKey(presenceKey), presenceKey };
    const asParticipant = await session(created.id, created.tokens.participant, { 'x-personal-key': key });
    expect(asParticipant.status).toBe(200);
    expect(asParticipant.body.person).toEqual(expected);
    expect(asParticipant.body.person?.participantId).toMatch(/^p-[A-Za-z0-9_-]{22}$/);
    expect(asParticipant.body.person?.participantId).not.toContain(key);
    const asFacilitator = await session(created.id, created.tokens.facilitator, { 'x-personal-key': key });
    expect(asFacilitator.body.person).toEqual(expected);
    // Sending the id the key gives is fine.
    const withId = { 'x-personal-key': key, 'x-participant-id': expected.participantId };
    expect((await session(created.id, created.tokens.participant, withId)).body.person).toEqual(expected);

    const other = await createTestMeeting(server.url);
    const elsewhere = await session(other.id, other.tokens.participant, { 'x-personal-key': key });
    expect(elsewhere.body.person?.participantId).not.toBe(expected.participantId);
  });

  it('names nobody for an observer or a request without a key', async () => {
    const created = await createTestMeeting(server.url);
    expect((await session(created.id, created.tokens.observer, { 'x-personal-key': key })).body.person).toBeNull();
    expect((await session(created.id, created.tokens.participant)).body.person).toBeNull();
  });

  it('refuses an id that is not the key’s with 403, and a key that is not one with 400', async () => {
    const created = await createTestMeeting(server.url);
    const invented = await session(created.id, created.tokens.participant, {
      'x-personal-key': key,
      'x-participant-id': 'p-someone-else',
    });
    expect(invented.status).toBe(403);
    expect(invented.body.error).toMatch(/not yours/);
    for (const bad of ['short', 'x'.repeat(129), 'has spaces in it, sixteen+']) {
      const refused = await session(created.id, created.tokens.participant, { 'x-personal-key': bad });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatch(/X-Personal-Key/);
    }
  });
});
