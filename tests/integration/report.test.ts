import { readFile } from 'node:fs/promises';
import {
  ACTION_STATUSES,
  ACTION_TYPES,
  addAction,
  addCard,
  addEventComment,
  addParkingLotItem,
  addTimelineEvent,
  EVIDENCE_KINDS,
  getLessonSummaryText,
  LESSON_PROMPTS,
  readActions,
  SEVERITIES,
  scheduleMeeting,
  TIMELINE_EVENT_KINDS,
  updateAction,
} from '@debrief/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectTestClient } from '../support/connectTestClient.ts';
import { eventually } from '../support/eventually.ts';
import { useTestMeeting } from '../support/useTestMeeting.ts';

const room = useTestMeeting();

interface SchemaNode {
  readonly required?: readonly string[];
  readonly enum?: readonly unknown[];
  readonly items?: SchemaNode;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly $defs?: Readonly<Record<string, SchemaNode>>;
}

async function report(token: string | null, file = 'report.md') {
  const response = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/${file}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

async function checkIn(headers: Record<string, string>, body: unknown) {
  const response = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/check-ins`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${room.meeting.tokens.participant}`,
      ...headers,
    },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

let clients: ReturnType<typeof connectTestClient>[] = [];
beforeEach(() => {
  clients = [];
});
afterEach(() => {
  for (const client of clients) client.destroy();
});

async function writeMeeting() {
  const writer = connectTestClient(room.server.wsUrl, room.meeting.id, { token: room.meeting.tokens.participant });
  clients.push(writer);
  await writer.synced();
  const doc = writer.doc;
  expect(
    addTimelineEvent(doc, {
      id: 'e1',
      at: '2026-11-02T13:02:00.000Z',
      timeZone: 'UTC',
      kind: 'detection',
      description: 'Alert | fired <script>alert(1)</script>',
      createdAt: 1,
      evidence: [
        { id: 'l1', url: 'https://grafana.example.com/d/x', label: 'Dashboard', kind: 'metric', addedAt: 1 },
        { id: 'l2', url: 'javascript:alert(1)', label: 'Sneaky', kind: 'log', addedAt: 1 },
      ],
    }).ok,
  ).toBe(false);
  // A javascript: link is refused when it is added, so the event goes in with the safe one only.
  expect(
    addTimelineEvent(doc, {
      id: 'e1',
      at: '2026-11-02T13:02:00.000Z',
      timeZone: 'UTC',
      kind: 'detection',
      description: 'Alert | fired <script>alert(1)</script>',
      createdAt: 1,
      evidence: [{ id: 'l1', url: 'https://grafana.example.com/d/x', label: 'Dashboard', kind: 'metric', addedAt: 1 }],
    }).ok,
  ).toBe(true);
  addEventComment(doc, 'e1', {
    id: 'q1',
    authorId: 'p-x',
    authorName: 'Ana',
    text: 'Why did it take seven minutes?',
    createdAt: 2,
    kind: 'question',
  });
  getLessonSummaryText(doc).insert(0, 'The pool kept the old primary.');
  addCard(doc, { id: 'c1', prompt: 'slowed', text: 'No runbook for pools', author: null, now: 1 });
  addAction(doc, { id: 'a1', title: 'Require approval for every failover', now: 1 });
  updateAction(doc, 'a1', { dueDate: '2026-11-20', cost: { unit: 'size', size: 'M' } });
  addParkingLotItem(doc, { id: 'p1', text: 'Page the DBA team on failover?', author: null, now: 1 });
  const probe = connectTestClient(room.server.wsUrl, room.meeting.id, { token: room.meeting.tokens.participant });
  clients.push(probe);
  await probe.synced();
  await eventually(() => expect(readActions(probe.doc)).toHaveLength(1));
}

describe('GET /api/meetings/:id/report.md', () => {
  it('names who facilitated: the facilitator link and whoever it promoted, by the names they checked in with', async () => {
    const fay = await room.join('fay-secret-key-0123456789abcdef', room.meeting.tokens.facilitator);
    const ben = await room.join('ben-secret-key-0123456789abcdef');
    const ana = await room.join('ana-secret-key-0123456789abcdef');
    const sendCheckIn = async (token: string, headers: Record<string, string>, name: string) => {
      const response = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/check-ins`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
        body: JSON.stringify({ name, pass: true }),
      });
      expect(response.status).toBe(200);
    };
    await sendCheckIn(room.meeting.tokens.facilitator, fay.headers, 'Fay');
    await sendCheckIn(room.meeting.tokens.participant, ben.headers, 'Ben');
    await sendCheckIn(room.meeting.tokens.participant, ana.headers, 'Ana');
    const promoted = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${room.meeting.tokens.facilitator}` },
      body: JSON.stringify({ type: 'addFacilitator', participantId: ben.participantId }),
    });
    expect(promoted.status).toBe(200);

    const text = (await report(room.meeting.tokens.participant)).text;
    expect(text).toContain('**Facilitated by:** Ben, Fay');
    expect(text).toContain('**Attended by:** Ana, Ben, Fay');
    // Observers never see who took part.
    const seen = (await report(room.meeting.tokens.observer)).text;
    expect(seen).not.toContain('Facilitated by');
    expect(seen).not.toContain('Attended by');
  });

  it('gives the post-mortem as Markdown to a link that opens the meeting, with names only for those who see them', async () => {
    await writeMeeting();
    const ana = await room.join('ana-secret-key-0123456789abcdef');
    await checkIn(ana.headers, { name: 'Ana Souza', note: 'Tired but here' });

    const answer = await report(room.meeting.tokens.participant);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+-post-mortem\.md"$/);
    const text = answer.text;
    for (const heading of [
      '## Summary',
      '## Impact',
      '## Detection',
      '## Timeline',
      '## Lessons learned',
      '## Actions',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('**Attended by:** Ana Souza');
    // Check-in notes are personal: never in the report.
    expect(text).not.toContain('Tired but here');
    expect(text).toContain('Alert \\| fired \\<script\\>alert(1)\\</script\\>');
    expect(text).not.toContain('<script>');
    expect(text).toContain('[Dashboard](<https://grafana.example.com/d/x>)');
    expect(text).toContain('- **Open** (2 Nov 2026, 13:02 UTC): Why did it take seven minutes?');
    expect(text).toContain('- No runbook for pools');
    expect(text).toMatch(
      /\| Require approval for every failover \| _No owner_ \| 20 Nov 2026 \| Open \| 16 hours \(M\) \|/,
    );
    expect(text).toMatch(/one deployment in a hundred/);
    expect(text).toContain('## Parking lot\n\n- Page the DBA team on failover?');

    const observed = await report(room.meeting.tokens.observer);
    expect(observed.status).toBe(200);
    expect(observed.text).not.toContain('Ana Souza');
    expect(observed.text).toContain('## Timeline');
  });

  it('is refused without a valid token', async () => {
    for (const file of ['report.md', 'actions.csv']) {
      expect((await report(null, file)).status).toBe(401);
      expect((await report('not-a-token', file)).status).toBe(401);
    }
  });
});

describe('GET /api/meetings/:id/actions.csv', () => {
  it('gives the actions as CSV, one row each, to any link of the meeting', async () => {
    await writeMeeting();
    const answer = await report(room.meeting.tokens.observer, 'actions.csv');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+-actions\.csv"$/);
    expect(answer.text).toBe(
      'Action,Owner,Due,Status,Type,Estimate (hours),Answers\r\nRequire approval for every failover,,2026-11-20,Open,,16,\r\n',
    );
  });
});

describe('GET /api/meetings/:id/meeting.ics', () => {
  async function schedule() {
    const writer = connectTestClient(room.server.wsUrl, room.meeting.id, { token: room.meeting.tokens.participant });
    clients.push(writer);
    await writer.synced();
    const at = { at: '2026-11-24T09:00:00.000Z', timeZone: 'Europe/Berlin', durationMinutes: 45 };
    expect(scheduleMeeting(writer.doc, at).ok).toBe(true);
    await eventually(async () => expect((await report(room.meeting.tokens.observer, 'meeting.ics')).status).toBe(200));
  }

  it('says clearly that there is no file until the meeting has a time', async () => {
    const answer = await report(room.meeting.tokens.facilitator, 'meeting.ics');
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.text)).toEqual({ error: 'The meeting has no time yet: choose one in Prepare first' });
  });

  it('gives the meeting as a calendar event to any link of the meeting, with no link or token in it', async () => {
    await schedule();
    for (const role of ['facilitator', 'participant', 'observer'] as const) {
      const answer = await report(room.meeting.tokens[role], 'meeting.ics');
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+-meeting\.ics"$/);
      const text = answer.text.replace(/\r\n /g, '');
      expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(text).toContain(`\r\nUID:${room.meeting.id}@debrief\r\n`);
      expect(text).toContain('\r\nDTSTART:20261124T090000Z\r\n');
      expect(text).toContain('\r\nDTEND:20261124T094500Z\r\n');
      expect(text).toContain('\r\nSUMMARY:Post-mortem: Checkout outage after database failover\r\n');
      for (const token of Object.values(room.meeting.tokens)) expect(answer.text).not.toContain(token);
      expect(text).not.toMatch(/https?:/);
    }
  });

  it('is refused without a valid token, and for a meeting that does not exist', async () => {
    await schedule();
    expect((await report(null, 'meeting.ics')).status).toBe(401);
    expect((await report('not-a-token', 'meeting.ics')).status).toBe(401);
    const elsewhere = await fetch(`${room.server.url}/api/meetings/no-such-meeting/meeting.ics`, {
      headers: { authorization: `Bearer ${room.meeting.tokens.facilitator}` },
    });
    expect(elsewhere.status).toBe(404);
  });
});

