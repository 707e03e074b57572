import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openSqliteDatabase } from '@debrief/server';
import {
  addCard,
  CloseCode,
  type CreateMeetingResponse,
  controlDocName,
  DOC_SCHEMA_VERSION,
  derivePresenceKey,
  MIN_RATINGS_TO_SHOW,
  participantIdFromPresenceKey,
  readCheckIns,
  readCheckOuts,
  readControlState,
  readRoundProgress,
  readVoteTotals,
  roundsDocName,
} from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSqliteCheckOutRatingStore } from '../../server/src/persistence/createSqliteCheckOutRatingStore.ts';
import { connectTestClient, type TestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { eventually } from '../support/eventually.ts';
import { type JoinedPerson, joinAs, type MeetingUnderTest } from '../support/joinAs.ts';
import { openRawSocket } from '../support/openRawSocket.ts';
import { hasKeyDeep, readInsertedValues, recordUpdates } from '../support/recordUpdates.ts';
import { replaceStoredDocument } from '../support/replaceStoredDocument.ts';
import { createTempDataDir, startTestServer, type TestServer } from '../support/startTestServer.ts';
import { useTestMeeting } from '../support/useTestMeeting.ts';

const room = useTestMeeting();

const ANA_KEY = 'ana-secret-personal-key-1234';
const BEN_KEY = 'ben-secret-personal-key-5678';
const CY_KEY = 'cy-secret-personal-key-9012';
const DEE_KEY = 'dee-secret-personal-key-3456';
const MALLORY_KEY = 'mallory-personal-key-0000';

interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown> & { error?: string };
}

