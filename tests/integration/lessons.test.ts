import {
  type AnonymousCardResponse,
  addCard,
  controlDocName,
  deleteCard,
  type MyVotes,
  readCard,
  readControlState,
  readVoteTotals,
  type VoteResponse,
} from '@debrief/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectTestClient, type TestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { eventually } from '../support/eventually.ts';
import { type JoinedPerson, joinAs } from '../support/joinAs.ts';
import { recordUpdates } from '../support/recordUpdates.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';

let server: TestServer;
let meeting: Awaited<ReturnType<typeof createTestMeeting>>;
let clients: TestClient[];
let ana: Record<string, string>;
let ben: Record<string, string>;
/** Ana as the meeting knows her: her derived participant id, seen by everyone in the room. */
let anaPerson: JoinedPerson;

async function call<T>(
  method: 'GET' | 'POST',
  path: string,
  token: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T & { error?: string } }> {
  const response = await fetch(`${server.url}/api/meetings/${meeting.id}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T & { error?: string } };
}

function addAnonymousCard(body: unknown, token: string | null = meeting.tokens.participant) {
  return call<AnonymousCardResponse>('POST', '/cards', token, body);
}

function vote(cardId: string, delta: number, voter: Record<string, string>, token = meeting.tokens.participant) {
  return call<VoteResponse>('POST', '/votes', token, { cardId, delta }, voter);
}

function myVotes(voter: Record<string, string>, token = meeting.tokens.participant) {
  return call<MyVotes>('GET', '/votes/mine', token, undefined, voter);
}

function command(body: unknown) {
  return call<{ state: unknown }>('POST', '/commands', meeting.tokens.facilitator, body);
}

async function connect(token: string, docName = meeting.id): Promise<TestClient> {
  const client = connectTestClient(server.wsUrl, docName, { token });
  clients.push(client);
  await client.synced();
  return client;
}

function writersOf(updates: readonly Uint8Array[]): Set<number> {
  return new Set(updates.flatMap((update) => Y.decodeUpdate(update).structs.map((struct) => struct.id.client)));
}

beforeEach(async () => {
  server = await startTestServer();
  meeting = await createTestMeeting(server.url);
  clients = [];
  anaPerson = await joinAs({ server, meeting }, 'ana-secret-voter-key-1234');
  ana = { ...anaPerson.headers };
  ben = { ...(await joinAs({ server, meeting }, 'ben-secret-voter-key-5678')).headers };
});

afterEach(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

describe('POST /api/meetings/:id/cards (anonymous cards)', () => {
  it('inserts the card as the server: no update carries the author’s Yjs client id, and everyone sees it', async () => {
    const author = await connect(meeting.tokens.participant);
    const colleague = await connect(meeting.tokens.participant);
    const observer = await connect(meeting.tokens.observer);
    const toAuthor = recordUpdates(author.doc);
    const toColleague = recordUpdates(colleague.doc);

    const added = await addAnonymousCard({
      prompt: 'slowed',
      text: '  I did not know where the runbook was ',
      anonymous: true,
    });
    expect(added.status).toBe(201);
    const card = added.body.card;
    expect(card).toEqual({
      id: expect.any(String),
      prompt: 'slowed',
      text: 'I did not know where the runbook was',
      authorId: null,
      authorName: null,
      anonymous: true,
      groupId: null,
      order: 1,
      createdAt: expect.any(Number),
    });
    for (const client of [author, colleague, observer]) {
      await eventually(() => expect(readCard(client.doc, card.id)).toEqual(card));
    }

    const writers = writersOf([...toAuthor, ...toColleague]);
    expect(writers.size).toBeGreaterThan(0);
    expect(writers.has(author.doc.clientID)).toBe(false);
    expect(writers.has(colleague.doc.clientID)).toBe(false);

    // The same check does see the writer of a card added through the document, with a name.
    const named = recordUpdates(colleague.doc);
    addCard(author.doc, {
      id: 'named-1',
      prompt: 'helped',
      text: 'Rollback',
      author: { id: 'p-a', name: 'A' },
      now: 1,
    });
    await eventually(() => expect(readCard(colleague.doc, 'named-1')).not.toBeNull());
    expect(writersOf(named).has(author.doc.clientID)).toBe(true);
  });

  it('lets the facilitator add one too, and refuses an observer with 403', async () => {
    expect(
      (await addAnonymousCard({ prompt: 'learned', text: 'x', anonymous: true }, meeting.tokens.facilitator)).status,
    ).toBe(201);
    const refused = await addAnonymousCard({ prompt: 'learned', text: 'x', anonymous: true }, meeting.tokens.observer);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatch(/Observers/);
  });

  it.each<[string, unknown, RegExp]>([
    ['not JSON', 'card', /JSON object/],
    ['an unknown prompt', { prompt: 'blame', text: 'x', anonymous: true }, /"prompt"/],
    ['empty text', { prompt: 'helped', text: ' ', anonymous: true }, /"text"/],
    ['text over 2000 characters', { prompt: 'helped', text: 'x'.repeat(2001), anonymous: true }, /"text"/],
    ['a named card', { prompt: 'helped', text: 'x', anonymous: false }, /"anonymous"/],
  ])('answers %s with 400 naming the field', async (_case, body, message) => {
    const result = await addAnonymousCard(body);
    expect(result.status).toBe(400);
    expect(result.body.error).toMatch(message);
  });

  it('answers 401 for a missing or wrong token and 404 for an unknown meeting', async () => {
    const card = { prompt: 'helped', text: 'x', anonymous: true };
    expect((await addAnonymousCard(card, null)).status).toBe(401);
    expect((await addAnonymousCard(card, 'wrong')).status).toBe(401);
    const unknown = await fetch(`${server.url}/api/meetings/AAAAAAAAAAAAAAAAAAAAAA/cards`, {
      method: 'POST',
      headers: { authorization: `Bearer ${meeting.tokens.participant}`, 'content-type': 'application/json' },
      body: JSON.stringify(card),
    });
    expect(unknown.status).toBe(404);
  });

  it('answers 409 once the facilitator turns anonymous cards off, and 201 again once back on', async () => {
    const control = await connect(meeting.tokens.participant, controlDocName(meeting.id));
    expect((await command({ type: 'setAnonymousCards', allowed: false })).status).toBe(200);
    await eventually(() => expect(readControlState(control.doc)?.anonymousCardsAllowed).toBe(false));
    const refused = await addAnonymousCard({ prompt: 'helped', text: 'x', anonymous: true });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatch(/turned anonymous cards off/);
    expect((await command({ type: 'setAnonymousCards', allowed: true })).status).toBe(200);
    expect((await addAnonymousCard({ prompt: 'helped', text: 'x', anonymous: true })).status).toBe(201);
  });

  it('answers 409 for cards and votes while the meeting is closed', async () => {
    const { body } = await addAnonymousCard({ prompt: 'helped', text: 'x', anonymous: true });
    expect((await command({ type: 'close' })).status).toBe(200);
    expect((await addAnonymousCard({ prompt: 'helped', text: 'y', anonymous: true })).status).toBe(409);
    expect((await vote(body.card.id, 1, ana)).body.error).toMatch(/closed/);
  });
});

describe('votes', () => {
  async function twoCards(): Promise<[string, string]> {
    const first = await addAnonymousCard({ prompt: 'slowed', text: 'No runbook', anonymous: true });
    const second = await addAnonymousCard({ prompt: 'helped', text: 'Fast rollback', anonymous: true });
    return [first.body.card.id, second.body.card.id];
  }

  it('spend each person’s budget on the server, and only totals reach the control document', async () => {
    expect((await command({ type: 'setVotesPerPerson', votes: 2 })).status).toBe(200);
    const voter = await connect(meeting.tokens.participant);
    const voterControl = await connect(meeting.tokens.participant, controlDocName(meeting.id));
    const observer = await connect(meeting.tokens.observer);
    const observerControl = await connect(meeting.tokens.observer, controlDocName(meeting.id));
    const [slowed, helped] = await twoCards();
    const received = [recordUpdates(observer.doc), recordUpdates(observerControl.doc)];

    expect((await vote(slowed, 1, ana)).body).toEqual({
      cardId: slowed,
      total: 1,
      mine: { votesPerPerson: 2, used: 1, remaining: 1, cards: { [slowed]: 1 } },
    });
    expect((await vote(slowed, 1, ana)).body).toMatchObject({ total: 2, mine: { used: 2, remaining: 0 } });
    const overBudget = await vote(helped, 1, ana);
    expect(overBudget.status).toBe(409);
    expect(overBudget.body.error).toBe('You have used all 2 of your votes; take one back first');
    expect((await vote(slowed, 1, ben, meeting.tokens.facilitator)).body.total).toBe(3);

    for (const [content, control] of [
      [voter, voterControl],
      [observer, observerControl],
    ] as const) {
      await eventually(() => expect(readVoteTotals(control.doc, content.doc)).toEqual({ [slowed]: 3, [helped]: 0 }));
    }
    expect(writersOf(received.flat()).has(voter.doc.clientID)).toBe(false);
    // The document participants write holds no tally at all.
    expect(voter.doc.getMap('votes').size).toBe(0);

    expect((await myVotes(ana)).body).toEqual({ votesPerPerson: 2, used: 2, remaining: 0, cards: { [slowed]: 2 } });
    expect((await vote(slowed, -1, ana)).body).toMatchObject({ total: 2, mine: { used: 1, remaining: 1 } });
    const nothingToTakeBack = await vote(helped, -1, ana);
    expect(nothingToTakeBack.status).toBe(409);
    expect(nothingToTakeBack.body.error).toMatch(/no vote on this card/);
    await eventually(() => expect(readVoteTotals(observerControl.doc, observer.doc)[slowed]).toBe(2));
  });

  it('keep a ballot to whoever holds its personal key, and refuse anyone using that person’s id', async () => {
    const [slowed] = await twoCards();
    await vote(slowed, 1, ana);
    const otherKey = { 'x-personal-key': 'someone-elses-voter-key-00' };
    expect((await myVotes(otherKey)).body).toMatchObject({ used: 0, cards: {} });
    expect((await vote(slowed, -1, otherKey)).status).toBe(409);

    const impostor = { 'x-participant-id': anaPerson.participantId, ...otherKey };
    const peek = await myVotes(impostor);
    expect(peek.status).toBe(403);
    expect(peek.body).toEqual({ error: expect.stringMatching(/not yours/) });
    expect((await vote(slowed, -1, impostor)).status).toBe(403);
    expect((await myVotes(ana)).body.cards).toEqual({ [slowed]: 1 });
    // Her own id beside her own key is fine.
    expect((await myVotes({ ...ana, 'x-participant-id': anaPerson.participantId })).body.cards).toEqual({
      [slowed]: 1,
    });
  });

  it('spend the last vote once, however many requests race for it', async () => {
    expect((await command({ type: 'setVotesPerPerson', votes: 3 })).status).toBe(200);
    const [slowed] = await twoCards();
    const results = await Promise.all(Array.from({ length: 8 }, () => vote(slowed, 1, ana)));
    expect(results.filter((result) => result.status === 200)).toHaveLength(3);
    expect(results.filter((result) => result.status === 409)).toHaveLength(5);
    expect((await myVotes(ana)).body).toMatchObject({ used: 3, remaining: 0 });
  });

  it('hand back the votes on a card that is deleted', async () => {
    const writer = await connect(meeting.tokens.participant);
    const [slowed, helped] = await twoCards();
    await vote(slowed, 1, ana);
    await vote(helped, 1, ana);
    await eventually(() => expect(readCard(writer.doc, slowed)).not.toBeNull());
    deleteCard(writer.doc, slowed);
    await eventually(async () => expect((await myVotes(ana)).body).toMatchObject({ used: 1, cards: { [helped]: 1 } }));
    expect((await vote(slowed, 1, ana)).status).toBe(404);
  });

  it('are kept across a restart', async () => {
    const [slowed] = await twoCards();
    await vote(slowed, 1, ana);
    await server.close();
    server = await startTestServer(server.dataDir);
    expect((await myVotes(ana)).body).toMatchObject({ used: 1, cards: { [slowed]: 1 } });
    expect((await vote(slowed, 1, ben)).body.total).toBe(2);
  });

  it('refuse observers, and explain what is missing or wrong', async () => {
    const [slowed] = await twoCards();
    expect((await vote(slowed, 1, ana, meeting.tokens.observer)).status).toBe(403);
    expect((await myVotes(ana, meeting.tokens.observer)).status).toBe(403);
    const noKey = await myVotes({ 'x-participant-id': anaPerson.participantId });
    expect(noKey.status).toBe(400);
    expect(noKey.body.error).toMatch(/"X-Personal-Key"/);
    const shortKey = await vote(slowed, 1, { 'x-personal-key': 'too-short' });
    expect(shortKey.status).toBe(400);
    expect(shortKey.body.error).toMatch(/"X-Personal-Key"/);
    const badDelta = await vote(slowed, 2, ana);
    expect(badDelta.status).toBe(400);
    expect(badDelta.body.error).toMatch(/"delta"/);
    expect((await vote('no-such-card', 1, ana)).status).toBe(404);
    expect((await vote(slowed, 1, ana, 'wrong')).status).toBe(401);
    expect((await myVotes(ana)).body).toMatchObject({ used: 0 });
  });
});
