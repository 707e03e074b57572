import { controlDocName, readCheckIns, readRoundProgress, roundsDocName } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { eventually } from '../support/eventually.ts';
import { useTestMeeting } from '../support/useTestMeeting.ts';

const room = useTestMeeting();
const connect = (token?: string, docName?: string) => room.connect(token, docName);
const connectRounds = (token?: string) => connect(token, roundsDocName(room.meeting.id));
const connectControl = (token?: string) => connect(token, controlDocName(room.meeting.id));

const ANA_KEY = 'ana-secret-personal-key-1234';
const BEN_KEY = 'ben-secret-personal-key-5678';

async function command(body: unknown): Promise<number> {
  const response = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${room.meeting.tokens.facilitator}` },
    body: JSON.stringify(body),
  });
  return response.status;
}

async function checkIn(person: Record<string, string>, body: unknown, token = room.meeting.tokens.participant) {
  const response = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/check-ins`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...person },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function mine(person: Record<string, string>) {
  const response = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/check-ins/mine`, {
    headers: { authorization: `Bearer ${room.meeting.tokens.participant}`, ...person },
  });
  const body = (await response.json()) as { checkIn: { note: string | null } | null; held: boolean; error?: string };
  return { status: response.status, ...body };
}

/** Every string anywhere in a document's encoded state, to prove a note is not in it. */
function encodedState(doc: Y.Doc): string {
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('utf8');
}

describe('check-ins', () => {
  it('while hidden, a card’s text is in nobody else’s document until the reveal', async () => {
    const ana = await room.join(ANA_KEY);
    const ben = await room.join(BEN_KEY);
    const colleague = connectRounds();
    const colleagueContent = connect();
    const observer = connect(room.meeting.tokens.observer);
    const observerControl = connectControl(room.meeting.tokens.observer);
    await Promise.all([colleague.synced(), colleagueContent.synced(), observer.synced(), observerControl.synced()]);
    expect(await command({ type: 'setCheckInsHidden', hidden: true })).toBe(200);

    const posted = await checkIn(ana.headers, { name: 'Ana', note: 'Nervous about this one', mood: 2 });
    expect(posted.status).toBe(200);
    expect(posted.body.held).toBe(true);
    await eventually(() =>
      expect(readCheckIns(colleague.doc).map((c) => c.participantId)).toEqual([ana.participantId]),
    );
    expect(readCheckIns(colleague.doc)[0]).toMatchObject({ name: 'Ana', hidden: true, note: null, mood: null });
    await eventually(() => expect(readRoundProgress(observerControl.doc).checkedIn).toBe(1));
    for (const doc of [colleague.doc, colleagueContent.doc, observer.doc, observerControl.doc]) {
      expect(encodedState(doc)).not.toContain('Nervous about this one');
    }
    const late = connectRounds();
    await late.synced();
    expect(encodedState(late.doc)).not.toContain('Nervous about this one');

    expect((await mine(ana.headers)).checkIn?.note).toBe('Nervous about this one');
    // Someone else's key is someone else, with nothing held; Ana's id with their key is refused outright.
    expect((await mine({ 'x-personal-key': 'someone-elses-key-123456' })).checkIn).toBeNull();
    const stolen = await mine({ 'x-participant-id': ana.participantId, 'x-personal-key': 'someone-elses-key-123456' });
    expect(stolen.status).toBe(403);
    expect(stolen.checkIn).toBeUndefined();
    expect((await mine(ben.headers)).checkIn).toBeNull();

    expect(await command({ type: 'revealCheckIns' })).toBe(200);
    await eventually(() =>
      expect(readCheckIns(colleague.doc)[0]).toMatchObject({ note: 'Nervous about this one', mood: 2, hidden: false }),
    );
    expect((await mine(ana.headers)).held).toBe(false);
    // Observers see that someone checked in, never what they wrote, not even after the reveal.
    expect(readRoundProgress(observerControl.doc).checkedIn).toBe(1);
    expect(encodedState(observer.doc)).not.toContain('Nervous about this one');
    expect(encodedState(observerControl.doc)).not.toContain('Nervous about this one');
    // Nor does the content document, which participants write, hold any check-in.
    expect(encodedState(colleagueContent.doc)).not.toContain('Nervous about this one');
    expect(readCheckIns(colleagueContent.doc)).toEqual([]);
  });

  it('writes cards straight into the rounds document when not hidden, and a pass is a valid check-in', async () => {
    const ana = await room.join(ANA_KEY);
    const ben = await room.join(BEN_KEY);
    const colleague = connectRounds();
    const control = connectControl();
    await Promise.all([colleague.synced(), control.synced()]);
    expect((await checkIn(ana.headers, { name: 'Ana', note: 'Rested and curious', mood: 4 })).body.held).toBe(false);
    expect((await checkIn(ben.headers, { name: 'Ben', passed: true })).status).toBe(200);
    await eventually(() =>
      expect(readCheckIns(colleague.doc)).toMatchObject([
        { participantId: ana.participantId, note: 'Rested and curious', mood: 4, passed: false },
        { participantId: ben.participantId, note: null, passed: true },
      ]),
    );
    await eventually(() => expect(readRoundProgress(control.doc).checkedIn).toBe(2));
  });

  it('keeps held cards across a restart, and turning hiding off reveals them', async () => {
    const ben = await room.join(BEN_KEY);
    expect(await command({ type: 'setCheckInsHidden', hidden: true })).toBe(200);
    await checkIn(ben.headers, { name: 'Ben', note: 'Long week' });
    await room.restart();
    expect(await command({ type: 'setCheckInsHidden', hidden: false })).toBe(200);
    const colleague = connectRounds();
    await colleague.synced();
    await eventually(() => expect(readCheckIns(colleague.doc)[0]?.note).toBe('Long week'));
  });

  it('refuses observers, bad bodies, someone else’s participant id and a closed meeting', async () => {
    const ana = await room.join(ANA_KEY);
    const ben = await room.join(BEN_KEY);
    expect((await checkIn(ana.headers, { name: 'Ana' }, room.meeting.tokens.observer)).status).toBe(403);
    expect((await checkIn(ana.headers, { name: 'Ana' }, 'wrong')).status).toBe(401);
    const noName = await checkIn(ana.headers, { note: 'hi' });
    expect(noName.status).toBe(400);
    expect(noName.body.error).toMatch(/"name"/);
    expect((await checkIn(ana.headers, { name: 'Ana', mood: 9 })).body.error).toMatch(/"mood"/);
    const noKey = await checkIn({ 'x-participant-id': ana.participantId }, { name: 'Ana' });
    expect(noKey.status).toBe(400);
    expect(noKey.body.error).toMatch(/X-Personal-Key/);

    expect(await command({ type: 'setCheckInsHidden', hidden: true })).toBe(200);
    expect((await checkIn(ana.headers, { name: 'Ana', note: 'mine' })).status).toBe(200);
    const impostor = await checkIn(
      { 'x-participant-id': ana.participantId, 'x-personal-key': 'impostor-personal-key-0000' },
      { name: 'Ana?', note: 'not hers' },
    );
    expect(impostor.status).toBe(403);
    expect((await mine(ana.headers)).checkIn?.note).toBe('mine');

    expect(await command({ type: 'close' })).toBe(200);
    expect((await checkIn(ben.headers, { name: 'Ben' })).status).toBe(409);
  });
});

describe('round progress', () => {
  it('counts the people who have voted, without saying who', async () => {
    const control = connectControl(room.meeting.tokens.observer);
    await control.synced();
    const card = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/cards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${room.meeting.tokens.participant}` },
      body: JSON.stringify({ prompt: 'slowed', text: 'Alerts went to an unmonitored channel', anonymous: true }),
    });
    const { card: created } = (await card.json()) as { card: { id: string } };
    const ana = await room.join(ANA_KEY);
    const ben = await room.join(BEN_KEY);
    for (const person of [ana, ben, ana]) {
      const vote = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/votes`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${room.meeting.tokens.participant}`,
          ...person.headers,
        },
        body: JSON.stringify({ cardId: created.id, delta: 1 }),
      });
      expect(vote.status).toBe(200);
    }
    await eventually(() => expect(readRoundProgress(control.doc).voters).toBe(2));
    const text = encodedState(control.doc);
    for (const person of [ana, ben]) expect(text).not.toContain(person.participantId);
  });
});
