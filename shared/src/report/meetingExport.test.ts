import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeMeetingMeta } from '../doc/meetingMeta.ts';
import { addEventComment, setEventCommentResolved } from '../incident/eventComments.ts';
import { addIncidentEvidence } from '../incident/incidentEvidence.ts';
import { replaceIncidentFactText, setIncidentCost, setIncidentTime } from '../incident/incidentFacts.ts';
import { scheduleMeeting } from '../incident/meetingSchedule.ts';
import { addTimelineEvent } from '../incident/timelineEvents.ts';
import { addAction, linkActionToLesson, setActionStatus, updateAction } from '../lessons/actions.ts';
import { addCard } from '../lessons/lessonCards.ts';
import { replaceLessonSummary } from '../lessons/lessonSummary.ts';
import { addParkingLotItem } from '../lessons/parkingLot.ts';
import { writeVoteTotal } from '../lessons/voteTotals.ts';
import { applyMeetingExport, exportMeeting, type MeetingExport } from './meetingExport.ts';

function meeting(): { content: Y.Doc; control: Y.Doc } {
  const content = new Y.Doc();
  const control = new Y.Doc();
  writeMeetingMeta(content, {
    title: 'Checkout outage',
    incidentSummary: 'Checkout failed for 38 minutes',
    occurredAt: '2026-11-02T13:02:00.000Z',
    severity: 'SEV1',
    createdAt: 1,
  });
  setIncidentTime(content, 'started', { at: '2026-11-02T13:02:00.000Z', timeZone: 'Europe/Berlin' });
  replaceIncidentFactText(content, 'impact', 'About 2,400 orders failed.');
  setIncidentCost(content, { amount: 18_500, unit: 'money', currency: 'EUR', hourlyRate: 95 });
  scheduleMeeting(content, { at: '2026-11-04T09:00:00.000Z', timeZone: 'Europe/Berlin', durationMinutes: 60 });
  addIncidentEvidence(content, {
    id: 'ev',
    url: 'https://grafana.example.com/d/x',
    label: 'Errors',
    kind: 'metric',
    addedAt: 1,
  });
  addTimelineEvent(content, {
    id: 'e1',
    at: '2026-11-02T13:09:00.000Z',
    timeZone: 'Europe/Berlin',
    kind: 'detection',
    description: 'Error-rate alert fired',
    createdAt: 1,
    evidence: [{ id: 'l1', url: 'https://ci.example.com/1', label: 'Run', kind: 'ci-run', addedAt: 1 }],
  });
  addEventComment(content, 'e1', {
    id: 'c',
    authorId: 'p',
    authorName: 'Ana',
    text: 'Why seven minutes?',
    createdAt: 2,
    kind: 'question',
  });
  setEventCommentResolved(content, 'e1', 'c', true);
  replaceLessonSummary(content, 'The pool kept the old primary.');
  addCard(content, {
    id: 'k1',
    prompt: 'slowed',
    text: 'No runbook for pools',
    author: { id: 'p', name: 'Ana' },
    now: 1,
  });
  addCard(content, { id: 'k2', prompt: 'helped', text: 'Fast alert', author: null, now: 2 });
  writeVoteTotal(control, 'k1', 3);
  addAction(content, { id: 'a1', title: 'Check the pool on failover', now: 1 });
  updateAction(content, 'a1', {
    owner: { kind: 'named', name: 'Jo' },
    dueDate: '2026-11-20',
    type: 'detect',
    cost: { unit: 'size', size: 'M' },
  });
  setActionStatus(content, 'a1', 'done');
  linkActionToLesson(content, 'a1', 'k1');
  addParkingLotItem(content, { id: 'p1', text: 'Page the DBAs?', author: null, now: 1 });
  return { content, control };
}

function firstOf(list: unknown): Record<string, unknown> {
  const [first] = list as Record<string, unknown>[];
  if (!first) throw new Error('expected an item');
  return first;
}

function importInto(data: unknown) {
  const content = new Y.Doc();
  const reading = applyMeetingExport(content, data, 1000);
  if (!reading.ok) throw new Error(reading.message);
  writeMeetingMeta(content, { ...reading.meeting, createdAt: 2 });
  const control = new Y.Doc();
  for (const [cardId, votes] of Object.entries(reading.votes)) writeVoteTotal(control, cardId, votes);
  return { content, control };
}

describe('meeting export', () => {
  it('export → import → export gives the same export', () => {
    const first = exportMeeting(meeting().content, meeting().control);
    const { content, control } = importInto(JSON.parse(JSON.stringify(first)));
    expect(exportMeeting(content, control)).toEqual(first);
    expect(first.cards.find((card) => card.id === 'k1')?.votes).toBe(3);
    expect(first.timeline[0]?.comments).toEqual([
      { authorName: 'Ana', text: 'Why seven minutes?', kind: 'question', resolved: true },
    ]);
  });

  it.each([
    [{}, 'This is not a Debrief export: "format" must be "debrief-meeting"'],
    [
      { format: 'debrief-meeting', version: 2 },
      'This export is from a newer Debrief (version 2); this server reads version 1',
    ],
    [{ format: 'debrief-meeting', version: 'one' }, '"version" must be a whole number such as 1'],
  ])('refuses %j with a clear message', (body, message) => {
    expect(applyMeetingExport(new Y.Doc(), body, 1)).toEqual({ ok: false, message });
  });

  it('names the part of a damaged export that is wrong', () => {
    const good = JSON.parse(JSON.stringify(exportMeeting(meeting().content, meeting().control))) as MeetingExport;
    const broken = (change: (data: Record<string, unknown>) => void) => {
      const data = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
      change(data);
      const reading = applyMeetingExport(new Y.Doc(), data, 1);
      return reading.ok ? 'accepted' : reading.message;
    };
    expect(broken((data) => (data.cards = 'x'))).toBe('"cards" must be a list of at most 10000 items');
    expect(broken((data) => Object.assign(firstOf(data.cards), { prompt: 'why' }))).toMatch(/^card 1 must have/);
    expect(broken((data) => Object.assign(firstOf(data.actions), { status: 'maybe' }))).toBe(
      'action 1: "status" is not a status of an action',
    );
    expect(broken((data) => Object.assign(firstOf(data.timeline), { at: 'soon' }))).toMatch(/^timeline: /);
    expect(broken((data) => Object.assign(firstOf(data.evidence), { url: 'javascript:alert(1)' }))).toMatch(
      /^evidence 1: /,
    );
  });
});