async function request(
  at: MeetingUnderTest,
  method: 'GET' | 'POST',
  route: string,
  options: { token?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<Reply> {
  const response = await fetch(`${at.server.url}/api/meetings/${at.meeting.id}${route}`, {
    method,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${options.token ?? at.meeting.tokens.participant}`,
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: response.status, body: (await response.json()) as Reply['body'] };
}

function command(
  body: unknown,
  as: { token?: string; headers?: Record<string, string> } = {},
  at: MeetingUnderTest = room,
) {
  return request(at, 'POST', '/commands', { ...as, token: as.token ?? at.meeting.tokens.facilitator, body });
}

function checkIn(person: { headers: Record<string, string> }, body: unknown) {
  return request(room, 'POST', '/check-ins', { headers: person.headers, body });
}

function checkOut(person: { headers: Record<string, string> }, body: unknown, at: MeetingUnderTest = room) {
  return request(at, 'POST', '/check-outs', { headers: person.headers, body });
}

function vote(person: { headers: Record<string, string> }, cardId: string, at: MeetingUnderTest = room) {
  return request(at, 'POST', '/votes', { headers: person.headers, body: { cardId, delta: 1 } });
}

async function addAnonymousCard(text: string, at: MeetingUnderTest = room): Promise<string> {
  const added = await request(at, 'POST', '/cards', { body: { prompt: 'slowed', text, anonymous: true } });
  expect(added.status).toBe(201);
  return (added.body.card as { id: string }).id;
}

/** A client on one of the meeting's documents whose every update, from the first sync on, is kept. */
function watch(token: string, docName: string, params?: Record<string, string>) {
  const client = room.connect(token, docName, params);
  return { client, updates: recordUpdates(client.doc) };
}

/** Whether any update sets a `worth` or carries a value with a `worth` field: a rating or the ratings' counts. */
function carriesRatings(updates: readonly Uint8Array[]): boolean {
  return updates.some((update) =>
    readInsertedValues(update).some(({ key, value }) => key === 'worth' || hasKeyDeep(value, 'worth')),
  );
}

function encodedText(doc: Y.Doc): string {
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('utf8');
}

function fileMode(file: string): number {
  return fs.statSync(file).mode & 0o777;
}

describe('check-out ratings', () => {
  it('reach no other client in any update, and reach the control document only added up, once closed with three raters', async () => {
    const ana = await room.join(ANA_KEY);
    const ben = await room.join(BEN_KEY);
    const cy = await room.join(CY_KEY);
    const watcher = await room.join('watcher-personal-key-7777');
    const { tokens, id } = room.meeting;
    const watched = {
      content: watch(tokens.participant, id, watcher.params),
      control: watch(tokens.participant, controlDocName(id)),
      rounds: watch(tokens.participant, roundsDocName(id)),
      observerContent: watch(tokens.observer, id),
      observerControl: watch(tokens.observer, controlDocName(id)),
    };
    const all = Object.values(watched);
    await Promise.all(all.map(({ client }) => client.synced()));

    const ratings: [JoinedPerson, string, number][] = [
      [ana, 'Ana', 4],
      [ben, 'Ben', 2],
      [cy, 'Cy', 4],
    ];
    for (const [index, [person, name, worth]] of ratings.entries()) {
      expect((await checkOut(person, { name, note: `${name} leaves`, worth })).status).toBe(200);
      await eventually(() => expect(readCheckOuts(watched.rounds.client.doc)).toHaveLength(index + 1));
      for (const control of [watched.control, watched.observerControl]) {
        await eventually(() => expect(readRoundProgress(control.client.doc).rated).toBe(index + 1));
      }
      for (const { updates } of all) expect(carriesRatings(updates)).toBe(false);
    }
    // The recording does see the named check-outs, so it would see a rating beside one.
    const namesSeen = watched.rounds.updates
      .flatMap(readInsertedValues)
      .filter(({ value }) => hasKeyDeep(value, 'name'));
    expect(namesSeen.length).toBeGreaterThan(0);
    expect(readRoundProgress(watched.observerControl.client.doc).worth).toBeNull();

    const beforeClose = new Map(all.map((watching) => [watching, watching.updates.length]));
    expect(ratings.length).toBe(MIN_RATINGS_TO_SHOW);
    expect((await command({ type: 'close' })).status).toBe(200);
    for (const control of [watched.control, watched.observerControl]) {
      await eventually(() => expect(readRoundProgress(control.client.doc).worth).toEqual([0, 1, 0, 2, 0]));
    }
    // The counts arrive on their own, in the control document only, beside no name.
    for (const watching of all) {
      const sinceClose = watching.updates.slice(beforeClose.get(watching));
      const withRatings = sinceClose.filter((update) => carriesRatings([update]));
      const isControl = watching === watched.control || watching === watched.observerControl;
      expect(withRatings.length > 0).toBe(isControl);
      for (const update of withRatings) {
        expect(readInsertedValues(update).some(({ key, value }) => key === 'name' || hasKeyDeep(value, 'name'))).toBe(
          false,
        );
      }
    }
  });

  it('never reach anyone when only two people rated, even once the meeting closes', async () => {
    const ana = await room.join(ANA_KEY);
    const ben = await room.join(BEN_KEY);
    const { tokens, id } = room.meeting;
    const controls = [watch(tokens.participant, controlDocName(id)), watch(tokens.observer, controlDocName(id))];
    const watched = [...controls, watch(tokens.participant, id), watch(tokens.participant, roundsDocName(id))];
    await Promise.all(watched.map(({ client }) => client.synced()));
    expect((await checkOut(ana, { name: 'Ana', worth: 5 })).status).toBe(200);
    expect((await checkOut(ben, { name: 'Ben', worth: 1 })).status).toBe(200);
    expect((await command({ type: 'close' })).status).toBe(200);

    const probe = room.connect(tokens.observer, controlDocName(id));
    await probe.synced();
    expect(readControlState(probe.doc)?.stage).toBe('closed');
    expect(readRoundProgress(probe.doc)).toEqual({ voters: 0, checkedIn: 0, checkedOut: 2, rated: 2, worth: null });
    for (const { client } of controls) {
      await eventually(() => expect(readRoundProgress(client.doc).rated).toBe(2));
      await eventually(() => expect(readControlState(client.doc)?.stage).toBe('closed'));
    }
    for (const { updates } of watched) expect(carriesRatings(updates)).toBe(false);
    // Each person still gets their own rating back, and nobody else's.
    expect((await request(room, 'GET', '/check-outs/mine', { headers: ana.headers })).body).toEqual({ worth: 5 });
  });

  it('cannot be worked out from how the counts change when a reopened meeting closes again', async () => {
    const { tokens, id } = room.meeting;
    const control = room.connect(tokens.observer, controlDocName(id));
    await control.synced();
    for (const [key, name, worth] of [
      [ANA_KEY, 'Ana', 4],
      [BEN_KEY, 'Ben', 2],
      [CY_KEY, 'Cy', 4],
    ] as const) {
      expect((await checkOut(await room.join(key), { name, worth })).status).toBe(200);
    }
    expect((await command({ type: 'close' })).status).toBe(200);
    const shownFirst = [0, 1, 0, 2, 0];
    await eventually(() => expect(readRoundProgress(control.doc).worth).toEqual(shownFirst));

    // Reopened, one person checks out, by name, and rates; then the meeting closes again.
    expect((await command({ type: 'reopen' })).status).toBe(200);
    expect((await checkOut(await room.join(DEE_KEY), { name: 'Dee', worth: 5 })).status).toBe(200);
    expect((await command({ type: 'close' })).status).toBe(200);
    const probe = room.connect(tokens.observer, controlDocName(id));
    await probe.synced();
    expect(readControlState(probe.doc)?.stage).toBe('closed');
    expect(readRoundProgress(probe.doc).rated).toBe(4);
    // Counts that moved by one rating would tell everyone what Dee answered.
    expect([null, shownFirst]).toContainEqual(readRoundProgress(probe.doc).worth);
  });
});

describe('observers', () => {
  it('cannot open the rounds document, and see how many checked in but never who or how', async () => {
    const { tokens, id } = room.meeting;
    const refused = await openRawSocket(room.server.wsUrl, roundsDocName(id), tokens.observer);
    const { code } = await refused.closed;
    // Refused for the role: 4401 now, 4403 once refusals tell "not for your role" apart from a bad token.
    expect([CloseCode.unauthorized, 4403]).toContain(code);
    expect(refused.messages).toEqual([]);

    const observer = [watch(tokens.observer, id), watch(tokens.observer, controlDocName(id))];
    const [observerContent, observerControl] = observer.map(({ client }) => client) as [TestClient, TestClient];
    const colleague = room.connect(tokens.participant, roundsDocName(id));
    await Promise.all([observerContent.synced(), observerControl.synced(), colleague.synced()]);

    const ana = await room.join(ANA_KEY);
    const ben = await room.join(BEN_KEY);
    expect(
      (await checkIn(ana, { name: 'Ana Lima', note: 'On call all week, running on coffee', mood: 2 })).status,
    ).toBe(200);
    expect((await checkIn(ben, { name: 'Ben Ortiz', note: 'Curious how this happened', mood: 5 })).status).toBe(200);
    await eventually(() =>
      expect(readCheckIns(colleague.doc).map((entry) => entry.name)).toEqual(['Ana Lima', 'Ben Ortiz']),
    );
    await eventually(() => expect(readRoundProgress(observerControl.doc).checkedIn).toBe(2));

    for (const doc of [observerContent.doc, observerControl.doc]) {
      const text = encodedText(doc);
      for (const secret of ['Ana Lima', 'Ben Ortiz', 'running on coffee', 'Curious how', ana.participantId]) {
        expect(text).not.toContain(secret);
      }
      expect(readCheckIns(doc)).toEqual([]);
    }
    for (const { updates } of observer) {
      const values = updates.flatMap(readInsertedValues);
      expect(values.some(({ key, value }) => key === 'mood' || hasKeyDeep(value, 'mood'))).toBe(false);
      expect(values.some(({ key, value }) => key === 'note' || hasKeyDeep(value, 'note'))).toBe(false);
    }
  });
});

describe('the database', () => {
  it('cannot join a vote or a rating to a person, and only the server’s own user can open it', async () => {
    // A folder the server makes itself, so its mode is the server's doing.
    const dataDir = path.join(createTempDataDir(), 'data');
    const server = await startTestServer(dataDir);
    let people: JoinedPerson[] = [];
    let meetingId = '';
    try {
      const meeting = await createTestMeeting(server.url);
      meetingId = meeting.id;
      const at = { server, meeting };
      const ana = await joinAs(at, ANA_KEY);
      const ben = await joinAs(at, BEN_KEY);
      const cy = await joinAs(at, CY_KEY);
      people = [ana, ben, cy];
      const first = await addAnonymousCard('No runbook', at);
      const second = await addAnonymousCard('Alert went to the wrong channel', at);
      const ballots: [JoinedPerson, string[]][] = [
        [ana, [first, second]],
        [ben, [first]],
        [cy, [second]],
      ];
      for (const [person, cards] of ballots) {
        for (const cardId of cards) expect((await vote(person, cardId, at)).status).toBe(200);
      }
      for (const [index, person] of people.entries()) {
        expect((await checkOut(person, { name: `Person ${index}`, worth: index + 2 }, at)).status).toBe(200);
      }
      expect((await command({ type: 'close' }, {}, at)).status).toBe(200);
    } finally {
      await server.close();
    }

    expect(fileMode(dataDir)).toBe(0o700);
    const files = fs.readdirSync(dataDir).filter((name) => name.startsWith('debrief.sqlite'));
    expect(files).toContain('debrief.sqlite');
    for (const name of files) expect(fileMode(path.join(dataDir, name))).toBe(0o600);
    const everything = Buffer.concat(files.map((name) => fs.readFileSync(path.join(dataDir, name)))).toString('latin1');
    for (const person of people) {
      expect(everything).not.toContain(person.key);
      expect(everything).not.toContain(person.presenceKey);
    }

    const db = openSqliteDatabase(dataDir);
    try {
      const joined = db
        .prepare('SELECT participant_id, key_hash FROM meeting_participants WHERE meeting_id = ?')
        .all(meetingId) as { participant_id: string; key_hash: string }[];
      const participantIds = people.map((person) => person.participantId);
      expect(joined.map((row) => row.participant_id).sort()).toEqual([...participantIds].sort());
      // Everything that names a person: what the store keeps of them, their ids, and the hash of id and key that
      // ballots and ratings used to be kept under.
      const personal = new Set<string>([
        ...joined.flatMap((row) => [row.participant_id, row.key_hash]).filter((value) => value !== ''),
        ...people.flatMap((person) => [
          person.participantId,
          person.presenceKey,
          createHash('sha256').update(`${meetingId}\n${person.participantId}\n${person.key}`).digest('hex'),
        ]),
      ]);

      const ballots = db.prepare('SELECT * FROM lesson_votes WHERE meeting_id = ?').all(meetingId) as Record<
        string,
        unknown
      >[];
      const ratings = db.prepare('SELECT * FROM check_out_ratings WHERE meeting_id = ?').all(meetingId) as Record<
        string,
        unknown
      >[];
      expect(new Set(ballots.map((row) => row.ballot_id)).size).toBe(3);
      expect(ratings).toHaveLength(3);
      for (const row of [...ballots, ...ratings]) {
        for (const value of Object.values(row)) {
          expect(personal.has(String(value))).toBe(false);
          for (const participantId of participantIds) expect(String(value)).not.toContain(participantId);
        }
      }
      // Nor does a ballot share its name with a rating, which would tell how each voter rated.
      const ratingOwners = new Set(ratings.map((row) => row.owner_hash));
      for (const row of ballots) expect(ratingOwners.has(row.ballot_id)).toBe(false);
      for (const table of ['lesson_votes', 'check_out_ratings']) {
        const columns = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
        expect(columns.map((column) => column.name).join(' ')).not.toMatch(/participant/);
      }
    } finally {
      db.close();
    }
  });
});

describe('the content document', () => {
  it('gives participants no say over tallies, rounds or the schema version', async () => {
    const { tokens, id } = room.meeting;
    const ana = await room.join(ANA_KEY);
    const cardId = await addAnonymousCard('Nobody owned the failover runbook');
    expect((await vote(ana, cardId)).status).toBe(200);
    expect((await checkIn(ana, { name: 'Ana', note: 'Here', mood: 3 })).status).toBe(200);

    const readerContent = room.connect(tokens.participant, id);
    const readerControl = room.connect(tokens.participant, controlDocName(id));
    const readerRounds = room.connect(tokens.participant, roundsDocName(id));
    const forger = room.connect(tokens.participant, id);
    await Promise.all([readerContent, readerControl, readerRounds, forger].map((client) => client.synced()));
    await eventually(() => expect(readRoundProgress(readerControl.doc)).toMatchObject({ voters: 1, checkedIn: 1 }));

    forger.doc.transact(() => {
      forger.doc.getMap('votes').set(cardId, 1000);
      const progress = forger.doc.getMap('roundProgress');
      for (const count of ['voters', 'checkedIn', 'checkedOut', 'rated']) progress.set(count, 99);
      progress.set('worth', [1e6, 0, 0, 0, 0]);
      const forged = { participantId: 'p-forged', name: 'Mallory', note: 'forged', mood: 1, at: 1 };
      forger.doc.getMap('checkIns').set('p-forged', { ...forged, passed: false, hidden: false });
      forger.doc.getMap('checkIns').set('p-forged-2', { ...forged, participantId: 'p-forged-2', passed: true });
      forger.doc.getMap('checkOuts').set('p-forged', { ...forged, rated: true });
      forger.doc.getMap('meta').set('schemaVersion', 999);
    });
    // The content document takes the write like any other: what matters is that nobody reads it.
    await eventually(() => expect(readerContent.doc.getMap('votes').get(cardId)).toBe(1000));

    const raters: [string, string, number][] = [
      [BEN_KEY, 'Ben', 5],
      [CY_KEY, 'Cy', 3],
      [DEE_KEY, 'Dee', 5],
    ];
    for (const [key, name, worth] of raters) {
      const person = await room.join(key);
      const started = performance.now();
      expect((await checkOut(person, { name, worth })).status).toBe(200);
      expect(performance.now() - started).toBeLessThan(2000);
    }
    await eventually(() =>
      expect(readRoundProgress(readerControl.doc)).toEqual({
        voters: 1,
        checkedIn: 1,
        checkedOut: 3,
        rated: 3,
        worth: null,
      }),
    );
    expect(readVoteTotals(readerControl.doc, readerContent.doc)).toEqual({ [cardId]: 1 });
    expect(readCheckIns(readerRounds.doc).map((entry) => entry.name)).toEqual(['Ana']);
    expect(readCheckOuts(readerRounds.doc).map((entry) => entry.name)).toEqual(['Ben', 'Cy', 'Dee']);
    const ben = await room.join(BEN_KEY);
    expect((await vote(ben, cardId)).body.total).toBe(2);

    expect((await command({ type: 'close' })).status).toBe(200);
    await eventually(() => expect(readRoundProgress(readerControl.doc).worth).toEqual([0, 0, 1, 0, 2]));

    // The version the document claims is not read: after a restart a current page still opens the meeting.
    await room.restart();
    const current = connectTestClient(room.server.wsUrl, id, {
      token: tokens.participant,
      params: { v: String(DOC_SCHEMA_VERSION) },
    });
    try {
      await current.synced();
      expect(current.provider.wsconnected).toBe(true);
      expect(current.doc.getMap('meta').get('schemaVersion')).toBe(999);
    } finally {
      current.destroy();
    }
    const control = room.connect(tokens.observer, controlDocName(id));
    await control.synced();
    expect(readRoundProgress(control.doc)).toMatchObject({ voters: 2, checkedIn: 1, checkedOut: 3, rated: 3 });
    await room.server.close();
    const db = openSqliteDatabase(room.server.dataDir);
    try {
      expect(db.prepare('SELECT schema_version FROM meetings WHERE id = ?').get(id)).toEqual({
        schema_version: DOC_SCHEMA_VERSION,
      });
    } finally {
      db.close();
    }
  });
});

describe('a person', () => {
  it('cannot vote as ten invented people with one key', async () => {
    expect((await command({ type: 'setVotesPerPerson', votes: 2 })).status).toBe(200);
    const cards = [await addAnonymousCard('No runbook'), await addAnonymousCard('Slow paging')];
    const invented = Array.from({ length: 10 }, (_, i) =>
      i < 5 ? `p-invented-${i}` : `p-${'Inventedparticipant'.padEnd(21, 'x')}${i}`,
    );
    for (const participantId of invented) {
      const headers = { 'x-personal-key': MALLORY_KEY, 'x-participant-id': participantId };
      expect((await request(room, 'GET', '/session', { headers })).status).toBe(403);
      for (const cardId of cards) expect((await vote({ headers }, cardId)).status).toBe(403);
    }
    const mallory = { headers: { 'x-personal-key': MALLORY_KEY } };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await vote(mallory, cards[i % 2] as string)).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(2);

    const content = room.connect(room.meeting.tokens.observer, room.meeting.id);
    const control = room.connect(room.meeting.tokens.observer, controlDocName(room.meeting.id));
    await Promise.all([content.synced(), control.synced()]);
    await eventually(() => expect(readRoundProgress(control.doc).voters).toBe(1));
    const totals = Object.values(readVoteTotals(control.doc, content.doc));
    expect(totals.reduce((sum, total) => sum + total, 0)).toBe(2);
    expect((await request(room, 'GET', '/votes/mine', mallory)).body).toMatchObject({ used: 2, remaining: 0 });
  });

  it('cannot replace someone else’s check-in or check-out', async () => {
    const ana = await room.join(ANA_KEY);
    const rounds = room.connect(room.meeting.tokens.participant, roundsDocName(room.meeting.id));
    await rounds.synced();
    expect((await checkIn(ana, { name: 'Ana', note: 'Ready', mood: 4 })).status).toBe(200);
    expect((await checkOut(ana, { name: 'Ana', note: 'Glad we did this' })).status).toBe(200);

    const asAna = { headers: { 'x-personal-key': MALLORY_KEY, 'x-participant-id': ana.participantId } };
    expect((await checkIn(asAna, { name: 'Ana', note: 'Actually I hate this', mood: 1 })).status).toBe(403);
    expect((await checkOut(asAna, { name: 'Ana', note: 'Waste of time', worth: 1 })).status).toBe(403);
    // Mallory's own check-in, under her own key, lands beside Ana's rather than over it.
    const mallory = await room.join(MALLORY_KEY);
    expect((await checkIn(mallory, { name: 'Mallory', note: 'Hi' })).status).toBe(200);

    await eventually(() => expect(readCheckIns(rounds.doc)).toHaveLength(2));
    expect(readCheckIns(rounds.doc).find((entry) => entry.participantId === ana.participantId)).toMatchObject({
      name: 'Ana',
      note: 'Ready',
      mood: 4,
    });
    expect(readCheckIns(rounds.doc).find((entry) => entry.name === 'Mallory')?.participantId).toBe(
      mallory.participantId,
    );
    expect(readCheckOuts(rounds.doc)).toMatchObject([{ participantId: ana.participantId, note: 'Glad we did this' }]);
  });

  it('cannot claim someone’s id in advance; its owner can still be promoted and act', async () => {
    const { id, tokens } = room.meeting;
    // Everyone in the room sees Ana's id once she is there; here it is worked out before she arrives.
    const anaId = participantIdFromPresenceKey(derivePresenceKey(id, ANA_KEY));
    for (const claimed of [anaId, 'p-ana']) {
      const headers = { 'x-personal-key': MALLORY_KEY, 'x-participant-id': claimed };
      const claim = await request(room, 'GET', '/session', { headers });
      expect(claim.status).toBe(403);
      expect(claim.body.error).toMatch(/not yours/);
    }
    // The refused claim did not even count as joining.
    expect((await command({ type: 'addFacilitator', participantId: 'p-ana' })).status).toBe(409);

    const ana = await room.join(ANA_KEY);
    expect(ana.participantId).toBe(anaId);
    expect((await command({ type: 'addFacilitator', participantId: anaId })).status).toBe(200);
    const asAna = { headers: { 'x-personal-key': MALLORY_KEY, 'x-participant-id': anaId }, token: tokens.participant };
    expect((await command({ type: 'advance', from: 'prepare' }, asAna)).status).toBe(403);
    const moved = await command(
      { type: 'advance', from: 'prepare' },
      { token: tokens.participant, headers: ana.headers },
    );
    expect(moved.status).toBe(200);
    expect((moved.body.state as { stage: string }).stage).toBe('check-in');
  });
});

describe('facilitators', () => {
  it('pressing Next together move the meeting one stage at a time', async () => {
    const { tokens, id } = room.meeting;
    const ana = await room.join(ANA_KEY);
    expect((await command({ type: 'addFacilitator', participantId: ana.participantId })).status).toBe(200);
    expect((await command({ type: 'goto', stage: 'check-in' })).status).toBe(200);
    const watcher = room.connect(tokens.observer, controlDocName(id));
    await watcher.synced();

    for (const [from, to] of [
      ['check-in', 'timeline'],
      ['timeline', 'lessons'],
      ['lessons', 'actions'],
    ] as const) {
      const replies = await Promise.all([
        command({ type: 'advance', from }),
        command({ type: 'advance', from }, { token: tokens.participant, headers: ana.headers }),
      ]);
      expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409]);
      await eventually(() => expect(readControlState(watcher.doc)?.stage).toBe(to));
    }
  });
});

/**
 * A closed meeting as a server before version 4 left it: check-ins, check-outs, the rating counts and vote totals in
 * the content document, a ballot under a hash of its voter, and no schema version in the store.
 */
async function storeLegacyMeeting(claimedVersion: number) {
  const dataDir = createTempDataDir();
  const first = await startTestServer(dataDir);
  const meeting = await createTestMeeting(first.url);
  // Closed, so that three ratings may be shown.
  expect((await command({ type: 'close' }, {}, { server: first, meeting })).status).toBe(200);
  await first.close();

  const legacy = new Y.Doc();
  legacy.transact(() => {
    legacy.getMap('meta').set('schemaVersion', claimedVersion);
    legacy.getMap('meta').set('title', 'Checkout outage after database failover');
    legacy.getText('notes').insert(0, 'notes from before');
    addCard(legacy, { id: 'card-1', prompt: 'slowed', text: 'No runbook', author: null, now: 1 });
    legacy.getMap('votes').set('card-1', 1000);
    const progress = legacy.getMap('roundProgress');
    progress.set('voters', 42);
    progress.set('checkedIn', 42);
    progress.set('worth', [0, 0, 1, 1, 1]);
    const checkIns = legacy.getMap('checkIns');
    checkIns.set('p-ana', { participantId: 'p-ana', name: 'Ana', note: 'Tired', mood: 2, passed: false, at: 1 });
    checkIns.set('p-ben', { participantId: 'p-ben', name: 'Ben', note: null, mood: null, passed: true, at: 2 });
    const checkOuts = legacy.getMap('checkOuts');
    for (const [index, name] of ['Ana', 'Ben', 'Cy'].entries()) {
      const participantId = `p-${name.toLowerCase()}`;
      checkOuts.set(participantId, { participantId, name, note: `${name} leaves`, rated: true, at: 10 + index });
    }
  });
  const db = openSqliteDatabase(dataDir);
  try {
    replaceStoredDocument(db, meeting.id, Y.encodeStateAsUpdate(legacy));
    // A ballot as the store kept it then, under a hash of the person.
    db.prepare('INSERT INTO lesson_votes (meeting_id, ballot_id, card_id, votes) VALUES (?, ?, ?, ?)').run(
      meeting.id,
      'a'.repeat(64),
      'card-1',
      2,
    );
    db.prepare('UPDATE meetings SET schema_version = NULL WHERE id = ?').run(meeting.id);
  } finally {
    db.close();
  }
  return { dataDir, meeting };
}

/** Connects to the meeting's three documents, checks what a legacy meeting must have become, and disconnects. */
async function expectMovedOutOfContent(server: TestServer, meeting: CreateMeetingResponse): Promise<void> {
  const clients = [meeting.id, controlDocName(meeting.id), roundsDocName(meeting.id)].map((docName) =>
    connectTestClient(server.wsUrl, docName, { token: meeting.tokens.participant }),
  );
  const [content, control, rounds] = clients as [TestClient, TestClient, TestClient];
  try {
    await Promise.all(clients.map((client) => client.synced()));
    for (const root of ['votes', 'roundProgress', 'checkIns', 'checkOuts']) {
      expect(content.doc.getMap(root).size).toBe(0);
    }
    expect(content.doc.getMap('meta').has('schemaVersion')).toBe(false);
    expect(content.doc.getMap('meta').get('title')).toBe('Checkout outage after database failover');
    expect(content.doc.getText('notes').toString()).toBe('notes from before');

    expect(readCheckIns(rounds.doc)).toMatchObject([
      { participantId: 'p-ana', name: 'Ana', note: 'Tired', mood: 2, passed: false },
      { participantId: 'p-ben', name: 'Ben', passed: true },
    ]);
    expect(readCheckOuts(rounds.doc).map(({ name, rated }) => ({ name, rated }))).toEqual([
      { name: 'Ana', rated: true },
      { name: 'Ben', rated: true },
      { name: 'Cy', rated: true },
    ]);
    // Recounted from the server's records: one ballot, two check-ins, three check-outs, three ratings.
    expect(readRoundProgress(control.doc)).toEqual({
      voters: 1,
      checkedIn: 2,
      checkedOut: 3,
      rated: 3,
      worth: [0, 0, 1, 1, 1],
    });
    expect(readVoteTotals(control.doc, content.doc)).toEqual({ 'card-1': 2 });
  } finally {
    for (const client of clients) client.destroy();
  }
}

function readStoredVersion(dataDir: string, meetingId: string): unknown {
  const db = openSqliteDatabase(dataDir);
  try {
    return db.prepare('SELECT schema_version FROM meetings WHERE id = ?').get(meetingId);
  } finally {
    db.close();
  }
}

describe('a meeting stored before version 4', () => {
  it.each([3, 999])(
    'moves rounds and tallies out of a document that says it is version %i, and recounts them',
    async (claimedVersion) => {
      const { dataDir, meeting } = await storeLegacyMeeting(claimedVersion);
      const server = await startTestServer(dataDir);
      try {
        await expectMovedOutOfContent(server, meeting);
      } finally {
        await server.close();
      }
      expect(readStoredVersion(dataDir, meeting.id)).toEqual({ schema_version: DOC_SCHEMA_VERSION });
      const db = openSqliteDatabase(dataDir);
      try {
        const ballots = db.prepare('SELECT ballot_id FROM lesson_votes WHERE meeting_id = ?').all(meeting.id);
        expect(ballots).toEqual([{ ballot_id: expect.stringMatching(/^earlier:/) }]);
      } finally {
        db.close();
      }
    },
  );

  it('keeps what it moves when the move fails midway, and finishes it on the next visit', async () => {
    const { dataDir, meeting } = await storeLegacyMeeting(3);
    // The real rating store, which fails once while the earlier ratings are being kept (a full disk, a locked file).
    const db = openSqliteDatabase(dataDir);
    const ratings = createSqliteCheckOutRatingStore(db);
    let failures = 1;
    const flaky: typeof ratings = {
      ...ratings,
      async importEarlier(meetingId, counts) {
        if (failures-- > 0) throw new Error('database or disk is full');
        return ratings.importEarlier(meetingId, counts);
      },
    };
    const server = await startTestServer(dataDir, { stores: { checkOutRatings: flaky } });
    try {
      const visit = () =>
        fetch(`${server.url}/api/meetings/${meeting.id}/session`, {
          headers: { authorization: `Bearer ${meeting.tokens.participant}` },
        });
      expect((await visit()).status).toBe(500);
      expect(readStoredVersion(dataDir, meeting.id)).toEqual({ schema_version: null });
      expect((await visit()).status).toBe(200);
      await expectMovedOutOfContent(server, meeting);
    } finally {
      await server.close();
      db.close();
    }
  });
});
