import { controlDocName, MIN_RATINGS_TO_SHOW, readCheckOuts, readRoundProgress, roundsDocName } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { eventually } from '../support/eventually.ts';
import { useTestMeeting } from '../support/useTestMeeting.ts';

const room = useTestMeeting();
const connectRounds = (token?: string) => room.connect(token, roundsDocName(room.meeting.id));
const connectControl = (token?: string) => room.connect(token, controlDocName(room.meeting.id));

const ANA_KEY = 'ana-secret-personal-key-1234';
const BEN_KEY = 'ben-secret-personal-key-5678';
const CY_KEY = 'cy-secret-personal-key-9012';
const DEE_KEY = 'dee-secret-personal-key-3456';

async function checkOut(person: Record<string, string>, body: unknown, token = room.meeting.tokens.participant) {
  const response = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/check-outs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...person },
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

const command = (type: string) => room.command(type);

describe('check-outs', () => {
  it('put the notes in the rounds document, and the ratings only into counts shown once the meeting closes', async () => {
    const ana = await room.join(ANA_KEY);
    const ben = await room.join(BEN_KEY);
    const cy = await room.join(CY_KEY);
    const dee = await room.join(DEE_KEY);
    const colleague = connectRounds();
    const control = connectControl(room.meeting.tokens.observer);
    await Promise.all([colleague.synced(), control.synced()]);

    expect((await checkOut(ana.headers, { name: 'Ana', note: 'Lighter than I came in', worth: 2 })).status).toBe(200);
    expect((await checkOut(ben.headers, { name: 'Ben', note: '', worth: 5 })).status).toBe(200);
    await eventually(() => expect(readRoundProgress(control.doc)).toMatchObject({ checkedOut: 2, rated: 2 }));
    expect(readRoundProgress(control.doc).worth).toBeNull();
    await eventually(() => expect(readCheckOuts(colleague.doc)).toHaveLength(2));
    expect(readCheckOuts(colleague.doc).map(({ name, note, rated }) => ({ name, note, rated }))).toEqual([
      { name: 'Ana', note: 'Lighter than I came in', rated: true },
      { name: 'Ben', note: '', rated: true },
    ]);
    expect(JSON.stringify(colleague.doc.getMap('checkOuts').toJSON())).not.toMatch(/worth|"2"|:2\b|:5\b/);

    // Only Ana gets her own rating back; changing it is not a second rating, and taking it back uncounts it.
    expect(await mine(ana.headers)).toEqual({ worth: 2 });
    expect(await mine(ben.headers)).toEqual({ worth: 5 });
    expect((await checkOut(ana.headers, { name: 'Ana', note: 'Lighter than I came in', worth: 4 })).status).toBe(200);
    expect(await mine(ana.headers)).toEqual({ worth: 4 });
    expect(readRoundProgress(control.doc).rated).toBe(2);
    expect((await checkOut(ana.headers, { name: 'Ana', note: 'No rating after all' })).status).toBe(200);
    await eventually(() => expect(readRoundProgress(control.doc)).toMatchObject({ checkedOut: 2, rated: 1 }));
    await eventually(() =>
      expect(readCheckOuts(colleague.doc).find((entry) => entry.name === 'Ana')?.rated).toBe(false),
    );
    expect(await mine(ana.headers)).toEqual({ worth: null });

    expect((await checkOut(cy.headers, { name: 'Cy', worth: 3 })).status).toBe(200);
    expect((await checkOut(dee.headers, { name: 'Dee', worth: 3 })).status).toBe(200);
    await eventually(() => expect(readRoundProgress(control.doc)).toMatchObject({ checkedOut: 4, rated: 3 }));
    expect(readRoundProgress(control.doc).worth).toBeNull();

    expect(MIN_RATINGS_TO_SHOW).toBe(3);
    expect(await command('close')).toBe(200);
    await eventually(() => expect(readRoundProgress(control.doc).worth).toEqual([0, 0, 2, 0, 1]));
    // Shown once, the counts stay as they were: reopened and closed again, they never move with a later check-out.
    expect(await command('reopen')).toBe(200);
    expect(await command('close')).toBe(200);
    expect(await command('reopen')).toBe(200);
    await eventually(() => expect(readRoundProgress(control.doc).rated).toBe(3));
    expect(readRoundProgress(control.doc).worth).toEqual([0, 0, 2, 0, 1]);
  });

  it('refuse bad bodies, observers, someone else’s person and a closed meeting, and change nothing', async () => {
    const ana = await room.join(ANA_KEY);
    const ben = await room.join(BEN_KEY);
    const colleague = connectRounds();
    const control = connectControl();
    await Promise.all([colleague.synced(), control.synced()]);
    expect((await checkOut(ana.headers, { name: 'Ana', worth: 9 })).status).toBe(400);
    expect((await checkOut(ana.headers, { worth: 3 })).body.error).toMatch(/"name"/);
    expect((await checkOut(ana.headers, 'not json')).status).toBe(400);
    const noKey = await checkOut({ 'x-participant-id': ana.participantId }, { name: 'Ana', worth: 3 });
    expect(noKey.status).toBe(400);
    expect(noKey.body.error).toMatch(/X-Personal-Key/);
    expect((await checkOut(ana.headers, { name: 'Ana', worth: 3 }, room.meeting.tokens.observer)).status).toBe(403);
    expect((await checkOut(ana.headers, { name: 'Ana', worth: 3 }, 'wrong-token')).status).toBe(401);

    expect((await checkOut(ana.headers, { name: 'Ana', note: 'Mine', worth: 3 })).status).toBe(200);
    const impostor = { 'x-participant-id': ana.participantId, 'x-personal-key': 'not-anas-key-at-all-000' };
    const refused = await checkOut(impostor, { name: 'Ana', note: 'Not Ana', worth: 1 });
    expect(refused.status).toBe(403);
    expect(await mine(ana.headers)).toEqual({ worth: 3 });

    expect(await command('close')).toBe(200);
    expect((await checkOut(ben.headers, { name: 'Ben', worth: 1 })).status).toBe(409);

    await eventually(() => expect(readCheckOuts(colleague.doc).map((entry) => entry.note)).toEqual(['Mine']));
    // One rating is never shown, even once closed: everyone would know whose it is.
    await eventually(() => expect(readRoundProgress(control.doc)).toMatchObject({ checkedOut: 1, rated: 1 }));
    expect(readRoundProgress(control.doc).worth).toBeNull();
    expect(Buffer.from(Y.encodeStateAsUpdate(colleague.doc)).toString('utf8')).not.toContain('Not Ana');
  });
});
