import { controlDocName, readControlState } from '@debrief/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectTestClient, type TestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { eventually } from '../support/eventually.ts';
import { type JoinedPerson, joinAs } from '../support/joinAs.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';

let server: TestServer;
let meeting: Awaited<ReturnType<typeof createTestMeeting>>;
let watcher: TestClient;

async function send(command: unknown, token: string | null, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/api/meetings/${meeting.id}/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof command === 'string' ? command : JSON.stringify(command),
  });
  return { status: response.status, body: (await response.json()) as { error?: string; state?: { stage: string } } };
}

function session(token: string, headers: Record<string, string>) {
  return fetch(`${server.url}/api/meetings/${meeting.id}/session`, {
    headers: { authorization: `Bearer ${token}`, ...headers },
  });
}

/** Opens the meeting with the participant link, as a person's browser does. */
function join(name: string): Promise<JoinedPerson> {
  return joinAs({ server, meeting }, `${name}-secret-key-0123456789`);
}

beforeEach(async () => {
  server = await startTestServer();
  meeting = await createTestMeeting(server.url);
  watcher = connectTestClient(server.wsUrl, controlDocName(meeting.id), { token: meeting.tokens.observer });
  await watcher.synced();
});

afterEach(async () => {
  watcher.destroy();
  await server.close();
});

