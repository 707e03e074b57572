import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestMeeting } from '../support/createTestMeeting.ts';
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

  it('limits how many meetings one address creates per minute', async () => {
    const limited = await startTestServer(undefined, {}, { MEETINGS_PER_MINUTE: '2' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${limited.url}/api/meetings`, {
          method: 'POST',
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

  it('stores only hashes of the tokens', async () => {
    const created = await createTestMeeting(server.url);
    await server.close();
    const files = fs.readdirSync(server.dataDir).map((name) => fs.readFileSync(path.join(server.dataDir, name)));
    const everything = Buffer.concat(files).toString('latin1');
    expect(everything).toContain(created.id);
    for (const token of Object.values(created.tokens)) expect(everything).not.toContain(token);
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
