import type { Role } from '@debrief/shared';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AccessOutcome, AccessRequest, MeetingAccess } from '../meeting/createMeetingService.ts';
import type { MeetingRecord } from '../persistence/MeetingStore.ts';
import { type AccessEnv, type AccessRule, CONTRIBUTORS, EVERYONE, meetingAccess } from './meetingAccess.ts';

const meeting: MeetingRecord = {
  id: 'meeting-1',
  title: 'Checkout outage',
  incidentSummary: '',
  occurredAt: null,
  severity: 'SEV2',
  createdAt: 0,
  tokenHashes: { facilitator: 'f', participant: 'p', observer: 'o' },
  sealedShareTokens: null,
  schemaVersion: 4,
};

const person = { participantId: 'p-ana', presenceKey: 'presence', ballotId: 'ballot', ratingId: 'rating' };

/**
 * Stands in for the meeting service: meeting `gone` does not exist, token `wrong` is refused, `key-of-someone-else`
 * is refused as not yours; otherwise the token names the role and any key proves Ana. Every request is kept.
 */
function createResolver() {
  const requests: { meetingId: string; request: AccessRequest }[] = [];
  return {
    requests,
    async resolveAccess(meetingId: string, request: AccessRequest): Promise<AccessOutcome> {
      requests.push({ meetingId, request });
      if (meetingId === 'gone') return { ok: false, status: 404, message: 'There is no meeting at this link' };
      if (request.token === 'wrong' || request.token === null) {
        return { ok: false, status: 401, message: 'This link’s token is missing or wrong' };
      }
      if (request.personalKey === 'key-of-someone-else') {
        return { ok: false, status: 403, message: 'That participant id is not yours' };
      }
      const role = request.token as Role;
      const access: MeetingAccess = {
        meeting,
        role,
        person: role !== 'observer' && request.personalKey ? person : null,
        token: request.token,
      };
      return { ok: true, access };
    },
  };
}

function createApp(rule: AccessRule) {
  const resolver = createResolver();
  const app = new Hono<AccessEnv>();
  app.post('/api/meetings/:id/thing', meetingAccess(resolver, rule), (c) => {
    const access = c.get('access');
    return c.json({ meetingId: access.meeting.id, role: access.role, person: access.person?.participantId ?? null });
  });
  const send = async (meetingId: string, headers: Record<string, string>) => {
    const response = await app.request(`/api/meetings/${meetingId}/thing`, { method: 'POST', headers });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  return { send, requests: resolver.requests };
}

const as = (token: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra });

describe('meetingAccess', () => {
  it('passes the resolver’s 404 and 401 through as {error}, and never reaches the handler', async () => {
    const { send } = createApp({ roles: EVERYONE, person: 'optional' });
    expect(await send('gone', as('facilitator'))).toEqual({
      status: 404,
      body: { error: 'There is no meeting at this link' },
    });
    expect(await send('meeting-1', as('wrong'))).toEqual({
      status: 401,
      body: { error: 'This link’s token is missing or wrong' },
    });
    expect((await send('meeting-1', {})).status).toBe(401);
    expect((await send('meeting-1', { authorization: 'Basic facilitator' })).status).toBe(401);
  });

  it('hands the resolver the meeting id from the path and the token from the Bearer header', async () => {
    const { send, requests } = createApp({ roles: EVERYONE, person: 'optional' });
    await send('meeting-1', as('participant', { 'x-personal-key': 'k'.repeat(20), 'x-participant-id': 'p-ana' }));
    expect(requests).toEqual([
      {
        meetingId: 'meeting-1',
        request: { token: 'participant', personalKey: 'k'.repeat(20), participantId: 'p-ana' },
      },
    ]);
  });

  it('answers 403 with the rule’s message for a role the rule does not list', async () => {
    const { send } = createApp({ roles: CONTRIBUTORS, forbidden: 'Observers cannot do this', person: 'optional' });
    expect(await send('meeting-1', as('observer'))).toEqual({
      status: 403,
      body: { error: 'Observers cannot do this' },
    });
    expect((await send('meeting-1', as('participant'))).status).toBe(200);
    const onlyFacilitators = createApp({ roles: ['facilitator'], person: 'optional' });
    const refused = await onlyFacilitators.send('meeting-1', as('participant'));
    expect(refused.status).toBe(403);
    expect(refused.body.error).toEqual(expect.any(String));
  });

  it('answers 400 naming X-Personal-Key when the rule needs a person and none is proven', async () => {
    const { send } = createApp({ roles: CONTRIBUTORS, person: 'required' });
    const refused = await send('meeting-1', as('participant'));
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/"X-Personal-Key"/);
    const idOnly = await send('meeting-1', as('participant', { 'x-participant-id': 'p-ana' }));
    expect(idOnly.status).toBe(400);
    expect((await send('meeting-1', as('participant', { 'x-personal-key': 'k'.repeat(20) }))).body).toEqual({
      meetingId: 'meeting-1',
      role: 'participant',
      person: 'p-ana',
    });
  });

  it('passes a refusal of the person through, whatever the rule', async () => {
    for (const rule of ['required', 'optional'] as const) {
      const { send } = createApp({ roles: EVERYONE, person: rule });
      expect(await send('meeting-1', as('participant', { 'x-personal-key': 'key-of-someone-else' }))).toEqual({
        status: 403,
        body: { error: 'That participant id is not yours' },
      });
    }
  });

  it('never hands the key or the id to the resolver when the rule ignores the person', async () => {
    const { send, requests } = createApp({ roles: CONTRIBUTORS, person: 'ignored' });
    const reply = await send(
      'meeting-1',
      as('participant', { 'x-personal-key': 'key-of-someone-else', 'x-participant-id': 'p-ana' }),
    );
    expect(reply).toEqual({ status: 200, body: { meetingId: 'meeting-1', role: 'participant', person: null } });
    expect(requests.map(({ request }) => request)).toEqual([
      { token: 'participant', personalKey: null, participantId: null },
    ]);
  });

  it('leaves the access it resolved for the handler after it', async () => {
    const { send } = createApp({ roles: EVERYONE, person: 'optional' });
    expect(await send('meeting-1', as('facilitator', { 'x-personal-key': 'k'.repeat(20) }))).toEqual({
      status: 200,
      body: { meetingId: 'meeting-1', role: 'facilitator', person: 'p-ana' },
    });
    expect((await send('meeting-1', as('observer', { 'x-personal-key': 'k'.repeat(20) }))).body).toEqual({
      meetingId: 'meeting-1',
      role: 'observer',
      person: null,
    });
  });
});