describe('POST /api/meetings/:id/commands', () => {
  it('lets a facilitator, and nobody else, set how many actions are enough; everyone sees it, and it lasts', async () => {
    const refused = await send({ type: 'setMaxActions', actions: 3 }, meeting.tokens.participant);
    expect(refused).toEqual({ status: 403, body: { error: 'Only a facilitator can set how many actions are enough' } });
    const bad = await send({ type: 'setMaxActions', actions: 0 }, meeting.tokens.facilitator);
    expect(bad).toEqual({ status: 400, body: { error: '"actions" must be a whole number from 1 to 50' } });
    expect(readControlState(watcher.doc)?.maxActions).toBe(7);

    expect((await send({ type: 'setMaxActions', actions: 3 }, meeting.tokens.facilitator)).status).toBe(200);
    await eventually(() => expect(readControlState(watcher.doc)?.maxActions).toBe(3));
    watcher.destroy();
    const dataDir = server.dataDir;
    await server.close();
    server = await startTestServer(dataDir);
    watcher = connectTestClient(server.wsUrl, controlDocName(meeting.id), { token: meeting.tokens.observer });
    await watcher.synced();
    expect(readControlState(watcher.doc)?.maxActions).toBe(3);
  });

  it('lets a facilitator walk the agenda, and every client sees the stage change', async () => {
    const advanced = await send({ type: 'advance' }, meeting.tokens.facilitator);
    expect(advanced.status).toBe(200);
    expect(advanced.body.state?.stage).toBe('check-in');
    await eventually(() => expect(readControlState(watcher.doc)?.stage).toBe('check-in'));

    expect((await send({ type: 'goto', stage: 'lessons' }, meeting.tokens.facilitator)).status).toBe(200);
    expect((await send({ type: 'back' }, meeting.tokens.facilitator)).body.state?.stage).toBe('timeline');
    expect((await send({ type: 'setTimebox', minutes: 10 }, meeting.tokens.facilitator)).status).toBe(200);
    expect((await send({ type: 'startTimebox' }, meeting.tokens.facilitator)).status).toBe(200);
    await eventually(() => {
      const state = readControlState(watcher.doc);
      expect(state?.timebox.durationMs).toBe(600_000);
      expect(state?.timebox.runningSince).toEqual(expect.any(Number));
    });
    expect((await send({ type: 'pauseTimebox' }, meeting.tokens.facilitator)).status).toBe(200);
    expect((await send({ type: 'close' }, meeting.tokens.facilitator)).body.state?.stage).toBe('closed');
    await eventually(() => expect(readControlState(watcher.doc)?.stage).toBe('closed'));
    expect((await send({ type: 'reopen' }, meeting.tokens.facilitator)).body.state?.stage).toBe('timeline');
  });

  it.each(['participant', 'observer'] as const)('refuses every command from a %s with 403', async (role) => {
    for (const command of [{ type: 'advance' }, { type: 'close' }, { type: 'setTimebox', minutes: 5 }]) {
      const result = await send(command, meeting.tokens[role]);
      expect(result.status).toBe(403);
      expect(result.body.error).toMatch(/facilitator/i);
    }
    expect(readControlState(watcher.doc)?.stage).toBe('prepare');
  });

  it('answers 409 for a transition that is not allowed', async () => {
    const result = await send({ type: 'back' }, meeting.tokens.facilitator);
    expect(result.status).toBe(409);
    expect(result.body.error).toEqual(expect.any(String));
    expect((await send({ type: 'reopen' }, meeting.tokens.facilitator)).status).toBe(409);
    expect((await send({ type: 'startTimebox' }, meeting.tokens.facilitator)).status).toBe(409);
  });

  it.each([
    ['not json', /JSON|type/i],
    [{}, /"type"/],
    [{ type: 'jump' }, /"type"/],
    [{ type: 'goto', stage: 'lunch' }, /"stage"/],
    [{ type: 'setTimebox', minutes: -3 }, /"minutes"/],
  ])('answers %j with 400 and a message', async (command, message) => {
    const result = await send(command, meeting.tokens.facilitator);
    expect(result.status).toBe(400);
    expect(result.body.error).toMatch(message);
  });

  it('answers 401 without a valid token and 404 for an unknown meeting', async () => {
    expect((await send({ type: 'advance' }, null)).status).toBe(401);
    expect((await send({ type: 'advance' }, 'wrong')).status).toBe(401);
    const unknown = await fetch(`${server.url}/api/meetings/AAAAAAAAAAAAAAAAAAAAAA/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${meeting.tokens.facilitator}` },
      body: '{"type":"advance"}',
    });
    expect(unknown.status).toBe(404);
  });

  it('moves on only from the stage the sender saw, when told which', async () => {
    expect((await send({ type: 'advance', from: 'prepare' }, meeting.tokens.facilitator)).status).toBe(200);
    const stale = await send({ type: 'advance', from: 'prepare' }, meeting.tokens.facilitator);
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatch(/moved on/);
    const staleBack = await send({ type: 'back', from: 'timeline' }, meeting.tokens.facilitator);
    expect(staleBack.status).toBe(409);
    expect((await send({ type: 'back', from: 'check-in' }, meeting.tokens.facilitator)).body.state?.stage).toBe(
      'prepare',
    );
    const badFrom = await send({ type: 'advance', from: 'lunch' }, meeting.tokens.facilitator);
    expect(badFrom.status).toBe(400);
    expect(badFrom.body.error).toMatch(/"from"/);
    await eventually(() => expect(readControlState(watcher.doc)?.stage).toBe('prepare'));
  });

  it('lets a participant the facilitator promoted move the meeting on, and hand facilitation over', async () => {
    const ana = await join('person-ana');
    const ben = await join('person-ben');
    expect((await send({ type: 'advance' }, meeting.tokens.participant, ana.headers)).status).toBe(403);
    expect(
      (await send({ type: 'addFacilitator', participantId: ana.participantId }, meeting.tokens.facilitator)).status,
    ).toBe(200);
    expect((await send({ type: 'advance' }, meeting.tokens.participant, ana.headers)).status).toBe(200);
    expect((await send({ type: 'advance' }, meeting.tokens.participant, ben.headers)).status).toBe(403);
    expect(
      (await send({ type: 'handOver', participantId: ben.participantId }, meeting.tokens.participant, ana.headers))
        .status,
    ).toBe(200);
    expect((await send({ type: 'advance' }, meeting.tokens.participant, ana.headers)).status).toBe(403);
    expect((await send({ type: 'advance' }, meeting.tokens.participant, ben.headers)).status).toBe(200);
    await eventually(() => {
      const state = readControlState(watcher.doc);
      expect(state?.leadFacilitatorId).toBe(ben.participantId);
      expect(state?.facilitatorIds).toEqual([ben.participantId]);
    });
  });

  it('lets only the holder of a promoted person’s key act as them', async () => {
    const ana = await join('person-ana');
    expect(
      (await send({ type: 'addFacilitator', participantId: ana.participantId }, meeting.tokens.facilitator)).status,
    ).toBe(200);

    // Everyone in the room can see Ana's participant id, but not her key.
    const impostor = { 'x-participant-id': ana.participantId, 'x-personal-key': 'someone-elses-secret-key' };
    const refused = await send({ type: 'close' }, meeting.tokens.participant, impostor);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatch(/not yours/i);
    // Opening the meeting with her id is refused too, and takes nothing over.
    expect((await session(meeting.tokens.participant, impostor)).status).toBe(403);
    expect((await send({ type: 'close' }, meeting.tokens.participant, impostor)).status).toBe(403);
    // Without her id the other key is simply someone else, who is no facilitator.
    const other = { 'x-personal-key': impostor['x-personal-key'] };
    expect((await send({ type: 'close' }, meeting.tokens.participant, other)).status).toBe(403);
    expect((await send({ type: 'advance' }, meeting.tokens.participant, ana.headers)).status).toBe(200);

    // Her id without her key proves nothing: the request counts as nobody's, and nobody's may not run the meeting.
    const noKey = await send({ type: 'advance' }, meeting.tokens.participant, {
      'x-participant-id': ana.participantId,
    });
    expect(noKey.status).toBe(403);
    // A key that is not one is named in a 400.
    const badKey = await send({ type: 'advance' }, meeting.tokens.participant, { 'x-personal-key': 'short' });
    expect(badKey.status).toBe(400);
    expect(badKey.body.error).toMatch(/X-Personal-Key/);
    await eventually(() => expect(readControlState(watcher.doc)?.stage).toBe('check-in'));
  });

  it('refuses to promote someone who has not joined the meeting', async () => {
    const result = await send({ type: 'addFacilitator', participantId: 'person-nobody' }, meeting.tokens.facilitator);
    expect(result.status).toBe(409);
    expect(result.body.error).toBe('That person has not joined this meeting');
    const handOver = await send({ type: 'handOver', participantId: 'person-nobody' }, meeting.tokens.facilitator);
    expect(handOver.status).toBe(409);
    expect(readControlState(watcher.doc)?.facilitatorIds).toEqual([]);
  });
});