describe('export.json and POST /api/meetings/import', () => {
  async function exported(meetingId: string, token: string) {
    const response = await fetch(`${room.server.url}/api/meetings/${meetingId}/export.json`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toMatch(/-export\.json"$/);
    return (await response.json()) as Record<string, unknown>;
  }

  async function importing(body: string) {
    const response = await fetch(`${room.server.url}/api/meetings/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return {
      status: response.status,
      body: (await response.json()) as { id: string; tokens: { facilitator: string }; error?: string },
    };
  }

  it('round-trips: export, import as a new meeting, export again gives the same file', async () => {
    await writeMeeting();
    const first = await exported(room.meeting.id, room.meeting.tokens.observer);
    expect(first).toMatchObject({ format: 'debrief-meeting', version: 1 });
    const created = await importing(JSON.stringify(first));
    expect(created.status).toBe(201);
    expect(created.body.id).not.toBe(room.meeting.id);
    expect(await exported(created.body.id, created.body.tokens.facilitator)).toEqual(first);
  });

  it('matches its published JSON Schema, docs/export.schema.json, key for key and value for value', async () => {
    await writeMeeting();
    const data = await exported(room.meeting.id, room.meeting.tokens.participant);
    const schema = JSON.parse(
      await readFile(new URL('../../docs/export.schema.json', import.meta.url), 'utf8'),
    ) as SchemaNode;
    const keys = (value: unknown) => Object.keys(value as object).sort();
    const required = (node: SchemaNode | undefined) => [...(node?.required ?? [])].sort();
    expect(keys(data)).toEqual(required(schema));
    const props = schema.properties ?? {};
    // Optional parts are described too.
    expect(props.boardPicture).toBeDefined();
    expect(keys(data.meeting)).toEqual(required(props.meeting));
    expect(keys(data.facts)).toEqual(required(props.facts));
    for (const list of ['timeline', 'cards', 'actions'] as const) {
      for (const item of data[list] as unknown[]) expect(keys(item)).toEqual(required(props[list]?.items));
    }
    const timelineItem = props.timeline?.items?.properties ?? {};
    const actionItem = props.actions?.items?.properties ?? {};
    expect(timelineItem.kind?.enum).toEqual([...TIMELINE_EVENT_KINDS]);
    expect(props.cards?.items?.properties?.prompt?.enum).toEqual([...LESSON_PROMPTS]);
    expect(actionItem.status?.enum).toEqual([...ACTION_STATUSES]);
    expect(actionItem.type?.enum).toEqual([...ACTION_TYPES, null]);
    expect(props.meeting?.properties?.severity?.enum).toEqual([...SEVERITIES]);
    expect(schema.$defs?.link?.properties?.kind?.enum).toEqual([...EVIDENCE_KINDS]);
  });

  it('refuses a damaged or newer file with a clear 400', async () => {
    await writeMeeting();
    const first = await exported(room.meeting.id, room.meeting.tokens.participant);
    const cases: [string, string][] = [
      ['{"format":', 'The body must be a Debrief export (export.json)'],
      [
        JSON.stringify({ ...first, version: 9 }),
        'This export is from a newer Debrief (version 9); this server reads version 1',
      ],
      [
        JSON.stringify({ ...first, format: 'other' }),
        'This is not a Debrief export: "format" must be "debrief-meeting"',
      ],
      [
        JSON.stringify({ ...first, cards: [{ id: 'x', prompt: 'why', text: 't' }] }),
        'card 1 must have an "id", a "prompt" (helped, slowed, differently, learned) and "text"',
      ],
    ];
    for (const [body, error] of cases) {
      expect(await importing(body)).toEqual({ status: 400, body: { error } });
    }
  });
});
