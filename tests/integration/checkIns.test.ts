import { readCheckIns, readRoundProgress } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { eventually } from '../support/eventually.ts';
import { useTestMeeting } from '../support/useTestMeeting.ts';

const room = useTestMeeting();
const connect = (token?: string) => room.connect(token);

const ana = { 'x-participant-id': 'p-ana', 'x-personal-key': 'ana-secret-personal-key-1234' };
const ben = { 'x-participant-id': 'p-ben', 'x-personal-key': 'ben-secret-personal-key-5678' };

async function command(body: unknown): Promise<number> {
  const response = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/commands`, {
    method: 'POST',
    headers: { authorization: `Bearer ${room.meeting.tokens.facilitator}` },
    body: JSON.stringify(body),
  });
  return response.status;
}

async function checkIn(person: Record<string, string>, body: unknown, token = room.meeting.tokens.participant) {
  const response = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/check-ins`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...person },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function mine(person: Record<string, string>) {
  const response = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/check-ins/mine`, {
    headers: { authorization: `Bearer ${room.meeting.tokens.participant}`, ...person },
  });
  return (await response.json()) as { checkIn: { note: string | null } | null; held: boolean };
}

/** Every string anywhere in a document's encoded state, to prove a note is not in it. */
function encodedState(doc: Y.Doc): string {
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('utf8');
}

describe('check-ins', () => {
  it('while hidden, a card’s text is in nobody else’s document until the reveal', async () => {
    const colleague = connect();
    const observer = connect(room.meeting.tokens.observer);
    await Promise.all([colleague.synced(), observer.synced()]);
    expect(await command({ type: 'setCheckInsHidden', hidden: true })).toBe(200);

    const posted = await checkIn(ana, { name: 'Ana', note: 'Nervous about this one', mood: 2 });
    expect(posted.status).toBe(200);
    expect(posted.body.held).toBe(true);
    await eventually(() => expect(readCheckIns(colleague.doc).map((c) => c.participantId)).toEqual(['p-ana']));
    expect(readCheckIns(colleague.doc)[0]).toMatchObject({ name: 'Ana', hidden: true, note: null, mood: null });
    expect(encodedState(colleague.doc)).not.toContain('Nervous about this one');
    expect(encodedState(observer.doc)).not.toContain('Nervous about this one');
    const late = connect();
    await late.synced();
    expect(encodedState(late.doc)).not.toContain('Nervous about this one');

    expect((await mine(ana)).checkIn?.note).toBe('Nervous about this one');
    expect((await mine({ ...ana, 'x-personal-key': 'someone-elses-key-123456' })).checkIn).toBeNull();
    expect((await mine(ben)).checkIn).toBeNull();

    expect(await command({ type: 'revealCheckIns' })).toBe(200);
    await eventually(() =>
      expect(readCheckIns(colleague.doc)[0]).toMatchObject({ note: 'Nervous about this one', mood: 2, hidden: false }),
    );
    expect(readCheckIns(observer.doc)[0]?.note).toBe('Nervous about this one');
    expect((await mine(ana)).held).toBe(false);
  });

  it('writes cards straight into the document when not hidden, and a pass is a valid check-in', async () => {
    const colleague = connect();
    await colleague.synced();
    expect((await checkIn(ana, { name: 'Ana', note: 'Rested and curious', mood: 4 })).body.held).toBe(false);
    expect((await checkIn(ben, { name: 'Ben', passed: true })).status).toBe(200);
    await eventually(() =>
      expect(readCheckIns(colleague.doc)).toMatchObject([
        { participantId: 'p-ana', note: 'Rested and curious', mood: 4, passed: false },
        { participantId: 'p-ben', note: null, passed: true },
      ]),
    );
  });

  it('keeps held cards across a restart, and turning hiding off reveals them', async () => {
    expect(await command({ type: 'setCheckInsHidden', hidden: true })).toBe(200);
    await checkIn(ben, { name: 'Ben', note: 'Long week' });
    await room.restart();
    expect(await command({ type: 'setCheckInsHidden', hidden: false })).toBe(200);
    const colleague = connect();
    await colleague.synced();
    await eventually(() => expect(readCheckIns(colleague.doc)[0]?.note).toBe('Long week'));
  });

  it('refuses observers, bad bodies, a stolen participant id and a closed meeting', async () => {
    expect((await checkIn(ana, { name: 'Ana' }, room.meeting.tokens.observer)).status).toBe(403);
    expect((await checkIn(ana, { name: 'Ana' }, 'wrong')).status).toBe(401);
    const noName = await checkIn(ana, { note: 'hi' });
    expect(noName.status).toBe(400);
    expect(noName.body.error).toMatch(/"name"/);
    expect((await checkIn(ana, { name: 'Ana', mood: 9 })).body.error).toMatch(/"mood"/);
    expect((await checkIn({ 'x-participant-id': 'p-ana' }, { name: 'Ana' })).body.error).toMatch(/X-Personal-Key/);

    expect(await command({ type: 'setCheckInsHidden', hidden: true })).toBe(200);
    expect((await checkIn(ana, { name: 'Ana', note: 'mine' })).status).toBe(200);
    const impostor = await checkIn({ ...ana, 'x-personal-key': 'impostor-personal-key-0000' }, { name: 'Ana?' });
    expect(impostor.status).toBe(409);

    expect(await command({ type: 'close' })).toBe(200);
    expect((await checkIn(ben, { name: 'Ben' })).status).toBe(409);
  });
});

describe('round progress', () => {
  it('counts the people who have voted, without saying who', async () => {
    const colleague = connect();
    await colleague.synced();
    const card = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/cards`, {
      method: 'POST',
      headers: { authorization: `Bearer ${room.meeting.tokens.participant}` },
      body: JSON.stringify({ prompt: 'slowed', text: 'Alerts went to an unmonitored channel', anonymous: true }),
    });
    const { card: created } = (await card.json()) as { card: { id: string } };
    for (const person of [ana, ben, ana]) {
      const vote = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/votes`, {
        method: 'POST',
        headers: { authorization: `Bearer ${room.meeting.tokens.participant}`, ...person },
        body: JSON.stringify({ cardId: created.id, delta: 1 }),
      });
      expect(vote.status).toBe(200);
    }
    await eventually(() => expect(readRoundProgress(colleague.doc).voters).toBe(2));
  });
});
