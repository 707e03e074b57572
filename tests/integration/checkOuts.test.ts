import { readCheckOuts, readRoundProgress } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.ts';
import { useTestMeeting } from '../support/useTestMeeting.ts';

const room = useTestMeeting();
const connect = (token?: string) => room.connect(token);

const ana = { 'x-participant-id': 'p-ana', 'x-personal-key': 'ana-secret-personal-key-1234' };
const ben = { 'x-participant-id': 'p-ben', 'x-personal-key': 'ben-secret-personal-key-5678' };

async function checkOut(person: Record<string, string>, body: unknown, token = room.meeting.tokens.participant) {
  const response = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/check-outs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...person },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function mine(person: Record<string, string>) {
  const response = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/check-outs/mine`, {
    headers: { authorization: `Bearer ${room.meeting.tokens.participant}`, ...person },
  });
  return (await response.json()) as { worth: number | null };
}

describe('check-outs', () => {
  it('put the notes in everyone’s document, but each rating only into the counts', async () => {
    const colleague = connect();
    await colleague.synced();

    expect((await checkOut(ana, { name: 'Ana', note: 'Lighter than I came in', worth: 2 })).status).toBe(200);
    expect((await checkOut(ben, { name: 'Ben', note: '', worth: 5 })).status).toBe(200);
    await eventually(() => expect(readRoundProgress(colleague.doc).worth).toEqual([0, 1, 0, 0, 1]));
    expect(readCheckOuts(colleague.doc).map(({ name, note, rated }) => ({ name, note, rated }))).toEqual([
      { name: 'Ana', note: 'Lighter than I came in', rated: true },
      { name: 'Ben', note: '', rated: true },
    ]);
    expect(JSON.stringify(colleague.doc.getMap('checkOuts').toJSON())).not.toMatch(/worth|"2"|:2\b|:5\b/);

    // Only Ana gets her own rating back; changing it moves the count, without a second vote.
    expect(await mine(ana)).toEqual({ worth: 2 });
    expect(await mine(ben)).toEqual({ worth: 5 });
    expect((await checkOut(ana, { name: 'Ana', note: 'Lighter than I came in', worth: 4 })).status).toBe(200);
    await eventually(() => expect(readRoundProgress(colleague.doc).worth).toEqual([0, 0, 0, 1, 1]));
    expect((await checkOut(ana, { name: 'Ana', note: 'No rating after all' })).status).toBe(200);
    await eventually(() => expect(readRoundProgress(colleague.doc).worth).toEqual([0, 0, 0, 0, 1]));
    expect(readCheckOuts(colleague.doc).find((entry) => entry.name === 'Ana')?.rated).toBe(false);
    expect(await mine(ana)).toEqual({ worth: null });
  });

  it('refuse bad bodies, observers, another browser’s person and a closed meeting, and change nothing', async () => {
    const colleague = connect();
    await colleague.synced();
    expect((await checkOut(ana, { name: 'Ana', worth: 9 })).status).toBe(400);
    expect((await checkOut(ana, { worth: 3 })).body.error).toMatch(/"name"/);
    expect((await checkOut(ana, 'not json')).status).toBe(400);
    expect((await checkOut({ 'x-participant-id': 'p-ana' }, { name: 'Ana', worth: 3 })).status).toBe(400);
    expect((await checkOut(ana, { name: 'Ana', worth: 3 }, room.meeting.tokens.observer)).status).toBe(403);
    expect((await checkOut(ana, { name: 'Ana', worth: 3 }, 'wrong-token')).status).toBe(401);

    expect((await checkOut(ana, { name: 'Ana', note: 'Mine', worth: 3 })).status).toBe(200);
    const impostor = { 'x-participant-id': 'p-ana', 'x-personal-key': 'not-anas-key-at-all-000' };
    const refused = await checkOut(impostor, { name: 'Ana', note: 'Not Ana', worth: 1 });
    expect(refused.status).toBe(403);

    const close = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/commands`, {
      method: 'POST',
      headers: { authorization: `Bearer ${room.meeting.tokens.facilitator}` },
      body: JSON.stringify({ type: 'close' }),
    });
    expect(close.status).toBe(200);
    expect((await checkOut(ben, { name: 'Ben', worth: 1 })).status).toBe(409);

    await eventually(() => expect(readCheckOuts(colleague.doc).map((entry) => entry.note)).toEqual(['Mine']));
    expect(readRoundProgress(colleague.doc).worth).toEqual([0, 0, 1, 0, 0]);
  });
});
